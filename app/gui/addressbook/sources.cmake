target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/addressbook.h ${CMAKE_CURRENT_LIST_DIR}/addressbook.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rowedits.h
    ${CMAKE_CURRENT_LIST_DIR}/contactsmodel.h ${CMAKE_CURRENT_LIST_DIR}/contactsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/groupsmodel.h ${CMAKE_CURRENT_LIST_DIR}/groupsmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/membersmodel.h ${CMAKE_CURRENT_LIST_DIR}/membersmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contactcsv.h ${CMAKE_CURRENT_LIST_DIR}/contactcsv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importpreviewmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/importpreviewmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importdialog.h ${CMAKE_CURRENT_LIST_DIR}/importdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importdialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/contactdialog.h ${CMAKE_CURRENT_LIST_DIR}/contactdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contactdialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/addressbookwidget.h ${CMAKE_CURRENT_LIST_DIR}/addressbookwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/addressbookwidget.ui)
