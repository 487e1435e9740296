# Runs one Qt Test executable under Wine and shows its log. Under Wine a Qt
# Test log does not reach a pipe, so the test writes it to a file
# (-o <file>,txt) and this script prints that file. The program's own output
# goes to files as well: a child it starts can make Wine spawn conhost.exe,
# which inherits the output handles and lingers for a while after the test,
# so that ctest, reading a pipe, would wait for it until the timeout.
# A test that hangs is stopped after TIMEOUT seconds with its log printed so
# far, so that a hang says where it hung.
#   cmake -DEMULATOR=<wine> -DPROGRAM=<exe> -DLOG=<file> -DWINEPATH=<dir|dir|...>
#         [-DARGS=<arg|arg|...>] [-DTIMEOUT=<seconds>] -P RunUnderWine.cmake
string(REPLACE "|" ";" _winepath "${WINEPATH}")
set(ENV{WINEPATH} "${_winepath}")
string(REPLACE "|" ";" _args "${ARGS}")
if(NOT TIMEOUT)
    set(TIMEOUT 110)
endif()
file(REMOVE "${LOG}" "${LOG}.out")
execute_process(COMMAND ${EMULATOR} "${PROGRAM}" ${_args} -o "${LOG},txt"
    INPUT_FILE /dev/null OUTPUT_FILE "${LOG}.out" ERROR_FILE "${LOG}.out"
    TIMEOUT ${TIMEOUT}
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
