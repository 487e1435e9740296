#include "wtslibrary.h"

namespace netmsg::wts {

using win32::appendMissing;
using win32::resolve;

std::string WtsFunctions::missingExports() const
{
    std::string names;
    appendMissing(names, !enumerateSessions, "WTSEnumerateSessionsW");
    appendMissing(names, !querySessionInformation, "WTSQuerySessionInformationW");
    appendMissing(names, !sendMessage, "WTSSendMessageW");
    appendMissing(names, !freeMemory, "WTSFreeMemory");
    return names;
}

WtsLibrary::WtsLibrary()
{
    m_module = win32::loadSystemLibrary(L"wtsapi32.dll", &m_loadError);
    if (!m_module)
        return;
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
