#pragma once

#include "capabilities.h"
#include "netmsg_core_export.h"
#include "outcome.h"
#include "textcodec.h"
#include "transportlimits.h"

#include <QCoreApplication>
#include <QString>

namespace netmsg {

enum class NameKind {
    Alias,     // a messenger name a server answers to
    Recipient, // a destination; may be "*" where the transport broadcasts
    Server,    // a computer name
    Sender,
};

// NetBIOS-style rules (docs/protocol.md §6): 1-15 bytes in the wire encoding, no
// " / \ [ ] : | < > + = ; , ? nor control characters, "*" only alone as a
// broadcast, no reserved words. Every error names the character and position.
class NETMSG_CORE_EXPORT Validation
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::Validation)
public:
    static Outcome checkName(const QString &name, NameKind kind, const TransportLimits &limits = {},
                             Capabilities capabilities = {});
    // Encodability and length of a message text in the transport's wire encoding.
    static Outcome checkText(const QString &text, const TransportLimits &limits, bool broadcast);
    static bool isBroadcast(const QString &recipient) { return recipient == QLatin1String("*"); }
    static QString kindName(NameKind kind);
    static QString describeCharacter(QChar c);
};

} // namespace netmsg
