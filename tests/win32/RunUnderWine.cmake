# Runs one Qt Test executable under Wine and shows its log. Under Wine a Qt
# Test log does not reach a pipe, so the test writes it to a file
# (-o <file>,txt) and this script prints that file. The program's own output
# goes to files as well: a child it starts can make Wine spawn conhost.exe,
# which inherits the output handles and lingers for a while after the test,
# so that ctest, reading a pipe, would wait for it until the timeout.
#   cmake -DEMULATOR=<wine> -DPROGRAM=<exe> -DLOG=<file> -DWINEPATH=<dir|dir|...> -P RunUnderWine.cmake
string(REPLACE "|" ";" _winepath "${WINEPATH}")
set(ENV{WINEPATH} "${_winepath}")
file(REMOVE "${LOG}" "${LOG}.out")
execute_process(COMMAND ${EMULATOR} "${PROGRAM}" -o "${LOG},txt"
    INPUT_FILE /dev/null OUTPUT_FILE "${LOG}.out" ERROR_FILE "${LOG}.out"
    RESULT_VARIABLE result)
foreach(file "${LOG}" "${LOG}.out")
    if(EXISTS "${file}")
        file(READ "${file}" text)
        if(NOT text STREQUAL "")
            message("${text}")
        endif()
    endif()
endforeach()
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} failed: ${result}")
endif()
