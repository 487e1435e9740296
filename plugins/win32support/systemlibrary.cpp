#include "systemlibrary.h"

namespace netmsg::win32 {

HMODULE loadSystemLibrary(const wchar_t *name, DWORD *error)
{
    HMODULE module = LoadLibraryExW(name, nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    if (!module && error)
        *error = GetLastError();
    return module;
}

void appendMissing(std::string &names, bool missing, const char *name)
{
    if (!missing)
        return;
    if (!names.empty())
        names += ", ";
    names += name;
}

std::string wineVersion()
{
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    if (!ntdll)
        return {};
    using WineGetVersion = const char *(CDECL *)();
    auto getVersion = resolve<WineGetVersion>(ntdll, "wine_get_version");
    if (!getVersion)
        return {};
    const char *version = getVersion();
    return version ? std::string(version) : std::string("unknown");
}

} // namespace netmsg::win32
