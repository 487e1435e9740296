#include "dllsearchpath.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

namespace netmsg {

Outcome DllSearchPath::restrictToSafeFolders()
{
    // LOAD_LIBRARY_SEARCH_DEFAULT_DIRS: the application's folder, System32
    // and the AddDllDirectory folders; neither the working folder nor PATH.
    if (!SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_DEFAULT_DIRS))
        return Outcome(quint32(GetLastError()), QStringLiteral("SetDefaultDllDirectories failed"));
    // A load that asks for the old order (LOAD_WITH_ALTERED_SEARCH_PATH)
    // still skips the working folder.
    if (!SetDllDirectoryW(L""))
        return Outcome(quint32(GetLastError()), QStringLiteral("SetDllDirectoryW failed"));
    return Outcome::success();
}

} // namespace netmsg
