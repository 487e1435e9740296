target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/deliverymodel.h ${CMAKE_CURRENT_LIST_DIR}/deliverymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outcomechart.h ${CMAKE_CURRENT_LIST_DIR}/outcomechart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deliverywidget.h ${CMAKE_CURRENT_LIST_DIR}/deliverywidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deliverywidget.ui)
