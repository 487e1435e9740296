#pragma once

#include "netapi32library.h"

#include <string>
#include <vector>

namespace netmsg::netapi32 {

// Whether the Messenger API can work here, and if not, why.
struct MessengerAvailability
{
    enum class Reason {
        Available,
        RunningUnderWine,      // Wine's NetMessage* are stubs that raise 0x80000100
        ExportsMissing,        // netapi32.dll absent or without the NetMessage* exports
        NotSupportedByWindows, // ERROR_NOT_SUPPORTED: Vista and later dropped Messenger
    };
    Reason reason = Reason::Available;
    NET_API_STATUS status = NERR_Success; // ERROR_NOT_SUPPORTED unless available
    std::string detail;                   // Wine release or missing export names
    // What listing the local names answered, when it was asked: success, or why
    // the local service cannot serve (e.g. stopped), while remote servers may.
    NET_API_STATUS probeStatus = NERR_Success;
};

// One messenger name (alias) of a server: MSG_INFO_0 or MSG_INFO_1.
struct MessengerName
{
    std::wstring name;
    DWORD forwardFlag = MSGNAME_NOT_FORWARDED; // level 1 only; forwarding is obsolete
    std::wstring forwardedTo;                  // level 1 only
};

struct MessengerNameList
{
    NET_API_STATUS status = NERR_Success;
    std::vector<MessengerName> names;
    int pages = 0; // NetMessageNameEnum calls it took
};

struct MessengerNameInfo
{
    NET_API_STATUS status = NERR_Success;
    MessengerName name;
};

// The Messenger API (lmmsg.h, docs/protocol.md §3) over a function table: send,
// add / delete / list / get-info of messenger names. Blocking; the plugin calls
// it from its own thread pool. Every result is the NET_API_STATUS the API gave,
// or ERROR_NOT_SUPPORTED without any call when the function is missing or the
// process runs under Wine, whose NetMessage* stubs would kill the process.
class MessengerApi
{
public:
    // `wineVersion` non-empty means running under Wine: no NetMessage* function
    // is ever called then.
    MessengerApi(const Netapi32Functions &functions, std::string wineVersion);

    // Decides without side effects: under Wine or with exports missing it calls
    // nothing; otherwise it lists the local names once (level 0), which Vista and
    // later answer with ERROR_NOT_SUPPORTED.
    MessengerAvailability probeAvailability() const;

    // `server` empty = the local machine; `from` empty = the local computer name.
    // The text goes as UTF-16 with its length in bytes, no terminator, as the
    // SDK samples pass it (docs/protocol.md §3: the buffer encoding is unconfirmed).
    NET_API_STATUS send(const std::wstring &server, const std::wstring &recipient,
                        const std::wstring &from, const std::wstring &text) const;
    NET_API_STATUS addName(const std::wstring &server, const std::wstring &name) const;
    NET_API_STATUS deleteName(const std::wstring &server, const std::wstring &name) const;
    // Levels 0 and 1. Follows ERROR_MORE_DATA with the resume handle until the
    // list is complete and frees every buffer the API returned, also on
    // ERROR_MORE_DATA. `preferredMaximumLength` is passed through (tests page
    // with small values; MAX_PREFERRED_LENGTH asks for everything at once).
    MessengerNameList listNames(const std::wstring &server, DWORD level = 0,
                                DWORD preferredMaximumLength = MAX_PREFERRED_LENGTH) const;
    MessengerNameInfo nameInfo(const std::wstring &server, const std::wstring &name,
                               DWORD level = 0) const;

    bool isWine() const { return !m_wineVersion.empty(); }

private:
    template <typename Function> bool mayCall(Function function) const
    {
        return function != nullptr && !isWine();
    }
    void freeBuffer(LPBYTE buffer) const;

    Netapi32Functions m_functions;
    std::string m_wineVersion;
};

} // namespace netmsg::netapi32
