# Installs the runtime component into a scratch prefix and runs the installed
# netmsg with no plugin path set: it must find its core library and plugins
# relative to itself, as a package would lay them out.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" --component runtime
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(expected "${PREFIX}/${BINDIR}/netmsg${EXE_SUFFIX}" "${PREFIX}/${PLUGINDIR}")
    if(NOT EXISTS "${expected}")
        message(FATAL_ERROR "missing after install: ${expected}")
    endif()
endforeach()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=NETMSG_PLUGIN_PATH --unset=LD_LIBRARY_PATH
                        "NETMSG_HOME=${PREFIX}/home" "${PREFIX}/${BINDIR}/netmsg${EXE_SUFFIX}" transports --json
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT output MATCHES "\"id\":\"loopback\"")
    message(FATAL_ERROR "installed netmsg did not find its plugins (${result}):\n${output}\n${errors}")
endif()
file(GLOB plugins "${PREFIX}/${PLUGINDIR}/*")
message(STATUS "installed netmsg found its plugins: ${plugins}")
