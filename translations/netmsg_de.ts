<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About netmsg</source>
        <translation>Über netmsg</translation>
    </message>
    <message>
        <source>An admin console for net send style network messages: send them to computer names, user aliases and terminal sessions, receive them, and see what happened to every one.</source>
        <translation>Eine Verwaltungskonsole für Netzwerknachrichten im Stil von „net send“: an Computernamen, Benutzeraliasnamen und Terminalsitzungen senden, empfangen und sehen, was aus jeder geworden ist.</translation>
    </message>
    <message>
        <source>netmsg:</source>
        <translation>netmsg:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>Verlaufsdatei:</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Plugin-Ordner:</translation>
    </message>
    <message>
        <source>&amp;Transports found:</source>
        <translation>Gefundene &amp;Transporte:</translation>
    </message>
    <message>
        <source>Transports found</source>
        <translation>Gefundene Transporte</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>&amp;Abgelehnte Plugins:</translation>
    </message>
    <message>
        <source>Refused plugins</source>
        <translation>Abgelehnte Plugins</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy all of this as plain text, for a bug report</source>
        <translation>All das als reinen Text kopieren, für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>AddressBookWidget</name>
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <source>Filter by name, address or note (Ctrl+F)</source>
        <translation>Nach Name, Adresse oder Notiz filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
        <source>Add a contact (Ins)</source>
        <translation>Einen Kontakt hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Edit the selected contact (or F2 in the table)</source>
        <translation>Den gewählten Kontakt bearbeiten (oder F2 in der Tabelle)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Die gewählten Kontakte löschen (Entf)</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file with the columns name, address, note and group; every row is shown before anything is saved</source>
        <translation>Kontakte aus einer CSV-Datei mit den Spalten name, address, note und group importieren; jede Zeile wird gezeigt, bevor etwas gespeichert wird</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Exportie&amp;ren…</translation>
    </message>
    <message>
        <source>Save the contacts, with their groups, as a CSV file</source>
        <translation>Die Kontakte mit ihren Gruppen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Group&amp;s</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>Name der neuen Gruppe</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Gruppe hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation>Gruppe lös&amp;chen</translation>
    </message>
    <message>
        <source>Delete the selected group (Del in the list)</source>
        <translation>Die gewählte Gruppe löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Mitglieder der gewählten Gruppe</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>NAME, NAME@host[:port] or @group</source>
        <translation>NAME, NAME@host[:port] oder @gruppe</translation>
    </message>
    <message>
        <source>Add to Gro&amp;up</source>
        <translation>Zur Gr&amp;uppe hinzufügen</translation>
    </message>
    <message>
        <source>Add the member to the selected group (Return)</source>
        <translation>Das Mitglied der gewählten Gruppe hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove the selected member (Del in the list)</source>
        <translation>Das gewählte Mitglied entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected member up (Ctrl+Up)</source>
        <translation>Das gewählte Mitglied nach oben schieben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected member down (Ctrl+Down)</source>
        <translation>Das gewählte Mitglied nach unten schieben (Strg+Runter)</translation>
    </message>
    <message>
        <source>Address book status</source>
        <translation>Zustand des Adressbuchs</translation>
    </message>
</context>
<context>
    <name>AliasesWidget</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Add s&amp;erver:</source>
        <translation>Server hinz&amp;ufügen:</translation>
    </message>
    <message>
        <source>Server to add</source>
        <translation>Hinzuzufügender Server</translation>
    </message>
    <message>
        <source>HQ or 10.0.0.5</source>
        <translation>HQ oder 10.0.0.5</translation>
    </message>
    <message>
        <source>Transport that manages the server to add</source>
        <translation>Transport, der den hinzuzufügenden Server verwaltet</translation>
    </message>
    <message>
        <source>Aliases by server</source>
        <translation>Aliasnamen nach Server</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>Al&amp;ias:</translation>
    </message>
    <message>
        <source>Alias to add</source>
        <translation>Hinzuzufügender Alias</translation>
    </message>
    <message>
        <source>OPS</source>
        <translation>OPS</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>List the aliases of the chosen server again</source>
        <translation>Die Aliasnamen des gewählten Servers erneut auflisten</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>Alle aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>List the aliases of every server again</source>
        <translation>Die Aliasnamen aller Server erneut auflisten</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>Server ent&amp;fernen</translation>
    </message>
    <message>
        <source>Stop showing the chosen server (its aliases stay)</source>
        <translation>Den gewählten Server nicht mehr zeigen (seine Aliasnamen bleiben erhalten)</translation>
    </message>
    <message>
        <source>A&amp;dd Server</source>
        <translation>Server hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>Show the aliases of another server</source>
        <translation>Die Aliasnamen eines weiteren Servers zeigen</translation>
    </message>
    <message>
        <source>Add &amp;to Server</source>
        <translation>Zu&amp;m Server hinzufügen</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Den Alias dem gewählten Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>Auswahl lös&amp;chen</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Den gewählten Alias von seinem Server löschen</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Names, NAME@host[:port], @group, separated by commas or new lines</source>
        <translation>Namen, NAME@host[:port], @gruppe, getrennt durch Kommas oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>E&amp;xecute on:</source>
        <translation>Ausführen au&amp;f:</translation>
    </message>
    <message>
        <source>Server to send from</source>
        <translation>Server, von dem gesendet wird</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <source>Route or transport</source>
        <translation>Route oder Transport</translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation>Über der &amp;Grenze:</translation>
    </message>
    <message>
        <source>What to do with a text over the limit</source>
        <translation>Was mit einem Text über der Grenze geschieht</translation>
    </message>
    <message>
        <source>&amp;Hold transient failures for</source>
        <translation>Vorübergehende Fehler zurück&amp;halten für</translation>
    </message>
    <message>
        <source>Minutes to hold transient failures</source>
        <translation>Minuten, die vorübergehende Fehler zurückgehalten werden</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Nachrichtenvorlage</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Nachrich&amp;t:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Message size in wire bytes</source>
        <translation>Nachrichtengröße in Byte auf der Leitung</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>Vorabprüf&amp;ung</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>Pro&amp;belauf</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>How you refer to it, e.g. Front desk</source>
        <translation>Wie Sie ihn nennen, z. B. Empfang</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Adresse des Kontakts</translation>
    </message>
    <message>
        <source>NAME or NAME@host[:port]</source>
        <translation>NAME oder NAME@host[:port]</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Notiz zum Kontakt</translation>
    </message>
    <message>
        <source>What is wrong with the contact</source>
        <translation>Was am Kontakt falsch ist</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Recipients at a time:</source>
        <translation>&amp;Empfänger gleichzeitig:</translation>
    </message>
    <message>
        <source>Recipients delivered at a time</source>
        <translation>Gleichzeitig zugestellte Empfänger</translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt:</source>
        <translation>&amp;Zeitlimit je Versuch:</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds</source>
        <translation>Zeitlimit je Versuch in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>R&amp;etries of transient failures:</source>
        <translation>&amp;Wiederholungen vorübergehender Fehler:</translation>
    </message>
    <message>
        <source>Retries of transient failures</source>
        <translation>Wiederholungen vorübergehender Fehler</translation>
    </message>
    <message>
        <source>&amp;Ask before sending to more than:</source>
        <translation>&amp;Nachfragen beim Senden an mehr als:</translation>
    </message>
    <message>
        <source>Recipients before a send asks for confirmation</source>
        <translation>Empfänger, ab denen ein Senden nachfragt</translation>
    </message>
    <message>
        <source>&amp;Longest message text:</source>
        <translation>&amp;Längster Nachrichtentext:</translation>
    </message>
    <message>
        <source>Longest message text in characters</source>
        <translation>Längster Nachrichtentext in Zeichen</translation>
    </message>
    <message>
        <source>Only failures that may pass (a busy or unreachable peer, a timeout) are retried; a delivered or unconfirmed message is never sent again. A broadcast (*) always asks first.</source>
        <translation>Wiederholt werden nur Fehler, die vorübergehen können (eine belegte oder unerreichbare Gegenstelle, ein Zeitlimit); eine zugestellte oder unbestätigte Nachricht wird nie erneut gesendet. Ein Rundruf (*) fragt immer zuerst.</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> Empfänger</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Also &amp;unconfirmed</source>
        <translation>Auch &amp;unbestätigte</translation>
    </message>
    <message>
        <source>Unconfirmed messages may have arrived; sending them again may deliver them twice.</source>
        <translation>Unbestätigte Nachrichten sind vielleicht schon angekommen; werden sie erneut gesendet, können sie doppelt zugestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>Fortschritt der Zustellung</translation>
    </message>
    <message>
        <source>Per-recipient results</source>
        <translation>Ergebnisse je Empfänger</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run: What Would Be Sent</source>
        <translation>Probelauf: Was gesendet würde</translation>
    </message>
    <message>
        <source>Planned deliveries</source>
        <translation>Geplante Zustellungen</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Default &amp;route: the transports tried for each recipient, top first</source>
        <translation>Standard&amp;route: die Transporte, die für jeden Empfänger versucht werden, von oben nach unten</translation>
    </message>
    <message>
        <source>Transports on the default route</source>
        <translation>Transporte auf der Standardroute</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Try this transport earlier (Ctrl+Up)</source>
        <translation>Diesen Transport früher versuchen (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Try this transport later (Ctrl+Down)</source>
        <translation>Diesen Transport später versuchen (Strg+Runter)</translation>
    </message>
    <message>
        <source>A recipient goes to the next checked transport only when one says it cannot reach it; a delivered or unconfirmed answer ends the route.</source>
        <translation>Ein Empfänger geht nur dann an den nächsten gewählten Transport, wenn einer sagt, dass er ihn nicht erreichen kann; eine zugestellte oder unbestätigte Antwort beendet die Route.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>&amp;Absendername:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>The name your messages come from: a NetBIOS name of 1 to 15 characters</source>
        <translation>Der Name, von dem Ihre Nachrichten kommen: ein NetBIOS-Name mit 1 bis 15 Zeichen</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>OEM-&amp;Codepage:</translation>
    </message>
    <message>
        <source>OEM code page</source>
        <translation>OEM-Codepage</translation>
    </message>
    <message>
        <source>The encoding of names and text on the WinPopup wire; the recipients&apos; DOS code page</source>
        <translation>Die Kodierung von Namen und Text auf der WinPopup-Leitung; die DOS-Codepage der Empfänger</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filter</source>
        <translation>Verlaufsfilter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>Only messages sent on or after this day (&quot;any&quot;: from the first)</source>
        <translation>Nur Nachrichten, die an oder nach diesem Tag gesendet wurden („beliebig“: ab der ersten)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Only messages sent on or before this day (&quot;any&quot;: up to now)</source>
        <translation>Nur Nachrichten, die an oder vor diesem Tag gesendet wurden („beliebig“: bis jetzt)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Zu&amp;stand:</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>Zustand der Zustellung</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>Transport that ended the route</source>
        <translation>Transport, der die Route beendet hat</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Empfän&amp;ger:</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>Empfänger enthält</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Message text contains</source>
        <translation>Nachrichtentext enthält</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Den Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Zustand des Verlaufs</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Export abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Write every message and delivery the filter selects to a CSV or JSON file (Ctrl+E)</source>
        <translation>Jede Nachricht und Zustellung, die der Filter auswählt, in eine CSV- oder JSON-Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Den Verlauf exportieren</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Gewählte Nachricht</translation>
    </message>
    <message>
        <source>Deliveries of the selected message</source>
        <translation>Zustellungen der gewählten Nachricht</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>Fortset&amp;zen…</translation>
    </message>
    <message>
        <source>Send the selected message to the recipients it was never sent to because netmsg stopped first</source>
        <translation>Die gewählte Nachricht an die Empfänger senden, an die sie nie ging, weil netmsg vorher endete</translation>
    </message>
    <message>
        <source>Resume the selected message</source>
        <translation>Die gewählte Nachricht fortsetzen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Show only &amp;rejected rows</source>
        <translation>Nur &amp;abgelehnte Zeilen zeigen</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>Zeilen der Datei und was mit jeder geschieht</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Zustand des Posteingangs</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>Answer the selected message: its sender at the address it came from (Ctrl+Shift+R)</source>
        <translation>Auf die gewählte Nachricht antworten: an ihren Absender unter der Adresse, von der sie kam (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark the selected messages read (Ctrl+Shift+M)</source>
        <translation>Die gewählten Nachrichten als gelesen markieren (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark the selected messages unread (Ctrl+Shift+U)</source>
        <translation>Die gewählten Nachrichten als ungelesen markieren (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Empfangene Nachrichten</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Gewählte Nachricht</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Sender as the peer claimed it</source>
        <translation>Absender, wie ihn die Gegenstelle angegeben hat</translation>
    </message>
    <message>
        <source>Peer address:</source>
        <translation>Adresse der Gegenstelle:</translation>
    </message>
    <message>
        <source>Address the message came from</source>
        <translation>Adresse, von der die Nachricht kam</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Alias the message was sent to</source>
        <translation>Alias, an den die Nachricht gesendet wurde</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>When the message was received</source>
        <translation>Wann die Nachricht empfangen wurde</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console changes its language as soon as you apply; the command-line tool uses it from its next start.</source>
        <translation>Die Konsole wechselt die Sprache, sobald Sie übernehmen; das Befehlszeilenwerkzeug ab seinem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>netmsg</source>
        <translation>netmsg</translation>
    </message>
    <message>
        <source>Console sections</source>
        <translation>Bereiche der Konsole</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the message to every recipient (Ctrl+Return)</source>
        <translation>Die Nachricht an alle Empfänger senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Show what would be sent to whom, without sending</source>
        <translation>Zeigen, was an wen ginge, ohne zu senden</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>&amp;Vorabprüfung</translation>
    </message>
    <message>
        <source>Check every target before sending: name, port, transport</source>
        <translation>Jedes Ziel vor dem Senden prüfen: Name, Port, Transport</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>Zustellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Vorlagen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About netmsg</source>
        <translation>&amp;Über netmsg</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Notify me of messages that arrive while the window is hidden or in the background</source>
        <translation>&amp;Benachrichtigen, wenn Nachrichten im Hintergrund eintreffen</translation>
    </message>
    <message>
        <source>One notification for each burst of messages, through the system tray where the desktop has one, else by flashing the window.</source>
        <translation>Eine Benachrichtigung je Schwall von Nachrichten, über den Infobereich, wo der Desktop einen hat, sonst durch Aufblinken des Fensters.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Preflight: Could Each Target Be Reached Now?</source>
        <translation>Vorabprüfung: Wäre jedes Ziel jetzt erreichbar?</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>Ergebnisse der Vorabprüfung</translation>
    </message>
    <message>
        <source>The selected target in full</source>
        <translation>Alle Angaben zum gewählten Ziel</translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <source>&amp;Receive messages in the console</source>
        <translation>Nachrichten in der Konsole &amp;empfangen</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Empfangen auf &amp;Adresse:</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Adresse des Empfängers</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Port des Empfängers</translation>
    </message>
    <message>
        <source>127.0.0.1 takes messages from this computer only; 0.0.0.0 (or ::) from every network. Windows sends to TCP port 139, which on Linux needs privileges; the default 1139 does not.</source>
        <translation>127.0.0.1 nimmt nur Nachrichten von diesem Computer an; 0.0.0.0 (oder ::) aus jedem Netz. Windows sendet an TCP-Port 139, der unter Linux Rechte braucht; der Standard 1139 nicht.</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>Zustand des Empfängers</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>Was an den Einstellungen falsch ist</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Add a template after the selected one (Ins)</source>
        <translation>Eine Vorlage nach der gewählten hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected template (Del)</source>
        <translation>Die gewählte Vorlage entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Strg+Hoch</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Strg+Runter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <source>What is wrong with the templates</source>
        <translation>Was an den Vorlagen falsch ist</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;netmsg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„netmsg BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Send and receive net send style network messages.</source>
        <translation>Netzwerknachrichten im Stil von „net send“ senden und empfangen.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>The netmsg console: send, receive and manage messages.</source>
        <translation>Die netmsg-Konsole: Nachrichten senden, empfangen und verwalten.</translation>
    </message>
    <message>
        <source>Language, e.g. de (default: the settings&apos;, else the system&apos;s).</source>
        <translation>Sprache, z. B. de (Standard: die aus den Einstellungen, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Fill a scratch history with demo data, take a screenshot of every tab and dialog into FOLDER, and quit.</source>
        <translation>Einen Wegwerf-Verlauf mit Demodaten füllen, von jedem Tab und Dialog ein Bildschirmfoto in FOLDER ablegen und beenden.</translation>
    </message>
</context>
<context>
    <name>netmsg::AliasStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an alias list: %2</source>
        <translation>%1 ist keine Aliasliste: %2</translation>
    </message>
    <message>
        <source>%1 is already an alias here</source>
        <translation>%1 ist hier bereits ein Alias</translation>
    </message>
    <message>
        <source>%1 is not an alias here</source>
        <translation>%1 ist hier kein Alias</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>there is no data folder</source>
        <translation>es gibt keinen Datenordner</translation>
    </message>
    <message>
        <source>the data folder %1 is a shared temporary folder</source>
        <translation>der Datenordner %1 ist ein gemeinsam genutzter temporärer Ordner</translation>
    </message>
    <message>
        <source>%1 is held by another process (waited %2 ms)</source>
        <translation>%1 ist von einem anderen Prozess gesperrt (%2 ms gewartet)</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryJob</name>
    <message>
        <source>this delivery job is already running</source>
        <translation>dieser Zustellauftrag läuft bereits</translation>
    </message>
    <message>
        <source>no transport was given</source>
        <translation>kein Transport angegeben</translation>
    </message>
    <message>
        <source>there are no recipients</source>
        <translation>es gibt keine Empfänger</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>der Transport lieferte kein Ergebnis</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the text has %L1 characters; the limit is %L2</source>
        <translation>der Text hat %L1 Zeichen; erlaubt sind %L2</translation>
    </message>
    <message>
        <source>no transport on the route can be used here</source>
        <translation>kein Transport auf der Route ist hier verwendbar</translation>
    </message>
    <message>
        <source>%1: not available here</source>
        <translation>%1: hier nicht verfügbar</translation>
    </message>
    <message>
        <source>the route names no transport</source>
        <translation>die Route nennt keinen Transport</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>der Verlauf wurde geschlossen</translation>
    </message>
    <message>
        <source>cancelled after the message was handed over; it may have arrived</source>
        <translation>abgebrochen, nachdem die Nachricht übergeben war; sie ist vielleicht angekommen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>abgebrochen, bevor sie gesendet wurde</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; these results are not on disk</source>
        <translation>der Verlauf wurde geschlossen, während der Auftrag lief; diese Ergebnisse sind nicht gespeichert</translation>
    </message>
    <message>
        <source>the transport was unloaded</source>
        <translation>der Transport wurde entladen</translation>
    </message>
    <message>
        <source>no transport on the route could take it (%1)</source>
        <translation>kein Transport auf der Route konnte sie übernehmen (%1)</translation>
    </message>
    <message>
        <source>the %1 transport was unloaded while the job ran</source>
        <translation>der Transport %1 wurde entladen, während der Auftrag lief</translation>
    </message>
    <message>
        <source>not started within %1 ms: the transport&apos;s threads were all busy</source>
        <translation>nicht innerhalb von %1 ms gestartet: alle Threads des Transports waren belegt</translation>
    </message>
    <message>
        <source>no answer within %1 ms after the message was handed over; it may have arrived</source>
        <translation>keine Antwort innerhalb von %1 ms, nachdem die Nachricht übergeben war; sie ist vielleicht angekommen</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 parts</source>
        <translation>abgebrochen nach %1 von %2 Teilen</translation>
    </message>
    <message>
        <source>a resume needs the history the message is in</source>
        <translation>eine Fortsetzung braucht den Verlauf, in dem die Nachricht steht</translation>
    </message>
    <message>
        <source>a resume needs the message and each recipient&apos;s position in its list</source>
        <translation>eine Fortsetzung braucht die Nachricht und die Stelle jedes Empfängers in ihrer Liste</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; not sent</source>
        <translation>der Verlauf wurde während des Auftrags geschlossen; nicht gesendet</translation>
    </message>
    <message>
        <source>not sent: history could not record the start (%1)</source>
        <translation>nicht gesendet: der Verlauf konnte den Beginn nicht festhalten (%1)</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryStates</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
</context>
<context>
    <name>netmsg::HistoryStore</name>
    <message>
        <source>history %1 (%2) failed: %3</source>
        <translation>Verlauf: %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>der Ordner %1 für den Verlauf kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>der Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the history %1 has schema version %2, newer than this netmsg knows (%3)</source>
        <translation>der Verlauf %1 hat die Schemaversion %2, die neuer ist, als dieses netmsg kennt (%3)</translation>
    </message>
    <message>
        <source>migration to version %1</source>
        <translation>Migration auf Version %1</translation>
    </message>
    <message>
        <source>there is no inbox message %1</source>
        <translation>es gibt keine Nachricht %1 im Posteingang</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>ein Kontakt braucht einen Namen</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>es gibt keinen Kontakt namens „%1“</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>eine Gruppe braucht einen Namen</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>es gibt keine Gruppe „%1“</translation>
    </message>
    <message>
        <source>reading the messages</source>
        <translation>Lesen der Nachrichten</translation>
    </message>
    <message>
        <source>reading the deliveries</source>
        <translation>Lesen der Zustellungen</translation>
    </message>
    <message>
        <source>counting the deliveries</source>
        <translation>Zählen der Zustellungen</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>Lesen des Posteingangs</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>Lesen der Kontakte</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>Lesen der Gruppen</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>der Verlauf ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>der Verlauf %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>reading the dispatch ledger</source>
        <translation>das Versandbuch lesen</translation>
    </message>
</context>
<context>
    <name>netmsg::IMessageTransport</name>
    <message>
        <source>transport &apos;%1&apos; has no option &apos;%2&apos;</source>
        <translation>der Transport „%1“ hat keine Option „%2“</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>das Auflisten von Aliasnamen</translation>
    </message>
    <message>
        <source>adding aliases</source>
        <translation>das Hinzufügen von Aliasnamen</translation>
    </message>
    <message>
        <source>deleting aliases</source>
        <translation>das Löschen von Aliasnamen</translation>
    </message>
    <message>
        <source>receiving messages</source>
        <translation>den Empfang von Nachrichten</translation>
    </message>
    <message>
        <source>the %1 transport does not support %2</source>
        <translation>der Transport %1 unterstützt %2 nicht</translation>
    </message>
    <message>
        <source>addressing a host directly (%1)</source>
        <translation>das direkte Adressieren eines Hosts (%1)</translation>
    </message>
    <message>
        <source>the %1 transport can address %2; it cannot check more without sending</source>
        <translation>der Transport %1 kann %2 adressieren; mehr kann er nicht prüfen, ohne zu senden</translation>
    </message>
    <message>
        <source>the %1 transport manages only this computer&apos;s aliases</source>
        <translation>der Transport %1 verwaltet nur die Aliasnamen dieses Computers</translation>
    </message>
</context>
<context>
    <name>netmsg::LoopbackTransport</name>
    <message>
        <source>Loopback (test network)</source>
        <translation>Loopback (Testnetz)</translation>
    </message>
    <message>
        <source>ports (%1): loopback servers are addressed by name</source>
        <translation>Ports (%1): Loopback-Server werden über ihren Namen adressiert</translation>
    </message>
</context>
<context>
    <name>netmsg::Netapi32Transport</name>
    <message>
        <source>running under Wine %1, whose Messenger functions (netapi32.dll NetMessage*) are unimplemented stubs that abort the process</source>
        <translation>läuft unter Wine %1, dessen Funktionen für den Nachrichtendienst (netapi32.dll NetMessage*) nicht implementierte Platzhalter sind, die den Prozess abbrechen</translation>
    </message>
    <message>
        <source>netapi32.dll could not be loaded (error %1)</source>
        <translation>netapi32.dll konnte nicht geladen werden (Fehler %1)</translation>
    </message>
    <message>
        <source>netapi32.dll lacks %1</source>
        <translation>in netapi32.dll fehlt %1</translation>
    </message>
    <message>
        <source>this Windows has no Messenger service (Windows Vista and later answer ERROR_NOT_SUPPORTED)</source>
        <translation>dieses Windows hat keinen Nachrichtendienst (Windows Vista und neuer antworten mit ERROR_NOT_SUPPORTED)</translation>
    </message>
    <message>
        <source>Windows Messenger (netapi32)</source>
        <translation>Windows-Nachrichtendienst (netapi32)</translation>
    </message>
    <message>
        <source>this computer&apos;s Messenger service answered %1: sends executed here may fail, on a remote server they may work</source>
        <translation>der Nachrichtendienst dieses Computers antwortete mit %1: hier ausgeführte Sendungen können fehlschlagen, auf einem Remoteserver können sie funktionieren</translation>
    </message>
</context>
<context>
    <name>netmsg::NodeStatusQuery</name>
    <message>
        <source>cannot resolve %1 to an IPv4 address: %2</source>
        <translation>%1 kann nicht in eine IPv4-Adresse aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>no NetBIOS node status answer from %1 port %2 within %3 ms</source>
        <translation>keine NetBIOS-Knotenstatus-Antwort von %1 Port %2 innerhalb von %3 ms</translation>
    </message>
</context>
<context>
    <name>netmsg::Outcome</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>Der Vorgang wurde erfolgreich beendet.</translation>
    </message>
    <message>
        <source>The function is not valid here.</source>
        <translation>Die Funktion ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>A file the operation needs was not found.</source>
        <translation>Eine für den Vorgang nötige Datei wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>Nicht genügend Speicher für den Vorgang.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>Die Daten sind ungültig.</translation>
    </message>
    <message>
        <source>The peer reported a general failure.</source>
        <translation>Die Gegenstelle meldete einen allgemeinen Fehler.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>Die Anforderung wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>Der Netzwerkpfad wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The network is busy.</source>
        <translation>Das Netzwerk ist ausgelastet.</translation>
    </message>
    <message>
        <source>The peer sent a response netmsg does not understand.</source>
        <translation>Die Gegenstelle sandte eine Antwort, die netmsg nicht versteht.</translation>
    </message>
    <message>
        <source>An unexpected network error occurred.</source>
        <translation>Ein unerwarteter Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>Die Gegenstelle hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The peer does not answer to that name.</source>
        <translation>Die Gegenstelle reagiert nicht auf diesen Namen.</translation>
    </message>
    <message>
        <source>The peer does not accept messages.</source>
        <translation>Die Gegenstelle nimmt keine Nachrichten an.</translation>
    </message>
    <message>
        <source>A parameter is not valid.</source>
        <translation>Ein Parameter ist ungültig.</translation>
    </message>
    <message>
        <source>This function is not implemented on this system.</source>
        <translation>Diese Funktion ist auf diesem System nicht implementiert.</translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation>Der Name ist ungültig.</translation>
    </message>
    <message>
        <source>The information level is not valid.</source>
        <translation>Die Informationsebene ist ungültig.</translation>
    </message>
    <message>
        <source>More data is available.</source>
        <translation>Weitere Daten sind verfügbar.</translation>
    </message>
    <message>
        <source>The messenger service is not running.</source>
        <translation>Der Nachrichtendienst läuft nicht.</translation>
    </message>
    <message>
        <source>The text has characters the target code page cannot encode.</source>
        <translation>Der Text enthält Zeichen, die die Ziel-Codepage nicht darstellen kann.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The remote computer refused the connection.</source>
        <translation>Der Remotecomputer hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The network is unreachable.</source>
        <translation>Das Netzwerk ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The remote computer is unreachable.</source>
        <translation>Der Remotecomputer ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>Die Verbindung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An internal error occurred in netmsg.</source>
        <translation>In netmsg ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The peer has insufficient resources.</source>
        <translation>Die Gegenstelle hat nicht genügend Ressourcen.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>Zeitüberschreitung beim Vorgang.</translation>
    </message>
    <message>
        <source>The server is unavailable.</source>
        <translation>Der Server ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The message is longer than the transport allows.</source>
        <translation>Die Nachricht ist länger, als der Transport erlaubt.</translation>
    </message>
    <message>
        <source>The buffer is too small for the answer.</source>
        <translation>Der Puffer ist für die Antwort zu klein.</translation>
    </message>
    <message>
        <source>A general network error occurred.</source>
        <translation>Ein allgemeiner Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>Der Server meldete einen internen Fehler.</translation>
    </message>
    <message>
        <source>The message alias could not be found on the network.</source>
        <translation>Der Nachrichtenalias wurde im Netzwerk nicht gefunden.</translation>
    </message>
    <message>
        <source>This message alias already exists locally.</source>
        <translation>Dieser Nachrichtenalias existiert lokal bereits.</translation>
    </message>
    <message>
        <source>The maximum number of added message aliases has been exceeded.</source>
        <translation>Die Höchstzahl hinzugefügter Nachrichtenaliase wurde überschritten.</translation>
    </message>
    <message>
        <source>The computer name could not be deleted.</source>
        <translation>Der Computername kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>An error occurred when the message was received.</source>
        <translation>Beim Empfang der Nachricht ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The message alias is currently in use. Try again later.</source>
        <translation>Der Nachrichtenalias wird gerade verwendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Messenger service has not been started.</source>
        <translation>Der Nachrichtendienst wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The name is not on the local computer.</source>
        <translation>Der Name befindet sich nicht auf dem lokalen Computer.</translation>
    </message>
    <message>
        <source>The broadcast message is longer than 128 bytes.</source>
        <translation>Die Rundsendung ist länger als 128 Byte.</translation>
    </message>
    <message>
        <source>A duplicate message alias exists on the network.</source>
        <translation>Im Netzwerk existiert ein doppelter Nachrichtenalias.</translation>
    </message>
    <message>
        <source>The message alias has not been completely deleted.</source>
        <translation>Der Nachrichtenalias wurde nicht vollständig gelöscht.</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>Unbekannter Fehler %1.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>The sending process ended while this was under way.</source>
        <translation>Der sendende Prozess endete, während dies unterwegs war.</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>Die angeforderte Ressource wird bereits verwendet.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>Auf dem Datenträger ist nicht genug Speicherplatz vorhanden.</translation>
    </message>
</context>
<context>
    <name>netmsg::Preflight</name>
    <message>
        <source>the route names no transport</source>
        <translation>die Route nennt keinen Transport</translation>
    </message>
    <message>
        <source>no transport on the route can take %1 (%2)</source>
        <translation>kein Transport auf der Route kann %1 übernehmen (%2)</translation>
    </message>
    <message>
        <source>this preflight is already running</source>
        <translation>diese Vorabprüfung läuft bereits</translation>
    </message>
    <message>
        <source>there are no targets to check</source>
        <translation>es gibt keine zu prüfenden Ziele</translation>
    </message>
    <message>
        <source>the %1 transport was closed</source>
        <translation>der Transport %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>the %1 probe ended without an answer</source>
        <translation>die Prüfung durch den Transport %1 endete ohne Antwort</translation>
    </message>
    <message>
        <source>the %1 probe did not answer within %2 ms</source>
        <translation>die Prüfung durch den Transport %1 antwortete nicht innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>cancelled while %1 was checking it</source>
        <translation>abgebrochen, während %1 es prüfte</translation>
    </message>
    <message>
        <source>cancelled before it was checked</source>
        <translation>abgebrochen, bevor es geprüft wurde</translation>
    </message>
</context>
<context>
    <name>netmsg::RecipientList</name>
    <message>
        <source>the name column is empty</source>
        <translation>die Namensspalte ist leer</translation>
    </message>
    <message>
        <source>groups nest deeper than %1 levels (a cycle?)</source>
        <translation>Gruppen sind tiefer als %1 Ebenen verschachtelt (ein Zyklus?)</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>es gibt keine Gruppe „%1“</translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; lacks its closing &apos;]&apos;</source>
        <translation>beim Host „%1“ fehlt die schließende „]“</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>unerwarteter Text nach „]“ in „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige Adresse</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; contains itself (a cycle)</source>
        <translation>die Gruppe „%1“ enthält sich selbst (ein Zyklus)</translation>
    </message>
</context>
<context>
    <name>netmsg::ResumePlan</name>
    <message>
        <source>there is no message %1 in %2</source>
        <translation>in %2 gibt es keine Nachricht %1</translation>
    </message>
    <message>
        <source>message %1 has no dispatch ledger (it was sent by an older netmsg); it cannot be resumed</source>
        <translation>Nachricht %1 hat kein Versandprotokoll (ein älteres netmsg hat sie gesendet); sie kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>marked as under way when the sending process ended: it may have arrived, so it is not sent again</source>
        <translation>war unterwegs, als der sendende Prozess endete: sie ist vielleicht angekommen und wird daher nicht erneut gesendet</translation>
    </message>
    <message>
        <source>message %1: the recipient &apos;%2&apos; at position %3 in history cannot be read back</source>
        <translation>Nachricht %1: der Empfänger „%2“ an Position %3 im Verlauf kann nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>netmsg::Route</name>
    <message>
        <source>route &apos;%1&apos;: entry %2 is empty</source>
        <translation>Route „%1“: Eintrag %2 ist leer</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is not a transport id</source>
        <translation>Route „%1“: „%2“ ist keine Transportkennung</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is named twice</source>
        <translation>Route „%1“: „%2“ ist doppelt genannt</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos;</source>
        <translation>kein Transport „%1“</translation>
    </message>
</context>
<context>
    <name>netmsg::SendLock</name>
    <message>
        <source>message %1 is being sent by %2 (process %3 on %4); go on with it once that has ended</source>
        <translation>Nachricht %1 wird gerade von %2 gesendet (Prozess %3 auf %4); setzen Sie sie fort, wenn das beendet ist</translation>
    </message>
    <message>
        <source>another netmsg</source>
        <translation>einem anderen netmsg</translation>
    </message>
    <message>
        <source>cannot lock %1 to send message %2</source>
        <translation>%1 kann zum Senden der Nachricht %2 nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>netmsg::TransportRegistry</name>
    <message>
        <source>there is no transport &apos;%1&apos; (known: %2)</source>
        <translation>es gibt keinen Transport „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the %1 plugin failed to load: %2</source>
        <translation>das Plugin %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the %1 plugin created no transport</source>
        <translation>das Plugin %1 hat keinen Transport erzeugt</translation>
    </message>
</context>
<context>
    <name>netmsg::Validation</name>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>this transport cannot broadcast to &apos;*&apos;</source>
        <translation>dieser Transport kann nicht an „*“ rundsenden</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which is not allowed in a name</source>
        <translation>%1 „%2“ enthält an Position %4 das Zeichen %3, das in Namen nicht erlaubt ist</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has &apos;*&apos; at position %3; &apos;*&apos; is only valid alone, as a broadcast</source>
        <translation>%1 „%2“ enthält an Position %3 ein „*“; „*“ ist nur allein als Rundsendung gültig</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; starts or ends with a space</source>
        <translation>%1 „%2“ beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is only dots</source>
        <translation>%1 „%2“ besteht nur aus Punkten</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is a reserved word</source>
        <translation>%1 „%2“ ist ein reserviertes Wort</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which %5 cannot encode</source>
        <translation>%1 „%2“ enthält an Position %4 das Zeichen %3, das %5 nicht darstellen kann</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is %3 characters long; the limit is %4</source>
        <translation>%1 „%2“ ist %3 Zeichen lang; erlaubt sind %4</translation>
    </message>
    <message>
        <source>the encoding &apos;%1&apos; is not known</source>
        <translation>die Kodierung „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot encode %2</source>
        <translation>%1 kann nicht darstellen: %2</translation>
    </message>
    <message>
        <source>the broadcast is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>die Rundsendung ist in %2 %1 Byte lang; erlaubt sind %3 Byte</translation>
    </message>
    <message>
        <source>the message is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>die Nachricht ist in %2 %1 Byte lang; erlaubt sind %3 Byte</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupConnection</name>
    <message>
        <source>the inbox gave no answer for the message</source>
        <translation>der Posteingang gab keine Antwort auf die Nachricht</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupError</name>
    <message>
        <source>not listening on called name</source>
        <translation>kein Empfang auf dem gerufenen Namen</translation>
    </message>
    <message>
        <source>not listening for calling name</source>
        <translation>kein Empfang für den rufenden Namen</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>gerufener Name nicht vorhanden</translation>
    </message>
    <message>
        <source>called name present, but insufficient resources</source>
        <translation>gerufener Name vorhanden, aber nicht genügend Ressourcen</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>nicht näher bezeichneter Fehler</translation>
    </message>
    <message>
        <source>NetBIOS session refused: %1 (%2)</source>
        <translation>NetBIOS-Sitzung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>NetBIOS session refused with unknown code %1</source>
        <translation>NetBIOS-Sitzung mit unbekanntem Code %1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 wurde mit %2 beantwortet</translation>
    </message>
    <message>
        <source>%1 answered NTSTATUS %2</source>
        <translation>%1 wurde mit NTSTATUS %2 beantwortet</translation>
    </message>
    <message>
        <source>%1 answered DOS error class %2 code %3</source>
        <translation>%1 wurde mit DOS-Fehlerklasse %2, Code %3 beantwortet</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupOptions</name>
    <message>
        <source>unknown winpopup option &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte winpopup-Option „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for winpopup option &quot;%2&quot;</source>
        <translation>ungültiger Wert „%1“ für die winpopup-Option „%2“</translation>
    </message>
    <message>
        <source>winpopup option &quot;%1&quot;: &quot;%2&quot; is not an address or address/prefix</source>
        <translation>winpopup-Option „%1“: „%2“ ist weder Adresse noch Adresse/Präfix</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupProbe</name>
    <message>
        <source>the transport was closed while checking %1</source>
        <translation>der Transport wurde geschlossen, während %1 geprüft wurde</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>das Auflösen von %1 dauerte länger als %2 ms</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>der Verbindungsaufbau zu %1 dauerte länger als %2 ms</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupReceiver</name>
    <message>
        <source>unknown code page %1</source>
        <translation>unbekannte Codepage %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Empfang auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>receiver limits must be positive (connections, bytes, idle ms, session ms)</source>
        <translation>die Grenzen des Empfängers müssen positiv sein (Verbindungen, Byte, Leerlauf-ms, Sitzungs-ms)</translation>
    </message>
    <message>
        <source>the receiver is full (%1 connections)</source>
        <translation>der Empfänger ist voll (%1 Verbindungen)</translation>
    </message>
    <message>
        <source>%1 connections from this address already</source>
        <translation>bereits %1 Verbindungen von dieser Adresse</translation>
    </message>
    <message>
        <source>more than %1 new connections a minute from this address</source>
        <translation>mehr als %1 neue Verbindungen pro Minute von dieser Adresse</translation>
    </message>
    <message>
        <source>the address is in a denied network</source>
        <translation>die Adresse liegt in einem gesperrten Netz</translation>
    </message>
    <message>
        <source>the address is in no allowed network</source>
        <translation>die Adresse liegt in keinem erlaubten Netz</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupSender</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>malformed NetBIOS packet from %1</source>
        <translation>fehlerhaftes NetBIOS-Paket von %1</translation>
    </message>
    <message>
        <source>unexpected NetBIOS packet type 0x%1 from %2</source>
        <translation>unerwarteter NetBIOS-Pakettyp 0x%1 von %2</translation>
    </message>
    <message>
        <source>%1 from %2 got no valid reply</source>
        <translation>%1 an %2 erhielt keine gültige Antwort</translation>
    </message>
    <message>
        <source>bad or endless session retarget from %1</source>
        <translation>ungültige oder endlose Sitzungsumleitung von %1</translation>
    </message>
    <message>
        <source>no session response from %1 (packet type 0x%2)</source>
        <translation>keine Sitzungsantwort von %1 (Pakettyp 0x%2)</translation>
    </message>
    <message>
        <source>%1 accepted none of our SMB dialects</source>
        <translation>%1 hat keinen unserer SMB-Dialekte angenommen</translation>
    </message>
    <message>
        <source>unsolicited SMB reply from %1</source>
        <translation>unaufgeforderte SMB-Antwort von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the session request</source>
        <translation>%1 hat die Verbindung geschlossen, statt die Sitzungsanforderung zu beantworten</translation>
    </message>
    <message>
        <source>%1 closed the connection while waiting for the %2 reply</source>
        <translation>%1 hat die Verbindung geschlossen, während auf die Antwort auf %2 gewartet wurde</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>das Auflösen von %1 dauerte länger als %2 ms</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>der Verbindungsaufbau zu %1 dauerte länger als %2 ms</translation>
    </message>
    <message>
        <source>%1 did not answer the session request within %2 ms</source>
        <translation>%1 hat die Sitzungsanforderung nicht innerhalb von %2 ms beantwortet</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 hat %2 nicht innerhalb von %3 ms beantwortet</translation>
    </message>
    <message>
        <source>the transport was closed while sending to %1</source>
        <translation>der Transport wurde geschlossen, während an %1 gesendet wurde</translation>
    </message>
    <message>
        <source>the message was handed over to %1 but not confirmed: %2</source>
        <translation>die Nachricht wurde an %1 übergeben, aber nicht bestätigt: %2</translation>
    </message>
    <message>
        <source>%1 retargets the session to %2:%3, another host; not followed (winpopup option retargetOtherHosts allows it)</source>
        <translation>%1 leitet die Sitzung an %2:%3 um, einen anderen Rechner; nicht gefolgt (die winpopup-Option retargetOtherHosts erlaubt es)</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupTransport</name>
    <message>
        <source>not representable in %1: %2</source>
        <translation>in %1 nicht darstellbar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME@host[:port]</source>
        <translation>„%1“ ist nicht NAME@host[:port]</translation>
    </message>
    <message>
        <source>broadcast (the WinPopup session is sent to one name)</source>
        <translation>Rundsendungen (die WinPopup-Sitzung geht an einen einzigen Namen)</translation>
    </message>
    <message>
        <source>%1 bytes in %2 with %3 line breaks; the limit is %4 bytes</source>
        <translation>%1 Byte in %2 mit %3 Zeilenumbrüchen; erlaubt sind %4 Byte</translation>
    </message>
    <message>
        <source>%1 on %2: the winpopup transport manages only its own receiver&apos;s names</source>
        <translation>%1 auf %2: der Transport winpopup verwaltet nur die Namen seines eigenen Empfängers</translation>
    </message>
    <message>
        <source>adding an alias</source>
        <translation>Hinzufügen eines Alias</translation>
    </message>
    <message>
        <source>deleting an alias</source>
        <translation>Löschen eines Alias</translation>
    </message>
    <message>
        <source>unknown OEM code page %1</source>
        <translation>unbekannte OEM-Codepage %1</translation>
    </message>
    <message>
        <source>WinPopup (SMB messenger)</source>
        <translation>WinPopup (SMB-Nachrichtendienst)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>sending through another server</source>
        <translation>Senden über einen anderen Server</translation>
    </message>
    <message>
        <source>the names this computer&apos;s receiver answers to</source>
        <translation>die Namen, auf die der Empfänger dieses Computers antwortet</translation>
    </message>
    <message>
        <source>listing only, through NetBIOS node status</source>
        <translation>nur Auflisten, über den NetBIOS-Knotenstatus</translation>
    </message>
</context>
<context>
    <name>netmsg::WtsTransport</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>running under Wine %1, whose WTSSendMessageW is a stub that shows nothing, and which has no msg.exe</source>
        <translation>läuft unter Wine %1, dessen WTSSendMessageW ein Platzhalter ist, der nichts anzeigt, und das kein msg.exe hat</translation>
    </message>
    <message>
        <source>no msg.exe in System32 (Windows Home editions do not ship it)</source>
        <translation>kein msg.exe in System32 (Windows-Home-Editionen liefern es nicht mit)</translation>
    </message>
    <message>
        <source>wtsapi32.dll could not be loaded (error %1)</source>
        <translation>wtsapi32.dll konnte nicht geladen werden (Fehler %1)</translation>
    </message>
    <message>
        <source>wtsapi32.dll lacks %1</source>
        <translation>in wtsapi32.dll fehlt %1</translation>
    </message>
    <message>
        <source>no fallback: %1</source>
        <translation>keine Ausweichmöglichkeit: %1</translation>
    </message>
    <message>
        <source>transport &apos;wts&apos; has no option &apos;%1&apos;</source>
        <translation>der Transport „wts“ hat keine Option „%1“</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of transport &apos;wts&apos; cannot be &apos;%2&apos;</source>
        <translation>die Option „%1“ des Transports „wts“ kann nicht „%2“ sein</translation>
    </message>
    <message>
        <source>Terminal sessions (WTS)</source>
        <translation>Terminalsitzungen (WTS)</translation>
    </message>
    <message>
        <source>option &apos;wait&apos; of transport &apos;wts&apos; needs &apos;timeoutSeconds&apos; from 1 to %1: a message box nobody answers would block its thread for good</source>
        <translation>die Option „wait“ des Transports „wts“ braucht „timeoutSeconds“ von 1 bis %1: ein Meldungsfeld, das niemand beantwortet, würde seinen Thread für immer blockieren</translation>
    </message>
    <message>
        <source>no session on this computer matches %1</source>
        <translation>keine Sitzung auf diesem Computer passt zu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation>
            <numerusform>%n Sitzung passt zu %1: %2</numerusform>
            <numerusform>%n Sitzungen passen zu %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::AliasCommand</name>
    <message>
        <source>List, add or delete the messenger aliases of a server.</source>
        <translation>Nachrichtenaliase eines Servers auflisten, hinzufügen oder löschen.</translation>
    </message>
    <message>
        <source>Server whose aliases to manage (default: this computer).</source>
        <translation>Server, dessen Aliase verwaltet werden (Standard: dieser Computer).</translation>
    </message>
    <message>
        <source>say what to do: list, add or del</source>
        <translation>Aktion angeben: list, add oder del</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add or del)</source>
        <translation>unbekannte Aktion „%1“ (list, add oder del)</translation>
    </message>
    <message>
        <source>&apos;alias list&apos; takes no names</source>
        <translation>„alias list“ nimmt keine Namen</translation>
    </message>
    <message>
        <source>&apos;alias %1&apos; needs at least one NAME</source>
        <translation>„alias %1“ braucht mindestens einen NAMEN</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>Aliase auflisten</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::CliSession</name>
    <message>
        <source>transport %1</source>
        <translation>Transport %1</translation>
    </message>
    <message>
        <source>transport %1 is not available</source>
        <translation>Transport %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; is not [ID.]KEY=VALUE</source>
        <translation>--transport-option „%1“ ist nicht [ID.]KEY=VALUE</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; names %2, which is not on the route (%3)</source>
        <translation>--transport-option „%1“ nennt %2, der nicht auf der Route ist (%3)</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos;: the route has %2 transports (%3); say which, as ID.%4</source>
        <translation>--transport-option „%1“: die Route hat %2 Transporte (%3); geben Sie als ID.%4 an, welcher gemeint ist</translation>
    </message>
    <message>
        <source>code page %1: no transport on the route speaks an OEM code page (%2)</source>
        <translation>Codepage %1: kein Transport auf der Route verwendet eine OEM-Codepage (%2)</translation>
    </message>
    <message>
        <source>give either --transport or --route, not both</source>
        <translation>entweder --transport oder --route angeben, nicht beides</translation>
    </message>
    <message>
        <source>transport options</source>
        <translation>Transportoptionen</translation>
    </message>
    <message>
        <source>no available transport on the route (%1) can %2</source>
        <translation>kein verfügbarer Transport auf der Route (%1) kann %2</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>der Transport lieferte kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::Command</name>
    <message>
        <source>Transport to use (see &apos;netmsg transports&apos;).</source>
        <translation>Zu verwendender Transport (siehe „netmsg transports“).</translation>
    </message>
    <message>
        <source>Print JSON, one object per line.</source>
        <translation>JSON ausgeben, ein Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Try &apos;netmsg %1 --help&apos;.</source>
        <translation>Siehe „netmsg %1 --help“.</translation>
    </message>
    <message>
        <source>Transports to try per recipient, in order, e.g. netapi32,wts,winpopup.</source>
        <translation>Je Empfänger zu versuchende Transporte, der Reihe nach, z. B. netapi32,wts,winpopup.</translation>
    </message>
    <message>
        <source>Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has several transports).</source>
        <translation>Transportoption [ID.]KEY=VALUE (wiederholbar; ID., wenn die Route mehrere Transporte hat).</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::HistoryCommand</name>
    <message>
        <source>Show sent messages with every recipient&apos;s result, or received messages.</source>
        <translation>Gesendete Nachrichten mit dem Ergebnis jedes Empfängers oder empfangene Nachrichten zeigen.</translation>
    </message>
    <message>
        <source>How many messages to show (default 20).</source>
        <translation>Wie viele Nachrichten gezeigt werden (Standard 20).</translation>
    </message>
    <message>
        <source>Show received messages instead.</source>
        <translation>Stattdessen empfangene Nachrichten zeigen.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a positive number</source>
        <translation>--limit „%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>from %1 (%2) to %3</source>
        <translation>von %1 (%2) an %3</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>%1 von %2 zugestellt</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 unconfirmed</source>
        <translation>%1 unbestätigt</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message>
        <source>Receive messages: store each in the inbox and print it as it arrives.</source>
        <translation>Nachrichten empfangen: jede im Posteingang speichern und beim Eintreffen ausgeben.</translation>
    </message>
    <message>
        <source>Address to listen on (default: the settings&apos;, 127.0.0.1).</source>
        <translation>Adresse, auf der empfangen wird (Standard: die aus den Einstellungen, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default: the settings&apos;, 1139).</source>
        <translation>Port, auf dem empfangen wird (Standard: der aus den Einstellungen, 1139).</translation>
    </message>
    <message>
        <source>Answer to NAME as well; added to the stored alias list (repeatable).</source>
        <translation>Auch auf NAME antworten; wird der gespeicherten Aliasliste hinzugefügt (wiederholbar).</translation>
    </message>
    <message>
        <source>Code page of incoming text, e.g. CP850.</source>
        <translation>Codepage eingehender Texte, z. B. CP850.</translation>
    </message>
    <message>
        <source>Stop after N messages (default: run until interrupted).</source>
        <translation>Nach N Nachrichten aufhören (Standard: laufen, bis unterbrochen wird).</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>„listen“ nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--address &apos;%1&apos; is not an IP address</source>
        <translation>--address „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>--count muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>adding alias %1</source>
        <translation>Alias %1 hinzufügen</translation>
    </message>
    <message>
        <source>netmsg: warning: no aliases: every session will be refused (use --alias NAME)</source>
        <translation>netmsg: Warnung: keine Aliasnamen: jede Sitzung wird abgelehnt (--alias NAME verwenden)</translation>
    </message>
    <message>
        <source>storing a message from %1</source>
        <translation>eine Nachricht von %1 speichern</translation>
    </message>
    <message>
        <source>[%1] %2 (%3) to %4:</source>
        <translation>[%1] %2 (%3) an %4:</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>auf %1:%2 empfangen</translation>
    </message>
    <message>
        <source>netmsg: listening on %1 (%2) for %3</source>
        <translation>netmsg: Empfang auf %1 (%2) für %3</translation>
    </message>
    <message>
        <source>Peers served at once (default 64).</source>
        <translation>Gleichzeitig bediente Gegenstellen (Standard 64).</translation>
    </message>
    <message>
        <source>Longest message accepted, in bytes (default 4096).</source>
        <translation>Längste angenommene Nachricht in Byte (Standard 4096).</translation>
    </message>
    <message>
        <source>Close a peer&apos;s connection after this many silent seconds (default 30).</source>
        <translation>Die Verbindung einer Gegenstelle nach so vielen Sekunden Stille schließen (Standard 30).</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 muss eine positive Zahl sein</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>netmsg: warning: %1 is not loopback: other computers can send to these names (limit who with --transport-option winpopup.allowNetworks=NET/PREFIX,...)</source>
        <translation>netmsg: Warnung: %1 ist nicht Loopback: andere Computer können an diese Namen senden (wer, begrenzt --transport-option winpopup.allowNetworks=NETZ/PRÄFIX,...)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message>
        <source>cannot read recipients from %1: %2</source>
        <translation>Empfänger aus %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 „%2“ ist keine Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>Send a message to one or more recipients.</source>
        <translation>Eine Nachricht an einen oder mehrere Empfänger senden.</translation>
    </message>
    <message>
        <source>Server to send from (default: this computer).</source>
        <translation>Server, von dem gesendet wird (Standard: dieser Computer).</translation>
    </message>
    <message>
        <source>Sender name (default: from settings).</source>
        <translation>Absendername (Standard: aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or new lines, or @file (repeatable).</source>
        <translation>Empfänger: NAME, NAME@host[:port], @gruppe, Listen getrennt durch Kommas, Semikolons oder Zeilenumbrüche, oder @datei (wiederholbar).</translation>
    </message>
    <message>
        <source>Recipients in flight at once (1-256).</source>
        <translation>Gleichzeitig bearbeitete Empfänger (1-256).</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds.</source>
        <translation>Zeitlimit pro Versuch in Millisekunden.</translation>
    </message>
    <message>
        <source>Extra attempts for transient failures (0-10).</source>
        <translation>Zusätzliche Versuche bei vorübergehenden Fehlern (0-10).</translation>
    </message>
    <message>
        <source>Wire code page for OEM transports, e.g. CP850.</source>
        <translation>Codepage auf der Leitung für OEM-Transporte, z. B. CP850.</translation>
    </message>
    <message>
        <source>Port for recipients given without one.</source>
        <translation>Port für Empfänger ohne eigenen Port.</translation>
    </message>
    <message>
        <source>Over the transport&apos;s length limit: refuse (default) or split.</source>
        <translation>Über der Längengrenze des Transports: refuse (ablehnen, Standard) oder split (teilen).</translation>
    </message>
    <message>
        <source>Check and show what would be sent; send nothing.</source>
        <translation>Prüfen und zeigen, was gesendet würde; nichts senden.</translation>
    </message>
    <message>
        <source>--over-limit &apos;%1&apos; is neither &apos;refuse&apos; nor &apos;split&apos;</source>
        <translation>--over-limit „%1“ ist weder „refuse“ noch „split“</translation>
    </message>
    <message>
        <source>no recipients: give --to</source>
        <translation>keine Empfänger: --to angeben</translation>
    </message>
    <message>
        <source>no message text: give it as an argument or on standard input</source>
        <translation>kein Nachrichtentext: als Argument oder auf der Standardeingabe angeben</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe nicht lesbar</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (line %2)</source>
        <translation>Empfänger „%1“ (Zeile %2)</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos;</source>
        <translation>Empfänger „%1“</translation>
    </message>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation>
            <numerusform>nichts gesendet: %n Empfänger abgelehnt</numerusform>
            <numerusform>nichts gesendet: %n Empfänger abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>no recipients: --to is empty</source>
        <translation>keine Empfänger: --to ist leer</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>interrupted: cancelling the remaining recipients</source>
        <translation>unterbrochen: die restlichen Empfänger werden abgebrochen</translation>
    </message>
    <message>
        <source>Longest text accepted, in characters (default: the settings&apos;, 65536).</source>
        <translation>Längster angenommener Text in Zeichen (Standard: der aus den Einstellungen, 65536).</translation>
    </message>
    <message>
        <source>Hold transient failures and retry them for up to this many seconds (instead of --retries).</source>
        <translation>Vorübergehende Fehler zurückhalten und bis zu so viele Sekunden lang wiederholen (statt --retries).</translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation>
            <numerusform>würde an %1 über %2 in %n Teil senden</numerusform>
            <numerusform>würde an %1 über %2 in %n Teilen senden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation>
            <numerusform>(%1 von %n Teil)</numerusform>
            <numerusform>(%1 von %n Teilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>versucht</translation>
    </message>
    <message>
        <source>netmsg: %1: %2; held, next try at %3</source>
        <translation>netmsg: %1: %2; zurückgehalten, nächster Versuch um %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation>
            <numerusform>%1 von %n zugestellt, %2 fehlgeschlagen, %3 unbestätigt</numerusform>
            <numerusform>%1 von %n zugestellt, %2 fehlgeschlagen, %3 unbestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Go on with message &lt;id&gt; from history, whose send was killed: send to the recipients it never started; never again to one it did.</source>
        <translation>Nachricht &lt;id&gt; aus dem Verlauf fortsetzen, deren Versand abgebrochen wurde: an die Empfänger senden, die nie begonnen wurden; nie erneut an einen, der begonnen wurde.</translation>
    </message>
    <message>
        <source>--resume &apos;%1&apos; is not a message id</source>
        <translation>--resume „%1“ ist keine Nachrichtennummer</translation>
    </message>
    <message>
        <source>--resume takes the recipients and the text from history: give no --to, text or --dry-run with it</source>
        <translation>--resume nimmt Empfänger und Text aus dem Verlauf: dazu kein --to, keinen Text und kein --dry-run angeben</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>der Verlauf wurde geschlossen</translation>
    </message>
    <message>
        <source>message %1: every recipient was started before; nothing is left to send</source>
        <translation>Nachricht %1: jeder Empfänger wurde bereits begonnen; nichts mehr zu senden</translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation>
            <numerusform>Nachricht %1: an den %n nie begonnenen Empfänger senden</numerusform>
            <numerusform>Nachricht %1: an die %n nie begonnenen Empfänger senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::TransportsCommand</name>
    <message>
        <source>List the transports, their capabilities and whether they are available here.</source>
        <translation>Die Transporte, ihre Fähigkeiten und ihre Verfügbarkeit hier auflisten.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation>kann: %1</translation>
    </message>
    <message>
        <source>netmsg: refused plugin %1: %2</source>
        <translation>netmsg: Plugin %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>no transport plugins found in %1</source>
        <translation>keine Transport-Plugins gefunden in %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AboutDialog</name>
    <message>
        <source>netmsg %1</source>
        <translation>netmsg %1</translation>
    </message>
    <message>
        <source>%1 at run time, built with %2</source>
        <translation>%1 zur Laufzeit, gebaut mit %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not open: %2)</source>
        <translation>%1 (nicht geöffnet: %2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>&amp;Refused plugins: none</source>
        <translation>&amp;Abgelehnte Plugins: keine</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>&amp;Abgelehnte Plugins:</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>Verlaufsdatei: %1</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Plugin-Ordner:</translation>
    </message>
    <message>
        <source>Transports:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <source>Refused plugins:</source>
        <translation>Abgelehnte Plugins:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>Auf diesem System</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Warum es abgelehnt wurde</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBook</name>
    <message>
        <source>a contact needs a name</source>
        <translation>ein Kontakt braucht einen Namen</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; holds a control character</source>
        <translation>der Name „%1“ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a contact needs an address</source>
        <translation>ein Kontakt braucht eine Adresse</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names a group; a contact&apos;s address is one computer or user (NAME or NAME@host[:port])</source>
        <translation>die Adresse „%1“ nennt eine Gruppe; die Adresse eines Kontakts ist ein Computer oder Benutzer (NAME oder NAME@host[:port])</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names more than one recipient</source>
        <translation>die Adresse „%1“ nennt mehr als einen Empfänger</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>eine Gruppe braucht einen Namen</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; has the character %2, which is not allowed (commas, semicolons, &apos;@&apos; and &apos;|&apos; separate recipients and groups)</source>
        <translation>der Gruppenname „%1“ enthält das Zeichen %2, das nicht erlaubt ist (Kommas, Semikolons, „@“ und „|“ trennen Empfänger und Gruppen)</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>der Gruppenname „%1“ ist %2 Zeichen lang; die Grenze ist %3</translation>
    </message>
    <message>
        <source>there is already a contact named &apos;%1&apos;</source>
        <translation>es gibt schon einen Kontakt namens „%1“</translation>
    </message>
    <message>
        <source>a member needs an address or @group</source>
        <translation>ein Mitglied braucht eine Adresse oder @gruppe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>„%1“ ist schon Mitglied von „%2“</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>es gibt keine Gruppe namens „%1“</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; cannot contain itself</source>
        <translation>die Gruppe „%1“ kann sich nicht selbst enthalten</translation>
    </message>
    <message>
        <source>adding @%1 to &apos;%2&apos; would make a cycle: &apos;%1&apos; already contains &apos;%2&apos;</source>
        <translation>@%1 in „%2“ aufzunehmen ergäbe einen Kreis: „%1“ enthält schon „%2“</translation>
    </message>
    <message>
        <source>the console has no history to keep contacts in</source>
        <translation>die Konsole hat keinen Verlauf, in dem sie Kontakte aufbewahren kann</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>es gibt keinen Kontakt namens „%1“</translation>
    </message>
    <message>
        <source>there is already a group named &apos;%1&apos;</source>
        <translation>es gibt schon eine Gruppe namens „%1“</translation>
    </message>
    <message>
        <source>there is no accepted row to import</source>
        <translation>es gibt keine angenommene Zeile zum Importieren</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message>
        <source>Members o&amp;f the selected group</source>
        <translation>&amp;Mitglieder der gewählten Gruppe</translation>
    </message>
    <message>
        <source>Members o&amp;f %1</source>
        <translation>&amp;Mitglieder von %1</translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation>Kontakt %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>Kontakt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>Den Kontakt %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation>
            <numerusform>%n Kontakt löschen?</numerusform>
            <numerusform>%n Kontakte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt gelöscht.</numerusform>
            <numerusform>%n Kontakte gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt importiert.</numerusform>
            <numerusform>%n Kontakte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the group %1.</source>
        <translation>Gruppe %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation>
            <numerusform>Die Gruppe %1 mit ihrem %n Mitglied löschen? Die Kontakte bleiben.</numerusform>
            <numerusform>Die Gruppe %1 mit ihren %n Mitgliedern löschen? Die Kontakte bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>Gruppe %1 gelöscht.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 aus %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 lives on %2</source>
        <translation>%1 befindet sich auf %2</translation>
    </message>
    <message>
        <source>%1 is not an alias of %2</source>
        <translation>%1 ist kein Alias von %2</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>noch nicht aufgelistet</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>wird aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n Alias</numerusform>
            <numerusform>%n Aliasnamen</numerusform>
        </translation>
    </message>
    <message>
        <source>not listed (%1):
%2</source>
        <translation>nicht aufgelistet (%1):
%2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>could not be listed: %1</source>
        <translation>konnte nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>read-only: its transport cannot add or delete aliases here</source>
        <translation>schreibgeschützt: sein Transport kann hier keine Aliasnamen hinzufügen oder löschen</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasServers</name>
    <message>
        <source>no transport</source>
        <translation>kein Transport</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>dieser Computer (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no transport here can list this computer&apos;s aliases</source>
        <translation>kein Transport hier kann die Aliasnamen dieses Computers auflisten</translation>
    </message>
    <message>
        <source>no transport here can list the aliases of %1</source>
        <translation>kein Transport hier kann die Aliasnamen von %1 auflisten</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos; on this system</source>
        <translation>kein Transport „%1“ auf diesem System</translation>
    </message>
    <message>
        <source>name the server to add</source>
        <translation>nennen Sie den hinzuzufügenden Server</translation>
    </message>
    <message>
        <source>the %1 transport cannot list the aliases of %2</source>
        <translation>der Transport %1 kann die Aliasnamen von %2 nicht auflisten</translation>
    </message>
    <message>
        <source>%1 is already shown</source>
        <translation>%1 wird bereits gezeigt</translation>
    </message>
    <message>
        <source>the %1 transport cannot list them</source>
        <translation>der Transport %1 kann sie nicht auflisten</translation>
    </message>
    <message>
        <source>the listing ended without an answer</source>
        <translation>das Auflisten endete ohne Antwort</translation>
    </message>
    <message>
        <source>the %1 transport cannot change the aliases of %2</source>
        <translation>der Transport %1 kann die Aliasnamen von %2 nicht ändern</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>the change ended without an answer</source>
        <translation>die Änderung endete ohne Antwort</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasesWidget</name>
    <message>
        <source>%1: list and change</source>
        <translation>%1: auflisten und ändern</translation>
    </message>
    <message>
        <source>%1: listing only</source>
        <translation>%1: nur auflisten</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>kein Transport</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>listing only; this transport cannot add or delete aliases there</source>
        <translation>nur auflisten; dieser Transport kann dort keine Aliasnamen hinzufügen oder löschen</translation>
    </message>
    <message>
        <source>list, add and delete: %1</source>
        <translation>auflisten, hinzufügen und löschen: %1</translation>
    </message>
    <message>
        <source>list, add and delete</source>
        <translation>auflisten, hinzufügen und löschen</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Den Alias dem gewählten Server hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Den gewählten Alias von seinem Server löschen</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation>%1 auf %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 deleted from %2.</source>
        <translation>%1 von %2 gelöscht.</translation>
    </message>
    <message>
        <source>Could not add %1 on %2: %3</source>
        <translation>%1 konnte auf %2 nicht hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>Could not delete %1 from %2: %3</source>
        <translation>%1 konnte von %2 nicht gelöscht werden: %3</translation>
    </message>
    <message>
        <source>Could not add the server %1: %2</source>
        <translation>Der Server %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Listing the aliases of %1…</source>
        <translation>Die Aliasnamen von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>%1 is no longer shown; its aliases are unchanged.</source>
        <translation>%1 wird nicht mehr gezeigt; seine Aliasnamen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>Alias löschen</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? Messages to %1 will no longer reach it there.</source>
        <translation>Den Alias %1 von %2 löschen? Nachrichten an %1 kommen dort dann nicht mehr an.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message>
        <source>No transport on this route is available here.</source>
        <translation>Kein Transport dieser Route ist hier verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation>
            <numerusform>%n Empfänger abgelehnt: %1</numerusform>
            <numerusform>%n Empfänger abgelehnt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Nennen Sie mindestens einen Empfänger.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message>
        <source>Refuse it</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Split it into numbered parts</source>
        <translation>In nummerierte Teile aufteilen</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variablen: %1</translation>
    </message>
    <message>
        <source>Route from Settings: %1</source>
        <translation>Route aus den Einstellungen: %1</translation>
    </message>
    <message>
        <source>%1 (%2): available</source>
        <translation>%1 (%2): verfügbar</translation>
    </message>
    <message>
        <source>%1 (%2): not available</source>
        <translation>%1 (%2): nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: verfügbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send to every recipient</source>
        <translation>An alle Empfänger senden</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (Zeile %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation>
            <numerusform>%n Eintrag abgelehnt:</numerusform>
            <numerusform>%n Einträge abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>The message has not been checked yet.</source>
        <translation>Die Nachricht wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>No transport available</source>
        <translation>Kein Transport verfügbar</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes in %3</source>
        <translation>%L1 von %L2 Byte in %3</translation>
    </message>
    <message>
        <source>%L1 bytes in %2</source>
        <translation>%L1 Byte in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation>
            <numerusform>%n Zeichen, das %1 nicht darstellen kann</numerusform>
            <numerusform>%n Zeichen, die %1 nicht darstellen kann</numerusform>
        </translation>
    </message>
    <message>
        <source>will be split</source>
        <translation>wird aufgeteilt</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>über der Grenze</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation>
            <numerusform>Diese Nachricht als Rundsendung an alle (*) senden? Insgesamt %n Empfängereintrag.</numerusform>
            <numerusform>Diese Nachricht als Rundsendung an alle (*) senden? Insgesamt %n Empfängereinträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation>
            <numerusform>Diese Nachricht an %n Empfänger senden?</numerusform>
            <numerusform>Diese Nachricht an %n Empfänger senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation>Senden bestätigen</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Senden nicht möglich</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Nennen Sie mindestens einen Empfänger.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation>
            <numerusform>%n Eintrag nicht geprüft: er ist kein gültiger Empfänger.</numerusform>
            <numerusform>%n Einträge nicht geprüft: sie sind keine gültigen Empfänger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked from this computer; a send would execute on %1.</source>
        <translation>Von diesem Computer aus geprüft; ein Senden würde auf %1 ausgeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a character the recipients field reads as syntax</source>
        <translation>„%1“ enthält ein Zeichen, das das Empfängerfeld als Syntax liest</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>The sender&apos;s name is not one a reply can go to (%1). Name the recipient yourself; the message came from %2.</source>
        <translation>An den Namen des Absenders kann keine Antwort gehen (%1). Geben Sie den Empfänger selbst an; die Nachricht kam von %2.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ConsoleContext</name>
    <message>
        <source>listening on %1 as %2</source>
        <translation>Empfang auf %1 als %2</translation>
    </message>
    <message>
        <source>the console has no history to keep the message in</source>
        <translation>die Konsole hat keinen Verlauf, in dem sie die Nachricht aufbewahren kann</translation>
    </message>
    <message>
        <source>no transport here can receive messages</source>
        <translation>kein Transport hier kann Nachrichten empfangen</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1 must be a header naming the columns name and address (note and group are optional); it reads &apos;%2&apos;</source>
        <translation>Zeile %1 muss eine Kopfzeile mit den Spalten name und address sein (note und group sind freiwillig); sie lautet „%2“</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already on line %2</source>
        <translation>der Name „%1“ steht schon in Zeile %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryHistoryModel</name>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>held, next try %1</source>
        <translation>zurückgehalten, nächster Versuch um %1</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryPage</name>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value from the range offered</source>
        <translation>%1: „%2“ ist kein Wert aus dem angebotenen Bereich</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>A delivery is still running: cancel it or wait for it to end.</source>
        <translation>Eine Zustellung läuft noch: brechen Sie sie ab oder warten Sie, bis sie endet.</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Senden nicht möglich</translation>
    </message>
    <message>
        <source>Send unconfirmed again?</source>
        <translation>Unbestätigte erneut senden?</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation>
            <numerusform>%n unbestätigte Nachricht ist vielleicht schon angekommen. Wird sie erneut gesendet, kann sie doppelt zugestellt werden. Erneut senden?</numerusform>
            <numerusform>%n unbestätigte Nachrichten sind vielleicht schon angekommen. Werden sie erneut gesendet, können sie doppelt zugestellt werden. Erneut senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Some results are not in the history: %1</source>
        <translation>Einige Ergebnisse stehen nicht im Verlauf: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. Compose a message and press Send.</source>
        <translation>Noch nichts gesendet. Verfassen Sie eine Nachricht und klicken Sie auf „Senden“.</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 unconfirmed</source>
        <translation>%1 zugestellt, %2 fehlgeschlagen, %3 unbestätigt</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done (%3)</source>
        <translation>Senden: %1 von %2 erledigt (%3)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 recipients (%3)</source>
        <translation>Fertig: %1 von %2 Empfängern (%3)</translation>
    </message>
    <message>
        <source>Holding ended at %1.</source>
        <translation>Zurückhalten endete um %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation>
            <numerusform>%n zur Wiederholung zurückgehalten; nächster Versuch in %1, zurückgehalten bis %2 (noch %3)</numerusform>
            <numerusform>%n zur Wiederholung zurückgehalten; nächster Versuch in %1, zurückgehalten bis %2 (noch %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>There is no history to resume from: %1</source>
        <translation>Es gibt keinen Verlauf, aus dem fortgesetzt werden kann: %1</translation>
    </message>
    <message>
        <source>Message #%1 cannot be resumed: %2</source>
        <translation>Nachricht #%1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 has a result: nothing is left to send.</source>
        <translation>Jeder Empfänger der Nachricht #%1 hat ein Ergebnis: es ist nichts mehr zu senden.</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 was started before netmsg stopped: nothing is left to send.</source>
        <translation>An jeden Empfänger der Nachricht #%1 wurde schon gesendet, bevor netmsg endete: es ist nichts mehr zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation>
            <numerusform>Nachricht #%1 fortsetzen: an den %n Empfänger senden, an den sie nie ging?</numerusform>
            <numerusform>Nachricht #%1 fortsetzen: an die %n Empfänger senden, an die sie nie ging?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation>
            <numerusform>%n Empfänger war unterwegs, als netmsg endete, und hat sie vielleicht erhalten: er wird als unbestätigt erfasst und nicht erneut beschickt.</numerusform>
            <numerusform>%n Empfänger waren unterwegs, als netmsg endete, und haben sie vielleicht erhalten: sie werden als unbestätigt erfasst und nicht erneut beschickt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record message #%1&apos;s unconfirmed recipients, so nothing was sent: %2</source>
        <translation>Die unbestätigten Empfänger der Nachricht #%1 können nicht erfasst werden, daher wurde nichts gesendet: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation>
            <numerusform>Es wurde nichts gesendet. Ein Senden ginge an %n Empfänger</numerusform>
            <numerusform>Es wurde nichts gesendet. Ein Senden ginge an %n Empfänger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation>
            <numerusform>in %n Nachricht über %1.</numerusform>
            <numerusform>in %n Nachrichten über %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Default route: check at least one transport to send through.</source>
        <translation>Standardroute: wählen Sie mindestens einen Transport zum Senden.</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>Absendername: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation>
            <numerusform>@%1: %n Mitglied</numerusform>
            <numerusform>@%1: %n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExportFile</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich</translation>
    </message>
    <message>
        <source>cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExporter</name>
    <message>
        <source>the history was closed</source>
        <translation>der Verlauf wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>name contains…</source>
        <translation>Name enthält…</translation>
    </message>
    <message>
        <source>message contains…</source>
        <translation>Nachricht enthält…</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message>
        <source>No history: %1</source>
        <translation>Kein Verlauf: %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Der Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>No sent message matches the filter.</source>
        <translation>Keine gesendete Nachricht passt zum Filter.</translation>
    </message>
    <message>
        <source>Sent messages: %1.</source>
        <translation>Gesendete Nachrichten: %1.</translation>
    </message>
    <message>
        <source>The newest %1 sent messages; older ones load as you scroll.</source>
        <translation>Die neuesten %1 gesendeten Nachrichten; ältere werden beim Blättern geladen.</translation>
    </message>
    <message>
        <source>Select a message to see its deliveries.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Zustellungen zu sehen.</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Die Zustellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2) that match the filter: %3</source>
        <translation>Zustellungen der Nachricht #%1 (gesendet %2), die zum Filter passen: %3</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2): %3</source>
        <translation>Zustellungen der Nachricht #%1 (gesendet %2): %3</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation>%1 Zustellungen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>A delivery is running: resume when it has ended</source>
        <translation>Eine Zustellung läuft: setzen Sie fort, wenn sie beendet ist</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation>
            <numerusform>%n Empfänger der Nachricht #%1 hat kein Ergebnis: an die nie begonnenen senden (wer unterwegs war, als netmsg endete, wird als unbestätigt erfasst und nicht erneut beschickt)</numerusform>
            <numerusform>%n Empfänger der Nachricht #%1 haben kein Ergebnis: an die nie begonnenen senden (wer unterwegs war, als netmsg endete, wird als unbestätigt erfasst und nicht erneut beschickt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportDialog</name>
    <message>
        <source>%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.</source>
        <translation>%1: Zeilen %2, zu importieren %3, abgelehnt %4. Nichts wird gespeichert, bevor Sie importieren.</translation>
    </message>
    <message>
        <source>&amp;Import Accepted Rows (%1)</source>
        <translation>Angenommene Zeilen &amp;importieren (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportPreviewModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>replaces the contact of this name</source>
        <translation>ersetzt den Kontakt dieses Namens</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>neuer Kontakt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxModel</name>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Adresse der Gegenstelle</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxWidget</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>Wählen Sie eine Nachricht, um sie zu lesen.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>No history, so no inbox: %1</source>
        <translation>Kein Verlauf, daher kein Posteingang: %1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>Der Posteingang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>Der Posteingang wird gelesen…</translation>
    </message>
    <message>
        <source>No messages received yet.</source>
        <translation>Noch keine Nachrichten empfangen.</translation>
    </message>
    <message>
        <source>Received messages: %L1</source>
        <translation>Empfangene Nachrichten: %L1</translation>
    </message>
    <message>
        <source>The newest %L1 messages; older ones load as you scroll.</source>
        <translation>Die neuesten %L1 Nachrichten; ältere werden beim Blättern geladen.</translation>
    </message>
    <message>
        <source>Cannot mark the message: %1</source>
        <translation>Die Nachricht kann nicht markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Die Sprache des Systems (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Verfassen</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>A&amp;liasnamen</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>V&amp;erlauf</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>Adress&amp;buch</translation>
    </message>
    <message>
        <source>receiver off (Settings)</source>
        <translation>Empfang aus (Einstellungen)</translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation>kein Empfang: %1</translation>
    </message>
    <message>
        <source>no transport available</source>
        <translation>kein Transport verfügbar</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <source>the route from the settings: %1</source>
        <translation>die Route aus den Einstellungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>history: SQLite</source>
        <translation>Verlauf: SQLite</translation>
    </message>
    <message>
        <source>no history: %1</source>
        <translation>kein Verlauf: %1</translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation>ungelesen: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MembersModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>every member of the group %1</source>
        <translation>jedes Mitglied der Gruppe %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>der Kontakt %1</translation>
    </message>
    <message>
        <source>an address that is not in the contacts</source>
        <translation>eine Adresse, die nicht unter den Kontakten ist</translation>
    </message>
    <message>
        <source>choose a group first</source>
        <translation>wählen Sie zuerst eine Gruppe</translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation>wählen Sie zuerst ein Mitglied</translation>
    </message>
    <message>
        <source>the member cannot move further</source>
        <translation>das Mitglied kann nicht weiter rücken</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MessageHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::Notifier</name>
    <message>
        <source>netmsg: a new message</source>
        <translation>netmsg: eine neue Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation>
            <numerusform>netmsg: %n neue Nachricht</numerusform>
            <numerusform>netmsg: %n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first from %1: %2</source>
        <translation>Die erste von %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::OutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>Ergebnisdiagramm</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Nach Zustand</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PagedHistoryModelBase</name>
    <message>
        <source>the console has no history to read</source>
        <translation>die Konsole hat keinen Verlauf zum Lesen</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PlanModel</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Text (first part)</source>
        <translation>Text (erster Teil)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation>
            <numerusform>%n Ziel wird geprüft, ohne etwas zu senden: </numerusform>
            <numerusform>%n Ziele werden geprüft, ohne etwas zu senden: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 von %2 erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation>
            <numerusform>Es wurde nichts gesendet. Jetzt erreichbar: %1 von %n Ziel.</numerusform>
            <numerusform>Es wurde nichts gesendet. Jetzt erreichbar: %1 von %n Zielen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, dann %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>erreichbar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach this target, a send tries %2 next.</source>
        <translation>Antwortet %1, dass er dieses Ziel nicht erreichen kann, versucht ein Senden als Nächstes %2.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1: no transport on the route can take it</source>
        <translation>%1: kein Transport auf der Route kann es übernehmen</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach it, a send tries %2 next.</source>
        <translation>Antwortet %1, dass er es nicht erreichen kann, versucht ein Senden als Nächstes %2.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Name resolves: %1. Port reachable: %2.</source>
        <translation>Name auflösbar: %1. Port erreichbar: %2.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Name auflösbar</translation>
    </message>
    <message>
        <source>Port reachable</source>
        <translation>Port erreichbar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Skipped steps</source>
        <translation>Übersprungene Schritte</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ReceiverPage</name>
    <message>
        <source>Receiver</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Receiver address: &apos;%1&apos; is not an IP address (for example 127.0.0.1, 0.0.0.0 or ::)</source>
        <translation>Adresse des Empfängers: „%1“ ist keine IP-Adresse (zum Beispiel 127.0.0.1, 0.0.0.0 oder ::)</translation>
    </message>
    <message>
        <source>Receiver port: &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>Port des Empfängers: „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Jetzt: %1.</translation>
    </message>
    <message>
        <source>Now: not receiving (%1).</source>
        <translation>Jetzt: kein Empfang (%1).</translation>
    </message>
    <message>
        <source>Now: not receiving.</source>
        <translation>Jetzt: kein Empfang.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::RouteModel</name>
    <message>
        <source>not installed here</source>
        <translation>hier nicht installiert</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>Auf diesem System</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplateStore</name>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Maintenance on {date} at {time}: please save your work and log off. {sender}</source>
        <translation>Wartung am {date} um {time}: bitte speichern Sie Ihre Arbeit und melden Sie sich ab. {sender}</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>{recipient}: this computer restarts in 10 minutes. {sender}</source>
        <translation>{recipient}: dieser Computer startet in 10 Minuten neu. {sender}</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Wieder erreichbar</translation>
    </message>
    <message>
        <source>The service is back online ({time}). {sender}</source>
        <translation>Der Dienst ist wieder erreichbar ({time}). {sender}</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplatesDialog</name>
    <message>
        <source>A text may hold these variables, filled in when it is sent:</source>
        <translation>Ein Text darf diese Variablen enthalten, die beim Senden ausgefüllt werden:</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>Jede Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>There are two templates named &apos;%1&apos;.</source>
        <translation>Es gibt zwei Vorlagen namens „%1“.</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no text.</source>
        <translation>Die Vorlage „%1“ hat keinen Text.</translation>
    </message>
    <message>
        <source>%1 is not a variable netmsg fills; it is sent as it is.</source>
        <translation>%1 ist keine Variable, die netmsg ausfüllt; sie wird so gesendet, wie sie ist.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Neue Vorlage %1</translation>
    </message>
    <message>
        <source>the day the message is sent</source>
        <translation>der Tag, an dem die Nachricht gesendet wird</translation>
    </message>
    <message>
        <source>the time it is sent</source>
        <translation>die Uhrzeit, zu der sie gesendet wird</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>der Absendername</translation>
    </message>
    <message>
        <source>each recipient&apos;s name (each gets its own text)</source>
        <translation>der Name jedes Empfängers (jeder bekommt seinen eigenen Text)</translation>
    </message>
</context>
</TS>
