target_sources(netmsg_console_lib PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/messagebox.h ${CMAKE_CURRENT_LIST_DIR}/messagebox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/filedialog.h ${CMAKE_CURRENT_LIST_DIR}/filedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/notifier.h ${CMAKE_CURRENT_LIST_DIR}/notifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statecolors.h ${CMAKE_CURRENT_LIST_DIR}/statecolors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wordcolumns.h ${CMAKE_CURRENT_LIST_DIR}/wordcolumns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clippedtext.h ${CMAKE_CURRENT_LIST_DIR}/clippedtext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/whenfinished.h ${CMAKE_CURRENT_LIST_DIR}/plaintooltip.h)
