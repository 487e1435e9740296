# Fails when a catalogue is not in step with the sources: run lupdate on a copy
# of each .ts (keeping what vanished) and count what it leaves unfinished
# (a string the sources have and the catalogue lacks, or untranslated) and
# what it marks vanished or obsolete (a string the sources no longer have).
#   cmake -DLUPDATE=... -DSOURCES=<list file> -DTS_DIR=... -DWORK=... -P checkcatalogues.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(GLOB catalogues "${TS_DIR}/netmsg_*.ts")
set(problems "")
foreach(catalogue IN LISTS catalogues)
    get_filename_component(name "${catalogue}" NAME)
    file(COPY "${catalogue}" DESTINATION "${WORK}")
    set(options -locations none)
    if(name STREQUAL "netmsg_en.ts")
        # English holds only the plural forms.
        list(APPEND options -pluralonly -source-language en -target-language en)
    endif()
    execute_process(COMMAND "${LUPDATE}" -silent ${options} "@${SOURCES}" -ts "${WORK}/${name}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name} (${result}):\n${output}")
    endif()
    file(READ "${WORK}/${name}" text)
    foreach(kind unfinished vanished obsolete)
        # Each <message> whose <translation> carries that type, whatever
        # (comments, old sources) stands between.
        string(REGEX MATCHALL "<source>[^<]*</source>([^<]|<[^t/]|</[^m])*<translation type=\"${kind}\""
               found "${text}")
        list(LENGTH found count)
        if(count GREATER 0)
            set(examples "")
            foreach(entry IN LISTS found)
                string(REGEX REPLACE ".*<source>([^<]*)</source>.*" "\\1" source "${entry}")
                list(LENGTH examples shown)
                if(shown LESS 5)
                    list(APPEND examples "'${source}'")
                endif()
            endforeach()
            list(JOIN examples ", " examples)
            list(APPEND problems "${name}: ${count} ${kind} (${examples})")
        endif()
    endforeach()
    string(REGEX MATCHALL "<message" messages "${text}")
    list(LENGTH messages total)
    message(STATUS "${name}: ${total} messages")
endforeach()
if(problems)
    list(JOIN problems "\n  " problems)
    message(FATAL_ERROR "catalogues out of step with the sources "
                        "(cmake --build <dir> --target update_translations, then translate):\n  ${problems}")
endif()
