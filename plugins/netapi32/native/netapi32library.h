#pragma once

#include "systemlibrary.h"

#include <windows.h>

#include <lm.h>

#include <string>

namespace netmsg::netapi32 {

// The netapi32.dll entry points the Messenger layer uses. Filled from the DLL at
// run time (Netapi32Library) or by a test with fakes; a null entry is an export
// this system lacks, which the layer reports as ERROR_NOT_SUPPORTED.
struct Netapi32Functions
{
    using BufferSend = NET_API_STATUS(WINAPI *)(LPCWSTR, LPCWSTR, LPCWSTR, LPBYTE, DWORD);
    using NameAdd = NET_API_STATUS(WINAPI *)(LPCWSTR, LPCWSTR);
    using NameDel = NET_API_STATUS(WINAPI *)(LPCWSTR, LPCWSTR);
    using NameEnum = NET_API_STATUS(WINAPI *)(LPCWSTR, DWORD, LPBYTE *, DWORD, LPDWORD, LPDWORD,
                                              LPDWORD);
    using NameGetInfo = NET_API_STATUS(WINAPI *)(LPCWSTR, LPCWSTR, DWORD, LPBYTE *);
    using ApiBufferFree = NET_API_STATUS(WINAPI *)(LPVOID);

    BufferSend bufferSend = nullptr;
    NameAdd nameAdd = nullptr;
    NameDel nameDel = nullptr;
    NameEnum nameEnum = nullptr;
    NameGetInfo nameGetInfo = nullptr;
    ApiBufferFree apiBufferFree = nullptr;

    // The names of the null entries, comma-separated; empty when all are there.
    std::string missingExports() const;
};

// netapi32.dll loaded from System32 only (never the application or working
// folder), with its functions resolved. The module stays loaded while this
// object lives.
class Netapi32Library
{
public:
    Netapi32Library();
    ~Netapi32Library();
    Netapi32Library(const Netapi32Library &) = delete;
    Netapi32Library &operator=(const Netapi32Library &) = delete;

    bool isLoaded() const { return m_module != nullptr; }
    // GetLastError() of the failed LoadLibraryExW, 0 when loaded.
    DWORD loadError() const { return m_loadError; }
    const Netapi32Functions &functions() const { return m_functions; }

private:
    HMODULE m_module = nullptr;
    DWORD m_loadError = 0;
    Netapi32Functions m_functions;
};

// The Wine release ("8.0") when running under Wine, empty on Windows
// (docs/protocol.md §5).
using win32::wineVersion;

} // namespace netmsg::netapi32
