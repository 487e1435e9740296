# The Windows install is self-contained and laid out as windeployqt lays one
# out, so that it runs from any folder with nothing on PATH:
#   bin/netmsg.exe, netmsg-console.exe, netmsg_core.dll
#   bin/Qt6Core.dll ... Qt6Widgets.dll     the Qt DLLs netmsg links
#   bin/libstdc++-6.dll ...                the mingw-w64 runtime
#   bin/platforms/qwindows.dll             Qt's plugins, beside the program,
#   bin/sqldrivers/qsqlite.dll             where Qt always looks
#   bin/styles/qwindowsvistastyle.dll
#   bin/plugins/netmsg_*.dll               netmsg's transports (NetmsgLayout.cmake),
#                                          found relative to the program
# Included by packaging/CMakeLists.txt for WIN32 builds.

foreach(_module Core Concurrent Network Sql Gui Widgets)
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6::${_module}
        RUNTIME DESTINATION "${NETMSG_INSTALL_BINDIR}" COMPONENT runtime)
endforeach()

# Qt's plugins by folder: the platform integration, the SQLite driver the
# history needs, and the native widget style.
foreach(_plugin platforms:QWindowsIntegrationPlugin sqldrivers:QSQLiteDriverPlugin
        styles:QWindowsVistaStylePlugin)
    string(REPLACE ":" ";" _plugin "${_plugin}")
    list(GET _plugin 0 _folder)
    list(GET _plugin 1 _target)
    if(NOT TARGET Qt6::${_target})
        message(FATAL_ERROR "the Qt for Windows has no ${_target} (${_folder}/): the install needs it")
    endif()
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6::${_target}
        LIBRARY DESTINATION "${NETMSG_INSTALL_BINDIR}/${_folder}" COMPONENT runtime
        RUNTIME DESTINATION "${NETMSG_INSTALL_BINDIR}/${_folder}" COMPONENT runtime)
endforeach()

# The compiler's runtime DLLs, which netmsg's and Qt's DLLs import. The
# cross toolchain file names their folders (NETMSG_MINGW_RUNTIME_DIRS); a
# native mingw-w64 keeps them beside its compiler.
if(MINGW)
    get_filename_component(_compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
    foreach(_dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
        string(MAKE_C_IDENTIFIER "NETMSG_RUNTIME_${_dll}" _variable)
        find_file(${_variable} NAMES ${_dll}
            PATHS ${NETMSG_MINGW_RUNTIME_DIRS} "${_compiler_dir}"
            NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
        if(NOT ${_variable})
            message(FATAL_ERROR "${_dll} is not in ${NETMSG_MINGW_RUNTIME_DIRS} ${_compiler_dir}: "
                                "the install needs it beside netmsg.exe")
        endif()
        install(FILES "${${_variable}}" DESTINATION "${NETMSG_INSTALL_BINDIR}" COMPONENT runtime)
    endforeach()
endif()

# Qt's own strings (standard buttons and dialogs) for netmsg's languages,
# beside netmsg's catalogues: a .qm is the same on every platform, so they
# come from the build host's Qt (Debian's qt6-translations-l10n).
set(_qt_catalogues "")
foreach(_language de fr es ru pl ja zh_CN ar)
    find_file(NETMSG_QT_CATALOGUE_${_language} qtbase_${_language}.qm
        PATHS /usr/share/qt6/translations NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
    if(NOT NETMSG_QT_CATALOGUE_${_language})
        message(FATAL_ERROR "qtbase_${_language}.qm is not in /usr/share/qt6/translations "
                            "(scripts/dev installs qt6-translations-l10n)")
    endif()
    list(APPEND _qt_catalogues "${NETMSG_QT_CATALOGUE_${_language}}")
endforeach()
install(FILES ${_qt_catalogues} DESTINATION "${NETMSG_INSTALL_TRANSLATIONDIR}" COMPONENT runtime)
