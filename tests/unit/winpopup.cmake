# Unit tests of the winpopup transport: included by tests/unit/CMakeLists.txt.
# They link the plugin's protocol library, i.e. exactly the code the plugin runs.
foreach(_class netbios smbcodec text error aliasstore sender nodestatus transport receiver)
    netmsg_add_test(tst_winpopup${_class}
        SOURCES "${CMAKE_CURRENT_LIST_DIR}/tst_winpopup${_class}.cpp"
        LIBRARIES netmsg::winpopup_protocol netmsg::test_winpopuppeer netmsg::test_filemodes
                  Qt6::Network
        LABELS unit)
endforeach()
