target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aliasmatrixmodel.h ${CMAKE_CURRENT_LIST_DIR}/aliasmatrixmodel.cpp)
