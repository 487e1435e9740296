// TerminalServices against a fake wtsapi32 (docs/protocol.md §4): sessions with their
// user names, remote servers opened and closed, message boxes with title,
// timeout and wait, the user's response, and every buffer freed.

#include "check.h"
#include "terminalservices.h"

#include <lmerr.h>

#include <cstdlib>
#include <cstring>
#include <set>

using namespace netmsg::wts;
using netmsg::testing::Case;

namespace {

struct FakeSession
{
    DWORD id;
    std::wstring station;
    WTS_CONNECTSTATE_CLASS state;
    std::wstring user;
    DWORD response; // what the user answers
};

struct SentMessage
{
    HANDLE server;
    DWORD sessionId;
    std::wstring title;
    std::wstring text;
    DWORD titleBytes;
    DWORD textBytes;
    DWORD style;
    DWORD timeout;
    BOOL wait;
};

const HANDLE RemoteHandle = reinterpret_cast<HANDLE>(0x5151);

struct FakeServer
{
    std::vector<FakeSession> sessions = {
        {0, L"Services", WTSDisconnected, L"", IDOK},
        {1, L"Console", WTSActive, L"alice", IDOK},
        {2, L"RDP-Tcp#3", WTSActive, L"CORP\\bob", IDYES},
        {3, L"RDP-Tcp#4", WTSDisconnected, L"carol", IDOK},
        {65536, L"RDP-Tcp", WTSListen, L"", IDOK},
    };
    std::set<std::wstring> knownServers = {L"TS01"};
    DWORD enumerateError = 0;       // non-zero: WTSEnumerateSessionsW fails with it
    DWORD sendError = 0;            // non-zero: WTSSendMessageW fails with it
    bool sendFailsSilently = false; // FALSE with GetLastError() 0, as Wine does
    int openCalls = 0;
    int closeCalls = 0;
    int sendCalls = 0;
    std::set<void *> buffers;
    std::vector<SentMessage> sent;
};

FakeServer fake;

void *allocate(size_t bytes)
{
    void *buffer = std::calloc(1, bytes);
    fake.buffers.insert(buffer);
    return buffer;
}

BOOL WINAPI fakeEnumerate(HANDLE, DWORD reserved, DWORD version, PWTS_SESSION_INFOW *info,
                          DWORD *count)
{
    if (reserved != 0 || version != 1) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    if (fake.enumerateError) {
        SetLastError(fake.enumerateError);
        return FALSE;
    }
    size_t bytes = fake.sessions.size() * sizeof(WTS_SESSION_INFOW);
    for (const FakeSession &session : fake.sessions)
        bytes += (session.station.size() + 1) * sizeof(wchar_t);
    auto *entries = static_cast<WTS_SESSION_INFOW *>(allocate(bytes));
    auto *strings = reinterpret_cast<wchar_t *>(entries + fake.sessions.size());
    for (size_t i = 0; i < fake.sessions.size(); ++i) {
        const FakeSession &session = fake.sessions[i];
        std::wmemcpy(strings, session.station.c_str(), session.station.size() + 1);
        entries[i].SessionId = session.id;
        entries[i].pWinStationName = strings;
        entries[i].State = session.state;
        strings += session.station.size() + 1;
    }
    *info = entries;
    *count = DWORD(fake.sessions.size());
    return TRUE;
}

BOOL WINAPI fakeQuery(HANDLE, DWORD sessionId, WTS_INFO_CLASS infoClass, LPWSTR *buffer,
                      DWORD *bytes)
{
    if (infoClass != WTSUserName)
        return FALSE;
    for (const FakeSession &session : fake.sessions) {
        if (session.id != sessionId)
            continue;
        *bytes = DWORD((session.user.size() + 1) * sizeof(wchar_t));
        *buffer = static_cast<LPWSTR>(allocate(*bytes));
        std::wmemcpy(*buffer, session.user.c_str(), session.user.size() + 1);
        return TRUE;
    }
    SetLastError(ERROR_FILE_NOT_FOUND);
    return FALSE;
}

BOOL WINAPI fakeSend(HANDLE server, DWORD sessionId, LPWSTR title, DWORD titleBytes, LPWSTR text,
                     DWORD textBytes, DWORD style, DWORD timeout, DWORD *response, BOOL wait)
{
    ++fake.sendCalls;
    fake.sent.push_back({server, sessionId, std::wstring(title, titleBytes / sizeof(wchar_t)),
                         std::wstring(text, textBytes / sizeof(wchar_t)), titleBytes, textBytes,
                         style, timeout, wait});
    *response = 0;
    if (fake.sendFailsSilently)
        return FALSE;
    if (fake.sendError) {
        SetLastError(fake.sendError);
        return FALSE;
    }
    for (const FakeSession &session : fake.sessions) {
        if (session.id == sessionId) {
            *response = !wait                          ? IDASYNC
                        : (timeout > 0 && timeout < 5) ? IDTIMEOUT
                                                       : session.response;
            return TRUE;
        }
    }
    SetLastError(ERROR_FILE_NOT_FOUND);
    return FALSE;
}

HANDLE WINAPI fakeOpen(LPWSTR name)
{
    ++fake.openCalls;
    if (!fake.knownServers.count(name)) {
        SetLastError(RPC_S_SERVER_UNAVAILABLE);
        return nullptr;
    }
    return RemoteHandle;
}

VOID WINAPI fakeClose(HANDLE)
{
    ++fake.closeCalls;
}

VOID WINAPI fakeFree(PVOID buffer)
{
    if (fake.buffers.erase(buffer) == 1)
        std::free(buffer);
}

WtsFunctions fakeTable()
{
    WtsFunctions table;
    table.enumerateSessions = fakeEnumerate;
    table.querySessionInformation = fakeQuery;
    table.sendMessage = fakeSend;
    table.openServer = fakeOpen;
    table.closeServer = fakeClose;
    table.freeMemory = fakeFree;
    return table;
}

TerminalServices windows()
{
    fake = FakeServer();
    return TerminalServices(fakeTable(), std::string());
}

MessageOptions options(DWORD timeout, bool wait)
{
    MessageOptions result;
    result.title = L"Message from ADMIN";
    result.timeoutSeconds = timeout;
    result.wait = wait;
    return result;
}

void listsSessionsWithUserNames()
{
    TerminalServices wts = windows();
    const SessionList list = wts.listSessions(L"");
    CHECK(!list.failure.failed());
    CHECK_EQUAL(list.sessions.size(), size_t(5));
    CHECK(list.sessions[1].stationName == L"Console");
    CHECK(list.sessions[1].userName == L"alice");
    CHECK(list.sessions[2].userName == L"CORP\\bob");
    CHECK(list.sessions[4].state == WTSListen);
    CHECK(list.sessions[4].userName.empty());
    CHECK(fake.buffers.empty());
    CHECK_EQUAL(fake.openCalls, 0); // the local server is never opened
}

void remoteServerOpenedAndClosed()
{
    TerminalServices wts = windows();
    CHECK(!wts.listSessions(L"TS01").failure.failed());
    CHECK_EQUAL(fake.openCalls, 1);
    CHECK_EQUAL(fake.closeCalls, 1);

    const SessionList unreachable = wts.listSessions(L"NOSUCHHOST");
    CHECK_EQUAL(unreachable.failure.error, DWORD(RPC_S_SERVER_UNAVAILABLE));
    CHECK(std::strcmp(unreachable.failure.call, "WTSOpenServerW") == 0);
    CHECK_EQUAL(fake.closeCalls, 1); // nothing opened, nothing closed
}

void remoteServerWithoutOpenServer()
{
    fake = FakeServer();
    WtsFunctions table = fakeTable();
    table.openServer = nullptr;
    TerminalServices wts(table, std::string());
    CHECK_EQUAL(wts.listSessions(L"TS01").failure.error, DWORD(ERROR_NOT_SUPPORTED));
    CHECK(!wts.listSessions(L"").failure.failed());
}

void enumerateFailure()
{
    TerminalServices wts = windows();
    fake.enumerateError = ERROR_ACCESS_DENIED;
    const SessionList list = wts.listSessions(L"");
    CHECK_EQUAL(list.failure.error, DWORD(ERROR_ACCESS_DENIED));
    CHECK(!list.failure.withoutErrorCode);
}

void sendsWithTitleTimeoutAndWait()
{
    TerminalServices wts = windows();
    const SessionDelivery delivery =
        wts.sendToSession(L"", 2, L"Server reboots at 18:00", options(60, true));
    CHECK(!delivery.failure.failed());
    CHECK_EQUAL(delivery.response, DWORD(IDYES));
    CHECK_EQUAL(fake.sent.size(), size_t(1));
    const SentMessage &sent = fake.sent.front();
    CHECK(sent.server == WTS_CURRENT_SERVER_HANDLE);
    CHECK_EQUAL(sent.sessionId, DWORD(2));
    CHECK(sent.title == L"Message from ADMIN");
    CHECK(sent.text == L"Server reboots at 18:00");
    // Lengths are in bytes (docs/protocol.md §4).
    CHECK_EQUAL(sent.titleBytes, DWORD(18 * 2));
    CHECK_EQUAL(sent.textBytes, DWORD(23 * 2));
    CHECK_EQUAL(sent.timeout, DWORD(60));
    CHECK_EQUAL(sent.wait, TRUE);
    CHECK_EQUAL(sent.style, DWORD(MB_OK | MB_ICONINFORMATION));
}

void responsesTimeoutAndAsync()
{
    TerminalServices wts = windows();
    CHECK_EQUAL(wts.sendToSession(L"", 1, L"x", options(2, true)).response, DWORD(IDTIMEOUT));
    CHECK_EQUAL(wts.sendToSession(L"", 1, L"x", options(0, false)).response, DWORD(IDASYNC));
    CHECK_EQUAL(fake.sent.back().wait, FALSE);
    CHECK(TerminalServices::responseName(IDOK) == "IDOK");
    CHECK(TerminalServices::responseName(IDTIMEOUT) == "IDTIMEOUT");
    CHECK(TerminalServices::responseName(IDASYNC) == "IDASYNC");
    CHECK(TerminalServices::responseName(IDCONTINUE) == "IDCONTINUE");
    CHECK(TerminalServices::responseName(4242) == "response 4242");
}

void sendFailures()
{
    TerminalServices wts = windows();
    fake.sendError = ERROR_ACCESS_DENIED;
    SessionDelivery delivery = wts.sendToSession(L"", 1, L"x", options(0, false));
    CHECK_EQUAL(delivery.failure.error, DWORD(ERROR_ACCESS_DENIED));
    CHECK(!delivery.failure.withoutErrorCode);

    // FALSE with no error code must not read as success.
    fake.sendError = 0;
    fake.sendFailsSilently = true;
    SetLastError(ERROR_FILE_NOT_FOUND); // a stale error must not leak in either
    delivery = wts.sendToSession(L"", 1, L"x", options(0, false));
    CHECK(delivery.failure.failed());
    CHECK(delivery.failure.withoutErrorCode);
    CHECK_EQUAL(delivery.failure.error, DWORD(ERROR_INTERNAL_ERROR));
    CHECK(std::strcmp(delivery.failure.call, "WTSSendMessageW") == 0);
}

void sendToRemoteSessionUsesItsHandle()
{
    TerminalServices wts = windows();
    CHECK(!wts.sendToSession(L"TS01", 1, L"x", options(0, false)).failure.failed());
    CHECK(fake.sent.back().server == RemoteHandle);
    CHECK_EQUAL(fake.closeCalls, 1);
}

void matchesTargets()
{
    TerminalServices wts = windows();
    const std::vector<Session> sessions = wts.listSessions(L"").sessions;
    using Ids = std::vector<DWORD>;
    CHECK(TerminalServices::matchingSessions(sessions, L"2") == Ids({2}));
    CHECK(TerminalServices::matchingSessions(sessions, L"65536") == Ids({65536}));
    CHECK(TerminalServices::matchingSessions(sessions, L"console") == Ids({1}));
    CHECK(TerminalServices::matchingSessions(sessions, L"RDP-TCP#3") == Ids({2}));
    CHECK(TerminalServices::matchingSessions(sessions, L"ALICE") == Ids({1}));
    CHECK(TerminalServices::matchingSessions(sessions, L"bob") == Ids({2}));
    CHECK(TerminalServices::matchingSessions(sessions, L"corp\\bob") == Ids({2}));
    // Every session with somebody logged on; not the services or listener sessions.
    CHECK(TerminalServices::matchingSessions(sessions, L"*") == Ids({1, 2, 3}));
    CHECK(TerminalServices::matchingSessions(sessions, L"dave").empty());
    CHECK(TerminalServices::matchingSessions(sessions, L"99999999999").empty());
}

void sendToTargetReachesEverySession()
{
    TerminalServices wts = windows();
    const TargetDelivery delivery = wts.sendToTarget(L"TS01", L"*", L"hello", options(60, true));
    CHECK(!delivery.failure.failed());
    CHECK_EQUAL(delivery.sessions.size(), size_t(3));
    CHECK_EQUAL(delivery.sessions[1].sessionId, DWORD(2));
    CHECK_EQUAL(delivery.sessions[1].response, DWORD(IDYES));
    CHECK_EQUAL(fake.openCalls, 1); // one connection for the listing and all sends
    CHECK_EQUAL(fake.closeCalls, 1);
    CHECK(fake.buffers.empty());
}

void sendToUnknownTarget()
{
    TerminalServices wts = windows();
    const TargetDelivery delivery = wts.sendToTarget(L"", L"dave", L"hello", options(0, false));
    CHECK_EQUAL(delivery.failure.error, DWORD(NERR_NameNotFound));
    CHECK(delivery.sessions.empty());
    CHECK_EQUAL(fake.sendCalls, 0);
}

void wineNeverSends()
{
    fake = FakeServer();
    TerminalServices wts(fakeTable(), "8.0");
    const WtsAvailability availability = wts.availability();
    CHECK(availability.reason == WtsAvailability::Reason::RunningUnderWine);
    CHECK(availability.detail == "8.0");
    CHECK_EQUAL(wts.sendToSession(L"", 1, L"x", options(0, false)).failure.error,
                DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(wts.sendToTarget(L"", L"alice", L"x", options(0, false)).failure.error,
                DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(fake.sendCalls, 0);
    // Listing is harmless and allowed.
    CHECK_EQUAL(wts.listSessions(L"").sessions.size(), size_t(5));
}

void missingExports()
{
    fake = FakeServer();
    WtsFunctions table = fakeTable();
    table.sendMessage = nullptr;
    TerminalServices wts(table, std::string());
    const WtsAvailability availability = wts.availability();
    CHECK(availability.reason == WtsAvailability::Reason::ExportsMissing);
    CHECK(availability.detail == "WTSSendMessageW");
    CHECK_EQUAL(wts.sendToTarget(L"", L"alice", L"x", options(0, false)).failure.error,
                DWORD(ERROR_NOT_SUPPORTED));
    CHECK(windows().availability().reason == WtsAvailability::Reason::Available);
}

} // namespace

int main()
{
    return netmsg::testing::runCases(
        "TerminalServices",
        {
            {"listsSessionsWithUserNames", listsSessionsWithUserNames},
            {"remoteServerOpenedAndClosed", remoteServerOpenedAndClosed},
            {"remoteServerWithoutOpenServer", remoteServerWithoutOpenServer},
            {"enumerateFailure", enumerateFailure},
            {"sendsWithTitleTimeoutAndWait", sendsWithTitleTimeoutAndWait},
            {"responsesTimeoutAndAsync", responsesTimeoutAndAsync},
            {"sendFailures", sendFailures},
            {"sendToRemoteSessionUsesItsHandle", sendToRemoteSessionUsesItsHandle},
            {"matchesTargets", matchesTargets},
            {"sendToTargetReachesEverySession", sendToTargetReachesEverySession},
            {"sendToUnknownTarget", sendToUnknownTarget},
            {"wineNeverSends", wineNeverSends},
            {"missingExports", missingExports},
        });
}
