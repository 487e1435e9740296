# Warnings are set once, here, and applied to every netmsg target.
add_library(netmsg_warnings INTERFACE)
add_library(netmsg::warnings ALIAS netmsg_warnings)
if(MSVC)
    target_compile_options(netmsg_warnings INTERFACE /W4 $<$<BOOL:${NETMSG_WERROR}>:/WX>)
else()
    target_compile_options(netmsg_warnings INTERFACE -Wall -Wextra -Wpedantic
                           $<$<BOOL:${NETMSG_WERROR}>:-Werror>)
endif()

# Product code spells out its string encodings; tests may use plain literals.
add_library(netmsg_strict_strings INTERFACE)
add_library(netmsg::strict_strings ALIAS netmsg_strict_strings)
target_compile_definitions(netmsg_strict_strings INTERFACE QT_NO_CAST_FROM_ASCII
                           QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
                           QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
