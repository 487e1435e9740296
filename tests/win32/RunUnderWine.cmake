# Runs one Qt Test executable under Wine and shows its log: under Wine a Qt
# Test log does not reach a pipe, so the test writes it to a file (-o <file>,txt)
# and this script prints that file. The test's exit code decides the result.
#   cmake -DEMULATOR=<wine> -DPROGRAM=<exe> -DLOG=<file> -DWINEPATH=<dir|dir|...> -P RunUnderWine.cmake
string(REPLACE "|" ";" _winepath "${WINEPATH}")
set(ENV{WINEPATH} "${_winepath}")
file(REMOVE "${LOG}")
execute_process(COMMAND ${EMULATOR} "${PROGRAM}" -o "${LOG},txt" RESULT_VARIABLE result)
if(EXISTS "${LOG}")
    file(READ "${LOG}" log)
    message("${log}")
endif()
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} failed: ${result}")
endif()
