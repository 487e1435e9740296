<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>netmsg::Validation</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::WtsTransport</name>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation>
            <numerusform>%n session matches %1: %2</numerusform>
            <numerusform>%n sessions match %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation>
            <numerusform>nothing was sent: %n recipient rejected</numerusform>
            <numerusform>nothing was sent: %n recipients rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation>
            <numerusform>would send to %1 through %2 in %n part</numerusform>
            <numerusform>would send to %1 through %2 in %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation>
            <numerusform>(%1 of %n part)</numerusform>
            <numerusform>(%1 of %n parts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation>
            <numerusform>%1 of %n delivered, %2 failed, %3 unconfirmed</numerusform>
            <numerusform>%1 of %n delivered, %2 failed, %3 unconfirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation>
            <numerusform>message %1: sending to the %n recipient never started</numerusform>
            <numerusform>message %1: sending to the %n recipients never started</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation>
            <numerusform>Delete %n contact?</numerusform>
            <numerusform>Delete %n contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>Deleted %n contact.</numerusform>
            <numerusform>Deleted %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Imported %n contact.</numerusform>
            <numerusform>Imported %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation>
            <numerusform>Delete the group %1 with its %n member? The contacts stay.</numerusform>
            <numerusform>Delete the group %1 with its %n members? The contacts stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n aliases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation>
            <numerusform>%n recipient rejected: %1</numerusform>
            <numerusform>%n recipients rejected: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation>
            <numerusform>%n entry rejected:</numerusform>
            <numerusform>%n entries rejected:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation>
            <numerusform>%n character %1 cannot encode</numerusform>
            <numerusform>%n characters %1 cannot encode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation>
            <numerusform>Broadcast this message to everyone (*)? %n recipient entry in all.</numerusform>
            <numerusform>Broadcast this message to everyone (*)? %n recipient entries in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation>
            <numerusform>Send this message to %n recipient?</numerusform>
            <numerusform>Send this message to %n recipients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation>
            <numerusform>%n entry not checked: it is not a valid recipient.</numerusform>
            <numerusform>%n entries not checked: they are not valid recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation>
            <numerusform>%n unconfirmed message may have arrived already. Sending it again may deliver it twice. Send again?</numerusform>
            <numerusform>%n unconfirmed messages may have arrived already. Sending them again may deliver them twice. Send again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation>
            <numerusform>%n held for retry; next try in %1, holding until %2 (%3 left)</numerusform>
            <numerusform>%n held for retry; next try in %1, holding until %2 (%3 left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation>
            <numerusform>Resume message #%1: send it to the %n recipient it was never sent to?</numerusform>
            <numerusform>Resume message #%1: send it to the %n recipients it was never sent to?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation>
            <numerusform>%n recipient was under way when netmsg stopped and may have got it: it is recorded as unconfirmed and not sent again.</numerusform>
            <numerusform>%n recipients were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation>
            <numerusform>Nothing was sent. A send would go to %n recipient</numerusform>
            <numerusform>Nothing was sent. A send would go to %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation>
            <numerusform>in %n message through %1.</numerusform>
            <numerusform>in %n messages through %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation>
            <numerusform>@%1: %n member</numerusform>
            <numerusform>@%1: %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation>
            <numerusform>%n recipient of message #%1 has no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</numerusform>
            <numerusform>%n recipients of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::Notifier</name>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation>
            <numerusform>netmsg: %n new message</numerusform>
            <numerusform>netmsg: %n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightDialog</name>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation>
            <numerusform>Checking %n target without sending anything: </numerusform>
            <numerusform>Checking %n targets without sending anything: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation>
            <numerusform>Nothing was sent. %1 of %n target could be reached now.</numerusform>
            <numerusform>Nothing was sent. %1 of %n targets could be reached now.</numerusform>
        </translation>
    </message>
</context>
</TS>
