# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (posix threads, so
# that std::thread and Qt's threads work), running built programs under Wine.
#   cmake --preset mingw   (or -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/mingw-w64.cmake)
# Give the Windows Qt with -DCMAKE_PREFIX_PATH=<qt6.4.2-mingw64> and the Linux host
# tools with -DQT_HOST_PATH=/usr (see ../shared/toolchains/README.md).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(NETMSG_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${NETMSG_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${NETMSG_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${NETMSG_MINGW_TRIPLE}-windres)

# Libraries and headers come from the mingw sysroot and the Windows Qt only;
# programs (moc, wine) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${NETMSG_MINGW_TRIPLE} ${CMAKE_PREFIX_PATH})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# ctest runs the Windows executables through Wine. Debian's runner for 64-bit
# programs is /usr/lib/wine/wine64; `wine` also works but asks for wine32.
find_program(NETMSG_WINE NAMES wine64 wine PATHS /usr/lib/wine NO_CMAKE_FIND_ROOT_PATH)
if(NETMSG_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR "${NETMSG_WINE}")
endif()

# Where the mingw runtime DLLs (libstdc++, libgcc_s, libwinpthread) live, for
# WINEPATH when running what was built.
set(NETMSG_MINGW_RUNTIME_DIRS
    /usr/lib/gcc/${NETMSG_MINGW_TRIPLE}/12-posix
    /usr/${NETMSG_MINGW_TRIPLE}/lib)
