#pragma once

#include "netmsg_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace netmsg {

// Result codes in the Win32 / NET_API_STATUS numbering (docs/protocol.md §3), used on
// every platform so that tests, history and UI speak one language.
namespace Code {
enum : quint32 {
    Success = 0,
    InvalidFunction = 1,
    FileNotFound = 2,
    AccessDenied = 5,
    NotEnoughMemory = 8,
    InvalidData = 13,
    GenFailure = 31,
    NotSupported = 50,
    DiskFull = 112,
    Busy = 170,
    BadNetPath = 53,
    NetworkBusy = 54,
    BadNetResponse = 58,
    UnexpectedNetworkError = 59,
    NetNameDeleted = 64,
    BadNetName = 67,
    RequestNotAccepted = 71,
    InvalidParameter = 87,
    CallNotImplemented = 120,
    InvalidName = 123,
    InvalidLevel = 124,
    MoreData = 234,
    ServiceNotActive = 1062,
    ProcessAborted = 1067,
    NoUnicodeTranslation = 1113,
    Cancelled = 1223,
    ConnectionRefused = 1225,
    NetworkUnreachable = 1231,
    HostUnreachable = 1232,
    ConnectionAborted = 1236,
    InternalError = 1359,
    NoSystemResources = 1450,
    Timeout = 1460,
    RpcServerUnavailable = 1722,
    MessageExceedsMaxSize = 4336,
    NerrBufTooSmall = 2123,
    NerrNetworkError = 2136,
    NerrInternalError = 2140,
    NerrNameNotFound = 2273,
    NerrAlreadyExists = 2276,
    NerrTooManyNames = 2277,
    NerrDelComputerName = 2278,
    NerrBadReceive = 2282,
    NerrNameInUse = 2283,
    NerrMsgNotStarted = 2284,
    NerrNotLocalName = 2285,
    NerrTruncatedBroadcast = 2289,
    NerrDuplicateName = 2297,
    NerrIncompleteDel = 2299,
};
} // namespace Code

// What kind of failure a code is; derived from the code, never stored apart from it.
enum class OutcomeCategory {
    Ok,
    InvalidInput,
    NameNotFound,
    AccessDenied,
    Unreachable,
    NotSupported,
    Timeout,
    Cancelled,
    Internal,
};

// The result of every operation: a code from the one catalogue, and a
// transport-specific detail (a wire status, an OS message, a position in the text).
class NETMSG_CORE_EXPORT Outcome
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::Outcome)
public:
    Outcome() = default;
    explicit Outcome(quint32 code, QString detail = {})
        : m_code(code)
        , m_detail(std::move(detail))
    {}

    static Outcome success(QString detail = {})
    {
        return Outcome(Code::Success, std::move(detail));
    }

    quint32 code() const { return m_code; }
    const QString &detail() const { return m_detail; }
    bool isSuccess() const { return m_code == Code::Success; }
    OutcomeCategory category() const;
    // Transient failures are worth a retry: timeouts, busy or broken networks.
    bool isTransient() const;
    // Translated one-line description from the catalogue.
    QString description() const;
    // The Win32 symbol, e.g. "NERR_NameNotFound".
    QString symbol() const;
    // "description (code): detail" for logs and plain output.
    QString toString() const;

    bool operator==(const Outcome &other) const
    {
        return m_code == other.m_code && m_detail == other.m_detail;
    }
    bool operator!=(const Outcome &other) const { return !(*this == other); }

    static bool isKnownCode(quint32 code);
    static QList<quint32> knownCodes();
    static QString categoryName(OutcomeCategory category);
    static QString categoryDescription(OutcomeCategory category);

private:
    quint32 m_code = Code::Success;
    QString m_detail;
};

} // namespace netmsg

Q_DECLARE_METATYPE(netmsg::Outcome)
