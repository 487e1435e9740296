# What a Linux package carries beside the programs: desktop entry, AppStream
# metainfo, icons, man page, systemd unit for the receiver, bash completion,
# and the Debian copyright and changelog. All in the runtime component.
set(_linux "${CMAKE_CURRENT_SOURCE_DIR}/linux")
set(_icons "${CMAKE_CURRENT_SOURCE_DIR}/icons")

install(FILES "${_linux}/org.netmsg.Console.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT runtime)
configure_file("${_linux}/org.netmsg.Console.metainfo.xml"
    "${CMAKE_CURRENT_BINARY_DIR}/org.netmsg.Console.metainfo.xml" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/org.netmsg.Console.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT runtime)

# The PNGs are rendered from netmsg.svg (rsvg-convert -w N -h N).
install(FILES "${_icons}/netmsg.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT runtime)
foreach(size 16 32 48 64 128 256)
    install(FILES "${_icons}/netmsg-${size}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
        RENAME netmsg.png COMPONENT runtime)
endforeach()

# The receiver as a service. The unit names the installed program, so it is
# written at install time, when the prefix is known (/usr in the DEB and
# RPM); systemd looks in lib/systemd/system under /usr on a merged-/usr system.
# CPack's archive generators install into their staging folder as the prefix
# (.../_CPack_Packages/Linux/TGZ/netmsg-0.1.0-Linux/usr): the unit names what
# follows, the prefix the archive lays out (/usr).
install(CODE "
    set(prefix \"\${CMAKE_INSTALL_PREFIX}\")
    if(prefix MATCHES \"/_CPack_Packages/[^/]+/[^/]+/[^/]+(/.*)$\")
        set(prefix \"\${CMAKE_MATCH_1}\")
    endif()
    set(NETMSG_FULL_BINDIR \"\${prefix}/${NETMSG_INSTALL_BINDIR}\")
    configure_file(\"${_linux}/netmsg-listen.service.in\"
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/systemd/system/netmsg-listen.service\" @ONLY)
    message(STATUS \"Installing: \$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/systemd/system/netmsg-listen.service\")"
    COMPONENT runtime)

install(FILES "${_linux}/netmsg.bash-completion"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME netmsg COMPONENT runtime)

# Debian's documentation files.
configure_file("${_linux}/changelog.in" "${CMAKE_CURRENT_BINARY_DIR}/changelog" @ONLY)
add_custom_command(OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz"
    COMMAND gzip -9nf -k "${CMAKE_CURRENT_BINARY_DIR}/changelog"
    DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/changelog" VERBATIM)

# The man page, generated from `netmsg --help` and each command's --help.
find_program(NETMSG_HELP2MAN help2man)
if(NOT NETMSG_HELP2MAN)
    # tst_package then fails on the missing pages: packages need them.
    message(WARNING "help2man not found: no man pages (scripts/dev installs it)")
    return()
endif()
set(_man "${CMAKE_CURRENT_BINARY_DIR}/netmsg.1")
add_custom_command(OUTPUT "${_man}.gz"
    COMMAND "${CMAKE_COMMAND}" -DHELP2MAN=${NETMSG_HELP2MAN} -DNETMSG=$<TARGET_FILE:netmsg>
            -DINCLUDE=${_linux}/netmsg.h2m -DOUTPUT=${_man} -DHOME=${CMAKE_CURRENT_BINARY_DIR}/man-home -P "${CMAKE_CURRENT_SOURCE_DIR}/manpage.cmake"
    COMMAND gzip -9nf "${_man}"
    DEPENDS netmsg "${_linux}/netmsg.h2m" "${CMAKE_CURRENT_SOURCE_DIR}/manpage.cmake" VERBATIM)
# The console's, from its --help (offscreen: no display needed).
set(_console_man "${CMAKE_CURRENT_BINARY_DIR}/netmsg-console.1")
add_custom_command(OUTPUT "${_console_man}.gz"
    COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C LANG=C QT_QPA_PLATFORM=offscreen
            "NETMSG_HOME=${CMAKE_CURRENT_BINARY_DIR}/man-home"
            "${NETMSG_HELP2MAN}" --no-info --no-discard-stderr --section=1
            --name "the netmsg console: send, receive and manage net send style messages"
            --output "${_console_man}" $<TARGET_FILE:netmsg-console>
    COMMAND gzip -9nf "${_console_man}"
    DEPENDS netmsg-console VERBATIM)
add_custom_target(netmsg_linux_docs ALL
    DEPENDS "${_man}.gz" "${_console_man}.gz" "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz")
install(FILES "${_man}.gz" "${_console_man}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1"
    COMPONENT runtime)
install(FILES "${_linux}/copyright" "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz"
    DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT runtime)
