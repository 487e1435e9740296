<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About netmsg</source>
        <translation>O programie netmsg</translation>
    </message>
    <message>
        <source>An admin console for net send style network messages: send them to computer names, user aliases and terminal sessions, receive them, and see what happened to every one.</source>
        <translation>Konsola administracyjna dla wiadomości sieciowych w stylu „net send”: wysyłaj je na nazwy komputerów, aliasy użytkowników i do sesji terminalowych, odbieraj je i sprawdzaj, co się stało z każdą z nich.</translation>
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
        <translation>Folder danych:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Plik ustawień:</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>Plik historii:</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Foldery wtyczek:</translation>
    </message>
    <message>
        <source>&amp;Transports found:</source>
        <translation>&amp;Znalezione transporty:</translation>
    </message>
    <message>
        <source>Transports found</source>
        <translation>Znalezione transporty</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>&amp;Odrzucone wtyczki:</translation>
    </message>
    <message>
        <source>Refused plugins</source>
        <translation>Odrzucone wtyczki</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Kopiuj do schowka</translation>
    </message>
    <message>
        <source>Copy all of this as plain text, for a bug report</source>
        <translation>Skopiuj to wszystko jako zwykły tekst, do zgłoszenia błędu</translation>
    </message>
</context>
<context>
    <name>AddressBookWidget</name>
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakty</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filtruj kontakty</translation>
    </message>
    <message>
        <source>Filter by name, address or note (Ctrl+F)</source>
        <translation>Filtruj według nazwy, adresu lub notatki (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>Add a contact (Ins)</source>
        <translation>Dodaj kontakt (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Edit the selected contact (or F2 in the table)</source>
        <translation>Edytuj zaznaczony kontakt (lub F2 w tabeli)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Usuń zaznaczone kontakty (Del)</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;portuj…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file with the columns name, address, note and group; every row is shown before anything is saved</source>
        <translation>Importuj kontakty z pliku CSV z kolumnami name, address, note i group; każdy wiersz jest pokazywany, zanim cokolwiek zostanie zapisane</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuj…</translation>
    </message>
    <message>
        <source>Save the contacts, with their groups, as a CSV file</source>
        <translation>Zapisz kontakty wraz z ich grupami jako plik CSV</translation>
    </message>
    <message>
        <source>Group&amp;s</source>
        <translation>&amp;Grupy</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>Nazwa nowej grupy</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Dodaj gr&amp;upę</translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation>Usuń g&amp;rupę</translation>
    </message>
    <message>
        <source>Delete the selected group (Del in the list)</source>
        <translation>Usuń zaznaczoną grupę (Del na liście)</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Członkowie zaznaczonej grupy</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nowy członek</translation>
    </message>
    <message>
        <source>NAME, NAME@host[:port] or @group</source>
        <translation>NAME, NAME@host[:port] lub @grupa</translation>
    </message>
    <message>
        <source>Add to Gro&amp;up</source>
        <translation>Dodaj &amp;do grupy</translation>
    </message>
    <message>
        <source>Add the member to the selected group (Return)</source>
        <translation>Dodaj członka do zaznaczonej grupy (Enter)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Usuń członka</translation>
    </message>
    <message>
        <source>Remove the selected member (Del in the list)</source>
        <translation>Usuń zaznaczonego członka (Del na liście)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move the selected member up (Ctrl+Up)</source>
        <translation>Przesuń zaznaczonego członka w górę (Ctrl+Strzałka w górę)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>W d&amp;ół</translation>
    </message>
    <message>
        <source>Move the selected member down (Ctrl+Down)</source>
        <translation>Przesuń zaznaczonego członka w dół (Ctrl+Strzałka w dół)</translation>
    </message>
    <message>
        <source>Address book status</source>
        <translation>Stan książki adresowej</translation>
    </message>
</context>
<context>
    <name>AliasesWidget</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Add s&amp;erver:</source>
        <translation>Dodaj s&amp;erwer:</translation>
    </message>
    <message>
        <source>Server to add</source>
        <translation>Serwer do dodania</translation>
    </message>
    <message>
        <source>HQ or 10.0.0.5</source>
        <translation>HQ lub 10.0.0.5</translation>
    </message>
    <message>
        <source>Transport that manages the server to add</source>
        <translation>Transport obsługujący dodawany serwer</translation>
    </message>
    <message>
        <source>Aliases by server</source>
        <translation>Aliasy według serwera</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <source>Alias to add</source>
        <translation>Alias do dodania</translation>
    </message>
    <message>
        <source>OPS</source>
        <translation>OPS</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>List the aliases of the chosen server again</source>
        <translation>Ponownie wyświetl aliasy wybranego serwera</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>Odśwież &amp;wszystkie</translation>
    </message>
    <message>
        <source>List the aliases of every server again</source>
        <translation>Ponownie wyświetl aliasy wszystkich serwerów</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>Usuń serwe&amp;r</translation>
    </message>
    <message>
        <source>Stop showing the chosen server (its aliases stay)</source>
        <translation>Przestań pokazywać wybrany serwer (jego aliasy pozostają)</translation>
    </message>
    <message>
        <source>A&amp;dd Server</source>
        <translation>Dod&amp;aj serwer</translation>
    </message>
    <message>
        <source>Show the aliases of another server</source>
        <translation>Pokaż aliasy innego serwera</translation>
    </message>
    <message>
        <source>Add &amp;to Server</source>
        <translation>Dodaj &amp;do serwera</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Dodaj alias do wybranego serwera</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>&amp;Usuń zaznaczone</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Usuń zaznaczony alias z jego serwera</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Names, NAME@host[:port], @group, separated by commas or new lines</source>
        <translation>Nazwy, NAME@host[:port], @grupa, rozdzielone przecinkami lub nowymi wierszami</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <source>E&amp;xecute on:</source>
        <translation>Wy&amp;konaj na:</translation>
    </message>
    <message>
        <source>Server to send from</source>
        <translation>Serwer, z którego nastąpi wysłanie</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ten komputer</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Trasa:</translation>
    </message>
    <message>
        <source>Route or transport</source>
        <translation>Trasa lub transport</translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation>Ponad &amp;limitem:</translation>
    </message>
    <message>
        <source>What to do with a text over the limit</source>
        <translation>Co zrobić z tekstem przekraczającym limit</translation>
    </message>
    <message>
        <source>&amp;Hold transient failures for</source>
        <translation>P&amp;rzetrzymuj błędy przejściowe przez</translation>
    </message>
    <message>
        <source>Minutes to hold transient failures</source>
        <translation>Przez ile minut przetrzymywać błędy przejściowe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>Sza&amp;blon:</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Szablon wiadomości</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>W&amp;staw</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Wi&amp;adomość:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Tekst wiadomości</translation>
    </message>
    <message>
        <source>Message size in wire bytes</source>
        <translation>Rozmiar wiadomości w bajtach na łączu</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>Kontrola wstę&amp;pna</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>S&amp;ymulacja</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
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
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nazwa kontaktu</translation>
    </message>
    <message>
        <source>How you refer to it, e.g. Front desk</source>
        <translation>Jak go nazywasz, np. Recepcja</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Adres kontaktu</translation>
    </message>
    <message>
        <source>NAME or NAME@host[:port]</source>
        <translation>NAME lub NAME@host[:port]</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otatka:</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Notatka kontaktu</translation>
    </message>
    <message>
        <source>What is wrong with the contact</source>
        <translation>Co jest nie tak z kontaktem</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Recipients at a time:</source>
        <translation>&amp;Odbiorców jednocześnie:</translation>
    </message>
    <message>
        <source>Recipients delivered at a time</source>
        <translation>Odbiorcy obsługiwani jednocześnie</translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt:</source>
        <translation>&amp;Limit czasu na próbę:</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds</source>
        <translation>Limit czasu na próbę w sekundach</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>R&amp;etries of transient failures:</source>
        <translation>Po&amp;nowienia błędów przejściowych:</translation>
    </message>
    <message>
        <source>Retries of transient failures</source>
        <translation>Ponowienia błędów przejściowych</translation>
    </message>
    <message>
        <source>&amp;Ask before sending to more than:</source>
        <translation>&amp;Pytaj przed wysłaniem do ponad:</translation>
    </message>
    <message>
        <source>Recipients before a send asks for confirmation</source>
        <translation>Liczba odbiorców, powyżej której wysyłanie prosi o potwierdzenie</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> odbiorców</translation>
    </message>
    <message>
        <source>&amp;Longest message text:</source>
        <translation>Naj&amp;dłuższy tekst wiadomości:</translation>
    </message>
    <message>
        <source>Longest message text in characters</source>
        <translation>Najdłuższy tekst wiadomości w znakach</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> znaków</translation>
    </message>
    <message>
        <source>Only failures that may pass (a busy or unreachable peer, a timeout) are retried; a delivered or unconfirmed message is never sent again. A broadcast (*) always asks first.</source>
        <translation>Ponawiane są tylko błędy, które mogą ustąpić (zajęta lub nieosiągalna strona zdalna, przekroczony limit czasu); wiadomość dostarczona lub niepotwierdzona nigdy nie jest wysyłana ponownie. Rozgłoszenie (*) zawsze najpierw pyta.</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Ponów nieudane</translation>
    </message>
    <message>
        <source>Also &amp;unconfirmed</source>
        <translation>Także &amp;niepotwierdzone</translation>
    </message>
    <message>
        <source>Unconfirmed messages may have arrived; sending them again may deliver them twice.</source>
        <translation>Niepotwierdzone wiadomości mogły już dotrzeć; ponowne wysłanie może dostarczyć je dwukrotnie.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>Postęp dostarczania</translation>
    </message>
    <message>
        <source>Per-recipient results</source>
        <translation>Wyniki dla poszczególnych odbiorców</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run: What Would Be Sent</source>
        <translation>Symulacja: co zostałoby wysłane</translation>
    </message>
    <message>
        <source>Planned deliveries</source>
        <translation>Planowane dostarczenia</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Default &amp;route: the transports tried for each recipient, top first</source>
        <translation>Domyślna &amp;trasa: transporty próbowane dla każdego odbiorcy, od góry</translation>
    </message>
    <message>
        <source>Transports on the default route</source>
        <translation>Transporty na domyślnej trasie</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Try this transport earlier (Ctrl+Up)</source>
        <translation>Próbuj tego transportu wcześniej (Ctrl+Strzałka w górę)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <source>Try this transport later (Ctrl+Down)</source>
        <translation>Próbuj tego transportu później (Ctrl+Strzałka w dół)</translation>
    </message>
    <message>
        <source>A recipient goes to the next checked transport only when one says it cannot reach it; a delivered or unconfirmed answer ends the route.</source>
        <translation>Odbiorca przechodzi do następnego zaznaczonego transportu tylko wtedy, gdy bieżący zgłosi, że nie może go osiągnąć; odpowiedź „dostarczono” lub „niepotwierdzone” kończy trasę.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>Nazwa &amp;nadawcy:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <source>The name your messages come from: a NetBIOS name of 1 to 15 characters</source>
        <translation>Nazwa, od której pochodzą Twoje wiadomości: nazwa NetBIOS o długości od 1 do 15 znaków</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>&amp;Strona kodowa OEM:</translation>
    </message>
    <message>
        <source>OEM code page</source>
        <translation>Strona kodowa OEM</translation>
    </message>
    <message>
        <source>The encoding of names and text on the WinPopup wire; the recipients&apos; DOS code page</source>
        <translation>Kodowanie nazw i tekstu przesyłanych protokołem WinPopup; strona kodowa DOS odbiorców</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filter</source>
        <translation>Filtr historii</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data początkowa</translation>
    </message>
    <message>
        <source>Only messages sent on or after this day (&quot;any&quot;: from the first)</source>
        <translation>Tylko wiadomości wysłane tego dnia lub później („dowolny”: od pierwszej)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data końcowa</translation>
    </message>
    <message>
        <source>Only messages sent on or before this day (&quot;any&quot;: up to now)</source>
        <translation>Tylko wiadomości wysłane tego dnia lub wcześniej („dowolny”: do teraz)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>Stan dostarczenia</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>Trans&amp;port:</translation>
    </message>
    <message>
        <source>Transport that ended the route</source>
        <translation>Transport, który zakończył trasę</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Od&amp;biorca:</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>Odbiorca zawiera</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Message text contains</source>
        <translation>Tekst wiadomości zawiera</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>Wy&amp;czyść filtr</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Wyczyść filtr</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Stan historii</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Postęp eksportu</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Anuluj eksport</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Anuluj eksport</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Write every message and delivery the filter selects to a CSV or JSON file (Ctrl+E)</source>
        <translation>Zapisz każdą wiadomość i dostarczenie wybrane przez filtr do pliku CSV lub JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Eksportuj historię</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Wysłane wiadomości</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Zaznaczona wiadomość</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>W&amp;znów…</translation>
    </message>
    <message>
        <source>Send the selected message to the recipients it was never sent to because netmsg stopped first</source>
        <translation>Wyślij zaznaczoną wiadomość do odbiorców, do których nigdy nie trafiła, bo netmsg wcześniej się zatrzymał</translation>
    </message>
    <message>
        <source>Resume the selected message</source>
        <translation>Wznów zaznaczoną wiadomość</translation>
    </message>
    <message>
        <source>Deliveries of the selected message</source>
        <translation>Dostarczenia zaznaczonej wiadomości</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importuj kontakty</translation>
    </message>
    <message>
        <source>Show only &amp;rejected rows</source>
        <translation>Pokaż tylko &amp;odrzucone wiersze</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>Wiersze pliku i co się stanie z każdym z nich</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Stan skrzynki odbiorczej</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Odpowiedz</translation>
    </message>
    <message>
        <source>Answer the selected message: its sender at the address it came from (Ctrl+Shift+R)</source>
        <translation>Odpowiedz na zaznaczoną wiadomość: jej nadawcy, na adres, z którego przyszła (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpowiedz</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>Oznacz jako &amp;przeczytane</translation>
    </message>
    <message>
        <source>Mark the selected messages read (Ctrl+Shift+M)</source>
        <translation>Oznacz zaznaczone wiadomości jako przeczytane (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Oznacz jako przeczytane</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Oznacz jako &amp;nieprzeczytane</translation>
    </message>
    <message>
        <source>Mark the selected messages unread (Ctrl+Shift+U)</source>
        <translation>Oznacz zaznaczone wiadomości jako nieprzeczytane (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Oznacz jako nieprzeczytane</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Odebrane wiadomości</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Zaznaczona wiadomość</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>Sender as the peer claimed it</source>
        <translation>Nadawca podany przez stronę zdalną</translation>
    </message>
    <message>
        <source>Peer address:</source>
        <translation>Adres zdalny:</translation>
    </message>
    <message>
        <source>Address the message came from</source>
        <translation>Adres, z którego przyszła wiadomość</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Alias the message was sent to</source>
        <translation>Alias, do którego wysłano wiadomość</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Odebrano:</translation>
    </message>
    <message>
        <source>When the message was received</source>
        <translation>Kiedy wiadomość została odebrana</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Tekst wiadomości</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The console changes its language as soon as you apply; the command-line tool uses it from its next start.</source>
        <translation>Konsola zmienia język od razu po zastosowaniu; narzędzie wiersza polecenia używa go od następnego uruchomienia.</translation>
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
        <translation>Sekcje konsoli</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Wiadomość</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Wi&amp;dok</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Send the message to every recipient (Ctrl+Return)</source>
        <translation>Wyślij wiadomość do wszystkich odbiorców (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Symulacja</translation>
    </message>
    <message>
        <source>Show what would be sent to whom, without sending</source>
        <translation>Pokaż, co zostałoby wysłane i do kogo, bez wysyłania</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>&amp;Kontrola wstępna</translation>
    </message>
    <message>
        <source>Check every target before sending: name, port, transport</source>
        <translation>Sprawdź każdy cel przed wysłaniem: nazwę, port, transport</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>&amp;Anuluj dostarczanie</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>P&amp;onów nieudane</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Szablony…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;About netmsg</source>
        <translation>&amp;O programie netmsg</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Notify me of messages that arrive while the window is hidden or in the background</source>
        <translation>&amp;Powiadamiaj o wiadomościach, które nadejdą, gdy okno jest ukryte lub w tle</translation>
    </message>
    <message>
        <source>One notification for each burst of messages, through the system tray where the desktop has one, else by flashing the window.</source>
        <translation>Jedno powiadomienie na każdą serię wiadomości, przez obszar powiadomień, jeśli pulpit go ma, a w przeciwnym razie przez miganie okna.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Preflight: Could Each Target Be Reached Now?</source>
        <translation>Kontrola wstępna: czy każdy cel jest teraz osiągalny?</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>Wyniki kontroli wstępnej</translation>
    </message>
    <message>
        <source>The selected target in full</source>
        <translation>Pełne dane zaznaczonego celu</translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <source>&amp;Receive messages in the console</source>
        <translation>&amp;Odbieraj wiadomości w konsoli</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Nasłuchuj na &amp;adresie:</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Adres odbiornika</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Port odbiornika</translation>
    </message>
    <message>
        <source>127.0.0.1 takes messages from this computer only; 0.0.0.0 (or ::) from every network. Windows sends to TCP port 139, which on Linux needs privileges; the default 1139 does not.</source>
        <translation>127.0.0.1 przyjmuje wiadomości tylko z tego komputera; 0.0.0.0 (lub ::) ze wszystkich sieci. Windows wysyła na port TCP 139, który w systemie Linux wymaga uprawnień; domyślny 1139 ich nie wymaga.</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>Stan odbiornika</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Strony ustawień</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>Co jest nie tak z ustawieniami</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Szablony wiadomości</translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation>&amp;Szablony:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>Add a template after the selected one (Ins)</source>
        <translation>Dodaj szablon za zaznaczonym (Ins)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove the selected template (Del)</source>
        <translation>Usuń zaznaczony szablon (Del)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Strzałka w górę</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Strzałka w dół</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;zwa:</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nazwa szablonu</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Tekst szablonu</translation>
    </message>
    <message>
        <source>What is wrong with the templates</source>
        <translation>Co jest nie tak z szablonami</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>Run &apos;netmsg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Uruchom &apos;netmsg COMMAND --help&apos;, aby zobaczyć opcje polecenia.</translation>
    </message>
    <message>
        <source>Send and receive net send style network messages.</source>
        <translation>Wysyłanie i odbieranie wiadomości sieciowych w stylu „net send”.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Polecenie do uruchomienia.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>nieznane polecenie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The netmsg console: send, receive and manage messages.</source>
        <translation>Konsola netmsg: wysyłanie, odbieranie i zarządzanie wiadomościami.</translation>
    </message>
    <message>
        <source>Language, e.g. de (default: the settings&apos;, else the system&apos;s).</source>
        <translation>Język, np. pl (domyślnie: z ustawień, a w ich braku systemowy).</translation>
    </message>
    <message>
        <source>Fill a scratch history with demo data, take a screenshot of every tab and dialog into FOLDER, and quit.</source>
        <translation>Wypełnij tymczasową historię danymi demonstracyjnymi, zapisz zrzut ekranu każdej karty i okna dialogowego w FOLDER i zakończ.</translation>
    </message>
</context>
<context>
    <name>netmsg::AliasStore</name>
    <message>
        <source>there is no data folder</source>
        <translation>brak folderu danych</translation>
    </message>
    <message>
        <source>the data folder %1 is a shared temporary folder</source>
        <translation>folder danych %1 jest współdzielonym folderem tymczasowym</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an alias list: %2</source>
        <translation>%1 nie jest listą aliasów: %2</translation>
    </message>
    <message>
        <source>%1 is already an alias here</source>
        <translation>%1 jest już tutaj aliasem</translation>
    </message>
    <message>
        <source>%1 is not an alias here</source>
        <translation>%1 nie jest tutaj aliasem</translation>
    </message>
    <message>
        <source>%1 is held by another process (waited %2 ms)</source>
        <translation>%1 jest zablokowany przez inny proces (oczekiwano %2 ms)</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>nie można zablokować %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryJob</name>
    <message>
        <source>the transport was unloaded</source>
        <translation>transport został zwolniony</translation>
    </message>
    <message>
        <source>no transport on the route could take it (%1)</source>
        <translation>żaden transport na trasie nie mógł jej przyjąć (%1)</translation>
    </message>
    <message>
        <source>the %1 transport was unloaded while the job ran</source>
        <translation>transport %1 został zwolniony w trakcie zadania</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>transport nie zwrócił wyniku</translation>
    </message>
    <message>
        <source>not started within %1 ms: the transport&apos;s threads were all busy</source>
        <translation>nie rozpoczęto w ciągu %1 ms: wszystkie wątki transportu były zajęte</translation>
    </message>
    <message>
        <source>no answer within %1 ms after the message was handed over; it may have arrived</source>
        <translation>brak odpowiedzi w ciągu %1 ms po przekazaniu wiadomości; mogła dotrzeć</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>brak odpowiedzi w ciągu %1 ms</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; not sent</source>
        <translation>historia została zamknięta w trakcie zadania; nie wysłano</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>historia została zamknięta</translation>
    </message>
    <message>
        <source>not sent: history could not record the start (%1)</source>
        <translation>nie wysłano: historia nie mogła zapisać rozpoczęcia (%1)</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nie wysłano: %1</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; these results are not on disk</source>
        <translation>historia została zamknięta w trakcie zadania; te wyniki nie zostały zapisane na dysku</translation>
    </message>
    <message>
        <source>no transport was given</source>
        <translation>nie podano transportu</translation>
    </message>
    <message>
        <source>the text has %L1 characters; the limit is %L2</source>
        <translation>tekst ma %L1 znaków; limit wynosi %L2</translation>
    </message>
    <message>
        <source>no transport on the route can be used here</source>
        <translation>żadnego transportu na trasie nie można tu użyć</translation>
    </message>
    <message>
        <source>%1: not available here</source>
        <translation>%1: niedostępny tutaj</translation>
    </message>
    <message>
        <source>a resume needs the history the message is in</source>
        <translation>wznowienie wymaga historii, w której jest wiadomość</translation>
    </message>
    <message>
        <source>a resume needs the message and each recipient&apos;s position in its list</source>
        <translation>wznowienie wymaga wiadomości i pozycji każdego odbiorcy na jej liście</translation>
    </message>
    <message>
        <source>this delivery job is already running</source>
        <translation>to zadanie dostarczania już działa</translation>
    </message>
    <message>
        <source>the route names no transport</source>
        <translation>trasa nie wskazuje żadnego transportu</translation>
    </message>
    <message>
        <source>there are no recipients</source>
        <translation>brak odbiorców</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 parts</source>
        <translation>anulowano po %1 z %2 części</translation>
    </message>
    <message>
        <source>cancelled after the message was handed over; it may have arrived</source>
        <translation>anulowano po przekazaniu wiadomości; mogła dotrzeć</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>anulowano przed wysłaniem</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryStates</name>
    <message>
        <source>pending</source>
        <translation>oczekujące</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>dostarczone</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>niepotwierdzone</translation>
    </message>
</context>
<context>
    <name>netmsg::HistoryStore</name>
    <message>
        <source>reading the messages</source>
        <translation>odczytywanie wiadomości</translation>
    </message>
    <message>
        <source>reading the deliveries</source>
        <translation>odczytywanie dostarczeń</translation>
    </message>
    <message>
        <source>counting the deliveries</source>
        <translation>liczenie dostarczeń</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>odczytywanie skrzynki odbiorczej</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>odczytywanie kontaktów</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>odczytywanie grup</translation>
    </message>
    <message>
        <source>reading the dispatch ledger</source>
        <translation>odczytywanie rejestru wysyłek</translation>
    </message>
    <message>
        <source>the history %1 has schema version %2, newer than this netmsg knows (%3)</source>
        <translation>historia %1 ma wersję schematu %2, nowszą niż znana temu programowi netmsg (%3)</translation>
    </message>
    <message>
        <source>migration to version %1</source>
        <translation>migracja do wersji %1</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>nie można otworzyć historii %1: %2</translation>
    </message>
    <message>
        <source>history %1 (%2) failed: %3</source>
        <translation>błąd historii: %1 (%2): %3</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>historia nie jest otwarta</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>historia %1 nie jest otwarta</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>nie można utworzyć folderu %1 dla historii</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>kontakt musi mieć nazwę</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>grupa musi mieć nazwę</translation>
    </message>
    <message>
        <source>query</source>
        <translation>zapytanie</translation>
    </message>
    <message>
        <source>there is no inbox message %1</source>
        <translation>w skrzynce odbiorczej nie ma wiadomości %1</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>nie ma kontaktu o nazwie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>nie ma grupy o nazwie &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>netmsg::IMessageTransport</name>
    <message>
        <source>transport &apos;%1&apos; has no option &apos;%2&apos;</source>
        <translation>transport &apos;%1&apos; nie ma opcji &apos;%2&apos;</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>wyświetlania aliasów</translation>
    </message>
    <message>
        <source>adding aliases</source>
        <translation>dodawania aliasów</translation>
    </message>
    <message>
        <source>deleting aliases</source>
        <translation>usuwania aliasów</translation>
    </message>
    <message>
        <source>receiving messages</source>
        <translation>odbierania wiadomości</translation>
    </message>
    <message>
        <source>addressing a host directly (%1)</source>
        <translation>bezpośredniego adresowania hosta (%1)</translation>
    </message>
    <message>
        <source>the %1 transport can address %2; it cannot check more without sending</source>
        <translation>transport %1 może zaadresować %2; nie może sprawdzić nic więcej bez wysyłania</translation>
    </message>
    <message>
        <source>the %1 transport manages only this computer&apos;s aliases</source>
        <translation>transport %1 zarządza tylko aliasami tego komputera</translation>
    </message>
    <message>
        <source>the %1 transport does not support %2</source>
        <translation>transport %1 nie obsługuje %2</translation>
    </message>
</context>
<context>
    <name>netmsg::LoopbackTransport</name>
    <message>
        <source>ports (%1): loopback servers are addressed by name</source>
        <translation>porty (%1): serwery loopback są adresowane po nazwie</translation>
    </message>
    <message>
        <source>Loopback (test network)</source>
        <translation>Loopback (sieć testowa)</translation>
    </message>
</context>
<context>
    <name>netmsg::Netapi32Transport</name>
    <message>
        <source>this computer&apos;s Messenger service answered %1: sends executed here may fail, on a remote server they may work</source>
        <translation>usługa Posłaniec tego komputera odpowiedziała %1: wysyłki wykonywane tutaj mogą się nie powieść, na serwerze zdalnym mogą działać</translation>
    </message>
    <message>
        <source>running under Wine %1, whose Messenger functions (netapi32.dll NetMessage*) are unimplemented stubs that abort the process</source>
        <translation>działa w środowisku Wine %1, którego funkcje usługi Posłaniec (netapi32.dll NetMessage*) są niezaimplementowanymi zaślepkami przerywającymi proces</translation>
    </message>
    <message>
        <source>netapi32.dll could not be loaded (error %1)</source>
        <translation>nie można załadować netapi32.dll (błąd %1)</translation>
    </message>
    <message>
        <source>netapi32.dll lacks %1</source>
        <translation>w netapi32.dll brakuje %1</translation>
    </message>
    <message>
        <source>this Windows has no Messenger service (Windows Vista and later answer ERROR_NOT_SUPPORTED)</source>
        <translation>ten system Windows nie ma usługi Posłaniec (Windows Vista i nowsze odpowiadają ERROR_NOT_SUPPORTED)</translation>
    </message>
    <message>
        <source>Windows Messenger (netapi32)</source>
        <translation>Posłaniec systemu Windows (netapi32)</translation>
    </message>
</context>
<context>
    <name>netmsg::NodeStatusQuery</name>
    <message>
        <source>cannot resolve %1 to an IPv4 address: %2</source>
        <translation>nie można rozpoznać %1 jako adresu IPv4: %2</translation>
    </message>
    <message>
        <source>no NetBIOS node status answer from %1 port %2 within %3 ms</source>
        <translation>brak odpowiedzi o stanie węzła NetBIOS od %1 na porcie %2 w ciągu %3 ms</translation>
    </message>
</context>
<context>
    <name>netmsg::Outcome</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>Operacja ukończona pomyślnie.</translation>
    </message>
    <message>
        <source>The function is not valid here.</source>
        <translation>Ta funkcja jest tu niepoprawna.</translation>
    </message>
    <message>
        <source>A file the operation needs was not found.</source>
        <translation>Nie można odnaleźć pliku potrzebnego do wykonania operacji.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>Odmowa dostępu.</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>Za mało pamięci, aby ukończyć tę operację.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>Dane są nieprawidłowe.</translation>
    </message>
    <message>
        <source>The peer reported a general failure.</source>
        <translation>Strona zdalna zgłosiła błąd ogólny.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>Żądanie nie jest obsługiwane.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>Nie można odnaleźć ścieżki sieciowej.</translation>
    </message>
    <message>
        <source>The network is busy.</source>
        <translation>Sieć jest zajęta.</translation>
    </message>
    <message>
        <source>The peer sent a response netmsg does not understand.</source>
        <translation>Strona zdalna wysłała odpowiedź, której netmsg nie rozumie.</translation>
    </message>
    <message>
        <source>An unexpected network error occurred.</source>
        <translation>Wystąpił nieoczekiwany błąd sieci.</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>Strona zdalna zamknęła połączenie.</translation>
    </message>
    <message>
        <source>The peer does not answer to that name.</source>
        <translation>Strona zdalna nie odpowiada na tę nazwę.</translation>
    </message>
    <message>
        <source>The peer does not accept messages.</source>
        <translation>Strona zdalna nie przyjmuje wiadomości.</translation>
    </message>
    <message>
        <source>A parameter is not valid.</source>
        <translation>Parametr jest niepoprawny.</translation>
    </message>
    <message>
        <source>This function is not implemented on this system.</source>
        <translation>Ta funkcja nie jest zaimplementowana w tym systemie.</translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation>Nazwa jest niepoprawna.</translation>
    </message>
    <message>
        <source>The information level is not valid.</source>
        <translation>Poziom informacji jest niepoprawny.</translation>
    </message>
    <message>
        <source>More data is available.</source>
        <translation>Jest dostępnych więcej danych.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>Za mało miejsca na dysku.</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>Żądany zasób jest w użyciu.</translation>
    </message>
    <message>
        <source>The messenger service is not running.</source>
        <translation>Usługa Posłaniec nie jest uruchomiona.</translation>
    </message>
    <message>
        <source>The sending process ended while this was under way.</source>
        <translation>Proces wysyłający zakończył działanie w trakcie tej operacji.</translation>
    </message>
    <message>
        <source>The text has characters the target code page cannot encode.</source>
        <translation>Tekst zawiera znaki, których nie można zakodować w docelowej stronie kodowej.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Operacja została anulowana.</translation>
    </message>
    <message>
        <source>The remote computer refused the connection.</source>
        <translation>Komputer zdalny odrzucił połączenie sieciowe.</translation>
    </message>
    <message>
        <source>The network is unreachable.</source>
        <translation>Sieć jest nieosiągalna.</translation>
    </message>
    <message>
        <source>The remote computer is unreachable.</source>
        <translation>Komputer zdalny jest nieosiągalny.</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>Połączenie zostało przerwane.</translation>
    </message>
    <message>
        <source>An internal error occurred in netmsg.</source>
        <translation>W programie netmsg wystąpił błąd wewnętrzny.</translation>
    </message>
    <message>
        <source>The peer has insufficient resources.</source>
        <translation>Strona zdalna ma za mało zasobów.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>Upłynął limit czasu operacji.</translation>
    </message>
    <message>
        <source>The server is unavailable.</source>
        <translation>Serwer jest niedostępny.</translation>
    </message>
    <message>
        <source>The message is longer than the transport allows.</source>
        <translation>Wiadomość jest dłuższa, niż pozwala transport.</translation>
    </message>
    <message>
        <source>The buffer is too small for the answer.</source>
        <translation>Bufor jest za mały na odpowiedź.</translation>
    </message>
    <message>
        <source>A general network error occurred.</source>
        <translation>Wystąpił ogólny błąd sieci.</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>Serwer zgłosił błąd wewnętrzny.</translation>
    </message>
    <message>
        <source>The message alias could not be found on the network.</source>
        <translation>Nie można odnaleźć aliasu wiadomości w sieci.</translation>
    </message>
    <message>
        <source>This message alias already exists locally.</source>
        <translation>Ten alias wiadomości już istnieje lokalnie.</translation>
    </message>
    <message>
        <source>The maximum number of added message aliases has been exceeded.</source>
        <translation>Przekroczono maksymalną liczbę dodanych aliasów wiadomości.</translation>
    </message>
    <message>
        <source>The computer name could not be deleted.</source>
        <translation>Nie można usunąć nazwy komputera.</translation>
    </message>
    <message>
        <source>An error occurred when the message was received.</source>
        <translation>Wystąpił błąd podczas odbierania wiadomości.</translation>
    </message>
    <message>
        <source>The message alias is currently in use. Try again later.</source>
        <translation>Alias wiadomości jest obecnie w użyciu. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>The Messenger service has not been started.</source>
        <translation>Usługa Posłaniec nie została uruchomiona.</translation>
    </message>
    <message>
        <source>The name is not on the local computer.</source>
        <translation>Nazwa nie znajduje się na komputerze lokalnym.</translation>
    </message>
    <message>
        <source>The broadcast message is longer than 128 bytes.</source>
        <translation>Wiadomość rozgłoszeniowa jest dłuższa niż 128 bajtów.</translation>
    </message>
    <message>
        <source>A duplicate message alias exists on the network.</source>
        <translation>W sieci istnieje zduplikowany alias wiadomości.</translation>
    </message>
    <message>
        <source>The message alias has not been completely deleted.</source>
        <translation>Alias wiadomości nie został całkowicie usunięty.</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>Nieznany błąd %1.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczono</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Nieprawidłowe dane</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Nie znaleziono nazwy</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Odmowa dostępu</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nieosiągalny</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nieobsługiwane</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Limit czasu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Błąd wewnętrzny</translation>
    </message>
</context>
<context>
    <name>netmsg::Preflight</name>
    <message>
        <source>the route names no transport</source>
        <translation>trasa nie wskazuje żadnego transportu</translation>
    </message>
    <message>
        <source>no transport on the route can take %1 (%2)</source>
        <translation>żaden transport na trasie nie może przyjąć %1 (%2)</translation>
    </message>
    <message>
        <source>this preflight is already running</source>
        <translation>ta kontrola wstępna już działa</translation>
    </message>
    <message>
        <source>there are no targets to check</source>
        <translation>brak celów do sprawdzenia</translation>
    </message>
    <message>
        <source>the %1 transport was closed</source>
        <translation>transport %1 został zamknięty</translation>
    </message>
    <message>
        <source>the %1 probe ended without an answer</source>
        <translation>sprawdzanie przez transport %1 zakończyło się bez odpowiedzi</translation>
    </message>
    <message>
        <source>the %1 probe did not answer within %2 ms</source>
        <translation>sprawdzanie przez transport %1 nie dało odpowiedzi w ciągu %2 ms</translation>
    </message>
    <message>
        <source>cancelled while %1 was checking it</source>
        <translation>anulowano, gdy %1 to sprawdzał</translation>
    </message>
    <message>
        <source>cancelled before it was checked</source>
        <translation>anulowano przed sprawdzeniem</translation>
    </message>
</context>
<context>
    <name>netmsg::RecipientList</name>
    <message>
        <source>the name column is empty</source>
        <translation>kolumna nazwy jest pusta</translation>
    </message>
    <message>
        <source>groups nest deeper than %1 levels (a cycle?)</source>
        <translation>grupy są zagnieżdżone głębiej niż %1 poziomów (cykl?)</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; contains itself (a cycle)</source>
        <translation>grupa &apos;%1&apos; zawiera samą siebie (cykl)</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>nie ma grupy o nazwie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; lacks its closing &apos;]&apos;</source>
        <translation>w hoście &apos;%1&apos; brakuje zamykającego &apos;]&apos;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>nieoczekiwany tekst po &apos;]&apos; w &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>&apos;%1&apos; nie jest prawidłową nazwą hosta ani adresem</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>port &apos;%1&apos; nie jest liczbą od 1 do 65535</translation>
    </message>
</context>
<context>
    <name>netmsg::ResumePlan</name>
    <message>
        <source>there is no message %1 in %2</source>
        <translation>w %2 nie ma wiadomości %1</translation>
    </message>
    <message>
        <source>message %1 has no dispatch ledger (it was sent by an older netmsg); it cannot be resumed</source>
        <translation>wiadomość %1 nie ma rejestru wysyłek (została wysłana przez starszą wersję netmsg); nie można jej wznowić</translation>
    </message>
    <message>
        <source>marked as under way when the sending process ended: it may have arrived, so it is not sent again</source>
        <translation>oznaczona jako w toku, gdy proces wysyłający zakończył działanie: mogła dotrzeć, więc nie jest wysyłana ponownie</translation>
    </message>
    <message>
        <source>message %1: the recipient &apos;%2&apos; at position %3 in history cannot be read back</source>
        <translation>wiadomość %1: nie można odczytać z historii odbiorcy &apos;%2&apos; na pozycji %3</translation>
    </message>
</context>
<context>
    <name>netmsg::Route</name>
    <message>
        <source>route &apos;%1&apos;: entry %2 is empty</source>
        <translation>trasa &apos;%1&apos;: pozycja %2 jest pusta</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is not a transport id</source>
        <translation>trasa &apos;%1&apos;: &apos;%2&apos; nie jest identyfikatorem transportu</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is named twice</source>
        <translation>trasa &apos;%1&apos;: &apos;%2&apos; występuje dwukrotnie</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos;</source>
        <translation>brak transportu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>netmsg::SendLock</name>
    <message>
        <source>message %1 is being sent by %2 (process %3 on %4); go on with it once that has ended</source>
        <translation>wiadomość %1 jest właśnie wysyłana przez %2 (proces %3 na %4); wznów ją, gdy to się zakończy</translation>
    </message>
    <message>
        <source>another netmsg</source>
        <translation>inną instancję netmsg</translation>
    </message>
    <message>
        <source>cannot lock %1 to send message %2</source>
        <translation>nie można zablokować %1, aby wysłać wiadomość %2</translation>
    </message>
</context>
<context>
    <name>netmsg::TransportRegistry</name>
    <message>
        <source>there is no transport &apos;%1&apos; (known: %2)</source>
        <translation>nie ma transportu &apos;%1&apos; (znane: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>the %1 plugin failed to load: %2</source>
        <translation>nie można załadować wtyczki %1: %2</translation>
    </message>
    <message>
        <source>the %1 plugin created no transport</source>
        <translation>wtyczka %1 nie utworzyła żadnego transportu</translation>
    </message>
</context>
<context>
    <name>netmsg::Validation</name>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>odbiorca</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>nazwa serwera</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>nazwa nadawcy</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1: pusta wartość</translation>
    </message>
    <message>
        <source>this transport cannot broadcast to &apos;*&apos;</source>
        <translation>ten transport nie może rozgłaszać do &apos;*&apos;</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which is not allowed in a name</source>
        <translation>%1 &apos;%2&apos; zawiera na pozycji %4 znak %3, który jest niedozwolony w nazwie</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has &apos;*&apos; at position %3; &apos;*&apos; is only valid alone, as a broadcast</source>
        <translation>%1 &apos;%2&apos; zawiera &apos;*&apos; na pozycji %3; &apos;*&apos; jest poprawne tylko samodzielnie, jako rozgłoszenie</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; starts or ends with a space</source>
        <translation>%1 &apos;%2&apos; zaczyna się lub kończy spacją</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is only dots</source>
        <translation>%1 &apos;%2&apos; składa się wyłącznie z kropek</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is a reserved word</source>
        <translation>%1 &apos;%2&apos; jest słowem zastrzeżonym</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which %5 cannot encode</source>
        <translation>%1 &apos;%2&apos; zawiera na pozycji %4 znak %3, którego nie można zakodować w %5</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is %3 characters long; the limit is %4</source>
        <translation>%1 &apos;%2&apos; ma długość %3 znaków; limit wynosi %4</translation>
    </message>
    <message>
        <source>the encoding &apos;%1&apos; is not known</source>
        <translation>kodowanie &apos;%1&apos; jest nieznane</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 na pozycji %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot encode %2</source>
        <translation>%1 nie może zakodować: %2</translation>
    </message>
    <message>
        <source>the broadcast is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>rozgłoszenie ma %1 bajtów w %2; limit wynosi %3 bajtów</translation>
    </message>
    <message>
        <source>the message is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>wiadomość ma %1 bajtów w %2; limit wynosi %3 bajtów</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupConnection</name>
    <message>
        <source>the inbox gave no answer for the message</source>
        <translation>skrzynka odbiorcza nie odpowiedziała na wiadomość</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupError</name>
    <message>
        <source>not listening on called name</source>
        <translation>brak nasłuchu na wywoływanej nazwie</translation>
    </message>
    <message>
        <source>not listening for calling name</source>
        <translation>brak nasłuchu dla nazwy wywołującej</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>wywoływana nazwa nie istnieje</translation>
    </message>
    <message>
        <source>called name present, but insufficient resources</source>
        <translation>wywoływana nazwa istnieje, ale brak zasobów</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>nieokreślony błąd</translation>
    </message>
    <message>
        <source>NetBIOS session refused: %1 (%2)</source>
        <translation>sesja NetBIOS odrzucona: %1 (%2)</translation>
    </message>
    <message>
        <source>NetBIOS session refused with unknown code %1</source>
        <translation>sesja NetBIOS odrzucona z nieznanym kodem %1</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1: odpowiedź %2</translation>
    </message>
    <message>
        <source>%1 answered NTSTATUS %2</source>
        <translation>%1: odpowiedź NTSTATUS %2</translation>
    </message>
    <message>
        <source>%1 answered DOS error class %2 code %3</source>
        <translation>%1: odpowiedź z błędem DOS klasy %2, kod %3</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupOptions</name>
    <message>
        <source>winpopup option &quot;%1&quot;: &quot;%2&quot; is not an address or address/prefix</source>
        <translation>opcja winpopup &quot;%1&quot;: &quot;%2&quot; nie jest adresem ani adresem/prefiksem</translation>
    </message>
    <message>
        <source>unknown winpopup option &quot;%1&quot; (known: %2)</source>
        <translation>nieznana opcja winpopup &quot;%1&quot; (znane: %2)</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for winpopup option &quot;%2&quot;</source>
        <translation>nieprawidłowa wartość &quot;%1&quot; opcji winpopup &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupProbe</name>
    <message>
        <source>the transport was closed while checking %1</source>
        <translation>transport został zamknięty podczas sprawdzania %1</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>nie można rozpoznać %1: %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 odpowiada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>rozpoznawanie %1 trwało dłużej niż %2 ms</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>łączenie z %1 trwało dłużej niż %2 ms</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupReceiver</name>
    <message>
        <source>unknown code page %1</source>
        <translation>nieznana strona kodowa %1</translation>
    </message>
    <message>
        <source>receiver limits must be positive (connections, bytes, idle ms, session ms)</source>
        <translation>limity odbiornika muszą być dodatnie (połączenia, bajty, ms bezczynności, ms sesji)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>nie można nasłuchiwać na %1:%2: %3</translation>
    </message>
    <message>
        <source>the receiver is full (%1 connections)</source>
        <translation>odbiornik jest pełny (%1 połączeń)</translation>
    </message>
    <message>
        <source>%1 connections from this address already</source>
        <translation>już %1 połączeń z tego adresu</translation>
    </message>
    <message>
        <source>more than %1 new connections a minute from this address</source>
        <translation>ponad %1 nowych połączeń na minutę z tego adresu</translation>
    </message>
    <message>
        <source>the address is in a denied network</source>
        <translation>adres należy do zabronionej sieci</translation>
    </message>
    <message>
        <source>the address is in no allowed network</source>
        <translation>adres nie należy do żadnej dozwolonej sieci</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupSender</name>
    <message>
        <source>the transport was closed while sending to %1</source>
        <translation>transport został zamknięty podczas wysyłania do %1</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>nie można rozpoznać %1: %2</translation>
    </message>
    <message>
        <source>malformed NetBIOS packet from %1</source>
        <translation>nieprawidłowy pakiet NetBIOS od %1</translation>
    </message>
    <message>
        <source>unexpected NetBIOS packet type 0x%1 from %2</source>
        <translation>nieoczekiwany typ pakietu NetBIOS 0x%1 od %2</translation>
    </message>
    <message>
        <source>%1 from %2 got no valid reply</source>
        <translation>%1: brak prawidłowej odpowiedzi od %2</translation>
    </message>
    <message>
        <source>no session response from %1 (packet type 0x%2)</source>
        <translation>brak odpowiedzi sesji od %1 (typ pakietu 0x%2)</translation>
    </message>
    <message>
        <source>bad or endless session retarget from %1</source>
        <translation>nieprawidłowe lub niekończące się przekierowanie sesji od %1</translation>
    </message>
    <message>
        <source>%1 retargets the session to %2:%3, another host; not followed (winpopup option retargetOtherHosts allows it)</source>
        <translation>%1 przekierowuje sesję do %2:%3, innego hosta; nie wykonano (pozwala na to opcja winpopup retargetOtherHosts)</translation>
    </message>
    <message>
        <source>%1 accepted none of our SMB dialects</source>
        <translation>%1 nie przyjął żadnego z naszych dialektów SMB</translation>
    </message>
    <message>
        <source>unsolicited SMB reply from %1</source>
        <translation>niezamówiona odpowiedź SMB od %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the session request</source>
        <translation>%1 zamknął połączenie, zamiast odpowiedzieć na żądanie sesji</translation>
    </message>
    <message>
        <source>%1 closed the connection while waiting for the %2 reply</source>
        <translation>%1 zamknął połączenie podczas oczekiwania na odpowiedź %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>rozpoznawanie %1 trwało dłużej niż %2 ms</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>łączenie z %1 trwało dłużej niż %2 ms</translation>
    </message>
    <message>
        <source>%1 did not answer the session request within %2 ms</source>
        <translation>%1 nie odpowiedział na żądanie sesji w ciągu %2 ms</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 nie odpowiedział na %2 w ciągu %3 ms</translation>
    </message>
    <message>
        <source>the message was handed over to %1 but not confirmed: %2</source>
        <translation>wiadomość została przekazana do %1, ale nie potwierdzona: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupTransport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 na pozycji %2</translation>
    </message>
    <message>
        <source>not representable in %1: %2</source>
        <translation>nie do przedstawienia w %1: %2</translation>
    </message>
    <message>
        <source>sending through another server</source>
        <translation>wysyłanie przez inny serwer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME@host[:port]</source>
        <translation>&quot;%1&quot; nie ma postaci NAME@host[:port]</translation>
    </message>
    <message>
        <source>broadcast (the WinPopup session is sent to one name)</source>
        <translation>rozgłaszania (sesja WinPopup jest wysyłana do jednej nazwy)</translation>
    </message>
    <message>
        <source>%1 bytes in %2 with %3 line breaks; the limit is %4 bytes</source>
        <translation>%1 bajtów w %2 z %3 podziałami wiersza; limit wynosi %4 bajtów</translation>
    </message>
    <message>
        <source>the names this computer&apos;s receiver answers to</source>
        <translation>nazwy, na które odpowiada odbiornik tego komputera</translation>
    </message>
    <message>
        <source>listing only, through NetBIOS node status</source>
        <translation>tylko wyświetlanie, przez stan węzła NetBIOS</translation>
    </message>
    <message>
        <source>%1 on %2: the winpopup transport manages only its own receiver&apos;s names</source>
        <translation>%1 na %2: transport winpopup zarządza tylko nazwami własnego odbiornika</translation>
    </message>
    <message>
        <source>adding an alias</source>
        <translation>dodawanie aliasu</translation>
    </message>
    <message>
        <source>deleting an alias</source>
        <translation>usuwanie aliasu</translation>
    </message>
    <message>
        <source>unknown OEM code page %1</source>
        <translation>nieznana strona kodowa OEM %1</translation>
    </message>
    <message>
        <source>WinPopup (SMB messenger)</source>
        <translation>WinPopup (SMB Messenger)</translation>
    </message>
</context>
<context>
    <name>netmsg::WtsTransport</name>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>running under Wine %1, whose WTSSendMessageW is a stub that shows nothing, and which has no msg.exe</source>
        <translation>działa w środowisku Wine %1, którego WTSSendMessageW jest zaślepką, która niczego nie wyświetla, i które nie ma msg.exe</translation>
    </message>
    <message>
        <source>no msg.exe in System32 (Windows Home editions do not ship it)</source>
        <translation>brak msg.exe w System32 (wersje Windows Home go nie zawierają)</translation>
    </message>
    <message>
        <source>wtsapi32.dll could not be loaded (error %1)</source>
        <translation>nie można załadować wtsapi32.dll (błąd %1)</translation>
    </message>
    <message>
        <source>wtsapi32.dll lacks %1</source>
        <translation>w wtsapi32.dll brakuje %1</translation>
    </message>
    <message>
        <source>no fallback: %1</source>
        <translation>brak rozwiązania zastępczego: %1</translation>
    </message>
    <message>
        <source>transport &apos;wts&apos; has no option &apos;%1&apos;</source>
        <translation>transport &apos;wts&apos; nie ma opcji &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of transport &apos;wts&apos; cannot be &apos;%2&apos;</source>
        <translation>opcja &apos;%1&apos; transportu &apos;wts&apos; nie może mieć wartości &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option &apos;wait&apos; of transport &apos;wts&apos; needs &apos;timeoutSeconds&apos; from 1 to %1: a message box nobody answers would block its thread for good</source>
        <translation>opcja &apos;wait&apos; transportu &apos;wts&apos; wymaga &apos;timeoutSeconds&apos; od 1 do %1: okno komunikatu, na które nikt nie odpowie, zablokowałoby jego wątek na zawsze</translation>
    </message>
    <message>
        <source>no session on this computer matches %1</source>
        <translation>żadna sesja na tym komputerze nie pasuje do %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation>
            <numerusform>%n sesja pasuje do %1: %2</numerusform>
            <numerusform>%n sesje pasują do %1: %2</numerusform>
            <numerusform>%n sesji pasuje do %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal sessions (WTS)</source>
        <translation>Sesje terminalowe (WTS)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::AliasCommand</name>
    <message>
        <source>List, add or delete the messenger aliases of a server.</source>
        <translation>Wyświetlanie, dodawanie lub usuwanie aliasów wiadomości serwera.</translation>
    </message>
    <message>
        <source>Server whose aliases to manage (default: this computer).</source>
        <translation>Serwer, którego aliasami zarządzać (domyślnie: ten komputer).</translation>
    </message>
    <message>
        <source>say what to do: list, add or del</source>
        <translation>podaj, co zrobić: list, add lub del</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add or del)</source>
        <translation>nieznana akcja &apos;%1&apos; (list, add lub del)</translation>
    </message>
    <message>
        <source>&apos;alias list&apos; takes no names</source>
        <translation>&apos;alias list&apos; nie przyjmuje nazw</translation>
    </message>
    <message>
        <source>&apos;alias %1&apos; needs at least one NAME</source>
        <translation>&apos;alias %1&apos; wymaga co najmniej jednej nazwy NAME</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serwer</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>wyświetlanie aliasów</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>dodano %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>usunięto %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>dodawanie %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>usuwanie %1</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::CliSession</name>
    <message>
        <source>--transport-option &apos;%1&apos; is not [ID.]KEY=VALUE</source>
        <translation>--transport-option &apos;%1&apos; nie ma postaci [ID.]KEY=VALUE</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; names %2, which is not on the route (%3)</source>
        <translation>--transport-option &apos;%1&apos; wskazuje %2, którego nie ma na trasie (%3)</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos;: the route has %2 transports (%3); say which, as ID.%4</source>
        <translation>--transport-option &apos;%1&apos;: trasa ma %2 transporty (%3); wskaż który, jako ID.%4</translation>
    </message>
    <message>
        <source>code page %1: no transport on the route speaks an OEM code page (%2)</source>
        <translation>strona kodowa %1: żaden transport na trasie nie używa strony kodowej OEM (%2)</translation>
    </message>
    <message>
        <source>give either --transport or --route, not both</source>
        <translation>podaj --transport albo --route, nie oba naraz</translation>
    </message>
    <message>
        <source>transport options</source>
        <translation>opcje transportu</translation>
    </message>
    <message>
        <source>transport %1</source>
        <translation>transport %1</translation>
    </message>
    <message>
        <source>transport %1 is not available</source>
        <translation>transport %1 jest niedostępny</translation>
    </message>
    <message>
        <source>no available transport on the route (%1) can %2</source>
        <translation>żaden dostępny transport na trasie (%1) nie obsługuje %2</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>transport nie zwrócił wyniku</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::Command</name>
    <message>
        <source>Transport to use (see &apos;netmsg transports&apos;).</source>
        <translation>Transport do użycia (zobacz &apos;netmsg transports&apos;).</translation>
    </message>
    <message>
        <source>Transports to try per recipient, in order, e.g. netapi32,wts,winpopup.</source>
        <translation>Transporty próbowane dla każdego odbiorcy, po kolei, np. netapi32,wts,winpopup.</translation>
    </message>
    <message>
        <source>Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has several transports).</source>
        <translation>Opcja transportu [ID.]KEY=VALUE (można powtarzać; ID., gdy trasa ma kilka transportów).</translation>
    </message>
    <message>
        <source>Print JSON, one object per line.</source>
        <translation>Wypisuj JSON, jeden obiekt w wierszu.</translation>
    </message>
    <message>
        <source>Try &apos;netmsg %1 --help&apos;.</source>
        <translation>Spróbuj &apos;netmsg %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::HistoryCommand</name>
    <message>
        <source>Show sent messages with every recipient&apos;s result, or received messages.</source>
        <translation>Pokaż wysłane wiadomości z wynikiem dla każdego odbiorcy lub odebrane wiadomości.</translation>
    </message>
    <message>
        <source>How many messages to show (default 20).</source>
        <translation>Ile wiadomości pokazać (domyślnie 20).</translation>
    </message>
    <message>
        <source>Show received messages instead.</source>
        <translation>Pokaż zamiast tego odebrane wiadomości.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a positive number</source>
        <translation>--limit &apos;%1&apos; nie jest liczbą dodatnią</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>from %1 (%2) to %3</source>
        <translation>od %1 (%2) do %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>dostarczono %1 z %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>nieudane: %1</translation>
    </message>
    <message>
        <source>%1 unconfirmed</source>
        <translation>niepotwierdzone: %1</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>oczekujące: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message>
        <source>Receive messages: store each in the inbox and print it as it arrives.</source>
        <translation>Odbieraj wiadomości: zapisuj każdą w skrzynce odbiorczej i wypisuj ją, gdy nadejdzie.</translation>
    </message>
    <message>
        <source>Address to listen on (default: the settings&apos;, 127.0.0.1).</source>
        <translation>Adres nasłuchu (domyślnie: z ustawień, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default: the settings&apos;, 1139).</source>
        <translation>Port nasłuchu (domyślnie: z ustawień, 1139).</translation>
    </message>
    <message>
        <source>Answer to NAME as well; added to the stored alias list (repeatable).</source>
        <translation>Odpowiadaj także na NAME; dodawane do zapisanej listy aliasów (można powtarzać).</translation>
    </message>
    <message>
        <source>Code page of incoming text, e.g. CP850.</source>
        <translation>Strona kodowa przychodzącego tekstu, np. CP850.</translation>
    </message>
    <message>
        <source>Stop after N messages (default: run until interrupted).</source>
        <translation>Zatrzymaj po N wiadomościach (domyślnie: działaj do przerwania).</translation>
    </message>
    <message>
        <source>Peers served at once (default 64).</source>
        <translation>Liczba stron zdalnych obsługiwanych jednocześnie (domyślnie 64).</translation>
    </message>
    <message>
        <source>Longest message accepted, in bytes (default 4096).</source>
        <translation>Najdłuższa przyjmowana wiadomość, w bajtach (domyślnie 4096).</translation>
    </message>
    <message>
        <source>Close a peer&apos;s connection after this many silent seconds (default 30).</source>
        <translation>Zamknij połączenie ze stroną zdalną po tylu sekundach ciszy (domyślnie 30).</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>listen nie przyjmuje argumentów</translation>
    </message>
    <message>
        <source>--address &apos;%1&apos; is not an IP address</source>
        <translation>--address &apos;%1&apos; nie jest adresem IP</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port musi być liczbą od 1 do 65535</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>--count musi być liczbą dodatnią</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 musi być liczbą dodatnią</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>adding alias %1</source>
        <translation>dodawanie aliasu %1</translation>
    </message>
    <message>
        <source>netmsg: warning: no aliases: every session will be refused (use --alias NAME)</source>
        <translation>netmsg: ostrzeżenie: brak aliasów: każda sesja zostanie odrzucona (użyj --alias NAME)</translation>
    </message>
    <message>
        <source>[%1] %2 (%3) to %4:</source>
        <translation>[%1] %2 (%3) do %4:</translation>
    </message>
    <message>
        <source>storing a message from %1</source>
        <translation>zapisywanie wiadomości od %1</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>nasłuchiwanie na %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 i jeszcze %n</numerusform>
            <numerusform>%1 i jeszcze %n</numerusform>
            <numerusform>%1 i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>netmsg: listening on %1 (%2) for %3</source>
        <translation>netmsg: nasłuchiwanie na %1 (%2) dla %3</translation>
    </message>
    <message>
        <source>netmsg: warning: %1 is not loopback: other computers can send to these names (limit who with --transport-option winpopup.allowNetworks=NET/PREFIX,...)</source>
        <translation>netmsg: ostrzeżenie: %1 nie jest adresem loopback: inne komputery mogą wysyłać do tych nazw (ogranicz, kto może, za pomocą --transport-option winpopup.allowNetworks=NET/PREFIX,...)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message>
        <source>cannot read recipients from %1: %2</source>
        <translation>nie można odczytać odbiorców z %1: %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; nie jest liczbą od %3 do %4</translation>
    </message>
    <message>
        <source>Send a message to one or more recipients.</source>
        <translation>Wyślij wiadomość do jednego lub wielu odbiorców.</translation>
    </message>
    <message>
        <source>Server to send from (default: this computer).</source>
        <translation>Serwer, z którego wysłać (domyślnie: ten komputer).</translation>
    </message>
    <message>
        <source>Sender name (default: from settings).</source>
        <translation>Nazwa nadawcy (domyślnie: z ustawień).</translation>
    </message>
    <message>
        <source>Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or new lines, or @file (repeatable).</source>
        <translation>Odbiorcy: NAME, NAME@host[:port], @grupa, listy rozdzielone przecinkami, średnikami lub nowymi wierszami albo @plik (można powtarzać).</translation>
    </message>
    <message>
        <source>Recipients in flight at once (1-256).</source>
        <translation>Liczba odbiorców obsługiwanych jednocześnie (1-256).</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds.</source>
        <translation>Limit czasu na próbę w milisekundach.</translation>
    </message>
    <message>
        <source>Extra attempts for transient failures (0-10).</source>
        <translation>Dodatkowe próby przy błędach przejściowych (0-10).</translation>
    </message>
    <message>
        <source>Wire code page for OEM transports, e.g. CP850.</source>
        <translation>Strona kodowa na łączu dla transportów OEM, np. CP850.</translation>
    </message>
    <message>
        <source>Port for recipients given without one.</source>
        <translation>Port dla odbiorców podanych bez portu.</translation>
    </message>
    <message>
        <source>Over the transport&apos;s length limit: refuse (default) or split.</source>
        <translation>Po przekroczeniu limitu długości transportu: refuse (odrzuć, domyślnie) lub split (podziel).</translation>
    </message>
    <message>
        <source>Longest text accepted, in characters (default: the settings&apos;, 65536).</source>
        <translation>Najdłuższy przyjmowany tekst, w znakach (domyślnie: z ustawień, 65536).</translation>
    </message>
    <message>
        <source>Hold transient failures and retry them for up to this many seconds (instead of --retries).</source>
        <translation>Przetrzymuj błędy przejściowe i ponawiaj je przez maksymalnie tyle sekund (zamiast --retries).</translation>
    </message>
    <message>
        <source>Check and show what would be sent; send nothing.</source>
        <translation>Sprawdź i pokaż, co zostałoby wysłane; niczego nie wysyłaj.</translation>
    </message>
    <message>
        <source>Go on with message &lt;id&gt; from history, whose send was killed: send to the recipients it never started; never again to one it did.</source>
        <translation>Kontynuuj wiadomość &lt;id&gt; z historii, której wysyłanie zostało przerwane: wyślij do odbiorców, do których nigdy nie rozpoczęto wysyłania; nigdy ponownie do tych, do których rozpoczęto.</translation>
    </message>
    <message>
        <source>--over-limit &apos;%1&apos; is neither &apos;refuse&apos; nor &apos;split&apos;</source>
        <translation>--over-limit &apos;%1&apos; nie jest ani &apos;refuse&apos;, ani &apos;split&apos;</translation>
    </message>
    <message>
        <source>no recipients: give --to</source>
        <translation>brak odbiorców: podaj --to</translation>
    </message>
    <message>
        <source>no message text: give it as an argument or on standard input</source>
        <translation>brak tekstu wiadomości: podaj go jako argument lub na standardowym wejściu</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>nie można odczytać standardowego wejścia</translation>
    </message>
    <message>
        <source>no recipients: --to is empty</source>
        <translation>brak odbiorców: --to jest puste</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (line %2)</source>
        <translation>odbiorca &apos;%1&apos; (wiersz %2)</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos;</source>
        <translation>odbiorca &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation>
            <numerusform>nic nie wysłano: odrzucono %n odbiorcę</numerusform>
            <numerusform>nic nie wysłano: odrzucono %n odbiorców</numerusform>
            <numerusform>nic nie wysłano: odrzucono %n odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation>wiadomość</translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation>
            <numerusform>zostałaby wysłana do %1 przez %2 w %n części</numerusform>
            <numerusform>zostałaby wysłana do %1 przez %2 w %n częściach</numerusform>
            <numerusform>zostałaby wysłana do %1 przez %2 w %n częściach</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>przez %1</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation>
            <numerusform>(%1 z %n części)</numerusform>
            <numerusform>(%1 z %n części)</numerusform>
            <numerusform>(%1 z %n części)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięty</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>wypróbowany</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>ukończono %1 z %2</translation>
    </message>
    <message>
        <source>netmsg: %1: %2; held, next try at %3</source>
        <translation>netmsg: %1: %2; przetrzymano, następna próba o %3</translation>
    </message>
    <message>
        <source>interrupted: cancelling the remaining recipients</source>
        <translation>przerwano: anulowanie pozostałych odbiorców</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation>
            <numerusform>dostarczono %1 z %n, nieudane: %2, niepotwierdzone: %3</numerusform>
            <numerusform>dostarczono %1 z %n, nieudane: %2, niepotwierdzone: %3</numerusform>
            <numerusform>dostarczono %1 z %n, nieudane: %2, niepotwierdzone: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>history</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>--resume &apos;%1&apos; is not a message id</source>
        <translation>--resume &apos;%1&apos; nie jest identyfikatorem wiadomości</translation>
    </message>
    <message>
        <source>--resume takes the recipients and the text from history: give no --to, text or --dry-run with it</source>
        <translation>--resume pobiera odbiorców i tekst z historii: nie podawaj razem z nim --to, tekstu ani --dry-run</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>historia została zamknięta</translation>
    </message>
    <message>
        <source>message %1: every recipient was started before; nothing is left to send</source>
        <translation>wiadomość %1: wysyłanie do każdego odbiorcy zostało już rozpoczęte; nie ma nic do wysłania</translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation>
            <numerusform>wiadomość %1: wysyłanie do %n odbiorcy, do którego nigdy nie rozpoczęto wysyłania</numerusform>
            <numerusform>wiadomość %1: wysyłanie do %n odbiorców, do których nigdy nie rozpoczęto wysyłania</numerusform>
            <numerusform>wiadomość %1: wysyłanie do %n odbiorców, do których nigdy nie rozpoczęto wysyłania</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::TransportsCommand</name>
    <message>
        <source>List the transports, their capabilities and whether they are available here.</source>
        <translation>Wyświetl transporty, ich możliwości i to, czy są tu dostępne.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>dostępny</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>niedostępny: %1</translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation>możliwości: %1</translation>
    </message>
    <message>
        <source>netmsg: refused plugin %1: %2</source>
        <translation>netmsg: odrzucona wtyczka %1: %2</translation>
    </message>
    <message>
        <source>no transport plugins found in %1</source>
        <translation>nie znaleziono wtyczek transportu w %1</translation>
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
        <translation>%1 w czasie działania, skompilowano z %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not open: %2)</source>
        <translation>%1 (nie otwarto: %2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (brak)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nie załadowano</translation>
    </message>
    <message>
        <source>&amp;Refused plugins: none</source>
        <translation>&amp;Odrzucone wtyczki: brak</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>&amp;Odrzucone wtyczki:</translation>
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
        <translation>Folder danych: %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Plik ustawień: %1</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>Plik historii: %1</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Foldery wtyczek:</translation>
    </message>
    <message>
        <source>Transports:</source>
        <translation>Transporty:</translation>
    </message>
    <message>
        <source>Refused plugins:</source>
        <translation>Odrzucone wtyczki:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>W tym systemie</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Powód odrzucenia</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBook</name>
    <message>
        <source>a contact needs a name</source>
        <translation>kontakt musi mieć nazwę</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; holds a control character</source>
        <translation>nazwa &apos;%1&apos; zawiera znak sterujący</translation>
    </message>
    <message>
        <source>a contact needs an address</source>
        <translation>kontakt musi mieć adres</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names a group; a contact&apos;s address is one computer or user (NAME or NAME@host[:port])</source>
        <translation>adres &apos;%1&apos; wskazuje grupę; adres kontaktu to jeden komputer lub użytkownik (NAME lub NAME@host[:port])</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names more than one recipient</source>
        <translation>adres &apos;%1&apos; wskazuje więcej niż jednego odbiorcę</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>grupa musi mieć nazwę</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; has the character %2, which is not allowed (commas, semicolons, &apos;@&apos; and &apos;|&apos; separate recipients and groups)</source>
        <translation>nazwa grupy &apos;%1&apos; zawiera niedozwolony znak %2 (przecinki, średniki, &apos;@&apos; i &apos;|&apos; rozdzielają odbiorców i grupy)</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>nazwa grupy &apos;%1&apos; ma długość %2 znaków; limit wynosi %3</translation>
    </message>
    <message>
        <source>there is already a contact named &apos;%1&apos;</source>
        <translation>kontakt o nazwie &apos;%1&apos; już istnieje</translation>
    </message>
    <message>
        <source>a member needs an address or @group</source>
        <translation>członek musi mieć adres lub @grupę</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; jest już członkiem &apos;%2&apos;</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>nie ma grupy o nazwie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; cannot contain itself</source>
        <translation>grupa &apos;%1&apos; nie może zawierać samej siebie</translation>
    </message>
    <message>
        <source>adding @%1 to &apos;%2&apos; would make a cycle: &apos;%1&apos; already contains &apos;%2&apos;</source>
        <translation>dodanie @%1 do &apos;%2&apos; utworzyłoby cykl: &apos;%1&apos; już zawiera &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the console has no history to keep contacts in</source>
        <translation>konsola nie ma historii, w której mogłaby przechowywać kontakty</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>nie ma kontaktu o nazwie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is already a group named &apos;%1&apos;</source>
        <translation>grupa o nazwie &apos;%1&apos; już istnieje</translation>
    </message>
    <message>
        <source>there is no accepted row to import</source>
        <translation>brak zaakceptowanych wierszy do zaimportowania</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message>
        <source>Members o&amp;f the selected group</source>
        <translation>&amp;Członkowie zaznaczonej grupy</translation>
    </message>
    <message>
        <source>Members o&amp;f %1</source>
        <translation>&amp;Członkowie grupy %1</translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation>Dodano kontakt %1.</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>Zapisano kontakt %1.</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>Usunąć kontakt %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation>
            <numerusform>Usunąć %n kontakt?</numerusform>
            <numerusform>Usunąć %n kontakty?</numerusform>
            <numerusform>Usunąć %n kontaktów?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Usuń kontakty</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>Usunięto %n kontakt.</numerusform>
            <numerusform>Usunięto %n kontakty.</numerusform>
            <numerusform>Usunięto %n kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importuj kontakty</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Zaimportowano %n kontakt.</numerusform>
            <numerusform>Zaimportowano %n kontakty.</numerusform>
            <numerusform>Zaimportowano %n kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Eksportuj kontakty</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n kontakt do %1.</numerusform>
            <numerusform>Wyeksportowano %n kontakty do %1.</numerusform>
            <numerusform>Wyeksportowano %n kontaktów do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the group %1.</source>
        <translation>Dodano grupę %1.</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Usuń grupę</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation>
            <numerusform>Usunąć grupę %1 wraz z jej %n członkiem? Kontakty pozostaną.</numerusform>
            <numerusform>Usunąć grupę %1 wraz z jej %n członkami? Kontakty pozostaną.</numerusform>
            <numerusform>Usunąć grupę %1 wraz z jej %n członkami? Kontakty pozostaną.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>Usunięto grupę %1.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>Dodano %1 do %2.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>Usunięto %1 z %2.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>nie można wyświetlić aliasów na %1: %2</translation>
    </message>
    <message>
        <source>%1 lives on %2</source>
        <translation>%1 znajduje się na %2</translation>
    </message>
    <message>
        <source>%1 is not an alias of %2</source>
        <translation>%1 nie jest aliasem na %2</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>jeszcze nie wyświetlono</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>wyświetlanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n aliasy</numerusform>
            <numerusform>%n aliasów</numerusform>
        </translation>
    </message>
    <message>
        <source>not listed (%1):
%2</source>
        <translation>nie wyświetlono (%1):
%2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>tylko do odczytu</translation>
    </message>
    <message>
        <source>could not be listed: %1</source>
        <translation>nie można wyświetlić: %1</translation>
    </message>
    <message>
        <source>read-only: its transport cannot add or delete aliases here</source>
        <translation>tylko do odczytu: jego transport nie może tutaj dodawać ani usuwać aliasów</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasServers</name>
    <message>
        <source>no transport</source>
        <translation>brak transportu</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>ten komputer (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no transport here can list this computer&apos;s aliases</source>
        <translation>żaden transport nie może tu wyświetlić aliasów tego komputera</translation>
    </message>
    <message>
        <source>no transport here can list the aliases of %1</source>
        <translation>żaden transport nie może tu wyświetlić aliasów %1</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos; on this system</source>
        <translation>brak transportu &apos;%1&apos; w tym systemie</translation>
    </message>
    <message>
        <source>name the server to add</source>
        <translation>podaj serwer do dodania</translation>
    </message>
    <message>
        <source>the %1 transport cannot list the aliases of %2</source>
        <translation>transport %1 nie może wyświetlić aliasów %2</translation>
    </message>
    <message>
        <source>%1 is already shown</source>
        <translation>%1 jest już pokazywany</translation>
    </message>
    <message>
        <source>the %1 transport cannot list them</source>
        <translation>transport %1 nie może ich wyświetlić</translation>
    </message>
    <message>
        <source>the listing ended without an answer</source>
        <translation>wyświetlanie zakończyło się bez odpowiedzi</translation>
    </message>
    <message>
        <source>the %1 transport cannot change the aliases of %2</source>
        <translation>transport %1 nie może zmieniać aliasów %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 na %2: %3</translation>
    </message>
    <message>
        <source>the change ended without an answer</source>
        <translation>zmiana zakończyła się bez odpowiedzi</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasesWidget</name>
    <message>
        <source>%1: list and change</source>
        <translation>%1: wyświetlanie i zmiany</translation>
    </message>
    <message>
        <source>%1: listing only</source>
        <translation>%1: tylko wyświetlanie</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ten komputer</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>brak transportu</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>niedostępny: %1</translation>
    </message>
    <message>
        <source>listing only; this transport cannot add or delete aliases there</source>
        <translation>tylko wyświetlanie; ten transport nie może tam dodawać ani usuwać aliasów</translation>
    </message>
    <message>
        <source>list, add and delete: %1</source>
        <translation>wyświetlanie, dodawanie i usuwanie: %1</translation>
    </message>
    <message>
        <source>list, add and delete</source>
        <translation>wyświetlanie, dodawanie i usuwanie</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 na %2: %3</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Dodaj alias do wybranego serwera</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Usuń zaznaczony alias z jego serwera</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>nie można wyświetlić aliasów na %1: %2</translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation>Dodano %1 na %2.</translation>
    </message>
    <message>
        <source>%1 deleted from %2.</source>
        <translation>Usunięto %1 z %2.</translation>
    </message>
    <message>
        <source>Could not add %1 on %2: %3</source>
        <translation>Nie można dodać %1 na %2: %3</translation>
    </message>
    <message>
        <source>Could not delete %1 from %2: %3</source>
        <translation>Nie można usunąć %1 z %2: %3</translation>
    </message>
    <message>
        <source>Could not add the server %1: %2</source>
        <translation>Nie można dodać serwera %1: %2</translation>
    </message>
    <message>
        <source>Listing the aliases of %1…</source>
        <translation>Wyświetlanie aliasów %1…</translation>
    </message>
    <message>
        <source>%1 is no longer shown; its aliases are unchanged.</source>
        <translation>%1 nie jest już pokazywany; jego aliasy pozostają bez zmian.</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>Usuń alias</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? Messages to %1 will no longer reach it there.</source>
        <translation>Usunąć alias %1 z %2? Wiadomości do %1 nie będą tam już docierać.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message>
        <source>No transport on this route is available here.</source>
        <translation>Żaden transport na tej trasie nie jest tu dostępny.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation>
            <numerusform>Odrzucono %n odbiorcę: %1</numerusform>
            <numerusform>Odrzucono %n odbiorców: %1</numerusform>
            <numerusform>Odrzucono %n odbiorców: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Podaj co najmniej jednego odbiorcę.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message>
        <source>Refuse it</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Split it into numbered parts</source>
        <translation>Podziel na numerowane części</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Zmienne: %1</translation>
    </message>
    <message>
        <source>Route from Settings: %1</source>
        <translation>Trasa z ustawień: %1</translation>
    </message>
    <message>
        <source>%1 (%2): available</source>
        <translation>%1 (%2): dostępny</translation>
    </message>
    <message>
        <source>%1 (%2): not available</source>
        <translation>%1 (%2): niedostępny</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a character the recipients field reads as syntax</source>
        <translation>&quot;%1&quot; zawiera znak, który pole odbiorców interpretuje jako składnię</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>The sender&apos;s name is not one a reply can go to (%1). Name the recipient yourself; the message came from %2.</source>
        <translation>Na nazwę nadawcy nie można wysłać odpowiedzi (%1). Wskaż odbiorcę samodzielnie; wiadomość przyszła z %2.</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: dostępny</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send to every recipient</source>
        <translation>Wyślij do wszystkich odbiorców</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n odbiorca</numerusform>
            <numerusform>%n odbiorców</numerusform>
            <numerusform>%n odbiorców</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (wiersz %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation>
            <numerusform>Odrzucono %n wpis:</numerusform>
            <numerusform>Odrzucono %n wpisy:</numerusform>
            <numerusform>Odrzucono %n wpisów:</numerusform>
        </translation>
    </message>
    <message>
        <source>The message has not been checked yet.</source>
        <translation>Wiadomość nie została jeszcze sprawdzona.</translation>
    </message>
    <message>
        <source>No transport available</source>
        <translation>Brak dostępnego transportu</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes in %3</source>
        <translation>%L1 z %L2 bajtów w %3</translation>
    </message>
    <message>
        <source>%L1 bytes in %2</source>
        <translation>%L1 bajtów w %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation>
            <numerusform>%n znak, którego %1 nie może zakodować</numerusform>
            <numerusform>%n znaki, których %1 nie może zakodować</numerusform>
            <numerusform>%n znaków, których %1 nie może zakodować</numerusform>
        </translation>
    </message>
    <message>
        <source>will be split</source>
        <translation>zostanie podzielona</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>ponad limit</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation>
            <numerusform>Rozgłosić tę wiadomość do wszystkich (*)? Łącznie %n wpis odbiorcy.</numerusform>
            <numerusform>Rozgłosić tę wiadomość do wszystkich (*)? Łącznie %n wpisy odbiorców.</numerusform>
            <numerusform>Rozgłosić tę wiadomość do wszystkich (*)? Łącznie %n wpisów odbiorców.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation>
            <numerusform>Wysłać tę wiadomość do %n odbiorcy?</numerusform>
            <numerusform>Wysłać tę wiadomość do %n odbiorców?</numerusform>
            <numerusform>Wysłać tę wiadomość do %n odbiorców?</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation>Potwierdź wysłanie</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Nie można wysłać</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Symulacja</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Kontrola wstępna</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Podaj co najmniej jednego odbiorcę.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation>
            <numerusform>Nie sprawdzono %n wpisu: nie jest prawidłowym odbiorcą.</numerusform>
            <numerusform>Nie sprawdzono %n wpisów: nie są prawidłowymi odbiorcami.</numerusform>
            <numerusform>Nie sprawdzono %n wpisów: nie są prawidłowymi odbiorcami.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked from this computer; a send would execute on %1.</source>
        <translation>Sprawdzono z tego komputera; wysyłanie zostałoby wykonane na %1.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ConsoleContext</name>
    <message>
        <source>listening on %1 as %2</source>
        <translation>nasłuchiwanie na %1 jako %2</translation>
    </message>
    <message>
        <source>the console has no history to keep the message in</source>
        <translation>konsola nie ma historii, w której mogłaby przechowywać wiadomość</translation>
    </message>
    <message>
        <source>no transport here can receive messages</source>
        <translation>żaden transport nie może tu odbierać wiadomości</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>line %1 must be a header naming the columns name and address (note and group are optional); it reads &apos;%2&apos;</source>
        <translation>wiersz %1 musi być nagłówkiem z nazwami kolumn name i address (note i group są opcjonalne); zawiera &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already on line %2</source>
        <translation>nazwa &apos;%1&apos; występuje już w wierszu %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Edytuj kontakt</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nowy kontakt</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
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
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Trasa</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
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
        <translation>po %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>pominięto: %1</translation>
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
        <translation>przetrzymano, następna próba o %1</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Trasa</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryPage</name>
    <message>
        <source>Delivery</source>
        <translation>Dostarczanie</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value from the range offered</source>
        <translation>%1: &apos;%2&apos; nie jest wartością z oferowanego zakresu</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message>
        <source>Delivery</source>
        <translation>Dostarczanie</translation>
    </message>
    <message>
        <source>A delivery is still running: cancel it or wait for it to end.</source>
        <translation>Dostarczanie nadal trwa: anuluj je lub poczekaj, aż się zakończy.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>There is no history to resume from: %1</source>
        <translation>Brak historii, z której można wznowić: %1</translation>
    </message>
    <message>
        <source>Message #%1 cannot be resumed: %2</source>
        <translation>Nie można wznowić wiadomości #%1: %2</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 has a result: nothing is left to send.</source>
        <translation>Każdy odbiorca wiadomości #%1 ma wynik: nie ma nic więcej do wysłania.</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 was started before netmsg stopped: nothing is left to send.</source>
        <translation>Wysyłanie do każdego odbiorcy wiadomości #%1 rozpoczęło się przed zatrzymaniem netmsg: nie ma nic więcej do wysłania.</translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation>
            <numerusform>Wznowić wiadomość #%1: wysłać ją do %n odbiorcy, do którego nigdy nie została wysłana?</numerusform>
            <numerusform>Wznowić wiadomość #%1: wysłać ją do %n odbiorców, do których nigdy nie została wysłana?</numerusform>
            <numerusform>Wznowić wiadomość #%1: wysłać ją do %n odbiorców, do których nigdy nie została wysłana?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation>
            <numerusform>Wysyłanie do %n odbiorcy trwało, gdy netmsg się zatrzymał, i mógł on ją otrzymać: zostaje zapisany jako niepotwierdzony i nie otrzyma jej ponownie.</numerusform>
            <numerusform>Wysyłanie do %n odbiorców trwało, gdy netmsg się zatrzymał, i mogli oni ją otrzymać: zostają zapisani jako niepotwierdzeni i nie otrzymają jej ponownie.</numerusform>
            <numerusform>Wysyłanie do %n odbiorców trwało, gdy netmsg się zatrzymał, i mogli oni ją otrzymać: zostają zapisani jako niepotwierdzeni i nie otrzymają jej ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record message #%1&apos;s unconfirmed recipients, so nothing was sent: %2</source>
        <translation>Nie można zapisać niepotwierdzonych odbiorców wiadomości #%1, więc nic nie wysłano: %2</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Nie można wysłać</translation>
    </message>
    <message>
        <source>Send unconfirmed again?</source>
        <translation>Wysłać ponownie niepotwierdzone?</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation>
            <numerusform>%n niepotwierdzona wiadomość mogła już dotrzeć. Ponowne wysłanie może dostarczyć ją dwukrotnie. Wysłać ponownie?</numerusform>
            <numerusform>%n niepotwierdzone wiadomości mogły już dotrzeć. Ponowne wysłanie może dostarczyć je dwukrotnie. Wysłać ponownie?</numerusform>
            <numerusform>%n niepotwierdzonych wiadomości mogło już dotrzeć. Ponowne wysłanie może dostarczyć je dwukrotnie. Wysłać ponownie?</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Some results are not in the history: %1</source>
        <translation>Niektórych wyników nie ma w historii: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. Compose a message and press Send.</source>
        <translation>Jeszcze nic nie wysłano. Zredaguj wiadomość i kliknij „Wyślij”.</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 unconfirmed</source>
        <translation>dostarczone: %1, nieudane: %2, niepotwierdzone: %3</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done (%3)</source>
        <translation>Wysyłanie: ukończono %1 z %2 (%3)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 recipients (%3)</source>
        <translation>Gotowe: %1 z %2 odbiorców (%3)</translation>
    </message>
    <message>
        <source>Holding ended at %1.</source>
        <translation>Przetrzymywanie zakończyło się o %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation>
            <numerusform>Przetrzymane do ponowienia: %n; następna próba za %1, przetrzymywanie do %2 (pozostało %3)</numerusform>
            <numerusform>Przetrzymane do ponowienia: %n; następna próba za %1, przetrzymywanie do %2 (pozostało %3)</numerusform>
            <numerusform>Przetrzymane do ponowienia: %n; następna próba za %1, przetrzymywanie do %2 (pozostało %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Eksportuj wyniki</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Pliki CSV (*.csv);;Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation>
            <numerusform>Nic nie wysłano. Wysyłka trafiłaby do %n odbiorcy</numerusform>
            <numerusform>Nic nie wysłano. Wysyłka trafiłaby do %n odbiorców</numerusform>
            <numerusform>Nic nie wysłano. Wysyłka trafiłaby do %n odbiorców</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation>
            <numerusform>w %n wiadomości przez %1.</numerusform>
            <numerusform>w %n wiadomościach przez %1.</numerusform>
            <numerusform>w %n wiadomościach przez %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Default route: check at least one transport to send through.</source>
        <translation>Domyślna trasa: zaznacz co najmniej jeden transport do wysyłania.</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>Nazwa nadawcy: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation>
            <numerusform>@%1: %n członek</numerusform>
            <numerusform>@%1: %n członków</numerusform>
            <numerusform>@%1: %n członków</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExportFile</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>nie można zapisywać do</translation>
    </message>
    <message>
        <source>cannot save</source>
        <translation>nie można zapisać</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExporter</name>
    <message>
        <source>the history was closed</source>
        <translation>historia została zamknięta</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <source>name contains…</source>
        <translation>nazwa zawiera…</translation>
    </message>
    <message>
        <source>message contains…</source>
        <translation>wiadomość zawiera…</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message>
        <source>A delivery is running: resume when it has ended</source>
        <translation>Trwa dostarczanie: wznów, gdy się zakończy</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation>
            <numerusform>%n odbiorca wiadomości #%1 nie ma wyniku: wyślij do tych, do których nie rozpoczęto wysyłania (ci, do których wysyłanie trwało, gdy netmsg się zatrzymał, zostaną zapisani jako niepotwierdzeni, bez ponownego wysyłania)</numerusform>
            <numerusform>%n odbiorców wiadomości #%1 nie ma wyniku: wyślij do tych, do których nie rozpoczęto wysyłania (ci, do których wysyłanie trwało, gdy netmsg się zatrzymał, zostaną zapisani jako niepotwierdzeni, bez ponownego wysyłania)</numerusform>
            <numerusform>%n odbiorców wiadomości #%1 nie ma wyniku: wyślij do tych, do których nie rozpoczęto wysyłania (ci, do których wysyłanie trwało, gdy netmsg się zatrzymał, zostaną zapisani jako niepotwierdzeni, bez ponownego wysyłania)</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>Brak historii: %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Nie można odczytać historii: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Odczytywanie historii…</translation>
    </message>
    <message>
        <source>No sent message matches the filter.</source>
        <translation>Żadna wysłana wiadomość nie pasuje do filtru.</translation>
    </message>
    <message>
        <source>Sent messages: %1.</source>
        <translation>Wysłane wiadomości: %1.</translation>
    </message>
    <message>
        <source>The newest %1 sent messages; older ones load as you scroll.</source>
        <translation>Najnowsze wysłane wiadomości (%1); starsze wczytują się podczas przewijania.</translation>
    </message>
    <message>
        <source>Select a message to see its deliveries.</source>
        <translation>Zaznacz wiadomość, aby zobaczyć jej dostarczenia.</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Nie można odczytać dostarczeń: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>jak dotąd %1</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2) that match the filter: %3</source>
        <translation>Dostarczenia wiadomości #%1 (wysłanej %2) pasujące do filtru: %3</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2): %3</source>
        <translation>Dostarczenia wiadomości #%1 (wysłanej %2): %3</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Eksportuj historię</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Pliki CSV (*.csv);;Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Eksportowanie do %1…</translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation>Wyeksportowano dostarczenia (%1) do %2.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport anulowany; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Eksport nie powiódł się: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Nie można wyeksportować do %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportDialog</name>
    <message>
        <source>%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.</source>
        <translation>%1: wiersze: %2, do zaimportowania: %3, odrzucone: %4. Nic nie zostanie zapisane przed importem.</translation>
    </message>
    <message>
        <source>&amp;Import Accepted Rows (%1)</source>
        <translation>&amp;Importuj zaakceptowane wiersze (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportPreviewModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>odrzucony: %1</translation>
    </message>
    <message>
        <source>replaces the contact of this name</source>
        <translation>zastępuje kontakt o tej nazwie</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>nowy kontakt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxModel</name>
    <message>
        <source>read</source>
        <translation>przeczytana</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>nieprzeczytana</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Przeczytane</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Nieprzeczytane</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Adres zdalny</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxWidget</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>Zaznacz wiadomość, aby ją przeczytać.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (przez %2)</translation>
    </message>
    <message>
        <source>No history, so no inbox: %1</source>
        <translation>Brak historii, więc brak skrzynki odbiorczej: %1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>Nie można odczytać skrzynki odbiorczej: %1</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>Odczytywanie skrzynki odbiorczej…</translation>
    </message>
    <message>
        <source>No messages received yet.</source>
        <translation>Nie odebrano jeszcze żadnych wiadomości.</translation>
    </message>
    <message>
        <source>Received messages: %L1</source>
        <translation>Odebrane wiadomości: %L1</translation>
    </message>
    <message>
        <source>The newest %L1 messages; older ones load as you scroll.</source>
        <translation>Najnowsze wiadomości (%L1); starsze wczytują się podczas przewijania.</translation>
    </message>
    <message>
        <source>Cannot mark the message: %1</source>
        <translation>Nie można oznaczyć wiadomości: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Redagowanie</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>Dos&amp;tarczanie</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Aliasy</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Odebrane</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>&amp;Książka adresowa</translation>
    </message>
    <message>
        <source>receiver off (Settings)</source>
        <translation>odbiornik wyłączony (Ustawienia)</translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation>brak odbioru: %1</translation>
    </message>
    <message>
        <source>no transport available</source>
        <translation>brak dostępnego transportu</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>trasa: %1</translation>
    </message>
    <message>
        <source>the route from the settings: %1</source>
        <translation>trasa z ustawień: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n nieprzeczytana</numerusform>
            <numerusform>%n nieprzeczytane</numerusform>
            <numerusform>%n nieprzeczytanych</numerusform>
        </translation>
    </message>
    <message>
        <source>history: SQLite</source>
        <translation>historia: SQLite</translation>
    </message>
    <message>
        <source>no history: %1</source>
        <translation>brak historii: %1</translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation>nieprzeczytane: %1</translation>
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
        <translation>każdy członek grupy %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>kontakt %1</translation>
    </message>
    <message>
        <source>an address that is not in the contacts</source>
        <translation>adres, którego nie ma w kontaktach</translation>
    </message>
    <message>
        <source>choose a group first</source>
        <translation>najpierw wybierz grupę</translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation>najpierw wybierz członka</translation>
    </message>
    <message>
        <source>the member cannot move further</source>
        <translation>nie można dalej przesunąć członka</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MessageHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Trasa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Niepotwierdzone</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekujące</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::Notifier</name>
    <message>
        <source>netmsg: a new message</source>
        <translation>netmsg: nowa wiadomość</translation>
    </message>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation>
            <numerusform>netmsg: %n nowa wiadomość</numerusform>
            <numerusform>netmsg: %n nowe wiadomości</numerusform>
            <numerusform>netmsg: %n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first from %1: %2</source>
        <translation>Pierwsza od %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::OutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>Wykres wyników</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Według stanu</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Według kategorii</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Brak wyników</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PagedHistoryModelBase</name>
    <message>
        <source>the console has no history to read</source>
        <translation>konsola nie ma historii do odczytania</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PlanModel</name>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Części</translation>
    </message>
    <message>
        <source>Text (first part)</source>
        <translation>Tekst (pierwsza część)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Sprawdź &amp;ponownie</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation>
            <numerusform>Sprawdzanie %n celu bez wysyłania czegokolwiek: </numerusform>
            <numerusform>Sprawdzanie %n celów bez wysyłania czegokolwiek: </numerusform>
            <numerusform>Sprawdzanie %n celów bez wysyłania czegokolwiek: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>Ukończono %1 z %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation>
            <numerusform>Nic nie wysłano. Osiągalne teraz: %1 z %n celu.</numerusform>
            <numerusform>Nic nie wysłano. Osiągalne teraz: %1 z %n celów.</numerusform>
            <numerusform>Nic nie wysłano. Osiągalne teraz: %1 z %n celów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightModel</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nie próbowano</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nie sprawdzono</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, potem %2</translation>
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
        <translation>sprawdzanie…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>osiągalny</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>osiągalny: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach this target, a send tries %2 next.</source>
        <translation>Jeśli %1 odpowie, że nie może osiągnąć tego celu, wysyłanie spróbuje następnie %2.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 pominięty: %2</translation>
    </message>
    <message>
        <source>%1: no transport on the route can take it</source>
        <translation>%1: żaden transport na trasie nie może tego przyjąć</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 przez %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Pominięto %1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach it, a send tries %2 next.</source>
        <translation>Jeśli %1 odpowie, że nie może go osiągnąć, wysyłanie spróbuje następnie %2.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Name resolves: %1. Port reachable: %2.</source>
        <translation>Nazwa rozpoznana: %1. Port osiągalny: %2.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Wynik: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Nazwa rozpoznana</translation>
    </message>
    <message>
        <source>Port reachable</source>
        <translation>Port osiągalny</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Skipped steps</source>
        <translation>Pominięte kroki</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ReceiverPage</name>
    <message>
        <source>Receiver</source>
        <translation>Odbiornik</translation>
    </message>
    <message>
        <source>Receiver address: &apos;%1&apos; is not an IP address (for example 127.0.0.1, 0.0.0.0 or ::)</source>
        <translation>Adres odbiornika: &apos;%1&apos; nie jest adresem IP (na przykład 127.0.0.1, 0.0.0.0 lub ::)</translation>
    </message>
    <message>
        <source>Receiver port: &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>Port odbiornika: &apos;%1&apos; nie jest liczbą od 1 do 65535</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Teraz: %1.</translation>
    </message>
    <message>
        <source>Now: not receiving (%1).</source>
        <translation>Teraz: brak odbioru (%1).</translation>
    </message>
    <message>
        <source>Now: not receiving.</source>
        <translation>Teraz: brak odbioru.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::RouteModel</name>
    <message>
        <source>not installed here</source>
        <translation>niezainstalowany tutaj</translation>
    </message>
    <message>
        <source>available</source>
        <translation>dostępny</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>niedostępny: %1</translation>
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
        <translation>W tym systemie</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplateStore</name>
    <message>
        <source>Maintenance</source>
        <translation>Konserwacja</translation>
    </message>
    <message>
        <source>Maintenance on {date} at {time}: please save your work and log off. {sender}</source>
        <translation>Prace konserwacyjne {date} o {time}: zapisz swoją pracę i wyloguj się. {sender}</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>{recipient}: this computer restarts in 10 minutes. {sender}</source>
        <translation>{recipient}: ten komputer zostanie uruchomiony ponownie za 10 minut. {sender}</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Znów działa</translation>
    </message>
    <message>
        <source>The service is back online ({time}). {sender}</source>
        <translation>Usługa jest ponownie dostępna ({time}). {sender}</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplatesDialog</name>
    <message>
        <source>A text may hold these variables, filled in when it is sent:</source>
        <translation>Tekst może zawierać te zmienne, wypełniane podczas wysyłania:</translation>
    </message>
    <message>
        <source>the day the message is sent</source>
        <translation>dzień wysłania wiadomości</translation>
    </message>
    <message>
        <source>the time it is sent</source>
        <translation>godzina wysłania</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>nazwa nadawcy</translation>
    </message>
    <message>
        <source>each recipient&apos;s name (each gets its own text)</source>
        <translation>nazwa każdego odbiorcy (każdy otrzymuje własny tekst)</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>Każdy szablon musi mieć nazwę.</translation>
    </message>
    <message>
        <source>There are two templates named &apos;%1&apos;.</source>
        <translation>Istnieją dwa szablony o nazwie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no text.</source>
        <translation>Szablon &apos;%1&apos; nie zawiera tekstu.</translation>
    </message>
    <message>
        <source>%1 is not a variable netmsg fills; it is sent as it is.</source>
        <translation>%1 nie jest zmienną wypełnianą przez netmsg; zostanie wysłana bez zmian.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Nowy szablon %1</translation>
    </message>
</context>
</TS>
