#pragma once

#include "outcome.h"
#include "smbmessagecodec.h"

#include <QAbstractSocket>
#include <QCoreApplication>

namespace netmsg {

// The one place where what the wire or the socket says becomes an Outcome:
// NetBIOS session refusals, DOS-class and NT statuses in SMB replies, socket
// errors. Each distinct wire condition keeps its own code, and the detail names
// the wire value so that history shows what the peer actually answered.
class WinPopupError
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::WinPopupError)
public:
    // A negative session response code (RFC 1002 §4.3.4, docs/protocol.md §1.1).
    static Outcome fromSessionRefusal(quint8 code);
    // An SMB reply status to `command` (docs/protocol.md §2 "Errors on the wire").
    static Outcome fromSmbStatus(const SmbStatus &status, quint8 command);
    static Outcome fromSocketError(QAbstractSocket::SocketError error, const QString &detail);
    // The peer answered something the protocol does not allow at this point.
    static Outcome protocolViolation(const QString &what);
    static QString commandName(quint8 command);
};

} // namespace netmsg
