# Precompiled headers: Qt's headers are most of what each of our sources
# compiles (about 2 of its 3 seconds), so each target with many sources
# compiles them once, and every test program reuses one of two headers
# compiled for all of them. Builds only: the sources still include what they
# use, and scripts/check-static runs clang-tidy without them.
option(NETMSG_PCH "Precompile Qt's headers (faster builds)" ON)

set(_netmsg_pch_dir "${CMAKE_CURRENT_LIST_DIR}/pch")

# netmsg_precompile(<target> CORE|WIDGETS): the target's sources share one
# compiled copy of cmake/pch/qtcore.h or qtwidgets.h.
function(netmsg_precompile target kind)
    if(NOT NETMSG_PCH)
        return()
    endif()
    if(kind STREQUAL "WIDGETS")
        target_precompile_headers(${target} PRIVATE "${_netmsg_pch_dir}/qtwidgets.h")
    else()
        target_precompile_headers(${target} PRIVATE "${_netmsg_pch_dir}/qtcore.h")
    endif()
endfunction()

# netmsg_test_pch_anchors(): the two targets whose headers the tests reuse.
# GCC takes a reused header only where every macro it was compiled with is
# defined the same, so the anchors link only what every test links too (the
# core modules; for the console's tests Qt Widgets as well) and not Qt Test,
# whose QT_TESTCASE_BUILDDIR differs from folder to folder, but with the same
# warnings (-Wpedantic takes away some predefined macros); a macro the header
# never saw (QT_TESTLIB_LIB, a test's own) does not matter. A mismatch is a
# -Winvalid-pch warning (CMake passes it), so under -Werror a test that drifts
# apart fails to build rather than build slowly.
function(netmsg_test_pch_anchors)
    if(NOT NETMSG_PCH)
        return()
    endif()
    add_library(netmsg_pch_tests OBJECT "${_netmsg_pch_dir}/anchor.cpp")
    target_link_libraries(netmsg_pch_tests PRIVATE Qt6::Core Qt6::Concurrent Qt6::Network Qt6::Sql
                                                   netmsg::warnings)
    target_precompile_headers(netmsg_pch_tests PRIVATE "${_netmsg_pch_dir}/qtcore.h")
    add_library(netmsg_pch_guitests OBJECT "${_netmsg_pch_dir}/anchor.cpp")
    target_link_libraries(netmsg_pch_guitests PRIVATE Qt6::Core Qt6::Concurrent Qt6::Network Qt6::Sql
                                                      Qt6::Widgets netmsg::warnings)
    target_precompile_headers(netmsg_pch_guitests PRIVATE "${_netmsg_pch_dir}/qtwidgets.h")
    set_target_properties(netmsg_pch_tests netmsg_pch_guitests PROPERTIES
        POSITION_INDEPENDENT_CODE ON AUTOMOC OFF AUTOUIC OFF)
endfunction()

# netmsg_reuse_test_pch(<target> CORE|WIDGETS)
function(netmsg_reuse_test_pch target kind)
    if(NOT NETMSG_PCH)
        return()
    endif()
    if(kind STREQUAL "WIDGETS")
        target_precompile_headers(${target} REUSE_FROM netmsg_pch_guitests)
    else()
        target_precompile_headers(${target} REUSE_FROM netmsg_pch_tests)
    endif()
endfunction()
