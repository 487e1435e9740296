target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/templatestore.h ${CMAKE_CURRENT_LIST_DIR}/templatestore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/templatesmodel.h ${CMAKE_CURRENT_LIST_DIR}/templatesmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/templatesdialog.h ${CMAKE_CURRENT_LIST_DIR}/templatesdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/templatesdialog.ui)
