#pragma once

#include "wtslibrary.h"

#include <string>
#include <vector>

namespace netmsg::wts {

// Whether the WTS API can work here, and if not, why.
struct WtsAvailability
{
    enum class Reason {
        Available,
        RunningUnderWine, // Wine's WTSSendMessageW is a stub (docs/protocol.md §5)
        ExportsMissing,   // wtsapi32.dll absent or without the exports we need
    };
    Reason reason = Reason::Available;
    std::string detail; // Wine release or missing export names
};

// One terminal session of a server (WTS_SESSION_INFOW plus its user name).
struct Session
{
    DWORD id = 0;
    std::wstring stationName; // "Console", "RDP-Tcp#3", "Services"
    WTS_CONNECTSTATE_CLASS state = WTSActive;
    std::wstring userName; // empty when nobody is logged on
};

// A Win32 error of one step; `error` is 0 on success. `withoutErrorCode` marks
// a call that failed yet left GetLastError() at 0, as Wine's WTSSendMessageW
// does; `error` is then ERROR_INTERNAL_ERROR so that it never reads as success.
struct Failure
{
    DWORD error = ERROR_SUCCESS;
    const char *call = ""; // the API function that failed
    bool withoutErrorCode = false;
    bool failed() const { return error != ERROR_SUCCESS; }
};

struct SessionList
{
    Failure failure;
    std::vector<Session> sessions;
};

// How a message box is shown (WTSSendMessageW, docs/protocol.md §4).
struct MessageOptions
{
    std::wstring title;
    DWORD timeoutSeconds = 0; // 0 = no timeout
    bool wait = false;        // wait for the user's answer (or the timeout)
    DWORD style = MB_OK | MB_ICONINFORMATION;
};

struct SessionDelivery
{
    DWORD sessionId = 0;
    Failure failure;
    DWORD response = 0; // IDOK ... IDCONTINUE, IDTIMEOUT or IDASYNC
};

struct TargetDelivery
{
    Failure failure; // opening the server, listing, or no matching session
    std::vector<SessionDelivery> sessions;
};

// Terminal sessions over a function table: list the sessions of a server and
// put a message box into them. Blocking; the plugin calls it from its own
// thread pool. Under Wine nothing but the listing is ever called.
class TerminalServices
{
public:
    TerminalServices(const WtsFunctions &functions, std::string wineVersion);

    WtsAvailability availability() const;

    // `server` empty = this machine; else it is opened with WTSOpenServerW.
    SessionList listSessions(const std::wstring &server) const;
    SessionDelivery sendToSession(const std::wstring &server, DWORD sessionId,
                                  const std::wstring &text, const MessageOptions &options) const;
    // `target` is a session id ("2"), a session name ("RDP-Tcp#3"), a user name
    // ("alice" or "DOMAIN\alice") or "*" for every session with a user logged on.
    // One server connection, one listing, one message per matching session; no
    // match at all is NERR_NameNotFound.
    TargetDelivery sendToTarget(const std::wstring &server, const std::wstring &target,
                                const std::wstring &text, const MessageOptions &options) const;

    static std::vector<DWORD> matchingSessions(const std::vector<Session> &sessions,
                                               const std::wstring &target);
    // "IDOK", "IDTIMEOUT", "IDASYNC", ...; "response <n>" for anything else.
    static std::string responseName(DWORD response);

    bool isWine() const { return !m_wineVersion.empty(); }

private:
    class ServerHandle;
    SessionList listSessions(HANDLE server) const;
    SessionDelivery sendToSession(HANDLE server, DWORD sessionId, const std::wstring &text,
                                  const MessageOptions &options) const;
    std::wstring userName(HANDLE server, DWORD sessionId) const;

    WtsFunctions m_functions;
    std::string m_wineVersion;
};

} // namespace netmsg::wts
