#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include "netmsg_core_export.h"

namespace netmsg {

enum class Capability : unsigned {
    Send = 0x01,
    Broadcast = 0x02,
    RemoteServer = 0x04,
    SessionTargets = 0x08,
    ListAliases = 0x10,
    AddAlias = 0x20,
    DeleteAlias = 0x40,
    Receive = 0x80,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// Names as used in plugin metadata and JSON output ("Send", "ListAliases", ...).
NETMSG_CORE_EXPORT QStringList capabilityNames(Capabilities capabilities);
NETMSG_CORE_EXPORT Capabilities capabilitiesFromNames(const QStringList &names);

} // namespace netmsg
