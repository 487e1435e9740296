target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sendrequest.h
    ${CMAKE_CURRENT_LIST_DIR}/composecheck.h ${CMAKE_CURRENT_LIST_DIR}/composecheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/composewidget.h ${CMAKE_CURRENT_LIST_DIR}/composewidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/composewidget.ui
    ${CMAKE_CURRENT_LIST_DIR}/recipientedit.h ${CMAKE_CURRENT_LIST_DIR}/recipientedit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unencodablehighlighter.h
    ${CMAKE_CURRENT_LIST_DIR}/unencodablehighlighter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/planmodel.h ${CMAKE_CURRENT_LIST_DIR}/planmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dryrundialog.h ${CMAKE_CURRENT_LIST_DIR}/dryrundialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dryrundialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/preflightmodel.h ${CMAKE_CURRENT_LIST_DIR}/preflightmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/preflightdialog.h ${CMAKE_CURRENT_LIST_DIR}/preflightdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/preflightdialog.ui)
