target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/whenfinished.h
    ${CMAKE_CURRENT_LIST_DIR}/pagedhistorymodel.h ${CMAKE_CURRENT_LIST_DIR}/pagedhistorymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messagehistorymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/messagehistorymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deliveryhistorymodel.h
    ${CMAKE_CURRENT_LIST_DIR}/deliveryhistorymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scrollanchor.h ${CMAKE_CURRENT_LIST_DIR}/scrollanchor.cpp)
