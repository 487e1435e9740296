// Linked into every Qt test of the Windows build (with -Wl,--wrap=main, see
// cmake/NetmsgTest.cmake): once the test's main() has returned, the process
// ends with TerminateProcess instead of running the DLLs' detach handlers.
//
// Why: under Wine, a process whose worker threads are ending at the moment
// main() returns can hang for good in libstdc++-6.dll's DLL_PROCESS_DETACH
// (seen with WINEDEBUG=+module: the last line is that DLL's detach CALL, the
// process keeps one thread waiting). A thread killed by ExitProcess while
// inside its own detach handlers leaves a lock taken; Windows ends a process
// that waits on such a lock at shutdown, Wine waits forever. The test has
// finished, its log is closed and its result known by then: nothing a test
// checks happens after this point.
#include <windows.h>

#include <cstdio>

extern "C" int __real_main(int argc, char **argv);

extern "C" int __wrap_main(int argc, char **argv)
{
    const int code = __real_main(argc, argv);
    std::fflush(nullptr);
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(code));
    return code; // not reached
}
