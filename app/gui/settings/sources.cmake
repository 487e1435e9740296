target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/isettingspage.h
    ${CMAKE_CURRENT_LIST_DIR}/categorylistwidget.h
    ${CMAKE_CURRENT_LIST_DIR}/categorylistwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/routemodel.h ${CMAKE_CURRENT_LIST_DIR}/routemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generalpage.h ${CMAKE_CURRENT_LIST_DIR}/generalpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generalpage.ui
    ${CMAKE_CURRENT_LIST_DIR}/deliverypage.h ${CMAKE_CURRENT_LIST_DIR}/deliverypage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deliverypage.ui
    ${CMAKE_CURRENT_LIST_DIR}/receiverpage.h ${CMAKE_CURRENT_LIST_DIR}/receiverpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/receiverpage.ui
    ${CMAKE_CURRENT_LIST_DIR}/languagepage.h ${CMAKE_CURRENT_LIST_DIR}/languagepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/languagepage.ui
    ${CMAKE_CURRENT_LIST_DIR}/notificationspage.h ${CMAKE_CURRENT_LIST_DIR}/notificationspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/notificationspage.ui
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/plaintablemodel.h ${CMAKE_CURRENT_LIST_DIR}/plaintablemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.ui)
