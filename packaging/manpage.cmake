# netmsg.1 from `netmsg --help`, with a section per command from its own
# --help (help2man runs the built program in English, with a scratch HOME for
# NETMSG_HOME so that the builder's own settings and language stay out).
#   cmake -DHELP2MAN=... -DNETMSG=... -DINCLUDE=netmsg.h2m -DOUTPUT=netmsg.1 -DHOME=... -P manpage.cmake
get_filename_component(dir "${OUTPUT}" DIRECTORY)
set(commands send alias listen history transports)
set(include "${dir}/netmsg-commands.h2m")
file(READ "${INCLUDE}" text)
string(APPEND text "\n[COMMANDS]\n")
foreach(command IN LISTS commands)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C LANG=C "NETMSG_HOME=${HOME}"
                            "${NETMSG}" ${command} --help
                    OUTPUT_VARIABLE help RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "netmsg ${command} --help failed: ${result}")
    endif()
    # The usage line names the build tree's path; the page names the program.
    string(REGEX REPLACE "Usage: [^ ]*netmsg" "Usage: netmsg ${command}" help "${help}")
    string(REPLACE "\\" "\\\\" help "${help}")
    string(REGEX REPLACE "\n([ ]+)" "\n.br\n\\1" help "${help}")
    string(APPEND text ".SS \"netmsg ${command}\"\n.nf\n${help}\n.fi\n")
endforeach()
file(WRITE "${include}" "${text}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C LANG=C "NETMSG_HOME=${HOME}"
                        "${HELP2MAN}" --no-info --section=1 --name "send and receive net send style network messages"
                        --include "${include}" --output "${OUTPUT}" "${NETMSG}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man failed: ${result}")
endif()
