target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pagedhistorymodel.h ${CMAKE_CURRENT_LIST_DIR}/pagedhistorymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messagehistorymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/messagehistorymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deliveryhistorymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/deliveryhistorymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scrollanchor.h ${CMAKE_CURRENT_LIST_DIR}/scrollanchor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyexportfile.h ${CMAKE_CURRENT_LIST_DIR}/historyexportfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyexporter.h ${CMAKE_CURRENT_LIST_DIR}/historyexporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyfilterbar.h ${CMAKE_CURRENT_LIST_DIR}/historyfilterbar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historyfilterbar.ui
    ${CMAKE_CURRENT_LIST_DIR}/historywidget.h ${CMAKE_CURRENT_LIST_DIR}/historywidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historywidget.ui)
