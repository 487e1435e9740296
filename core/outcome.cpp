#include "outcome.h"

#include <algorithm>
#include <array>

namespace netmsg {

namespace {

struct CatalogueEntry
{
    quint32 code;
    const char *symbol;
    OutcomeCategory category;
    bool transient;
    const char *description;
};

using C = OutcomeCategory;

// The one catalogue of codes netmsg uses (docs/protocol.md §3 and winerror.h / lmerr.h).
constexpr std::array catalogue{
    CatalogueEntry{Code::Success, "NERR_Success", C::Ok, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The operation completed successfully.")},
    CatalogueEntry{Code::InvalidFunction, "ERROR_INVALID_FUNCTION", C::NotSupported, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The function is not valid here.")},
    CatalogueEntry{
        Code::FileNotFound, "ERROR_FILE_NOT_FOUND", C::NotSupported, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "A file the operation needs was not found.")},
    CatalogueEntry{Code::AccessDenied, "ERROR_ACCESS_DENIED", C::AccessDenied, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "Access is denied.")},
    CatalogueEntry{
        Code::NotEnoughMemory, "ERROR_NOT_ENOUGH_MEMORY", C::Internal, true,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Not enough memory to complete the operation.")},
    CatalogueEntry{Code::InvalidData, "ERROR_INVALID_DATA", C::InvalidInput, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The data is invalid.")},
    CatalogueEntry{Code::GenFailure, "ERROR_GEN_FAILURE", C::Internal, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The peer reported a general failure.")},
    CatalogueEntry{Code::NotSupported, "ERROR_NOT_SUPPORTED", C::NotSupported, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The request is not supported.")},
    CatalogueEntry{Code::BadNetPath, "ERROR_BAD_NETPATH", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The network path was not found.")},
    CatalogueEntry{Code::NetworkBusy, "ERROR_NETWORK_BUSY", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The network is busy.")},
    CatalogueEntry{Code::BadNetResponse, "ERROR_BAD_NET_RESP", C::Unreachable, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome",
                                     "The peer sent a response netmsg does not understand.")},
    CatalogueEntry{Code::UnexpectedNetworkError, "ERROR_UNEXP_NET_ERR", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "An unexpected network error occurred.")},
    CatalogueEntry{Code::NetNameDeleted, "ERROR_NETNAME_DELETED", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The peer closed the connection.")},
    CatalogueEntry{Code::BadNetName, "ERROR_BAD_NET_NAME", C::NameNotFound, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The peer does not answer to that name.")},
    CatalogueEntry{Code::RequestNotAccepted, "ERROR_REQ_NOT_ACCEP", C::Unreachable, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The peer does not accept messages.")},
    CatalogueEntry{Code::InvalidParameter, "ERROR_INVALID_PARAMETER", C::InvalidInput, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "A parameter is not valid.")},
    CatalogueEntry{
        Code::CallNotImplemented, "ERROR_CALL_NOT_IMPLEMENTED", C::NotSupported, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "This function is not implemented on this system.")},
    CatalogueEntry{Code::InvalidName, "ERROR_INVALID_NAME", C::InvalidInput, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The name is not valid.")},
    CatalogueEntry{Code::InvalidLevel, "ERROR_INVALID_LEVEL", C::InvalidInput, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The information level is not valid.")},
    CatalogueEntry{Code::MoreData, "ERROR_MORE_DATA", C::Ok, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "More data is available.")},
    CatalogueEntry{Code::DiskFull, "ERROR_DISK_FULL", C::Internal, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "There is not enough space on the disk.")},
    CatalogueEntry{Code::Busy, "ERROR_BUSY", C::InvalidInput, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The requested resource is in use.")},
    CatalogueEntry{Code::ServiceNotActive, "ERROR_SERVICE_NOT_ACTIVE", C::NotSupported, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The messenger service is not running.")},
    CatalogueEntry{Code::ProcessAborted, "ERROR_PROCESS_ABORTED", C::Cancelled, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome",
                                     "The sending process ended while this was under way.")},
    CatalogueEntry{
        Code::NoUnicodeTranslation, "ERROR_NO_UNICODE_TRANSLATION", C::InvalidInput, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome",
                          "The text has characters the target code page cannot encode.")},
    CatalogueEntry{Code::Cancelled, "ERROR_CANCELLED", C::Cancelled, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The operation was cancelled.")},
    CatalogueEntry{
        Code::ConnectionRefused, "ERROR_CONNECTION_REFUSED", C::Unreachable, true,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "The remote computer refused the connection.")},
    CatalogueEntry{Code::NetworkUnreachable, "ERROR_NETWORK_UNREACHABLE", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The network is unreachable.")},
    CatalogueEntry{Code::HostUnreachable, "ERROR_HOST_UNREACHABLE", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The remote computer is unreachable.")},
    CatalogueEntry{Code::ConnectionAborted, "ERROR_CONNECTION_ABORTED", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The connection was aborted.")},
    CatalogueEntry{Code::InternalError, "ERROR_INTERNAL_ERROR", C::Internal, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "An internal error occurred in netmsg.")},
    CatalogueEntry{Code::NoSystemResources, "ERROR_NO_SYSTEM_RESOURCES", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The peer has insufficient resources.")},
    CatalogueEntry{Code::Timeout, "ERROR_TIMEOUT", C::Timeout, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The operation timed out.")},
    CatalogueEntry{Code::RpcServerUnavailable, "RPC_S_SERVER_UNAVAILABLE", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The server is unavailable.")},
    CatalogueEntry{
        Code::MessageExceedsMaxSize, "ERROR_MESSAGE_EXCEEDS_MAX_SIZE", C::InvalidInput, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "The message is longer than the transport allows.")},
    CatalogueEntry{Code::NerrBufTooSmall, "NERR_BufTooSmall", C::Internal, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The buffer is too small for the answer.")},
    CatalogueEntry{Code::NerrNetworkError, "NERR_NetworkError", C::Unreachable, true,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "A general network error occurred.")},
    CatalogueEntry{Code::NerrInternalError, "NERR_InternalError", C::Internal, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The server reported an internal error.")},
    CatalogueEntry{Code::NerrNameNotFound, "NERR_NameNotFound", C::NameNotFound, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome",
                                     "The message alias could not be found on the network.")},
    CatalogueEntry{
        Code::NerrAlreadyExists, "NERR_AlreadyExists", C::InvalidInput, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "This message alias already exists locally.")},
    CatalogueEntry{
        Code::NerrTooManyNames, "NERR_TooManyNames", C::Internal, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome",
                          "The maximum number of added message aliases has been exceeded.")},
    CatalogueEntry{Code::NerrDelComputerName, "NERR_DelComputerName", C::InvalidInput, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The computer name could not be deleted.")},
    CatalogueEntry{
        Code::NerrBadReceive, "NERR_BadReceive", C::Internal, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "An error occurred when the message was received.")},
    CatalogueEntry{Code::NerrNameInUse, "NERR_NameInUse", C::InvalidInput, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome",
                                     "The message alias is currently in use. Try again later.")},
    CatalogueEntry{
        Code::NerrMsgNotStarted, "NERR_MsgNotStarted", C::NotSupported, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "The Messenger service has not been started.")},
    CatalogueEntry{Code::NerrNotLocalName, "NERR_NotLocalName", C::NameNotFound, false,
                   QT_TRANSLATE_NOOP("netmsg::Outcome", "The name is not on the local computer.")},
    CatalogueEntry{
        Code::NerrTruncatedBroadcast, "NERR_TruncatedBroadcast", C::InvalidInput, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "The broadcast message is longer than 128 bytes.")},
    CatalogueEntry{
        Code::NerrDuplicateName, "NERR_DuplicateName", C::InvalidInput, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "A duplicate message alias exists on the network.")},
    CatalogueEntry{
        Code::NerrIncompleteDel, "NERR_IncompleteDel", C::Internal, false,
        QT_TRANSLATE_NOOP("netmsg::Outcome", "The message alias has not been completely deleted.")},
};

const CatalogueEntry *find(quint32 code)
{
    const auto it = std::find_if(catalogue.begin(), catalogue.end(),
                                 [code](const CatalogueEntry &e) { return e.code == code; });
    return it == catalogue.end() ? nullptr : &*it;
}

} // namespace

OutcomeCategory Outcome::category() const
{
    if (const auto *entry = find(m_code))
        return entry->category;
    return OutcomeCategory::Internal;
}

bool Outcome::isTransient() const
{
    const auto *entry = find(m_code);
    return entry && entry->transient;
}

QString Outcome::description() const
{
    if (const auto *entry = find(m_code))
        return tr(entry->description);
    return QCoreApplication::translate("netmsg::Outcome", "Unknown error %1.").arg(m_code);
}

QString Outcome::symbol() const
{
    if (const auto *entry = find(m_code))
        return QString::fromLatin1(entry->symbol);
    return QStringLiteral("ERROR_%1").arg(m_code);
}

QString Outcome::toString() const
{
    QString text =
        description() + QStringLiteral(" (") + QString::number(m_code) + QLatin1Char(')');
    if (!m_detail.isEmpty())
        text += QStringLiteral(": ") + m_detail;
    return text;
}

bool Outcome::isKnownCode(quint32 code)
{
    return find(code) != nullptr;
}

QList<quint32> Outcome::knownCodes()
{
    QList<quint32> codes;
    for (const auto &entry : catalogue)
        codes.append(entry.code);
    return codes;
}

QString Outcome::categoryName(OutcomeCategory category)
{
    switch (category) {
    case OutcomeCategory::Ok:
        return QStringLiteral("ok");
    case OutcomeCategory::InvalidInput:
        return QStringLiteral("invalid-input");
    case OutcomeCategory::NameNotFound:
        return QStringLiteral("name-not-found");
    case OutcomeCategory::AccessDenied:
        return QStringLiteral("access-denied");
    case OutcomeCategory::Unreachable:
        return QStringLiteral("unreachable");
    case OutcomeCategory::NotSupported:
        return QStringLiteral("not-supported");
    case OutcomeCategory::Timeout:
        return QStringLiteral("timeout");
    case OutcomeCategory::Cancelled:
        return QStringLiteral("cancelled");
    case OutcomeCategory::Internal:
        break;
    }
    return QStringLiteral("internal");
}

QString Outcome::categoryDescription(OutcomeCategory category)
{
    static const char *const descriptions[] = {
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Delivered"),
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Invalid input"),
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Name not found"),
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Access denied"),
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Unreachable"),
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Not supported"),
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Timed out"),
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Cancelled"),
        QT_TRANSLATE_NOOP("netmsg::Outcome", "Internal error"),
    };
    static_assert(std::size(descriptions) == size_t(OutcomeCategory::Internal) + 1);
    return tr(descriptions[size_t(category)]);
}

} // namespace netmsg
