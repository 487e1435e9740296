target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aliasservers.h ${CMAKE_CURRENT_LIST_DIR}/aliasservers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aliasmatrixmodel.h ${CMAKE_CURRENT_LIST_DIR}/aliasmatrixmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aliaseswidget.h ${CMAKE_CURRENT_LIST_DIR}/aliaseswidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aliaseswidget.ui)
