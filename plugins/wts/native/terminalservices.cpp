#include "terminalservices.h"

#include <lmerr.h>

#include <cwctype>
#include <utility>

namespace netmsg::wts {

namespace {

Failure lastError(const char *call)
{
    Failure failure;
    failure.call = call;
    failure.error = GetLastError();
    if (failure.error == ERROR_SUCCESS) {
        failure.error = ERROR_INTERNAL_ERROR;
        failure.withoutErrorCode = true;
    }
    return failure;
}

Failure failureOf(DWORD error, const char *call)
{
    Failure result;
    result.error = error;
    result.call = call;
    return result;
}

bool equalsIgnoringCase(const std::wstring &a, const std::wstring &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::towupper(a[i]) != std::towupper(b[i]))
            return false;
    }
    return true;
}

// "DOMAIN\alice" and "alice" both name alice.
bool isUser(const std::wstring &userName, const std::wstring &target)
{
    if (userName.empty())
        return false;
    if (equalsIgnoringCase(userName, target))
        return true;
    const size_t slash = userName.rfind(L'\\');
    return slash != std::wstring::npos && equalsIgnoringCase(userName.substr(slash + 1), target);
}

bool parseSessionId(const std::wstring &text, DWORD *id)
{
    if (text.empty() || text.size() > 10)
        return false;
    unsigned long long value = 0;
    for (wchar_t c : text) {
        if (c < L'0' || c > L'9')
            return false;
        value = value * 10 + static_cast<unsigned>(c - L'0');
    }
    if (value > 0xFFFFFFFFull)
        return false;
    *id = static_cast<DWORD>(value);
    return true;
}

// WTSSendMessageW takes non-const buffers and their lengths in bytes (docs/protocol.md §4).
DWORD byteLength(const std::wstring &text)
{
    return static_cast<DWORD>(text.size() * sizeof(wchar_t));
}

} // namespace

// The server a call runs on: this machine (WTS_CURRENT_SERVER_HANDLE, never
// closed) or a remote one opened by name and closed when done.
class TerminalServices::ServerHandle
{
public:
    ServerHandle(const WtsFunctions &functions, const std::wstring &server)
        : m_functions(functions)
    {
        if (server.empty())
            return;
        if (!functions.canOpenServers()) {
            m_failure = failureOf(ERROR_NOT_SUPPORTED, "WTSOpenServerW");
            return;
        }
        std::wstring name = server;
        SetLastError(ERROR_SUCCESS);
        m_handle = functions.openServer(name.data());
        if (!m_handle)
            m_failure = lastError("WTSOpenServerW");
    }
    ~ServerHandle()
    {
        if (m_handle)
            m_functions.closeServer(m_handle);
    }
    ServerHandle(const ServerHandle &) = delete;
    ServerHandle &operator=(const ServerHandle &) = delete;

    HANDLE get() const { return m_handle; }
    const Failure &failure() const { return m_failure; }

private:
    const WtsFunctions &m_functions;
    HANDLE m_handle = WTS_CURRENT_SERVER_HANDLE;
    Failure m_failure;
};

TerminalServices::TerminalServices(const WtsFunctions &functions, std::string wineVersion)
    : m_functions(functions)
    , m_wineVersion(std::move(wineVersion))
{}

WtsAvailability TerminalServices::availability() const
{
    using Reason = WtsAvailability::Reason;
    if (isWine())
        return {Reason::RunningUnderWine, m_wineVersion};
    const std::string missing = m_functions.missingExports();
    if (!missing.empty())
        return {Reason::ExportsMissing, missing};
    return {Reason::Available, {}};
}

SessionList TerminalServices::listSessions(const std::wstring &server) const
{
    if (!m_functions.enumerateSessions || !m_functions.freeMemory)
        return {failureOf(ERROR_NOT_SUPPORTED, "WTSEnumerateSessionsW"), {}};
    ServerHandle handle(m_functions, server);
    if (handle.failure().failed())
        return {handle.failure(), {}};
    return listSessions(handle.get());
}

SessionList TerminalServices::listSessions(HANDLE server) const
{
    SessionList result;
    PWTS_SESSION_INFOW info = nullptr;
    DWORD count = 0;
    SetLastError(ERROR_SUCCESS);
    // Reserved must be 0 and Version 1 (docs/protocol.md §4).
    if (!m_functions.enumerateSessions(server, 0, 1, &info, &count)) {
        result.failure = lastError("WTSEnumerateSessionsW");
        return result;
    }
    for (DWORD i = 0; info && i < count; ++i) {
        Session session;
        session.id = info[i].SessionId;
        session.stationName = info[i].pWinStationName ? info[i].pWinStationName : L"";
        session.state = info[i].State;
        session.userName = userName(server, session.id);
        result.sessions.push_back(std::move(session));
    }
    if (info)
        m_functions.freeMemory(info);
    return result;
}

std::wstring TerminalServices::userName(HANDLE server, DWORD sessionId) const
{
    if (!m_functions.querySessionInformation)
        return {};
    LPWSTR buffer = nullptr;
    DWORD bytes = 0;
    if (!m_functions.querySessionInformation(server, sessionId, WTSUserName, &buffer, &bytes))
        return {};
    std::wstring name = buffer ? buffer : L"";
    if (buffer)
        m_functions.freeMemory(buffer);
    return name;
}

SessionDelivery TerminalServices::sendToSession(const std::wstring &server, DWORD sessionId,
                                                const std::wstring &text,
                                                const MessageOptions &options) const
{
    if (!m_functions.sendMessage || isWine()) {
        SessionDelivery refused;
        refused.sessionId = sessionId;
        refused.failure = failureOf(ERROR_NOT_SUPPORTED, "WTSSendMessageW");
        return refused;
    }
    ServerHandle handle(m_functions, server);
    if (handle.failure().failed()) {
        SessionDelivery refused;
        refused.sessionId = sessionId;
        refused.failure = handle.failure();
        return refused;
    }
    return sendToSession(handle.get(), sessionId, text, options);
}

SessionDelivery TerminalServices::sendToSession(HANDLE server, DWORD sessionId,
                                                const std::wstring &text,
                                                const MessageOptions &options) const
{
    SessionDelivery result;
    result.sessionId = sessionId;
    std::wstring title = options.title;
    std::wstring message = text;
    DWORD response = 0;
    SetLastError(ERROR_SUCCESS);
    if (!m_functions.sendMessage(server, sessionId, title.data(), byteLength(title), message.data(),
                                 byteLength(message), options.style, options.timeoutSeconds,
                                 &response, options.wait ? TRUE : FALSE))
        result.failure = lastError("WTSSendMessageW");
    result.response = response;
    return result;
}

TargetDelivery TerminalServices::sendToTarget(const std::wstring &server,
                                              const std::wstring &target, const std::wstring &text,
                                              const MessageOptions &options) const
{
    TargetDelivery result;
    if (!m_functions.sendMessage || isWine()) {
        result.failure = failureOf(ERROR_NOT_SUPPORTED, "WTSSendMessageW");
        return result;
    }
    if (!m_functions.enumerateSessions || !m_functions.freeMemory) {
        result.failure = failureOf(ERROR_NOT_SUPPORTED, "WTSEnumerateSessionsW");
        return result;
    }
    ServerHandle handle(m_functions, server);
    if (handle.failure().failed()) {
        result.failure = handle.failure();
        return result;
    }
    const SessionList listing = listSessions(handle.get());
    if (listing.failure.failed()) {
        result.failure = listing.failure;
        return result;
    }
    const std::vector<DWORD> ids = matchingSessions(listing.sessions, target);
    if (ids.empty()) {
        result.failure = failureOf(NERR_NameNotFound, "WTSEnumerateSessionsW");
        return result;
    }
    for (DWORD id : ids)
        result.sessions.push_back(sendToSession(handle.get(), id, text, options));
    return result;
}

std::vector<DWORD> TerminalServices::matchingSessions(const std::vector<Session> &sessions,
                                                      const std::wstring &target)
{
    std::vector<DWORD> ids;
    DWORD wantedId = 0;
    const bool byId = parseSessionId(target, &wantedId);
    for (const Session &session : sessions) {
        bool matches = false;
        if (target == L"*")
            matches = !session.userName.empty();
        else if (byId)
            matches = session.id == wantedId;
        else
            matches =
                equalsIgnoringCase(session.stationName, target) || isUser(session.userName, target);
        if (matches)
            ids.push_back(session.id);
    }
    return ids;
}

std::string TerminalServices::responseName(DWORD response)
{
    switch (response) {
    case IDOK:
        return "IDOK";
    case IDCANCEL:
        return "IDCANCEL";
    case IDABORT:
        return "IDABORT";
    case IDRETRY:
        return "IDRETRY";
    case IDIGNORE:
        return "IDIGNORE";
    case IDYES:
        return "IDYES";
    case IDNO:
        return "IDNO";
    case IDTRYAGAIN:
        return "IDTRYAGAIN";
    case IDCONTINUE:
        return "IDCONTINUE";
    case IDTIMEOUT:
        return "IDTIMEOUT";
    case IDASYNC:
        return "IDASYNC";
    default:
        return "response " + std::to_string(response);
    }
}

} // namespace netmsg::wts
