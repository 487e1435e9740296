#pragma once

#include "netmsg_core_export.h"
#include "outcome.h"

namespace netmsg {

// Where Windows looks for a DLL loaded by name at run time. Its default order
// includes the working folder and PATH, so a DLL planted beside a file the
// user opens, or in any folder on PATH, would run inside netmsg. Restricted,
// only the program's own folder (netmsg's and Qt's DLLs), System32 and
// folders added with AddDllDirectory are searched. Windows only: each program
// calls it first thing in main(), before anything loads a plugin.
class NETMSG_CORE_EXPORT DllSearchPath
{
public:
    static Outcome restrictToSafeFolders();
};

} // namespace netmsg
