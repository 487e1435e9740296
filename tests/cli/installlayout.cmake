# Installs the runtime component into a scratch prefix and runs the installed
# netmsg with no plugin path set: it must find its core library and plugins
# relative to itself, as a package would lay them out. For Windows
# (-DWINDOWS=ON, with the EMULATOR that runs it, Wine) it also checks what a
# Windows install carries beside netmsg.exe (packaging/windows.cmake) and
# runs the installed netmsg.exe with nothing on WINEPATH, so that every DLL
# and plugin it loads comes from the install.
#   cmake -DBUILD_DIR=... -DPREFIX=... -DBINDIR=... -DPLUGINDIR=... -DEXE_SUFFIX=...
#         [-DWINDOWS=ON -DEMULATOR=<wine>] -P installlayout.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" --component runtime
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(bin "${PREFIX}/${BINDIR}")
set(expected "${bin}/netmsg${EXE_SUFFIX}" "${PREFIX}/${PLUGINDIR}")
if(WINDOWS)
    list(APPEND expected "${bin}/netmsg-console.exe" "${bin}/netmsg_core.dll")
    foreach(module Core Concurrent Network Sql Gui Widgets)
        list(APPEND expected "${bin}/Qt6${module}.dll")
    endforeach()
    foreach(file platforms/qwindows.dll sqldrivers/qsqlite.dll styles/qwindowsvistastyle.dll
            libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
        list(APPEND expected "${bin}/${file}")
    endforeach()
    foreach(transport loopback winpopup netapi32 wts)
        list(APPEND expected "${PREFIX}/${PLUGINDIR}/netmsg_${transport}.dll")
    endforeach()
endif()
set(missing "")
foreach(file IN LISTS expected)
    if(NOT EXISTS "${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "missing after install:\n  ${missing}")
endif()

# netmsg COMMAND...: the installed program, with a home of its own and
# nothing from the build tree (no plugin path, no library path, no WINEPATH).
function(run_installed out_result out_output)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=NETMSG_PLUGIN_PATH
                            --unset=LD_LIBRARY_PATH --unset=WINEPATH "NETMSG_HOME=${PREFIX}/home"
                            ${EMULATOR} "${bin}/netmsg${EXE_SUFFIX}" ${ARGN}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    string(REPLACE "\r" "" output "${output}")
    set(${out_result} "${result}" PARENT_SCOPE)
    set(${out_output} "${output}\n${errors}" PARENT_SCOPE)
endfunction()

run_installed(result output transports --json)
set(transports loopback)
if(WINDOWS)
    list(APPEND transports winpopup netapi32 wts)
endif()
foreach(id IN LISTS transports)
    if(NOT result EQUAL 0 OR NOT output MATCHES "\"id\":\"${id}\"")
        message(FATAL_ERROR "installed netmsg did not find its ${id} plugin (${result}):\n${output}")
    endif()
endforeach()
# The history needs Qt's SQLite driver: from the install's sqldrivers/.
run_installed(result output history --json)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "installed netmsg cannot open its history (${result}):\n${output}")
endif()
file(GLOB plugins "${PREFIX}/${PLUGINDIR}/*")
message(STATUS "installed netmsg found its plugins: ${plugins}")
