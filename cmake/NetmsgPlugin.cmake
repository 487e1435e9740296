# netmsg_add_plugin(<name> SOURCES ... [LIBRARIES ...])
# A transport plugin is a folder with a JSON metadata file and this one call.
# It links netmsg::core only and lands in the plugin folder of the layout.
function(netmsg_add_plugin name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    set(target netmsg_${name})
    # Qt 6.4 compiles nothing given positionally to qt_add_plugin: add sources after.
    qt_add_plugin(${target} SHARED)
    target_sources(${target} PRIVATE ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE netmsg::core netmsg::warnings netmsg::strict_strings ${ARG_LIBRARIES})
    set_target_properties(${target} PROPERTIES
        LIBRARY_OUTPUT_DIRECTORY "${NETMSG_PLUGIN_OUTPUT_DIRECTORY}"
        RUNTIME_OUTPUT_DIRECTORY "${NETMSG_PLUGIN_OUTPUT_DIRECTORY}"
        INSTALL_RPATH "${NETMSG_PLUGIN_RPATH}"
        PREFIX "")
    install(TARGETS ${target}
        LIBRARY DESTINATION "${NETMSG_INSTALL_PLUGINDIR}" COMPONENT runtime
        RUNTIME DESTINATION "${NETMSG_INSTALL_PLUGINDIR}" COMPONENT runtime)
endfunction()
