# One layout for the build tree and the install tree, so that a freshly built
# binary finds its core library and plugins exactly as an installed one does.
if(WIN32)
    set(NETMSG_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
    set(NETMSG_INSTALL_LIBDIR "${CMAKE_INSTALL_BINDIR}")
    set(NETMSG_INSTALL_PLUGINDIR "${CMAKE_INSTALL_BINDIR}/plugins")
    set(NETMSG_INSTALL_TRANSLATIONDIR "${CMAKE_INSTALL_BINDIR}/translations")
else()
    set(NETMSG_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
    # netmsg_core is private to netmsg's programs and plugins, not a public
    # library: beside the plugins, found through RUNPATH.
    set(NETMSG_INSTALL_LIBDIR "${CMAKE_INSTALL_LIBDIR}/netmsg")
    set(NETMSG_INSTALL_PLUGINDIR "${CMAKE_INSTALL_LIBDIR}/netmsg/plugins")
    set(NETMSG_INSTALL_TRANSLATIONDIR "${CMAKE_INSTALL_DATADIR}/netmsg/translations")
endif()

# The registry looks for plugins relative to the executable, never in the
# working directory.
file(RELATIVE_PATH NETMSG_PLUGIN_RELATIVE_DIR
     "/prefix/${NETMSG_INSTALL_BINDIR}" "/prefix/${NETMSG_INSTALL_PLUGINDIR}")
# Catalogues installed there take precedence over those embedded in netmsg_core
# (core/translations.cpp), so that an updated .qm can be dropped in.
file(RELATIVE_PATH NETMSG_TRANSLATION_RELATIVE_DIR
     "/prefix/${NETMSG_INSTALL_BINDIR}" "/prefix/${NETMSG_INSTALL_TRANSLATIONDIR}")
file(RELATIVE_PATH _netmsg_lib_from_bin
     "/prefix/${NETMSG_INSTALL_BINDIR}" "/prefix/${NETMSG_INSTALL_LIBDIR}")
file(RELATIVE_PATH _netmsg_lib_from_plugins
     "/prefix/${NETMSG_INSTALL_PLUGINDIR}" "/prefix/${NETMSG_INSTALL_LIBDIR}")

set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/${NETMSG_INSTALL_BINDIR}")
set(CMAKE_LIBRARY_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/${NETMSG_INSTALL_LIBDIR}")
set(CMAKE_ARCHIVE_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/${NETMSG_INSTALL_LIBDIR}")
set(NETMSG_PLUGIN_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/${NETMSG_INSTALL_PLUGINDIR}")

if(NOT WIN32)
    set(CMAKE_INSTALL_RPATH "$ORIGIN/${_netmsg_lib_from_bin}")
    set(NETMSG_PLUGIN_RPATH "$ORIGIN/${_netmsg_lib_from_plugins}")
endif()
