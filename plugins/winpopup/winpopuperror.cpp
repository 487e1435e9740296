#include "winpopuperror.h"

#include "netbiossession.h"

namespace netmsg {

namespace {

struct SessionRefusal
{
    quint8 wire;
    quint32 code;
    const char *text;
};

// RFC 1002 §4.3.4; each refusal keeps a code of its own.
constexpr SessionRefusal sessionRefusals[] = {
    {NetbiosSession::NotListeningOnCalledName, Code::ServiceNotActive,
     QT_TRANSLATE_NOOP("netmsg::WinPopupError", "not listening on called name")},
    {NetbiosSession::NotListeningForCallingName, Code::AccessDenied,
     QT_TRANSLATE_NOOP("netmsg::WinPopupError", "not listening for calling name")},
    {NetbiosSession::CalledNameNotPresent, Code::NerrNameNotFound,
     QT_TRANSLATE_NOOP("netmsg::WinPopupError", "called name not present")},
    {NetbiosSession::InsufficientResources, Code::NetworkBusy,
     QT_TRANSLATE_NOOP("netmsg::WinPopupError", "called name present, but insufficient resources")},
    {NetbiosSession::UnspecifiedError, Code::UnexpectedNetworkError,
     QT_TRANSLATE_NOOP("netmsg::WinPopupError", "unspecified error")},
};

struct DosStatus
{
    quint8 errorClass;
    quint16 errorCode;
    quint32 code;
    const char *symbol;
};

// DOS-class statuses a messenger server answers with (MS-CIFS 2.2.2.4,
// Samba libcli/util/doserr.h; docs/protocol.md §2).
constexpr DosStatus dosStatuses[] = {
    {DosError::ClassDos, DosError::BadFunction, Code::InvalidFunction, "ERRDOS/ERRbadfunc"},
    {DosError::ClassDos, DosError::NoAccess, Code::AccessDenied, "ERRDOS/ERRnoaccess"},
    {DosError::ClassDos, DosError::NoMemory, Code::NotEnoughMemory, "ERRDOS/ERRnomem"},
    {DosError::ClassDos, DosError::RequestNotAccepted, Code::RequestNotAccepted,
     "ERRDOS/ERROR_REQ_NOT_ACCEP"},
    {DosError::ClassDos, DosError::InvalidParameter, Code::InvalidParameter,
     "ERRDOS/ERROR_INVALID_PARAMETER"},
    {DosError::ClassServer, DosError::ServerError, Code::GenFailure, "ERRSRV/ERRerror"},
    {DosError::ClassServer, DosError::ServerAccess, Code::AccessDenied, "ERRSRV/ERRaccess"},
    {DosError::ClassServer, DosError::InvalidNetName, Code::BadNetName,
     "ERRSRV/ERRinvnetname (no such messenger name here)"},
    {DosError::ClassServer, DosError::ServerPaused, Code::NetworkBusy, "ERRSRV/ERRpaused"},
    {DosError::ClassServer, DosError::MessagesOff, Code::NerrMsgNotStarted,
     "ERRSRV/ERRmsgoff (not receiving messages)"},
    {DosError::ClassServer, DosError::NoRoom, Code::NoSystemResources,
     "ERRSRV/ERRnoroom (no room to buffer message)"},
    {DosError::ClassServer, DosError::ServerTimeout, Code::Timeout, "ERRSRV/ERRtimeout"},
    {DosError::ClassServer, DosError::NoResources, Code::NoSystemResources, "ERRSRV/ERRnoresource"},
    {DosError::ClassServer, DosError::NoSupport, Code::NotSupported, "ERRSRV/ERRnosupport"},
};

struct NtStatus
{
    quint32 status;
    quint32 code;
    const char *symbol;
};

// Only a server that ignores our lack of CAP_STATUS32 answers in NT form.
constexpr NtStatus ntStatuses[] = {
    {0xC0000002, Code::NotSupported, "NT_STATUS_NOT_IMPLEMENTED"},
    {0xC000000D, Code::InvalidParameter, "NT_STATUS_INVALID_PARAMETER"},
    {0xC0000017, Code::NotEnoughMemory, "NT_STATUS_NO_MEMORY"},
    {0xC0000022, Code::AccessDenied, "NT_STATUS_ACCESS_DENIED"},
    {0xC00000BB, Code::NotSupported, "NT_STATUS_NOT_SUPPORTED"},
    {0xC00000D0, Code::RequestNotAccepted, "NT_STATUS_REQUEST_NOT_ACCEPTED"},
};

QString hex(quint32 value, int width)
{
    return QLatin1String("0x") +
           QString::number(value, 16).rightJustified(width, QLatin1Char('0')).toUpper();
}

} // namespace

Outcome WinPopupError::fromSessionRefusal(quint8 code)
{
    for (const SessionRefusal &refusal : sessionRefusals) {
        if (refusal.wire == code)
            return Outcome(
                refusal.code,
                tr("NetBIOS session refused: %1 (%2)").arg(tr(refusal.text), hex(code, 2)));
    }
    return Outcome(Code::BadNetResponse,
                   tr("NetBIOS session refused with unknown code %1").arg(hex(code, 2)));
}

Outcome WinPopupError::fromSmbStatus(const SmbStatus &status, quint8 command)
{
    if (status.isSuccess())
        return Outcome::success();
    const QString where = commandName(command);
    if (status.isNtStatus) {
        for (const NtStatus &known : ntStatuses) {
            if (known.status == status.value)
                return Outcome(known.code,
                               tr("%1 answered %2").arg(where, QLatin1String(known.symbol)));
        }
        return Outcome(Code::UnexpectedNetworkError,
                       tr("%1 answered NTSTATUS %2").arg(where, hex(status.value, 8)));
    }
    for (const DosStatus &known : dosStatuses) {
        if (known.errorClass == status.errorClass && known.errorCode == status.errorCode)
            return Outcome(known.code,
                           tr("%1 answered %2").arg(where, QLatin1String(known.symbol)));
    }
    return Outcome(Code::UnexpectedNetworkError, tr("%1 answered DOS error class %2 code %3")
                                                     .arg(where)
                                                     .arg(status.errorClass)
                                                     .arg(status.errorCode));
}

Outcome WinPopupError::fromSocketError(QAbstractSocket::SocketError error, const QString &detail)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Outcome(Code::ConnectionRefused, detail);
    case QAbstractSocket::RemoteHostClosedError:
        // What Windows reports when a peer drops the session mid-exchange.
        return Outcome(Code::NetNameDeleted, detail);
    case QAbstractSocket::HostNotFoundError:
        return Outcome(Code::BadNetPath, detail);
    case QAbstractSocket::SocketTimeoutError:
        return Outcome(Code::Timeout, detail);
    case QAbstractSocket::NetworkError:
        return Outcome(Code::NetworkUnreachable, detail);
    case QAbstractSocket::SocketAccessError:
        return Outcome(Code::AccessDenied, detail);
    case QAbstractSocket::SocketResourceError:
        return Outcome(Code::NoSystemResources, detail);
    default:
        return Outcome(Code::UnexpectedNetworkError, detail);
    }
}

Outcome WinPopupError::protocolViolation(const QString &what)
{
    return Outcome(Code::BadNetResponse, what);
}

QString WinPopupError::commandName(quint8 command)
{
    switch (command) {
    case SmbCommand::Negotiate:
        return QStringLiteral("SMBnegprot");
    case SmbCommand::SendMessage:
        return QStringLiteral("SMBsends");
    case SmbCommand::SendStart:
        return QStringLiteral("SMBsendstrt");
    case SmbCommand::SendText:
        return QStringLiteral("SMBsendtxt");
    case SmbCommand::SendEnd:
        return QStringLiteral("SMBsendend");
    default:
        return QStringLiteral("SMB command %1").arg(hex(command, 2));
    }
}

} // namespace netmsg
