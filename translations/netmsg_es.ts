<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About netmsg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin console for net send style network messages: send them to computer names, user aliases and terminal sessions, receive them, and see what happened to every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netmsg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transports found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transports found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all of this as plain text, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressBookWidget</name>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, address or note (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected contact (or F2 in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV file with the columns name, address, note and group; every row is shown before anything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contacts, with their groups, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected group (Del in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME, NAME@host[:port] or @group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Gro&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the member to the selected group (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member (Del in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected member up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected member down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasesWidget</name>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;erver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ or 10.0.0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport that manages the server to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases by server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the aliases of the chosen server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the aliases of every server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing the chosen server (its aliases stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the aliases of another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, NAME@host[:port], @group, separated by commas or new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecute on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to send from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route or transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a text over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold transient failures for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to hold transient failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message size in wire bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you refer to it, e.g. Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME or NAME@host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Recipients at a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients delivered at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etries of transient failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries of transient failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask before sending to more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients before a send asks for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longest message text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest message text in characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failures that may pass (a busy or unreachable peer, a timeout) are retried; a delivered or unconfirmed message is never sent again. A broadcast (*) always asks first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed messages may have arrived; sending them again may deliver them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-recipient results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run: What Would Be Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Default &amp;route: the transports tried for each recipient, top first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transports on the default route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this transport earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this transport later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient goes to the next checked transport only when one says it cannot reach it; a delivered or unconfirmed answer ends the route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your messages come from: a NetBIOS name of 1 to 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM code page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding of names and text on the WinPopup wire; the recipients&apos; DOS code page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages sent on or after this day (&quot;any&quot;: from the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages sent on or before this day (&quot;any&quot;: up to now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport that ended the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every message and delivery the filter selects to a CSV or JSON file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected message to the recipients it was never sent to because netmsg stopped first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of the selected message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the selected message: its sender at the address it came from (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected messages read (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected messages unread (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender as the peer claimed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the message came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias the message was sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the message was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console changes its language as soon as you apply; the command-line tool uses it from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>netmsg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message to every recipient (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be sent to whom, without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every target before sending: name, port, transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About netmsg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Notify me of messages that arrive while the window is hidden or in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One notification for each burst of messages, through the system tray where the desktop has one, else by flashing the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Preflight: Could Each Target Be Reached Now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected target in full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <source>&amp;Receive messages in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 takes messages from this computer only; 0.0.0.0 (or ::) from every network. Windows sends to TCP port 139, which on Linux needs privileges; the default 1139 does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a template after the selected one (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected template (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;netmsg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive net send style network messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The netmsg console: send, receive and manage messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, e.g. de (default: the settings&apos;, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a scratch history with demo data, take a screenshot of every tab and dialog into FOLDER, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::AliasStore</name>
    <message>
        <source>there is no data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder %1 is a shared temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an alias list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already an alias here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an alias here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held by another process (waited %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryJob</name>
    <message>
        <source>the transport was unloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport on the route could take it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport was unloaded while the job ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started within %1 ms: the transport&apos;s threads were all busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms after the message was handed over; it may have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history was closed while the job ran; not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: history could not record the start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history was closed while the job ran; these results are not on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text has %L1 characters; the limit is %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport on the route can be used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resume needs the history the message is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resume needs the message and each recipient&apos;s position in its list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this delivery job is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route names no transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after the message was handed over; it may have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryStates</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::HistoryStore</name>
    <message>
        <source>reading the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dispatch ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history %1 has schema version %2, newer than this netmsg knows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no inbox message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::IMessageTransport</name>
    <message>
        <source>transport &apos;%1&apos; has no option &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressing a host directly (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport can address %2; it cannot check more without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport manages only this computer&apos;s aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport does not support %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::LoopbackTransport</name>
    <message>
        <source>ports (%1): loopback servers are addressed by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback (test network)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::Netapi32Transport</name>
    <message>
        <source>this computer&apos;s Messenger service answered %1: sends executed here may fail, on a remote server they may work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running under Wine %1, whose Messenger functions (netapi32.dll NetMessage*) are unimplemented stubs that abort the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netapi32.dll could not be loaded (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netapi32.dll lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Windows has no Messenger service (Windows Vista and later answer ERROR_NOT_SUPPORTED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Messenger (netapi32)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::NodeStatusQuery</name>
    <message>
        <source>cannot resolve %1 to an IPv4 address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NetBIOS node status answer from %1 port %2 within %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::Outcome</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function is not valid here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file the operation needs was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer reported a general failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer sent a response netmsg does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected network error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer does not answer to that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer does not accept messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This function is not implemented on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information level is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More data is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messenger service is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending process ended while this was under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has characters the target code page cannot encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote computer refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote computer is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred in netmsg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer has insufficient resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than the transport allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buffer is too small for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general network error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message alias could not be found on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message alias already exists locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of added message aliases has been exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer name could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred when the message was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message alias is currently in use. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Messenger service has not been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is not on the local computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast message is longer than 128 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duplicate message alias exists on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message alias has not been completely deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::Preflight</name>
    <message>
        <source>the route names no transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport on the route can take %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this preflight is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no targets to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 probe ended without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 probe did not answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while %1 was checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it was checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::RecipientList</name>
    <message>
        <source>the name column is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups nest deeper than %1 levels (a cycle?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; contains itself (a cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; lacks its closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::ResumePlan</name>
    <message>
        <source>there is no message %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 has no dispatch ledger (it was sent by an older netmsg); it cannot be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as under way when the sending process ended: it may have arrived, so it is not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1: the recipient &apos;%2&apos; at position %3 in history cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::Route</name>
    <message>
        <source>route &apos;%1&apos;: entry %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is not a transport id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::SendLock</name>
    <message>
        <source>message %1 is being sent by %2 (process %3 on %4); go on with it once that has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another netmsg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1 to send message %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::TransportRegistry</name>
    <message>
        <source>there is no transport &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 plugin failed to load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 plugin created no transport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::Validation</name>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this transport cannot broadcast to &apos;*&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which is not allowed in a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has &apos;*&apos; at position %3; &apos;*&apos; is only valid alone, as a broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; starts or ends with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is only dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is a reserved word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which %5 cannot encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is %3 characters long; the limit is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encoding &apos;%1&apos; is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot encode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broadcast is %1 bytes in %2; the limit is %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is %1 bytes in %2; the limit is %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupConnection</name>
    <message>
        <source>the inbox gave no answer for the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupError</name>
    <message>
        <source>not listening on called name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening for calling name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called name present, but insufficient resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetBIOS session refused: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetBIOS session refused with unknown code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered NTSTATUS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered DOS error class %2 code %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupOptions</name>
    <message>
        <source>winpopup option &quot;%1&quot;: &quot;%2&quot; is not an address or address/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown winpopup option &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for winpopup option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupProbe</name>
    <message>
        <source>the transport was closed while checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupReceiver</name>
    <message>
        <source>unknown code page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver limits must be positive (connections, bytes, idle ms, session ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver is full (%1 connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections from this address already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 new connections a minute from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is in a denied network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is in no allowed network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupSender</name>
    <message>
        <source>the transport was closed while sending to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed NetBIOS packet from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected NetBIOS packet type 0x%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 got no valid reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session response from %1 (packet type 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad or endless session retarget from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retargets the session to %2:%3, another host; not followed (winpopup option retargetOtherHosts allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted none of our SMB dialects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsolicited SMB reply from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the session request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection while waiting for the %2 reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer the session request within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was handed over to %1 but not confirmed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupTransport</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not representable in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending through another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME@host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast (the WinPopup session is sent to one name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes in %2 with %3 line breaks; the limit is %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names this computer&apos;s receiver answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing only, through NetBIOS node status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: the winpopup transport manages only its own receiver&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown OEM code page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinPopup (SMB messenger)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::WtsTransport</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running under Wine %1, whose WTSSendMessageW is a stub that shows nothing, and which has no msg.exe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no msg.exe in System32 (Windows Home editions do not ship it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wtsapi32.dll could not be loaded (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wtsapi32.dll lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fallback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport &apos;wts&apos; has no option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of transport &apos;wts&apos; cannot be &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;wait&apos; of transport &apos;wts&apos; needs &apos;timeoutSeconds&apos; from 1 to %1: a message box nobody answers would block its thread for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session on this computer matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal sessions (WTS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::cli::AliasCommand</name>
    <message>
        <source>List, add or delete the messenger aliases of a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server whose aliases to manage (default: this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: list, add or del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add or del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;alias list&apos; takes no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;alias %1&apos; needs at least one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::cli::CliSession</name>
    <message>
        <source>--transport-option &apos;%1&apos; is not [ID.]KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; names %2, which is not on the route (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos;: the route has %2 transports (%3); say which, as ID.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code page %1: no transport on the route speaks an OEM code page (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --transport or --route, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport %1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no available transport on the route (%1) can %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::cli::Command</name>
    <message>
        <source>Transport to use (see &apos;netmsg transports&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transports to try per recipient, in order, e.g. netapi32,wts,winpopup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has several transports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON, one object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;netmsg %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::cli::HistoryCommand</name>
    <message>
        <source>Show sent messages with every recipient&apos;s result, or received messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many messages to show (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show received messages instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message>
        <source>Receive messages: store each in the inbox and print it as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default: the settings&apos;, 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default: the settings&apos;, 1139).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to NAME as well; added to the stored alias list (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code page of incoming text, e.g. CP850.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N messages (default: run until interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers served at once (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest message accepted, in bytes (default 4096).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a peer&apos;s connection after this many silent seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address &apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netmsg: warning: no aliases: every session will be refused (use --alias NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 (%3) to %4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>netmsg: listening on %1 (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netmsg: warning: %1 is not loopback: other computers can send to these names (limit who with --transport-option winpopup.allowNetworks=NET/PREFIX,...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message>
        <source>cannot read recipients from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message to one or more recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to send from (default: this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name (default: from settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or new lines, or @file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients in flight at once (1-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra attempts for transient failures (0-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire code page for OEM transports, e.g. CP850.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port for recipients given without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the transport&apos;s length limit: refuse (default) or split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest text accepted, in characters (default: the settings&apos;, 65536).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold transient failures and retry them for up to this many seconds (instead of --retries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and show what would be sent; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with message &lt;id&gt; from history, whose send was killed: send to the recipients it never started; never again to one it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--over-limit &apos;%1&apos; is neither &apos;refuse&apos; nor &apos;split&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipients: give --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message text: give it as an argument or on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipients: --to is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netmsg: %1: %2; held, next try at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: cancelling the remaining recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume &apos;%1&apos; is not a message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume takes the recipients and the text from history: give no --to, text or --dry-run with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1: every recipient was started before; nothing is left to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::TransportsCommand</name>
    <message>
        <source>List the transports, their capabilities and whether they are available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netmsg: refused plugin %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport plugins found in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AboutDialog</name>
    <message>
        <source>netmsg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at run time, built with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not open: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused plugins: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused plugins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBook</name>
    <message>
        <source>a contact needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names a group; a contact&apos;s address is one computer or user (NAME or NAME@host[:port])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names more than one recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; has the character %2, which is not allowed (commas, semicolons, &apos;@&apos; and &apos;|&apos; separate recipients and groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a contact named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member needs an address or @group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; cannot contain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding @%1 to &apos;%2&apos; would make a cycle: &apos;%1&apos; already contains &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console has no history to keep contacts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a group named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no accepted row to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message>
        <source>Members o&amp;f the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members o&amp;f %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added the group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an alias of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not listed (%1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: its transport cannot add or delete aliases here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasServers</name>
    <message>
        <source>no transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport here can list this computer&apos;s aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport here can list the aliases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos; on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the server to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport cannot list the aliases of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport cannot list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing ended without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 transport cannot change the aliases of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change ended without an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasesWidget</name>
    <message>
        <source>%1: list and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing only; this transport cannot add or delete aliases there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add and delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the aliases of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer shown; its aliases are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? Messages to %1 will no longer reach it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message>
        <source>No transport on this route is available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message>
        <source>Refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into numbered parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route from Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a character the recipients field reads as syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s name is not one a reply can go to (%1). Name the recipient yourself; the message came from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The message has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transport available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>will be split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checked from this computer; a send would execute on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ConsoleContext</name>
    <message>
        <source>listening on %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console has no history to keep the message in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport here can receive messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactCsv</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 must be a header naming the columns name and address (note and group are optional); it reads &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryHistoryModel</name>
    <message>
        <source>%L1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held, next try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryPage</name>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value from the range offered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery is still running: cancel it or wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history to resume from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message #%1 cannot be resumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recipient of message #%1 has a result: nothing is left to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recipient of message #%1 was started before netmsg stopped: nothing is left to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record message #%1&apos;s unconfirmed recipients, so nothing was sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send unconfirmed again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some results are not in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet. Compose a message and press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 of %2 recipients (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding ended at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default route: check at least one transport to send through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExportFile</name>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExporter</name>
    <message>
        <source>the history was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message contains…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message>
        <source>A delivery is running: resume when it has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sent message matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 sent messages; older ones load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2) that match the filter: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportDialog</name>
    <message>
        <source>%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Accepted Rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportPreviewModel</name>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces the contact of this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxModel</name>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxWidget</name>
    <message>
        <source>Select a message to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history, so no inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received messages: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %L1 messages; older ones load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver off (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route from the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>history: SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MembersModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every member of the group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address that is not in the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a group first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member cannot move further</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MessageHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::Notifier</name>
    <message>
        <source>netmsg: a new message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::OutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PagedHistoryModelBase</name>
    <message>
        <source>the console has no history to read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PlanModel</name>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (first part)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach this target, a send tries %2 next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no transport on the route can take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach it, a send tries %2 next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolves: %1. Port reachable: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ReceiverPage</name>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver address: &apos;%1&apos; is not an IP address (for example 127.0.0.1, 0.0.0.0 or ::)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver port: &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: not receiving (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: not receiving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::RouteModel</name>
    <message>
        <source>not installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplateStore</name>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance on {date} at {time}: please save your work and log off. {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recipient}: this computer restarts in 10 minutes. {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is back online ({time}). {sender}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplatesDialog</name>
    <message>
        <source>A text may hold these variables, filled in when it is sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the message is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each recipient&apos;s name (each gets its own text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two templates named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a variable netmsg fills; it is sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
