#include "capabilities.h"

#include <array>
#include <utility>

namespace netmsg {

namespace {
constexpr std::array<std::pair<Capability, const char *>, 8> names{{
    {Capability::Send, "Send"},
    {Capability::Broadcast, "Broadcast"},
    {Capability::RemoteServer, "RemoteServer"},
    {Capability::SessionTargets, "SessionTargets"},
    {Capability::ListAliases, "ListAliases"},
    {Capability::AddAlias, "AddAlias"},
    {Capability::DeleteAlias, "DeleteAlias"},
    {Capability::Receive, "Receive"},
}};
} // namespace

QStringList capabilityNames(Capabilities capabilities)
{
    QStringList result;
    for (const auto &[flag, name] : names) {
        if (capabilities.testFlag(flag))
            result.append(QString::fromLatin1(name));
    }
    return result;
}

Capabilities capabilitiesFromNames(const QStringList &list)
{
    Capabilities result;
    for (const auto &[flag, name] : names) {
        if (list.contains(QString::fromLatin1(name), Qt::CaseInsensitive))
            result |= flag;
    }
    return result;
}

} // namespace netmsg
