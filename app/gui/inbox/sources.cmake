target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/inboxmodel.h ${CMAKE_CURRENT_LIST_DIR}/inboxmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inboxwidget.h ${CMAKE_CURRENT_LIST_DIR}/inboxwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/inboxwidget.ui)
