#pragma once

#include <windows.h>

#include <string>

namespace netmsg::win32 {

// A DLL from the System32 folder only, never from the application's folder or
// the working directory (DLL planting). Null with `error` set on failure.
HMODULE loadSystemLibrary(const wchar_t *name, DWORD *error);

// GetProcAddress returns a generic FARPROC; going through void (*)() keeps
// -Wcast-function-type quiet, as GCC treats that type as matching any function.
template <typename Function> Function resolve(HMODULE module, const char *name)
{
    return reinterpret_cast<Function>(reinterpret_cast<void (*)()>(GetProcAddress(module, name)));
}

// Appends `name` to a comma-separated list when `missing`.
void appendMissing(std::string &names, bool missing, const char *name);

// Wine's version ("8.0") through ntdll!wine_get_version; empty on Windows.
std::string wineVersion();

} // namespace netmsg::win32
