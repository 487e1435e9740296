#include "wtslibrary.h"

namespace netmsg::wts {

namespace {

// GetProcAddress returns a generic FARPROC; going through void (*)() keeps
// -Wcast-function-type quiet, as GCC treats that type as matching any function.
template <typename Function> Function resolve(HMODULE module, const char *name)
{
    return reinterpret_cast<Function>(reinterpret_cast<void (*)()>(GetProcAddress(module, name)));
}

void appendName(std::string &names, bool missing, const char *name)
{
    if (!missing)
        return;
    if (!names.empty())
        names += ", ";
    names += name;
}

} // namespace

std::string WtsFunctions::missingExports() const
{
    std::string names;
    appendName(names, !enumerateSessions, "WTSEnumerateSessionsW");
    appendName(names, !querySessionInformation, "WTSQuerySessionInformationW");
    appendName(names, !sendMessage, "WTSSendMessageW");
    appendName(names, !freeMemory, "WTSFreeMemory");
    return names;
}

WtsLibrary::WtsLibrary()
{
    m_module = LoadLibraryExW(L"wtsapi32.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    if (!m_module) {
        m_loadError = GetLastError();
        return;
    }
    using F = WtsFunctions;
    m_functions.enumerateSessions =
        resolve<F::EnumerateSessions>(m_module, "WTSEnumerateSessionsW");
    m_functions.querySessionInformation =
        resolve<F::QuerySessionInformation>(m_module, "WTSQuerySessionInformationW");
    m_functions.sendMessage = resolve<F::SendToSession>(m_module, "WTSSendMessageW");
    m_functions.openServer = resolve<F::OpenServer>(m_module, "WTSOpenServerW");
    m_functions.closeServer = resolve<F::CloseServer>(m_module, "WTSCloseServer");
    m_functions.freeMemory = resolve<F::FreeMemory>(m_module, "WTSFreeMemory");
}

WtsLibrary::~WtsLibrary()
{
    if (m_module)
        FreeLibrary(m_module);
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

std::wstring msgExePath()
{
    wchar_t directory[MAX_PATH];
    const UINT length = GetSystemDirectoryW(directory, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        return {};
    std::wstring path(directory, length);
    path += L"\\msg.exe";
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || (attributes & FILE_ATTRIBUTE_DIRECTORY))
        return {};
    return path;
}

unsigned oemCodePage()
{
    return GetOEMCP();
}

} // namespace netmsg::wts
