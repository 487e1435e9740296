# The Windows installer as a user runs it: CPack's NSIS package from this
# build tree, installed silently (/S) under Wine into a scratch folder, then
# the installed netmsg.exe run from there with nothing on WINEPATH; then the
# uninstaller, which must leave the folder empty of our files.
#   cmake -DBUILD_DIR=... -DWORK=... -DVERSION=... -DEMULATOR=<wine> -P installer.cmake
# A run that stopped half way left an install (and its registration, which
# the installer's "uninstall the old one first" would follow): take it out.
set(target "${WORK}/installed")
string(REPLACE "/" "\\" windows_target "Z:${target}")
if(EXISTS "${target}/Uninstall.exe")
    execute_process(COMMAND ${EMULATOR} "${target}/Uninstall.exe" /S "_?=${windows_target}"
                    OUTPUT_QUIET ERROR_QUIET)
endif()
execute_process(COMMAND ${EMULATOR} reg delete
                        "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\netmsg" /f
                OUTPUT_QUIET ERROR_QUIET)
cmake_policy(SET CMP0009 NEW) # GLOB_RECURSE does not follow links
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_CPACK_COMMAND}" -G NSIS -B "${WORK}/dist"
                WORKING_DIRECTORY "${BUILD_DIR}" RESULT_VARIABLE result OUTPUT_VARIABLE output
                ERROR_VARIABLE output)
set(installer "${WORK}/dist/netmsg-${VERSION}-win64.exe")
if(NOT result EQUAL 0 OR NOT EXISTS "${installer}")
    message(FATAL_ERROR "cpack -G NSIS did not make ${installer} (${result}):\n${output}")
endif()
message(STATUS "made ${installer}")

execute_process(COMMAND ${EMULATOR} "${installer}" /S "/D=${windows_target}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT EXISTS "${target}/bin/netmsg.exe")
    message(FATAL_ERROR "the silent install into ${target} failed (${result}):\n${output}")
endif()
foreach(file bin/netmsg-console.exe bin/Qt6Core.dll bin/platforms/qwindows.dll
        bin/sqldrivers/qsqlite.dll bin/plugins/netmsg_winpopup.dll bin/plugins/netmsg_netapi32.dll
        bin/translations/netmsg_de.qm bin/translations/qtbase_de.qm bin/libstdc++-6.dll
        Uninstall.exe)
    if(NOT EXISTS "${target}/${file}")
        message(FATAL_ERROR "the install lacks ${file}")
    endif()
endforeach()

# The Start-menu entries of netmsg's folder (Programs/netmsg VERSION/) in the
# Wine prefix, for all users or this one.
function(netmsg_start_menu_entries out)
    file(GLOB_RECURSE links LIST_DIRECTORIES false "$ENV{WINEPREFIX}/drive_c/*.lnk")
    list(FILTER links INCLUDE REGEX "/Start Menu/Programs/netmsg[^/]*/[^/]+\\.lnk$")
    set(${out} "${links}" PARENT_SCOPE)
endfunction()

# The Start-menu entry for the console, in the Wine prefix's Start menu.
if(DEFINED ENV{WINEPREFIX})
    netmsg_start_menu_entries(shortcuts)
    if(NOT shortcuts MATCHES "netmsg Console.lnk")
        message(FATAL_ERROR "no Start-menu entry 'netmsg Console' (found: ${shortcuts})")
    endif()
    message(STATUS "Start-menu entry: ${shortcuts}")
endif()

function(run_installed out_result out_output)
    # No message box for --help or a parser error: print, as on a console.
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=NETMSG_PLUGIN_PATH --unset=WINEPATH
                            "NETMSG_HOME=${WORK}/home" QT_COMMAND_LINE_PARSER_NO_GUI_MESSAGE_BOXES=1
                            ${EMULATOR} "${target}/bin/netmsg.exe" ${ARGN}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    string(REPLACE "\r" "" output "${output}")
    set(${out_result} "${result}" PARENT_SCOPE)
    set(${out_output} "${output}${errors}" PARENT_SCOPE)
endfunction()
run_installed(result output --version)
if(NOT result EQUAL 0 OR NOT output MATCHES "netmsg ${VERSION}")
    message(FATAL_ERROR "the installed netmsg.exe --version (${result}):\n${output}")
endif()
run_installed(result output transports --json)
foreach(id loopback winpopup netapi32 wts)
    if(NOT result EQUAL 0 OR NOT output MATCHES "\"id\":\"${id}\"")
        message(FATAL_ERROR "the installed netmsg.exe did not find its ${id} plugin (${result}):\n${output}")
    endif()
endforeach()
message(STATUS "the installed netmsg.exe ${VERSION} found its plugins")

execute_process(COMMAND ${EMULATOR} "${target}/Uninstall.exe" /S "_?=${windows_target}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
# Nothing of ours is left but the uninstaller itself (run with _?= it cannot
# delete itself), nor the Start-menu entry.
file(GLOB_RECURSE left RELATIVE "${target}" "${target}/*")
list(REMOVE_ITEM left Uninstall.exe)
if(NOT result EQUAL 0 OR left)
    message(FATAL_ERROR "the silent uninstall left files (${result}): ${left}\n${output}")
endif()
if(DEFINED ENV{WINEPREFIX})
    netmsg_start_menu_entries(shortcuts)
    if(shortcuts)
        message(FATAL_ERROR "the uninstall left the Start-menu entries ${shortcuts}")
    endif()
endif()
message(STATUS "uninstalled")
