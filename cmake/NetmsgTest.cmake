# netmsg_add_test(<name> SOURCES ... [LIBRARIES ...] [LABELS ...] [ENVIRONMENT ...] [ARGS ...])
# One Qt Test executable per class, registered with CTest under its labels.
# Each test gets a private NETMSG_HOME so that tests never share state.
function(netmsg_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT;ARGS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test netmsg::core netmsg::warnings ${ARG_LIBRARIES})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_test(NAME ${name} COMMAND ${name} ${ARG_ARGS})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;NETMSG_PLUGIN_PATH=${NETMSG_PLUGIN_OUTPUT_DIRECTORY};NETMSG_HOME=${CMAKE_CURRENT_BINARY_DIR}/home/${name};${ARG_ENVIRONMENT}")
endfunction()
