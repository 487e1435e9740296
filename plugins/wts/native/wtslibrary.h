#pragma once

#include "systemlibrary.h"

#include <windows.h>

#include <wtsapi32.h>

#include <string>

namespace netmsg::wts {

// The wtsapi32.dll entry points the session layer uses. Filled from the DLL at
// run time (WtsLibrary) or by a test with fakes; a null entry is an export this
// system lacks.
struct WtsFunctions
{
    using EnumerateSessions = BOOL(WINAPI *)(HANDLE, DWORD, DWORD, PWTS_SESSION_INFOW *, DWORD *);
    using QuerySessionInformation = BOOL(WINAPI *)(HANDLE, DWORD, WTS_INFO_CLASS, LPWSTR *,
                                                   DWORD *);
    using SendToSession = BOOL(WINAPI *)(HANDLE, DWORD, LPWSTR, DWORD, LPWSTR, DWORD, DWORD, DWORD,
                                         DWORD *, BOOL);
    using OpenServer = HANDLE(WINAPI *)(LPWSTR);
    using CloseServer = VOID(WINAPI *)(HANDLE);
    using FreeMemory = VOID(WINAPI *)(PVOID);

    EnumerateSessions enumerateSessions = nullptr;
    QuerySessionInformation querySessionInformation = nullptr;
    SendToSession sendMessage = nullptr;
    OpenServer openServer = nullptr;
    CloseServer closeServer = nullptr;
    FreeMemory freeMemory = nullptr;

    // The names of the null entries the local case needs (enumerate, query,
    // send, free), comma-separated; empty when they are all there.
    std::string missingExports() const;
    bool canOpenServers() const { return openServer && closeServer; }
};

// wtsapi32.dll loaded from System32 only, with its functions resolved. The
// module stays loaded while this object lives.
class WtsLibrary
{
public:
    WtsLibrary();
    ~WtsLibrary();
    WtsLibrary(const WtsLibrary &) = delete;
    WtsLibrary &operator=(const WtsLibrary &) = delete;

    bool isLoaded() const { return m_module != nullptr; }
    DWORD loadError() const { return m_loadError; }
    const WtsFunctions &functions() const { return m_functions; }

private:
    HMODULE m_module = nullptr;
    DWORD m_loadError = 0;
    WtsFunctions m_functions;
};

// The Wine release ("8.0") when running under Wine, empty on Windows
// (docs/protocol.md §5).
using win32::wineVersion;

// The full path of System32\msg.exe when that file exists, else empty: Home
// editions do not ship it, nor does Wine (docs/protocol.md §5).
std::wstring msgExePath();

// The OEM code page (850, 437, ...): what a console program such as msg.exe
// most likely expects on a redirected stdin (the console's default code page;
// UNCONFIRMED for msg.exe, docs/protocol.md §8).
unsigned oemCodePage();

} // namespace netmsg::wts
