# netmsg_add_test(<name> SOURCES ... [LIBRARIES ...] [LABELS ...] [ENVIRONMENT ...] [ARGS ...])
# One Qt Test executable per class, registered with CTest under its labels.
# Each test gets a private NETMSG_HOME so that tests never share state.

set(_netmsg_cmake_dir "${CMAKE_CURRENT_LIST_DIR}")

# netmsg_qt_test_command(<out-var> <target> <timeout> [ARGS ...])
# The CTest command that runs a Qt Test target: the program itself, or in a
# Windows cross-build RunUnderWine.cmake around it, which gets its log out of
# Wine and prints it even when the test hangs (stopped 10 s before CTest's
# own timeout would kill it silently; TIMEOUT must exceed 10 s).
function(netmsg_qt_test_command out name timeout)
    if(CMAKE_CROSSCOMPILING AND WIN32 AND CMAKE_CROSSCOMPILING_EMULATOR)
        set(winepath "$<TARGET_FILE_DIR:Qt6::Core>" ${NETMSG_MINGW_RUNTIME_DIRS})
        list(JOIN winepath "|" winepath)
        list(JOIN ARGN "|" args)
        math(EXPR inner "${timeout} - 10")
        set(${out}
            "${CMAKE_COMMAND}" "-DEMULATOR=${CMAKE_CROSSCOMPILING_EMULATOR}"
            "-DPROGRAM=$<TARGET_FILE:${name}>" "-DARGS=${args}"
            "-DLOG=${CMAKE_CURRENT_BINARY_DIR}/${name}.log" "-DWINEPATH=${winepath}"
            "-DTIMEOUT=${inner}" -P "${_netmsg_cmake_dir}/RunUnderWine.cmake"
            PARENT_SCOPE)
    else()
        set(${out} ${name} ${ARGN} PARENT_SCOPE)
    endif()
endfunction()

# netmsg_test_path(<out-var> <path>)
# A path of the build or source tree as the test programs see it: itself, or
# under Wine on drive Z: (Wine's name for the Linux root). Without a drive a
# Windows program reads "/work/x" as a folder on the working folder's drive,
# which the plugin registry refuses as relative.
function(netmsg_test_path out path)
    if(CMAKE_CROSSCOMPILING AND WIN32 AND CMAKE_CROSSCOMPILING_EMULATOR)
        set(${out} "Z:${path}" PARENT_SCOPE)
    else()
        set(${out} "${path}" PARENT_SCOPE)
    endif()
endfunction()

# netmsg_wine_exit(<target>)
# In a mingw-w64 cross-build (whose tests run under Wine), the test ends with
# TerminateProcess once main() has returned (tests/common/wineexit.cpp says
# why: a hang at exit under Wine). Native Windows builds exit normally.
function(netmsg_wine_exit name)
    if(MINGW AND CMAKE_CROSSCOMPILING)
        target_sources(${name} PRIVATE "${_netmsg_cmake_dir}/../tests/common/wineexit.cpp")
        target_link_options(${name} PRIVATE -Wl,--wrap=main)
    endif()
endfunction()

function(netmsg_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT;ARGS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test netmsg::core netmsg::warnings ${ARG_LIBRARIES})
    netmsg_wine_exit(${name})
    if("Qt6::Widgets" IN_LIST ARG_LIBRARIES)
        netmsg_reuse_test_pch(${name} WIDGETS)
    else()
        netmsg_reuse_test_pch(${name} CORE)
    endif()
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    netmsg_qt_test_command(command ${name} ${ARG_TIMEOUT} ${ARG_ARGS})
    add_test(NAME ${name} COMMAND ${command})
    netmsg_test_path(plugins "${NETMSG_PLUGIN_OUTPUT_DIRECTORY}")
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;NETMSG_PLUGIN_PATH=${plugins};NETMSG_HOME=${CMAKE_CURRENT_BINARY_DIR}/home/${name};${ARG_ENVIRONMENT}")
endfunction()
