<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About netmsg</source>
        <translation>О программе netmsg</translation>
    </message>
    <message>
        <source>An admin console for net send style network messages: send them to computer names, user aliases and terminal sessions, receive them, and see what happened to every one.</source>
        <translation>Консоль администратора для сетевых сообщений в стиле net send: отправка на имена компьютеров, псевдонимы пользователей и терминальные сеансы, прием сообщений и отслеживание судьбы каждого из них.</translation>
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
        <translation>Система:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Файл настроек:</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>Файл журнала:</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Папки плагинов:</translation>
    </message>
    <message>
        <source>&amp;Transports found:</source>
        <translation>Найденные &amp;транспорты:</translation>
    </message>
    <message>
        <source>Transports found</source>
        <translation>Найденные транспорты</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>&amp;Отклоненные плагины:</translation>
    </message>
    <message>
        <source>Refused plugins</source>
        <translation>Отклоненные плагины</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Копировать в буфер</translation>
    </message>
    <message>
        <source>Copy all of this as plain text, for a bug report</source>
        <translation>Скопировать все это как обычный текст для отчета об ошибке</translation>
    </message>
</context>
<context>
    <name>AddressBookWidget</name>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Фильтр контактов</translation>
    </message>
    <message>
        <source>Filter by name, address or note (Ctrl+F)</source>
        <translation>Фильтр по имени, адресу или заметке (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Add a contact (Ins)</source>
        <translation>Добавить контакт (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected contact (or F2 in the table)</source>
        <translation>Изменить выбранный контакт (или F2 в таблице)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Удалить выбранные контакты (Del)</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file with the columns name, address, note and group; every row is shown before anything is saved</source>
        <translation>Импорт контактов из CSV-файла со столбцами name, address, note и group; перед сохранением показывается каждая строка</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the contacts, with their groups, as a CSV file</source>
        <translation>Сохранить контакты вместе с группами в CSV-файл</translation>
    </message>
    <message>
        <source>Group&amp;s</source>
        <translation>&amp;Группы</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>Имя новой группы</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Нов&amp;ая группа</translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation>Уда&amp;лить группу</translation>
    </message>
    <message>
        <source>Delete the selected group (Del in the list)</source>
        <translation>Удалить выбранную группу (Del в списке)</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Члены выбранной группы</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Новый член</translation>
    </message>
    <message>
        <source>NAME, NAME@host[:port] or @group</source>
        <translation>NAME, NAME@host[:port] или @group</translation>
    </message>
    <message>
        <source>Add to Gro&amp;up</source>
        <translation>До&amp;бавить в группу</translation>
    </message>
    <message>
        <source>Add the member to the selected group (Return)</source>
        <translation>Добавить члена в выбранную группу (Enter)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Удалить члена</translation>
    </message>
    <message>
        <source>Remove the selected member (Del in the list)</source>
        <translation>Удалить выбранного члена (Del в списке)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the selected member up (Ctrl+Up)</source>
        <translation>Переместить выбранного члена вверх (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>Move the selected member down (Ctrl+Down)</source>
        <translation>Переместить выбранного члена вниз (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Address book status</source>
        <translation>Состояние адресной книги</translation>
    </message>
</context>
<context>
    <name>AliasesWidget</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Add s&amp;erver:</source>
        <translation>Добавить с&amp;ервер:</translation>
    </message>
    <message>
        <source>Server to add</source>
        <translation>Добавляемый сервер</translation>
    </message>
    <message>
        <source>HQ or 10.0.0.5</source>
        <translation>HQ или 10.0.0.5</translation>
    </message>
    <message>
        <source>Transport that manages the server to add</source>
        <translation>Транспорт, управляющий добавляемым сервером</translation>
    </message>
    <message>
        <source>Aliases by server</source>
        <translation>Псевдонимы по серверам</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>Псе&amp;вдоним:</translation>
    </message>
    <message>
        <source>Alias to add</source>
        <translation>Добавляемый псевдоним</translation>
    </message>
    <message>
        <source>OPS</source>
        <translation>OPS</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>List the aliases of the chosen server again</source>
        <translation>Снова получить список псевдонимов выбранного сервера</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>Об&amp;новить все</translation>
    </message>
    <message>
        <source>List the aliases of every server again</source>
        <translation>Снова получить списки псевдонимов всех серверов</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>Уб&amp;рать сервер</translation>
    </message>
    <message>
        <source>Stop showing the chosen server (its aliases stay)</source>
        <translation>Больше не показывать выбранный сервер (его псевдонимы сохранятся)</translation>
    </message>
    <message>
        <source>A&amp;dd Server</source>
        <translation>&amp;Добавить сервер</translation>
    </message>
    <message>
        <source>Show the aliases of another server</source>
        <translation>Показать псевдонимы другого сервера</translation>
    </message>
    <message>
        <source>Add &amp;to Server</source>
        <translation>Добавить н&amp;а сервер</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Добавить псевдоним на выбранный сервер</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>Удалить в&amp;ыбранное</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Удалить выбранный псевдоним с его сервера</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Names, NAME@host[:port], @group, separated by commas or new lines</source>
        <translation>Имена, NAME@host[:port], @group через запятую или с новой строки</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>О&amp;т:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <source>E&amp;xecute on:</source>
        <translation>В&amp;ыполнить на:</translation>
    </message>
    <message>
        <source>Server to send from</source>
        <translation>Сервер, с которого отправлять</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Маршрут:</translation>
    </message>
    <message>
        <source>Route or transport</source>
        <translation>Маршрут или транспорт</translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation>При пр&amp;евышении:</translation>
    </message>
    <message>
        <source>What to do with a text over the limit</source>
        <translation>Что делать с текстом сверх предела</translation>
    </message>
    <message>
        <source>&amp;Hold transient failures for</source>
        <translation>&amp;Удерживать временные сбои на</translation>
    </message>
    <message>
        <source>Minutes to hold transient failures</source>
        <translation>Сколько минут удерживать временные сбои</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Шаблон сообщения</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Сообщение:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Message size in wire bytes</source>
        <translation>Размер сообщения в байтах на линии</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>Про&amp;верка</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>Пробный &amp;запуск</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <source>How you refer to it, e.g. Front desk</source>
        <translation>Как вы его называете, например Приемная</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Адрес контакта</translation>
    </message>
    <message>
        <source>NAME or NAME@host[:port]</source>
        <translation>NAME или NAME@host[:port]</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Заметка о контакте</translation>
    </message>
    <message>
        <source>What is wrong with the contact</source>
        <translation>Что не так с контактом</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Recipients at a time:</source>
        <translation>Получ&amp;ателей одновременно:</translation>
    </message>
    <message>
        <source>Recipients delivered at a time</source>
        <translation>Сколько получателей обслуживается одновременно</translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt:</source>
        <translation>&amp;Тайм-аут попытки:</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds</source>
        <translation>Тайм-аут одной попытки в секундах</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>R&amp;etries of transient failures:</source>
        <translation>По&amp;вторы при временных сбоях:</translation>
    </message>
    <message>
        <source>Retries of transient failures</source>
        <translation>Повторы при временных сбоях</translation>
    </message>
    <message>
        <source>&amp;Ask before sending to more than:</source>
        <translation>&amp;Спрашивать, если получателей больше:</translation>
    </message>
    <message>
        <source>Recipients before a send asks for confirmation</source>
        <translation>Число получателей, после которого отправка требует подтверждения</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> получ.</translation>
    </message>
    <message>
        <source>&amp;Longest message text:</source>
        <translation>&amp;Макс. длина текста:</translation>
    </message>
    <message>
        <source>Longest message text in characters</source>
        <translation>Максимальная длина текста сообщения в символах</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> симв.</translation>
    </message>
    <message>
        <source>Only failures that may pass (a busy or unreachable peer, a timeout) are retried; a delivered or unconfirmed message is never sent again. A broadcast (*) always asks first.</source>
        <translation>Повторяются только сбои, которые могут пройти (узел занят или недоступен, истек тайм-аут); доставленное или неподтвержденное сообщение повторно не отправляется. Перед широковещательной рассылкой (*) всегда запрашивается подтверждение.</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Повторить неудачные</translation>
    </message>
    <message>
        <source>Also &amp;unconfirmed</source>
        <translation>И &amp;неподтвержденные</translation>
    </message>
    <message>
        <source>Unconfirmed messages may have arrived; sending them again may deliver them twice.</source>
        <translation>Неподтвержденные сообщения могли уже дойти; повторная отправка может доставить их дважды.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>Ход доставки</translation>
    </message>
    <message>
        <source>Per-recipient results</source>
        <translation>Результаты по получателям</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run: What Would Be Sent</source>
        <translation>Пробный запуск: что будет отправлено</translation>
    </message>
    <message>
        <source>Planned deliveries</source>
        <translation>Запланированные доставки</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Default &amp;route: the transports tried for each recipient, top first</source>
        <translation>&amp;Маршрут по умолчанию: транспорты, опробуемые для каждого получателя, сверху вниз</translation>
    </message>
    <message>
        <source>Transports on the default route</source>
        <translation>Транспорты маршрута по умолчанию</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Try this transport earlier (Ctrl+Up)</source>
        <translation>Пробовать этот транспорт раньше (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Try this transport later (Ctrl+Down)</source>
        <translation>Пробовать этот транспорт позже (Ctrl+Down)</translation>
    </message>
    <message>
        <source>A recipient goes to the next checked transport only when one says it cannot reach it; a delivered or unconfirmed answer ends the route.</source>
        <translation>Получатель передается следующему отмеченному транспорту, только если текущий сообщает, что не может до него достучаться; ответ «доставлено» или «не подтверждено» завершает маршрут.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>&amp;Имя отправителя:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <source>The name your messages come from: a NetBIOS name of 1 to 15 characters</source>
        <translation>Имя, от которого приходят ваши сообщения: имя NetBIOS длиной от 1 до 15 символов</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>&amp;Кодовая страница OEM:</translation>
    </message>
    <message>
        <source>OEM code page</source>
        <translation>Кодовая страница OEM</translation>
    </message>
    <message>
        <source>The encoding of names and text on the WinPopup wire; the recipients&apos; DOS code page</source>
        <translation>Кодировка имен и текста в протоколе WinPopup; кодовая страница DOS получателей</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filter</source>
        <translation>Фильтр журнала</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>Only messages sent on or after this day (&quot;any&quot;: from the first)</source>
        <translation>Только сообщения, отправленные в этот день или позже («любая»: с самого первого)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Only messages sent on or before this day (&quot;any&quot;: up to now)</source>
        <translation>Только сообщения, отправленные в этот день или раньше («любая»: до текущего момента)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Состо&amp;яние:</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>Состояние доставки</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>&amp;Транспорт:</translation>
    </message>
    <message>
        <source>Transport that ended the route</source>
        <translation>Транспорт, завершивший маршрут</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>По&amp;лучатель:</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>Получатель содержит</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <source>Message text contains</source>
        <translation>Текст сообщения содержит</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>С&amp;бросить фильтр</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Состояние журнала</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Отменить экспорт</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write every message and delivery the filter selects to a CSV or JSON file (Ctrl+E)</source>
        <translation>Записать все сообщения и доставки, отобранные фильтром, в файл CSV или JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Экспортировать журнал</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Отправленные сообщения</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Выбранное сообщение</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>Про&amp;должить…</translation>
    </message>
    <message>
        <source>Send the selected message to the recipients it was never sent to because netmsg stopped first</source>
        <translation>Отправить выбранное сообщение тем получателям, которым оно так и не было отправлено, потому что netmsg завершилась раньше</translation>
    </message>
    <message>
        <source>Resume the selected message</source>
        <translation>Продолжить отправку выбранного сообщения</translation>
    </message>
    <message>
        <source>Deliveries of the selected message</source>
        <translation>Доставки выбранного сообщения</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Show only &amp;rejected rows</source>
        <translation>Только &amp;отклоненные строки</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>Строки файла и что происходит с каждой</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Состояние входящих</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>Answer the selected message: its sender at the address it came from (Ctrl+Shift+R)</source>
        <translation>Ответить на выбранное сообщение: отправителю по адресу, с которого оно пришло (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>&amp;Прочитано</translation>
    </message>
    <message>
        <source>Mark the selected messages read (Ctrl+Shift+M)</source>
        <translation>Пометить выбранные сообщения как прочитанные (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Пометить как прочитанное</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>&amp;Непрочитано</translation>
    </message>
    <message>
        <source>Mark the selected messages unread (Ctrl+Shift+U)</source>
        <translation>Пометить выбранные сообщения как непрочитанные (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Пометить как непрочитанное</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Полученные сообщения</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Выбранное сообщение</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>Sender as the peer claimed it</source>
        <translation>Отправитель, как его указал удаленный узел</translation>
    </message>
    <message>
        <source>Peer address:</source>
        <translation>Адрес узла:</translation>
    </message>
    <message>
        <source>Address the message came from</source>
        <translation>Адрес, с которого пришло сообщение</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Alias the message was sent to</source>
        <translation>Псевдоним, на который было отправлено сообщение</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Получено:</translation>
    </message>
    <message>
        <source>When the message was received</source>
        <translation>Когда было получено сообщение</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The console changes its language as soon as you apply; the command-line tool uses it from its next start.</source>
        <translation>Консоль переключает язык сразу после применения; средство командной строки — при следующем запуске.</translation>
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
        <translation>Разделы консоли</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Сообщение</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Send the message to every recipient (Ctrl+Return)</source>
        <translation>Отправить сообщение всем получателям (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>П&amp;робный запуск</translation>
    </message>
    <message>
        <source>Show what would be sent to whom, without sending</source>
        <translation>Показать, что и кому будет отправлено, без отправки</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>Про&amp;верка</translation>
    </message>
    <message>
        <source>Check every target before sending: name, port, transport</source>
        <translation>Проверить каждую цель перед отправкой: имя, порт, транспорт</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>Отменить &amp;доставку</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Повторить &amp;неудачные</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Шаблоны…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;About netmsg</source>
        <translation>О &amp;программе netmsg</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Notify me of messages that arrive while the window is hidden or in the background</source>
        <translation>&amp;Уведомлять о сообщениях, пришедших, пока окно скрыто или в фоне</translation>
    </message>
    <message>
        <source>One notification for each burst of messages, through the system tray where the desktop has one, else by flashing the window.</source>
        <translation>Одно уведомление на каждую серию сообщений — через область уведомлений, если она есть на рабочем столе, иначе миганием окна.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Preflight: Could Each Target Be Reached Now?</source>
        <translation>Проверка: доступна ли сейчас каждая цель?</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>The selected target in full</source>
        <translation>Все сведения о выбранной цели</translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <source>&amp;Receive messages in the console</source>
        <translation>&amp;Принимать сообщения в консоли</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Прослушивать &amp;адрес:</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>Адрес приема</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Порт приема</translation>
    </message>
    <message>
        <source>127.0.0.1 takes messages from this computer only; 0.0.0.0 (or ::) from every network. Windows sends to TCP port 139, which on Linux needs privileges; the default 1139 does not.</source>
        <translation>127.0.0.1 — принимать сообщения только с этого компьютера; 0.0.0.0 (или ::) — из любой сети. Windows отправляет на TCP-порт 139, для которого в Linux нужны права; для порта 1139 по умолчанию — не нужны.</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>Состояние приема</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Страницы параметров</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>Что не так с параметрами</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>Шаблоны сообщений</translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation>&amp;Шаблоны:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Add a template after the selected one (Ins)</source>
        <translation>Добавить шаблон после выбранного (Ins)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected template (Del)</source>
        <translation>Удалить выбранный шаблон (Del)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Имя шаблона</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <source>What is wrong with the templates</source>
        <translation>Что не так с шаблонами</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &apos;netmsg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Параметры команды: «netmsg COMMAND --help».</translation>
    </message>
    <message>
        <source>Send and receive net send style network messages.</source>
        <translation>Отправка и прием сетевых сообщений в стиле net send.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Выполняемая команда.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>The netmsg console: send, receive and manage messages.</source>
        <translation>Консоль netmsg: отправка, прием и управление сообщениями.</translation>
    </message>
    <message>
        <source>Language, e.g. de (default: the settings&apos;, else the system&apos;s).</source>
        <translation>Язык, например de (по умолчанию — из настроек, иначе системный).</translation>
    </message>
    <message>
        <source>Fill a scratch history with demo data, take a screenshot of every tab and dialog into FOLDER, and quit.</source>
        <translation>Заполнить временный журнал демонстрационными данными, сохранить снимки экрана всех вкладок и диалогов в FOLDER и выйти.</translation>
    </message>
</context>
<context>
    <name>netmsg::AliasStore</name>
    <message>
        <source>there is no data folder</source>
        <translation>нет папки данных</translation>
    </message>
    <message>
        <source>the data folder %1 is a shared temporary folder</source>
        <translation>папка данных %1 — общая временная папка</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an alias list: %2</source>
        <translation>%1 не является списком псевдонимов: %2</translation>
    </message>
    <message>
        <source>%1 is already an alias here</source>
        <translation>%1 уже является псевдонимом здесь</translation>
    </message>
    <message>
        <source>%1 is not an alias here</source>
        <translation>%1 не является псевдонимом здесь</translation>
    </message>
    <message>
        <source>%1 is held by another process (waited %2 ms)</source>
        <translation>%1 занят другим процессом (ожидание %2 мс)</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>не удается заблокировать %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удается записать %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryJob</name>
    <message>
        <source>the transport was unloaded</source>
        <translation>транспорт был выгружен</translation>
    </message>
    <message>
        <source>no transport on the route could take it (%1)</source>
        <translation>ни один транспорт маршрута не смог его принять (%1)</translation>
    </message>
    <message>
        <source>the %1 transport was unloaded while the job ran</source>
        <translation>транспорт %1 был выгружен во время выполнения задания</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>транспорт не вернул результат</translation>
    </message>
    <message>
        <source>not started within %1 ms: the transport&apos;s threads were all busy</source>
        <translation>не запущено за %1 мс: все потоки транспорта были заняты</translation>
    </message>
    <message>
        <source>no answer within %1 ms after the message was handed over; it may have arrived</source>
        <translation>нет ответа в течение %1 мс после передачи сообщения; возможно, оно дошло</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>нет ответа в течение %1 мс</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; not sent</source>
        <translation>журнал был закрыт во время выполнения задания; не отправлено</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>журнал был закрыт</translation>
    </message>
    <message>
        <source>not sent: history could not record the start (%1)</source>
        <translation>не отправлено: журнал не смог записать начало (%1)</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>не отправлено: %1</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; these results are not on disk</source>
        <translation>журнал был закрыт во время выполнения задания; эти результаты не сохранены на диск</translation>
    </message>
    <message>
        <source>no transport was given</source>
        <translation>транспорт не указан</translation>
    </message>
    <message>
        <source>the text has %L1 characters; the limit is %L2</source>
        <translation>текст содержит %L1 симв.; предел — %L2</translation>
    </message>
    <message>
        <source>no transport on the route can be used here</source>
        <translation>ни один транспорт маршрута здесь не может использоваться</translation>
    </message>
    <message>
        <source>%1: not available here</source>
        <translation>%1: здесь недоступен</translation>
    </message>
    <message>
        <source>a resume needs the history the message is in</source>
        <translation>для продолжения нужен журнал, в котором находится сообщение</translation>
    </message>
    <message>
        <source>a resume needs the message and each recipient&apos;s position in its list</source>
        <translation>для продолжения нужны сообщение и позиция каждого получателя в его списке</translation>
    </message>
    <message>
        <source>this delivery job is already running</source>
        <translation>это задание доставки уже выполняется</translation>
    </message>
    <message>
        <source>the route names no transport</source>
        <translation>в маршруте не указан транспорт</translation>
    </message>
    <message>
        <source>there are no recipients</source>
        <translation>нет получателей</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 parts</source>
        <translation>отменено после %1 из %2 частей</translation>
    </message>
    <message>
        <source>cancelled after the message was handed over; it may have arrived</source>
        <translation>отменено после передачи сообщения; возможно, оно дошло</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>отменено до отправки</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryStates</name>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>не подтверждено</translation>
    </message>
</context>
<context>
    <name>netmsg::HistoryStore</name>
    <message>
        <source>reading the messages</source>
        <translation>чтение сообщений</translation>
    </message>
    <message>
        <source>reading the deliveries</source>
        <translation>чтение доставок</translation>
    </message>
    <message>
        <source>counting the deliveries</source>
        <translation>подсчет доставок</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>чтение входящих</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>чтение контактов</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>чтение групп</translation>
    </message>
    <message>
        <source>reading the dispatch ledger</source>
        <translation>чтение журнала рассылок</translation>
    </message>
    <message>
        <source>the history %1 has schema version %2, newer than this netmsg knows (%3)</source>
        <translation>журнал %1 имеет версию схемы %2, более новую, чем известна этой версии netmsg (%3)</translation>
    </message>
    <message>
        <source>migration to version %1</source>
        <translation>миграция на версию %1</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>не удается открыть журнал %1: %2</translation>
    </message>
    <message>
        <source>history %1 (%2) failed: %3</source>
        <translation>журнал: ошибка %1 (%2): %3</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>журнал не открыт</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>журнал %1 не открыт</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>не удается создать папку %1 для журнала</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>у контакта должно быть имя</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>у группы должно быть имя</translation>
    </message>
    <message>
        <source>query</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>there is no inbox message %1</source>
        <translation>во входящих нет сообщения %1</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>нет контакта с именем «%1»</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>нет группы с именем «%1»</translation>
    </message>
</context>
<context>
    <name>netmsg::IMessageTransport</name>
    <message>
        <source>transport &apos;%1&apos; has no option &apos;%2&apos;</source>
        <translation>у транспорта «%1» нет параметра «%2»</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>получение списка псевдонимов</translation>
    </message>
    <message>
        <source>adding aliases</source>
        <translation>добавление псевдонимов</translation>
    </message>
    <message>
        <source>deleting aliases</source>
        <translation>удаление псевдонимов</translation>
    </message>
    <message>
        <source>receiving messages</source>
        <translation>прием сообщений</translation>
    </message>
    <message>
        <source>addressing a host directly (%1)</source>
        <translation>прямую адресацию узла (%1)</translation>
    </message>
    <message>
        <source>the %1 transport can address %2; it cannot check more without sending</source>
        <translation>транспорт %1 может адресовать %2; без отправки проверить больше нельзя</translation>
    </message>
    <message>
        <source>the %1 transport manages only this computer&apos;s aliases</source>
        <translation>транспорт %1 управляет только псевдонимами этого компьютера</translation>
    </message>
    <message>
        <source>the %1 transport does not support %2</source>
        <translation>транспорт %1 не поддерживает %2</translation>
    </message>
</context>
<context>
    <name>netmsg::LoopbackTransport</name>
    <message>
        <source>ports (%1): loopback servers are addressed by name</source>
        <translation>порты (%1): серверы loopback адресуются по имени</translation>
    </message>
    <message>
        <source>Loopback (test network)</source>
        <translation>Loopback (тестовая сеть)</translation>
    </message>
</context>
<context>
    <name>netmsg::Netapi32Transport</name>
    <message>
        <source>this computer&apos;s Messenger service answered %1: sends executed here may fail, on a remote server they may work</source>
        <translation>служба сообщений этого компьютера ответила %1: отправка, выполняемая здесь, может завершиться ошибкой, а на удаленном сервере может сработать</translation>
    </message>
    <message>
        <source>running under Wine %1, whose Messenger functions (netapi32.dll NetMessage*) are unimplemented stubs that abort the process</source>
        <translation>запущено в Wine %1, где функции службы сообщений (netapi32.dll NetMessage*) — нереализованные заглушки, аварийно завершающие процесс</translation>
    </message>
    <message>
        <source>netapi32.dll could not be loaded (error %1)</source>
        <translation>не удалось загрузить netapi32.dll (ошибка %1)</translation>
    </message>
    <message>
        <source>netapi32.dll lacks %1</source>
        <translation>в netapi32.dll отсутствует %1</translation>
    </message>
    <message>
        <source>this Windows has no Messenger service (Windows Vista and later answer ERROR_NOT_SUPPORTED)</source>
        <translation>в этой версии Windows нет службы сообщений (Windows Vista и более поздние отвечают ERROR_NOT_SUPPORTED)</translation>
    </message>
    <message>
        <source>Windows Messenger (netapi32)</source>
        <translation>Служба сообщений Windows (netapi32)</translation>
    </message>
</context>
<context>
    <name>netmsg::NodeStatusQuery</name>
    <message>
        <source>cannot resolve %1 to an IPv4 address: %2</source>
        <translation>не удается преобразовать %1 в адрес IPv4: %2</translation>
    </message>
    <message>
        <source>no NetBIOS node status answer from %1 port %2 within %3 ms</source>
        <translation>нет ответа о состоянии узла NetBIOS от %1, порт %2, в течение %3 мс</translation>
    </message>
</context>
<context>
    <name>netmsg::Outcome</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>Операция успешно завершена.</translation>
    </message>
    <message>
        <source>The function is not valid here.</source>
        <translation>Неверная функция.</translation>
    </message>
    <message>
        <source>A file the operation needs was not found.</source>
        <translation>Не удается найти файл, необходимый для операции.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>Отказано в доступе.</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>Недостаточно памяти для завершения операции.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>Недопустимые данные.</translation>
    </message>
    <message>
        <source>The peer reported a general failure.</source>
        <translation>Удаленный узел сообщил об общем сбое.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>Такой запрос не поддерживается.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>Не найден сетевой путь.</translation>
    </message>
    <message>
        <source>The network is busy.</source>
        <translation>Сеть занята.</translation>
    </message>
    <message>
        <source>The peer sent a response netmsg does not understand.</source>
        <translation>Удаленный узел прислал ответ, непонятный для netmsg.</translation>
    </message>
    <message>
        <source>An unexpected network error occurred.</source>
        <translation>Непредвиденная сетевая ошибка.</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>Удаленный узел закрыл подключение.</translation>
    </message>
    <message>
        <source>The peer does not answer to that name.</source>
        <translation>Удаленный узел не отвечает на это имя.</translation>
    </message>
    <message>
        <source>The peer does not accept messages.</source>
        <translation>Удаленный узел не принимает сообщения.</translation>
    </message>
    <message>
        <source>A parameter is not valid.</source>
        <translation>Параметр задан неверно.</translation>
    </message>
    <message>
        <source>This function is not implemented on this system.</source>
        <translation>Эта функция не поддерживается в этой системе.</translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation>Недопустимое имя.</translation>
    </message>
    <message>
        <source>The information level is not valid.</source>
        <translation>Недопустимый уровень информации.</translation>
    </message>
    <message>
        <source>More data is available.</source>
        <translation>Имеются дополнительные данные.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>Недостаточно места на диске.</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>Требуемый ресурс занят.</translation>
    </message>
    <message>
        <source>The messenger service is not running.</source>
        <translation>Служба сообщений не работает.</translation>
    </message>
    <message>
        <source>The sending process ended while this was under way.</source>
        <translation>Отправляющий процесс завершился во время выполнения операции.</translation>
    </message>
    <message>
        <source>The text has characters the target code page cannot encode.</source>
        <translation>Текст содержит символы, которые нельзя закодировать в целевой кодовой странице.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция была отменена.</translation>
    </message>
    <message>
        <source>The remote computer refused the connection.</source>
        <translation>Удаленный компьютер отклонил подключение.</translation>
    </message>
    <message>
        <source>The network is unreachable.</source>
        <translation>Сеть недоступна.</translation>
    </message>
    <message>
        <source>The remote computer is unreachable.</source>
        <translation>Удаленный компьютер недоступен.</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>Подключение было прервано.</translation>
    </message>
    <message>
        <source>An internal error occurred in netmsg.</source>
        <translation>Внутренняя ошибка netmsg.</translation>
    </message>
    <message>
        <source>The peer has insufficient resources.</source>
        <translation>У удаленного узла недостаточно ресурсов.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>Превышено время ожидания операции.</translation>
    </message>
    <message>
        <source>The server is unavailable.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <source>The message is longer than the transport allows.</source>
        <translation>Сообщение длиннее, чем допускает транспорт.</translation>
    </message>
    <message>
        <source>The buffer is too small for the answer.</source>
        <translation>Буфер слишком мал для ответа.</translation>
    </message>
    <message>
        <source>A general network error occurred.</source>
        <translation>Общая сетевая ошибка.</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>Сервер сообщил о внутренней ошибке.</translation>
    </message>
    <message>
        <source>The message alias could not be found on the network.</source>
        <translation>Не удается найти псевдоним сообщений в сети.</translation>
    </message>
    <message>
        <source>This message alias already exists locally.</source>
        <translation>Этот псевдоним сообщений уже существует на локальном компьютере.</translation>
    </message>
    <message>
        <source>The maximum number of added message aliases has been exceeded.</source>
        <translation>Превышено максимальное число добавленных псевдонимов сообщений.</translation>
    </message>
    <message>
        <source>The computer name could not be deleted.</source>
        <translation>Не удается удалить имя компьютера.</translation>
    </message>
    <message>
        <source>An error occurred when the message was received.</source>
        <translation>При получении сообщения произошла ошибка.</translation>
    </message>
    <message>
        <source>The message alias is currently in use. Try again later.</source>
        <translation>Псевдоним сообщений сейчас используется. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The Messenger service has not been started.</source>
        <translation>Служба сообщений не была запущена.</translation>
    </message>
    <message>
        <source>The name is not on the local computer.</source>
        <translation>Это имя отсутствует на локальном компьютере.</translation>
    </message>
    <message>
        <source>The broadcast message is longer than 128 bytes.</source>
        <translation>Широковещательное сообщение длиннее 128 байт.</translation>
    </message>
    <message>
        <source>A duplicate message alias exists on the network.</source>
        <translation>В сети существует повторяющийся псевдоним сообщений.</translation>
    </message>
    <message>
        <source>The message alias has not been completely deleted.</source>
        <translation>Псевдоним сообщений удален не полностью.</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>Неизвестная ошибка %1.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Неверный ввод</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Имя не найдено</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Отказано в доступе</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Не поддерживается</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Внутренняя ошибка</translation>
    </message>
</context>
<context>
    <name>netmsg::Preflight</name>
    <message>
        <source>the route names no transport</source>
        <translation>в маршруте не указан транспорт</translation>
    </message>
    <message>
        <source>no transport on the route can take %1 (%2)</source>
        <translation>ни один транспорт маршрута не может принять %1 (%2)</translation>
    </message>
    <message>
        <source>this preflight is already running</source>
        <translation>эта проверка уже выполняется</translation>
    </message>
    <message>
        <source>there are no targets to check</source>
        <translation>нет целей для проверки</translation>
    </message>
    <message>
        <source>the %1 transport was closed</source>
        <translation>транспорт %1 был закрыт</translation>
    </message>
    <message>
        <source>the %1 probe ended without an answer</source>
        <translation>проверка транспортом %1 завершилась без ответа</translation>
    </message>
    <message>
        <source>the %1 probe did not answer within %2 ms</source>
        <translation>проверка транспортом %1 не ответила в течение %2 мс</translation>
    </message>
    <message>
        <source>cancelled while %1 was checking it</source>
        <translation>отменено во время проверки транспортом %1</translation>
    </message>
    <message>
        <source>cancelled before it was checked</source>
        <translation>отменено до проверки</translation>
    </message>
</context>
<context>
    <name>netmsg::RecipientList</name>
    <message>
        <source>the name column is empty</source>
        <translation>столбец имени пуст</translation>
    </message>
    <message>
        <source>groups nest deeper than %1 levels (a cycle?)</source>
        <translation>вложенность групп глубже %1 уровней (цикл?)</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; contains itself (a cycle)</source>
        <translation>группа «%1» содержит саму себя (цикл)</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>нет группы с именем «%1»</translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; lacks its closing &apos;]&apos;</source>
        <translation>в имени узла «%1» нет закрывающей «]»</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>непредвиденный текст после «]» в «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>«%1» не является допустимым именем узла или адресом</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>порт «%1» не является числом от 1 до 65535</translation>
    </message>
</context>
<context>
    <name>netmsg::ResumePlan</name>
    <message>
        <source>there is no message %1 in %2</source>
        <translation>в %2 нет сообщения %1</translation>
    </message>
    <message>
        <source>message %1 has no dispatch ledger (it was sent by an older netmsg); it cannot be resumed</source>
        <translation>у сообщения %1 нет журнала рассылки (оно отправлено более старой версией netmsg); его нельзя продолжить</translation>
    </message>
    <message>
        <source>marked as under way when the sending process ended: it may have arrived, so it is not sent again</source>
        <translation>было помечено как отправляемое, когда отправляющий процесс завершился: оно могло дойти, поэтому повторно не отправляется</translation>
    </message>
    <message>
        <source>message %1: the recipient &apos;%2&apos; at position %3 in history cannot be read back</source>
        <translation>сообщение %1: не удается прочитать получателя «%2» в позиции %3 журнала</translation>
    </message>
</context>
<context>
    <name>netmsg::Route</name>
    <message>
        <source>route &apos;%1&apos;: entry %2 is empty</source>
        <translation>маршрут «%1»: элемент %2 пуст</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is not a transport id</source>
        <translation>маршрут «%1»: «%2» не является идентификатором транспорта</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is named twice</source>
        <translation>маршрут «%1»: «%2» указан дважды</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos;</source>
        <translation>нет транспорта «%1»</translation>
    </message>
</context>
<context>
    <name>netmsg::SendLock</name>
    <message>
        <source>message %1 is being sent by %2 (process %3 on %4); go on with it once that has ended</source>
        <translation>сообщение %1 отправляется процессом %2 (процесс %3 на %4); продолжите после его завершения</translation>
    </message>
    <message>
        <source>another netmsg</source>
        <translation>другой netmsg</translation>
    </message>
    <message>
        <source>cannot lock %1 to send message %2</source>
        <translation>не удается заблокировать %1 для отправки сообщения %2</translation>
    </message>
</context>
<context>
    <name>netmsg::TransportRegistry</name>
    <message>
        <source>there is no transport &apos;%1&apos; (known: %2)</source>
        <translation>нет транспорта «%1» (известные: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>the %1 plugin failed to load: %2</source>
        <translation>не удалось загрузить плагин %1: %2</translation>
    </message>
    <message>
        <source>the %1 plugin created no transport</source>
        <translation>плагин %1 не создал транспорт</translation>
    </message>
</context>
<context>
    <name>netmsg::Validation</name>
    <message>
        <source>alias</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>имя сервера</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>имя отправителя</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>пустое значение: %1</translation>
    </message>
    <message>
        <source>this transport cannot broadcast to &apos;*&apos;</source>
        <translation>этот транспорт не может выполнять широковещательную рассылку на «*»</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which is not allowed in a name</source>
        <translation>%1 «%2» содержит в позиции %4 символ %3, недопустимый в имени</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has &apos;*&apos; at position %3; &apos;*&apos; is only valid alone, as a broadcast</source>
        <translation>%1 «%2» содержит «*» в позиции %3; «*» допустим только отдельно, как широковещательный адрес</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; starts or ends with a space</source>
        <translation>%1 «%2» начинается или заканчивается пробелом</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is only dots</source>
        <translation>%1 «%2» состоит только из точек</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is a reserved word</source>
        <translation>%1 «%2» — зарезервированное слово</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which %5 cannot encode</source>
        <translation>%1 «%2» содержит в позиции %4 символ %3, который нельзя закодировать в %5</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is %3 characters long; the limit is %4</source>
        <translation>%1 «%2» имеет длину %3 симв.; предел — %4</translation>
    </message>
    <message>
        <source>the encoding &apos;%1&apos; is not known</source>
        <translation>неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 в позиции %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и еще %n</numerusform>
            <numerusform>и еще %n</numerusform>
            <numerusform>и еще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot encode %2</source>
        <translation>%1 не может закодировать %2</translation>
    </message>
    <message>
        <source>the broadcast is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>широковещательное сообщение в %2 занимает %1 байт; предел — %3 байт</translation>
    </message>
    <message>
        <source>the message is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>сообщение в %2 занимает %1 байт; предел — %3 байт</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupConnection</name>
    <message>
        <source>the inbox gave no answer for the message</source>
        <translation>входящие не ответили на сообщение</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupError</name>
    <message>
        <source>not listening on called name</source>
        <translation>нет прослушивания на вызываемом имени</translation>
    </message>
    <message>
        <source>not listening for calling name</source>
        <translation>нет прослушивания для вызывающего имени</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>вызываемое имя отсутствует</translation>
    </message>
    <message>
        <source>called name present, but insufficient resources</source>
        <translation>вызываемое имя есть, но недостаточно ресурсов</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>неуказанная ошибка</translation>
    </message>
    <message>
        <source>NetBIOS session refused: %1 (%2)</source>
        <translation>сеанс NetBIOS отклонен: %1 (%2)</translation>
    </message>
    <message>
        <source>NetBIOS session refused with unknown code %1</source>
        <translation>сеанс NetBIOS отклонен с неизвестным кодом %1</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>на %1 получен ответ %2</translation>
    </message>
    <message>
        <source>%1 answered NTSTATUS %2</source>
        <translation>на %1 получен ответ NTSTATUS %2</translation>
    </message>
    <message>
        <source>%1 answered DOS error class %2 code %3</source>
        <translation>на %1 получен ответ: класс ошибки DOS %2, код %3</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupOptions</name>
    <message>
        <source>winpopup option &quot;%1&quot;: &quot;%2&quot; is not an address or address/prefix</source>
        <translation>параметр winpopup «%1»: «%2» не является адресом или адресом/префиксом</translation>
    </message>
    <message>
        <source>unknown winpopup option &quot;%1&quot; (known: %2)</source>
        <translation>неизвестный параметр winpopup «%1» (известные: %2)</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for winpopup option &quot;%2&quot;</source>
        <translation>недопустимое значение «%1» параметра winpopup «%2»</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupProbe</name>
    <message>
        <source>the transport was closed while checking %1</source>
        <translation>транспорт был закрыт во время проверки %1</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>не удается разрешить %1: %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 отвечает</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>разрешение %1 заняло больше %2 мс</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>подключение к %1 заняло больше %2 мс</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupReceiver</name>
    <message>
        <source>unknown code page %1</source>
        <translation>неизвестная кодовая страница %1</translation>
    </message>
    <message>
        <source>receiver limits must be positive (connections, bytes, idle ms, session ms)</source>
        <translation>ограничения приема должны быть положительными (подключения, байты, мс простоя, мс сеанса)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>не удается прослушивать %1:%2: %3</translation>
    </message>
    <message>
        <source>the receiver is full (%1 connections)</source>
        <translation>прием переполнен (%1 подключений)</translation>
    </message>
    <message>
        <source>%1 connections from this address already</source>
        <translation>с этого адреса уже %1 подключений</translation>
    </message>
    <message>
        <source>more than %1 new connections a minute from this address</source>
        <translation>более %1 новых подключений в минуту с этого адреса</translation>
    </message>
    <message>
        <source>the address is in a denied network</source>
        <translation>адрес входит в запрещенную сеть</translation>
    </message>
    <message>
        <source>the address is in no allowed network</source>
        <translation>адрес не входит ни в одну разрешенную сеть</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupSender</name>
    <message>
        <source>the transport was closed while sending to %1</source>
        <translation>транспорт был закрыт во время отправки на %1</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>не удается разрешить %1: %2</translation>
    </message>
    <message>
        <source>malformed NetBIOS packet from %1</source>
        <translation>неверно сформированный пакет NetBIOS от %1</translation>
    </message>
    <message>
        <source>unexpected NetBIOS packet type 0x%1 from %2</source>
        <translation>непредвиденный тип пакета NetBIOS 0x%1 от %2</translation>
    </message>
    <message>
        <source>%1 from %2 got no valid reply</source>
        <translation>%1 от %2: не получен допустимый ответ</translation>
    </message>
    <message>
        <source>no session response from %1 (packet type 0x%2)</source>
        <translation>нет ответа на сеанс от %1 (тип пакета 0x%2)</translation>
    </message>
    <message>
        <source>bad or endless session retarget from %1</source>
        <translation>неверное или бесконечное перенаправление сеанса от %1</translation>
    </message>
    <message>
        <source>%1 retargets the session to %2:%3, another host; not followed (winpopup option retargetOtherHosts allows it)</source>
        <translation>%1 перенаправляет сеанс на %2:%3 — другой узел; перенаправление не выполнено (его разрешает параметр winpopup retargetOtherHosts)</translation>
    </message>
    <message>
        <source>%1 accepted none of our SMB dialects</source>
        <translation>%1 не принял ни один из наших диалектов SMB</translation>
    </message>
    <message>
        <source>unsolicited SMB reply from %1</source>
        <translation>незапрошенный ответ SMB от %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the session request</source>
        <translation>%1 закрыл подключение вместо ответа на запрос сеанса</translation>
    </message>
    <message>
        <source>%1 closed the connection while waiting for the %2 reply</source>
        <translation>%1 закрыл подключение в ожидании ответа на %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>разрешение %1 заняло больше %2 мс</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>подключение к %1 заняло больше %2 мс</translation>
    </message>
    <message>
        <source>%1 did not answer the session request within %2 ms</source>
        <translation>%1 не ответил на запрос сеанса в течение %2 мс</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 не ответил на %2 в течение %3 мс</translation>
    </message>
    <message>
        <source>the message was handed over to %1 but not confirmed: %2</source>
        <translation>сообщение передано %1, но не подтверждено: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupTransport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в позиции %2</translation>
    </message>
    <message>
        <source>not representable in %1: %2</source>
        <translation>непредставимо в %1: %2</translation>
    </message>
    <message>
        <source>sending through another server</source>
        <translation>отправку через другой сервер</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME@host[:port]</source>
        <translation>«%1» не имеет вид NAME@host[:port]</translation>
    </message>
    <message>
        <source>broadcast (the WinPopup session is sent to one name)</source>
        <translation>широковещание (сеанс WinPopup отправляется на одно имя)</translation>
    </message>
    <message>
        <source>%1 bytes in %2 with %3 line breaks; the limit is %4 bytes</source>
        <translation>%1 байт в %2 с %3 разрывами строк; предел — %4 байт</translation>
    </message>
    <message>
        <source>the names this computer&apos;s receiver answers to</source>
        <translation>имена, на которые отвечает прием этого компьютера</translation>
    </message>
    <message>
        <source>listing only, through NetBIOS node status</source>
        <translation>только получение списка, через состояние узла NetBIOS</translation>
    </message>
    <message>
        <source>%1 on %2: the winpopup transport manages only its own receiver&apos;s names</source>
        <translation>%1 на %2: транспорт winpopup управляет только именами своего приема</translation>
    </message>
    <message>
        <source>adding an alias</source>
        <translation>добавление псевдонима</translation>
    </message>
    <message>
        <source>deleting an alias</source>
        <translation>удаление псевдонима</translation>
    </message>
    <message>
        <source>unknown OEM code page %1</source>
        <translation>неизвестная кодовая страница OEM %1</translation>
    </message>
    <message>
        <source>WinPopup (SMB messenger)</source>
        <translation>WinPopup (служба сообщений SMB)</translation>
    </message>
</context>
<context>
    <name>netmsg::WtsTransport</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>running under Wine %1, whose WTSSendMessageW is a stub that shows nothing, and which has no msg.exe</source>
        <translation>запущено в Wine %1, где WTSSendMessageW — заглушка, которая ничего не показывает, и нет msg.exe</translation>
    </message>
    <message>
        <source>no msg.exe in System32 (Windows Home editions do not ship it)</source>
        <translation>нет msg.exe в System32 (в выпусках Windows Home он отсутствует)</translation>
    </message>
    <message>
        <source>wtsapi32.dll could not be loaded (error %1)</source>
        <translation>не удалось загрузить wtsapi32.dll (ошибка %1)</translation>
    </message>
    <message>
        <source>wtsapi32.dll lacks %1</source>
        <translation>в wtsapi32.dll отсутствует %1</translation>
    </message>
    <message>
        <source>no fallback: %1</source>
        <translation>нет резервного варианта: %1</translation>
    </message>
    <message>
        <source>transport &apos;wts&apos; has no option &apos;%1&apos;</source>
        <translation>у транспорта «wts» нет параметра «%1»</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of transport &apos;wts&apos; cannot be &apos;%2&apos;</source>
        <translation>параметр «%1» транспорта «wts» не может иметь значение «%2»</translation>
    </message>
    <message>
        <source>option &apos;wait&apos; of transport &apos;wts&apos; needs &apos;timeoutSeconds&apos; from 1 to %1: a message box nobody answers would block its thread for good</source>
        <translation>параметру «wait» транспорта «wts» нужен «timeoutSeconds» от 1 до %1: окно сообщения, на которое никто не ответит, навсегда заблокирует свой поток</translation>
    </message>
    <message>
        <source>no session on this computer matches %1</source>
        <translation>ни один сеанс на этом компьютере не соответствует %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation>
            <numerusform>%n сеанс соответствует %1: %2</numerusform>
            <numerusform>%n сеанса соответствуют %1: %2</numerusform>
            <numerusform>%n сеансов соответствуют %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal sessions (WTS)</source>
        <translation>Терминальные сеансы (WTS)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::AliasCommand</name>
    <message>
        <source>List, add or delete the messenger aliases of a server.</source>
        <translation>Вывод списка, добавление или удаление псевдонимов сообщений сервера.</translation>
    </message>
    <message>
        <source>Server whose aliases to manage (default: this computer).</source>
        <translation>Сервер, псевдонимами которого нужно управлять (по умолчанию — этот компьютер).</translation>
    </message>
    <message>
        <source>say what to do: list, add or del</source>
        <translation>укажите действие: list, add или del</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add or del)</source>
        <translation>неизвестное действие «%1» (list, add или del)</translation>
    </message>
    <message>
        <source>&apos;alias list&apos; takes no names</source>
        <translation>«alias list» не принимает имен</translation>
    </message>
    <message>
        <source>&apos;alias %1&apos; needs at least one NAME</source>
        <translation>«alias %1» требует хотя бы одно имя NAME</translation>
    </message>
    <message>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>получение списка псевдонимов</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>добавлен %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>удален %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>добавление %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>удаление %1</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::CliSession</name>
    <message>
        <source>--transport-option &apos;%1&apos; is not [ID.]KEY=VALUE</source>
        <translation>--transport-option «%1» не имеет вид [ID.]KEY=VALUE</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; names %2, which is not on the route (%3)</source>
        <translation>--transport-option «%1» указывает %2, которого нет в маршруте (%3)</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos;: the route has %2 transports (%3); say which, as ID.%4</source>
        <translation>--transport-option «%1»: в маршруте %2 транспорта(ов) (%3); укажите нужный в виде ID.%4</translation>
    </message>
    <message>
        <source>code page %1: no transport on the route speaks an OEM code page (%2)</source>
        <translation>кодовая страница %1: ни один транспорт маршрута не использует кодовую страницу OEM (%2)</translation>
    </message>
    <message>
        <source>give either --transport or --route, not both</source>
        <translation>укажите либо --transport, либо --route, но не оба</translation>
    </message>
    <message>
        <source>transport options</source>
        <translation>параметры транспорта</translation>
    </message>
    <message>
        <source>transport %1</source>
        <translation>транспорт %1</translation>
    </message>
    <message>
        <source>transport %1 is not available</source>
        <translation>транспорт %1 недоступен</translation>
    </message>
    <message>
        <source>no available transport on the route (%1) can %2</source>
        <translation>ни один доступный транспорт маршрута (%1) не поддерживает %2</translation>
    </message>
    <message>
        <source>history</source>
        <translation>журнал</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>транспорт не вернул результат</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::Command</name>
    <message>
        <source>Transport to use (see &apos;netmsg transports&apos;).</source>
        <translation>Используемый транспорт (см. «netmsg transports»).</translation>
    </message>
    <message>
        <source>Transports to try per recipient, in order, e.g. netapi32,wts,winpopup.</source>
        <translation>Транспорты, опробуемые для каждого получателя по порядку, например netapi32,wts,winpopup.</translation>
    </message>
    <message>
        <source>Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has several transports).</source>
        <translation>Параметр транспорта [ID.]KEY=VALUE (можно повторять; ID. — если в маршруте несколько транспортов).</translation>
    </message>
    <message>
        <source>Print JSON, one object per line.</source>
        <translation>Выводить JSON, по одному объекту в строке.</translation>
    </message>
    <message>
        <source>Try &apos;netmsg %1 --help&apos;.</source>
        <translation>См. «netmsg %1 --help».</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::HistoryCommand</name>
    <message>
        <source>Show sent messages with every recipient&apos;s result, or received messages.</source>
        <translation>Показать отправленные сообщения с результатом по каждому получателю или полученные сообщения.</translation>
    </message>
    <message>
        <source>How many messages to show (default 20).</source>
        <translation>Сколько сообщений показать (по умолчанию 20).</translation>
    </message>
    <message>
        <source>Show received messages instead.</source>
        <translation>Показать вместо этого полученные сообщения.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a positive number</source>
        <translation>--limit «%1» не является положительным числом</translation>
    </message>
    <message>
        <source>history</source>
        <translation>журнал</translation>
    </message>
    <message>
        <source>from %1 (%2) to %3</source>
        <translation>от %1 (%2) для %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>доставлено %1 из %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>ошибок: %1</translation>
    </message>
    <message>
        <source>%1 unconfirmed</source>
        <translation>не подтверждено: %1</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>ожидает: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message>
        <source>Receive messages: store each in the inbox and print it as it arrives.</source>
        <translation>Прием сообщений: сохранять каждое во входящих и выводить по мере поступления.</translation>
    </message>
    <message>
        <source>Address to listen on (default: the settings&apos;, 127.0.0.1).</source>
        <translation>Адрес для прослушивания (по умолчанию — из настроек, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default: the settings&apos;, 1139).</source>
        <translation>Порт для прослушивания (по умолчанию — из настроек, 1139).</translation>
    </message>
    <message>
        <source>Answer to NAME as well; added to the stored alias list (repeatable).</source>
        <translation>Отвечать также на NAME; добавляется в сохраненный список псевдонимов (можно повторять).</translation>
    </message>
    <message>
        <source>Code page of incoming text, e.g. CP850.</source>
        <translation>Кодовая страница входящего текста, например CP850.</translation>
    </message>
    <message>
        <source>Stop after N messages (default: run until interrupted).</source>
        <translation>Остановиться после N сообщений (по умолчанию — работать до прерывания).</translation>
    </message>
    <message>
        <source>Peers served at once (default 64).</source>
        <translation>Число одновременно обслуживаемых узлов (по умолчанию 64).</translation>
    </message>
    <message>
        <source>Longest message accepted, in bytes (default 4096).</source>
        <translation>Максимальная длина принимаемого сообщения в байтах (по умолчанию 4096).</translation>
    </message>
    <message>
        <source>Close a peer&apos;s connection after this many silent seconds (default 30).</source>
        <translation>Закрывать подключение узла после указанного числа секунд молчания (по умолчанию 30).</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>listen не принимает аргументов</translation>
    </message>
    <message>
        <source>--address &apos;%1&apos; is not an IP address</source>
        <translation>--address «%1» не является IP-адресом</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port должен быть числом от 1 до 65535</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>--count должен быть положительным числом</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 должен быть положительным числом</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>adding alias %1</source>
        <translation>добавление псевдонима %1</translation>
    </message>
    <message>
        <source>netmsg: warning: no aliases: every session will be refused (use --alias NAME)</source>
        <translation>netmsg: предупреждение: нет псевдонимов, все сеансы будут отклонены (используйте --alias NAME)</translation>
    </message>
    <message>
        <source>[%1] %2 (%3) to %4:</source>
        <translation>[%1] %2 (%3) для %4:</translation>
    </message>
    <message>
        <source>storing a message from %1</source>
        <translation>сохранение сообщения от %1</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>прослушивание %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и еще %n</numerusform>
            <numerusform>%1 и еще %n</numerusform>
            <numerusform>%1 и еще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>netmsg: listening on %1 (%2) for %3</source>
        <translation>netmsg: прослушивание %1 (%2) для %3</translation>
    </message>
    <message>
        <source>netmsg: warning: %1 is not loopback: other computers can send to these names (limit who with --transport-option winpopup.allowNetworks=NET/PREFIX,...)</source>
        <translation>netmsg: предупреждение: %1 не является адресом loopback: другие компьютеры могут отправлять сообщения на эти имена (ограничьте отправителей с помощью --transport-option winpopup.allowNetworks=NET/PREFIX,...)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message>
        <source>cannot read recipients from %1: %2</source>
        <translation>не удается прочитать получателей из %1: %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 «%2» не является числом от %3 до %4</translation>
    </message>
    <message>
        <source>Send a message to one or more recipients.</source>
        <translation>Отправить сообщение одному или нескольким получателям.</translation>
    </message>
    <message>
        <source>Server to send from (default: this computer).</source>
        <translation>Сервер, с которого отправлять (по умолчанию — этот компьютер).</translation>
    </message>
    <message>
        <source>Sender name (default: from settings).</source>
        <translation>Имя отправителя (по умолчанию — из настроек).</translation>
    </message>
    <message>
        <source>Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or new lines, or @file (repeatable).</source>
        <translation>Получатели: NAME, NAME@host[:port], @group, списки через запятую, точку с запятой или с новой строки, либо @file (можно повторять).</translation>
    </message>
    <message>
        <source>Recipients in flight at once (1-256).</source>
        <translation>Число одновременно обрабатываемых получателей (1-256).</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds.</source>
        <translation>Тайм-аут одной попытки в миллисекундах.</translation>
    </message>
    <message>
        <source>Extra attempts for transient failures (0-10).</source>
        <translation>Дополнительные попытки при временных сбоях (0-10).</translation>
    </message>
    <message>
        <source>Wire code page for OEM transports, e.g. CP850.</source>
        <translation>Кодовая страница на линии для транспортов OEM, например CP850.</translation>
    </message>
    <message>
        <source>Port for recipients given without one.</source>
        <translation>Порт для получателей, у которых он не указан.</translation>
    </message>
    <message>
        <source>Over the transport&apos;s length limit: refuse (default) or split.</source>
        <translation>При превышении предела длины транспорта: refuse (отказать, по умолчанию) или split (разбить).</translation>
    </message>
    <message>
        <source>Longest text accepted, in characters (default: the settings&apos;, 65536).</source>
        <translation>Максимальная длина принимаемого текста в символах (по умолчанию — из настроек, 65536).</translation>
    </message>
    <message>
        <source>Hold transient failures and retry them for up to this many seconds (instead of --retries).</source>
        <translation>Удерживать временные сбои и повторять их в течение указанного числа секунд (вместо --retries).</translation>
    </message>
    <message>
        <source>Check and show what would be sent; send nothing.</source>
        <translation>Проверить и показать, что будет отправлено; ничего не отправлять.</translation>
    </message>
    <message>
        <source>Go on with message &lt;id&gt; from history, whose send was killed: send to the recipients it never started; never again to one it did.</source>
        <translation>Продолжить сообщение &lt;id&gt; из журнала, отправка которого была прервана: отправить получателям, отправка которым не начиналась; начатым — никогда повторно.</translation>
    </message>
    <message>
        <source>--over-limit &apos;%1&apos; is neither &apos;refuse&apos; nor &apos;split&apos;</source>
        <translation>--over-limit «%1» не является ни «refuse», ни «split»</translation>
    </message>
    <message>
        <source>no recipients: give --to</source>
        <translation>нет получателей: укажите --to</translation>
    </message>
    <message>
        <source>no message text: give it as an argument or on standard input</source>
        <translation>нет текста сообщения: передайте его аргументом или через стандартный ввод</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>не удается прочитать стандартный ввод</translation>
    </message>
    <message>
        <source>no recipients: --to is empty</source>
        <translation>нет получателей: --to пуст</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (line %2)</source>
        <translation>получатель «%1» (строка %2)</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos;</source>
        <translation>получатель «%1»</translation>
    </message>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation>
            <numerusform>ничего не отправлено: отклонен %n получатель</numerusform>
            <numerusform>ничего не отправлено: отклонено %n получателя</numerusform>
            <numerusform>ничего не отправлено: отклонено %n получателей</numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation>
            <numerusform>будет отправлено %1 через %2 в %n части</numerusform>
            <numerusform>будет отправлено %1 через %2 в %n частях</numerusform>
            <numerusform>будет отправлено %1 через %2 в %n частях</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>через %1</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation>
            <numerusform>(часть %1 из %n)</numerusform>
            <numerusform>(часть %1 из %n)</numerusform>
            <numerusform>(часть %1 из %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>попытка</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>выполнено %1 из %2</translation>
    </message>
    <message>
        <source>netmsg: %1: %2; held, next try at %3</source>
        <translation>netmsg: %1: %2; удержано, следующая попытка в %3</translation>
    </message>
    <message>
        <source>interrupted: cancelling the remaining recipients</source>
        <translation>прервано: отмена для остальных получателей</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation>
            <numerusform>доставлено %1 из %n, ошибок: %2, не подтверждено: %3</numerusform>
            <numerusform>доставлено %1 из %n, ошибок: %2, не подтверждено: %3</numerusform>
            <numerusform>доставлено %1 из %n, ошибок: %2, не подтверждено: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>history</source>
        <translation>журнал</translation>
    </message>
    <message>
        <source>--resume &apos;%1&apos; is not a message id</source>
        <translation>--resume «%1» не является идентификатором сообщения</translation>
    </message>
    <message>
        <source>--resume takes the recipients and the text from history: give no --to, text or --dry-run with it</source>
        <translation>--resume берет получателей и текст из журнала: не указывайте вместе с ним --to, текст или --dry-run</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>журнал был закрыт</translation>
    </message>
    <message>
        <source>message %1: every recipient was started before; nothing is left to send</source>
        <translation>сообщение %1: отправка уже начиналась всем получателям; отправлять больше нечего</translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation>
            <numerusform>сообщение %1: отправка %n получателю, которому она не начиналась</numerusform>
            <numerusform>сообщение %1: отправка %n получателям, которым она не начиналась</numerusform>
            <numerusform>сообщение %1: отправка %n получателям, которым она не начиналась</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::TransportsCommand</name>
    <message>
        <source>List the transports, their capabilities and whether they are available here.</source>
        <translation>Вывести список транспортов, их возможностей и доступности на этом компьютере.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>доступен</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>недоступен: %1</translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation>возможности: %1</translation>
    </message>
    <message>
        <source>netmsg: refused plugin %1: %2</source>
        <translation>netmsg: отклонен плагин %1: %2</translation>
    </message>
    <message>
        <source>no transport plugins found in %1</source>
        <translation>в %1 не найдены плагины транспорта</translation>
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
        <translation>%1 во время выполнения, собрано с %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not open: %2)</source>
        <translation>%1 (не открыт: %2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (отсутствует)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>не загружен</translation>
    </message>
    <message>
        <source>&amp;Refused plugins: none</source>
        <translation>&amp;Отклоненные плагины: нет</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>&amp;Отклоненные плагины:</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Система: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Файл настроек: %1</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>Файл журнала: %1</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>Папки плагинов:</translation>
    </message>
    <message>
        <source>Transports:</source>
        <translation>Транспорты:</translation>
    </message>
    <message>
        <source>Refused plugins:</source>
        <translation>Отклоненные плагины:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ИД</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>В этой системе</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Причина отклонения</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBook</name>
    <message>
        <source>a contact needs a name</source>
        <translation>у контакта должно быть имя</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; holds a control character</source>
        <translation>имя «%1» содержит управляющий символ</translation>
    </message>
    <message>
        <source>a contact needs an address</source>
        <translation>у контакта должен быть адрес</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names a group; a contact&apos;s address is one computer or user (NAME or NAME@host[:port])</source>
        <translation>адрес «%1» указывает на группу; адрес контакта — это один компьютер или пользователь (NAME или NAME@host[:port])</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names more than one recipient</source>
        <translation>адрес «%1» указывает более одного получателя</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>у группы должно быть имя</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; has the character %2, which is not allowed (commas, semicolons, &apos;@&apos; and &apos;|&apos; separate recipients and groups)</source>
        <translation>имя группы «%1» содержит недопустимый символ %2 (запятые, точки с запятой, «@» и «|» разделяют получателей и группы)</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>имя группы «%1» имеет длину %2 симв.; предел — %3</translation>
    </message>
    <message>
        <source>there is already a contact named &apos;%1&apos;</source>
        <translation>контакт с именем «%1» уже существует</translation>
    </message>
    <message>
        <source>a member needs an address or @group</source>
        <translation>у члена группы должен быть адрес или @group</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>«%1» уже является членом «%2»</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>нет группы с именем «%1»</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; cannot contain itself</source>
        <translation>группа «%1» не может содержать саму себя</translation>
    </message>
    <message>
        <source>adding @%1 to &apos;%2&apos; would make a cycle: &apos;%1&apos; already contains &apos;%2&apos;</source>
        <translation>добавление @%1 в «%2» создаст цикл: «%1» уже содержит «%2»</translation>
    </message>
    <message>
        <source>the console has no history to keep contacts in</source>
        <translation>у консоли нет журнала для хранения контактов</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>нет контакта с именем «%1»</translation>
    </message>
    <message>
        <source>there is already a group named &apos;%1&apos;</source>
        <translation>группа с именем «%1» уже существует</translation>
    </message>
    <message>
        <source>there is no accepted row to import</source>
        <translation>нет принятых строк для импорта</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message>
        <source>Members o&amp;f the selected group</source>
        <translation>&amp;Члены выбранной группы</translation>
    </message>
    <message>
        <source>Members o&amp;f %1</source>
        <translation>&amp;Члены группы %1</translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation>Контакт %1 добавлен.</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>Контакт %1 сохранен.</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>Удалить контакт %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation>
            <numerusform>Удалить %n контакт?</numerusform>
            <numerusform>Удалить %n контакта?</numerusform>
            <numerusform>Удалить %n контактов?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Удаление контактов</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>Удален %n контакт.</numerusform>
            <numerusform>Удалено %n контакта.</numerusform>
            <numerusform>Удалено %n контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удается прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Импортирован %n контакт.</numerusform>
            <numerusform>Импортировано %n контакта.</numerusform>
            <numerusform>Импортировано %n контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удается записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n контакт в %1.</numerusform>
            <numerusform>Экспортировано %n контакта в %1.</numerusform>
            <numerusform>Экспортировано %n контактов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the group %1.</source>
        <translation>Группа %1 добавлена.</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Удаление группы</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation>
            <numerusform>Удалить группу %1 с %n членом? Контакты сохранятся.</numerusform>
            <numerusform>Удалить группу %1 с %n членами? Контакты сохранятся.</numerusform>
            <numerusform>Удалить группу %1 с %n членами? Контакты сохранятся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>Группа %1 удалена.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 добавлен в %2.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 удален из %2.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>не удалось получить список %1: %2</translation>
    </message>
    <message>
        <source>%1 lives on %2</source>
        <translation>%1 находится на %2</translation>
    </message>
    <message>
        <source>%1 is not an alias of %2</source>
        <translation>%1 не является псевдонимом %2</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>список еще не получен</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>получение списка…</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n псевдоним</numerusform>
            <numerusform>%n псевдонима</numerusform>
            <numerusform>%n псевдонимов</numerusform>
        </translation>
    </message>
    <message>
        <source>not listed (%1):
%2</source>
        <translation>список не получен (%1):
%2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>could not be listed: %1</source>
        <translation>не удалось получить список: %1</translation>
    </message>
    <message>
        <source>read-only: its transport cannot add or delete aliases here</source>
        <translation>только чтение: его транспорт не может добавлять или удалять здесь псевдонимы</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasServers</name>
    <message>
        <source>no transport</source>
        <translation>нет транспорта</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>этот компьютер (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no transport here can list this computer&apos;s aliases</source>
        <translation>ни один транспорт здесь не может получить список псевдонимов этого компьютера</translation>
    </message>
    <message>
        <source>no transport here can list the aliases of %1</source>
        <translation>ни один транспорт здесь не может получить список псевдонимов %1</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos; on this system</source>
        <translation>в этой системе нет транспорта «%1»</translation>
    </message>
    <message>
        <source>name the server to add</source>
        <translation>укажите добавляемый сервер</translation>
    </message>
    <message>
        <source>the %1 transport cannot list the aliases of %2</source>
        <translation>транспорт %1 не может получить список псевдонимов %2</translation>
    </message>
    <message>
        <source>%1 is already shown</source>
        <translation>%1 уже отображается</translation>
    </message>
    <message>
        <source>the %1 transport cannot list them</source>
        <translation>транспорт %1 не может получить их список</translation>
    </message>
    <message>
        <source>the listing ended without an answer</source>
        <translation>получение списка завершилось без ответа</translation>
    </message>
    <message>
        <source>the %1 transport cannot change the aliases of %2</source>
        <translation>транспорт %1 не может изменять псевдонимы %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 на %2: %3</translation>
    </message>
    <message>
        <source>the change ended without an answer</source>
        <translation>изменение завершилось без ответа</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasesWidget</name>
    <message>
        <source>%1: list and change</source>
        <translation>%1: просмотр и изменение</translation>
    </message>
    <message>
        <source>%1: listing only</source>
        <translation>%1: только просмотр</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>нет транспорта</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>недоступен: %1</translation>
    </message>
    <message>
        <source>listing only; this transport cannot add or delete aliases there</source>
        <translation>только просмотр; этот транспорт не может добавлять или удалять там псевдонимы</translation>
    </message>
    <message>
        <source>list, add and delete: %1</source>
        <translation>просмотр, добавление и удаление: %1</translation>
    </message>
    <message>
        <source>list, add and delete</source>
        <translation>просмотр, добавление и удаление</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 на %2: %3</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>Добавить псевдоним на выбранный сервер</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>Удалить выбранный псевдоним с его сервера</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>не удалось получить список %1: %2</translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation>%1 добавлен на %2.</translation>
    </message>
    <message>
        <source>%1 deleted from %2.</source>
        <translation>%1 удален с %2.</translation>
    </message>
    <message>
        <source>Could not add %1 on %2: %3</source>
        <translation>Не удалось добавить %1 на %2: %3</translation>
    </message>
    <message>
        <source>Could not delete %1 from %2: %3</source>
        <translation>Не удалось удалить %1 с %2: %3</translation>
    </message>
    <message>
        <source>Could not add the server %1: %2</source>
        <translation>Не удалось добавить сервер %1: %2</translation>
    </message>
    <message>
        <source>Listing the aliases of %1…</source>
        <translation>Получение списка псевдонимов %1…</translation>
    </message>
    <message>
        <source>%1 is no longer shown; its aliases are unchanged.</source>
        <translation>%1 больше не отображается; его псевдонимы не изменены.</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>Удаление псевдонима</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? Messages to %1 will no longer reach it there.</source>
        <translation>Удалить псевдоним %1 с %2? Сообщения для %1 больше не будут туда доходить.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message>
        <source>No transport on this route is available here.</source>
        <translation>Ни один транспорт этого маршрута здесь недоступен.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation>
            <numerusform>%n получатель отклонен: %1</numerusform>
            <numerusform>%n получателя отклонены: %1</numerusform>
            <numerusform>%n получателей отклонены: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Укажите хотя бы одного получателя.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message>
        <source>Refuse it</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Split it into numbered parts</source>
        <translation>Разбить на пронумерованные части</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Переменные: %1</translation>
    </message>
    <message>
        <source>Route from Settings: %1</source>
        <translation>Маршрут из параметров: %1</translation>
    </message>
    <message>
        <source>%1 (%2): available</source>
        <translation>%1 (%2): доступен</translation>
    </message>
    <message>
        <source>%1 (%2): not available</source>
        <translation>%1 (%2): недоступен</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a character the recipients field reads as syntax</source>
        <translation>«%1» содержит символ, который поле получателей считает синтаксисом</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>The sender&apos;s name is not one a reply can go to (%1). Name the recipient yourself; the message came from %2.</source>
        <translation>На имя отправителя нельзя отправить ответ (%1). Укажите получателя сами; сообщение пришло с %2.</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: доступен</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send to every recipient</source>
        <translation>Отправить всем получателям</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n получатель</numerusform>
            <numerusform>%n получателя</numerusform>
            <numerusform>%n получателей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (строка %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и еще %n</numerusform>
            <numerusform>и еще %n</numerusform>
            <numerusform>и еще %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation>
            <numerusform>%n запись отклонена:</numerusform>
            <numerusform>%n записи отклонены:</numerusform>
            <numerusform>%n записей отклонено:</numerusform>
        </translation>
    </message>
    <message>
        <source>The message has not been checked yet.</source>
        <translation>Сообщение еще не проверено.</translation>
    </message>
    <message>
        <source>No transport available</source>
        <translation>Нет доступного транспорта</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes in %3</source>
        <translation>%L1 из %L2 байт в %3</translation>
    </message>
    <message>
        <source>%L1 bytes in %2</source>
        <translation>%L1 байт в %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation>
            <numerusform>%n символ, который нельзя закодировать в %1</numerusform>
            <numerusform>%n символа, которые нельзя закодировать в %1</numerusform>
            <numerusform>%n символов, которые нельзя закодировать в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>will be split</source>
        <translation>будет разбито</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>сверх предела</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation>
            <numerusform>Разослать это сообщение всем (*)? Всего %n запись получателей.</numerusform>
            <numerusform>Разослать это сообщение всем (*)? Всего %n записи получателей.</numerusform>
            <numerusform>Разослать это сообщение всем (*)? Всего %n записей получателей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation>
            <numerusform>Отправить это сообщение %n получателю?</numerusform>
            <numerusform>Отправить это сообщение %n получателям?</numerusform>
            <numerusform>Отправить это сообщение %n получателям?</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation>Подтверждение отправки</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Отправка невозможна</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Пробный запуск</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Укажите хотя бы одного получателя.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation>
            <numerusform>%n запись не проверена: это недопустимый получатель.</numerusform>
            <numerusform>%n записи не проверены: это недопустимые получатели.</numerusform>
            <numerusform>%n записей не проверено: это недопустимые получатели.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked from this computer; a send would execute on %1.</source>
        <translation>Проверено с этого компьютера; отправка будет выполняться на %1.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ConsoleContext</name>
    <message>
        <source>listening on %1 as %2</source>
        <translation>прослушивание %1 как %2</translation>
    </message>
    <message>
        <source>the console has no history to keep the message in</source>
        <translation>у консоли нет журнала для хранения сообщения</translation>
    </message>
    <message>
        <source>no transport here can receive messages</source>
        <translation>ни один транспорт здесь не может принимать сообщения</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>line %1 must be a header naming the columns name and address (note and group are optional); it reads &apos;%2&apos;</source>
        <translation>строка %1 должна быть заголовком со столбцами name и address (note и group необязательны); ее содержимое: «%2»</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already on line %2</source>
        <translation>имя «%1» уже есть в строке %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Изменение контакта</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Новый контакт</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryHistoryModel</name>
    <message>
        <source>%L1 s</source>
        <translation>%L1 с</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
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
        <translation>через %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 пропущено</translation>
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
        <translation>удержано, следующая попытка %1</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 с</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryPage</name>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value from the range offered</source>
        <translation>%1: «%2» не входит в допустимый диапазон значений</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>A delivery is still running: cancel it or wait for it to end.</source>
        <translation>Доставка еще выполняется: отмените ее или дождитесь завершения.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжение</translation>
    </message>
    <message>
        <source>There is no history to resume from: %1</source>
        <translation>Нет журнала, из которого можно продолжить: %1</translation>
    </message>
    <message>
        <source>Message #%1 cannot be resumed: %2</source>
        <translation>Не удается продолжить сообщение #%1: %2</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 has a result: nothing is left to send.</source>
        <translation>Для всех получателей сообщения #%1 есть результат: отправлять больше нечего.</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 was started before netmsg stopped: nothing is left to send.</source>
        <translation>Отправка всем получателям сообщения #%1 началась до остановки netmsg: отправлять больше нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation>
            <numerusform>Продолжить сообщение #%1: отправить его %n получателю, которому оно не отправлялось?</numerusform>
            <numerusform>Продолжить сообщение #%1: отправить его %n получателям, которым оно не отправлялось?</numerusform>
            <numerusform>Продолжить сообщение #%1: отправить его %n получателям, которым оно не отправлялось?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation>
            <numerusform>%n получатель обрабатывался при остановке netmsg и мог получить сообщение: он записан как неподтвержденный, повторной отправки не будет.</numerusform>
            <numerusform>%n получателя обрабатывались при остановке netmsg и могли получить сообщение: они записаны как неподтвержденные, повторной отправки не будет.</numerusform>
            <numerusform>%n получателей обрабатывались при остановке netmsg и могли получить сообщение: они записаны как неподтвержденные, повторной отправки не будет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record message #%1&apos;s unconfirmed recipients, so nothing was sent: %2</source>
        <translation>Не удается записать неподтвержденных получателей сообщения #%1, поэтому ничего не отправлено: %2</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Отправка невозможна</translation>
    </message>
    <message>
        <source>Send unconfirmed again?</source>
        <translation>Отправить неподтвержденные снова?</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation>
            <numerusform>%n неподтвержденное сообщение могло уже дойти. Повторная отправка может доставить его дважды. Отправить снова?</numerusform>
            <numerusform>%n неподтвержденных сообщения могли уже дойти. Повторная отправка может доставить их дважды. Отправить снова?</numerusform>
            <numerusform>%n неподтвержденных сообщений могли уже дойти. Повторная отправка может доставить их дважды. Отправить снова?</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Some results are not in the history: %1</source>
        <translation>Некоторых результатов нет в журнале: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. Compose a message and press Send.</source>
        <translation>Еще ничего не отправлено. Составьте сообщение и нажмите «Отправить».</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 unconfirmed</source>
        <translation>доставлено: %1, ошибок: %2, не подтверждено: %3</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done (%3)</source>
        <translation>Отправка: выполнено %1 из %2 (%3)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 recipients (%3)</source>
        <translation>Готово: %1 из %2 получателей (%3)</translation>
    </message>
    <message>
        <source>Holding ended at %1.</source>
        <translation>Удержание завершено в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation>
            <numerusform>Удержано для повтора: %n; следующая попытка через %1, удержание до %2 (осталось %3)</numerusform>
            <numerusform>Удержано для повтора: %n; следующая попытка через %1, удержание до %2 (осталось %3)</numerusform>
            <numerusform>Удержано для повтора: %n; следующая попытка через %1, удержание до %2 (осталось %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Файлы CSV (*.csv);;Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation>
            <numerusform>Ничего не отправлено. Отправка будет выполнена %n получателю</numerusform>
            <numerusform>Ничего не отправлено. Отправка будет выполнена %n получателям</numerusform>
            <numerusform>Ничего не отправлено. Отправка будет выполнена %n получателям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation>
            <numerusform>в %n сообщении через %1.</numerusform>
            <numerusform>в %n сообщениях через %1.</numerusform>
            <numerusform>в %n сообщениях через %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Default route: check at least one transport to send through.</source>
        <translation>Маршрут по умолчанию: отметьте хотя бы один транспорт для отправки.</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>Имя отправителя: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation>
            <numerusform>@%1: %n член</numerusform>
            <numerusform>@%1: %n члена</numerusform>
            <numerusform>@%1: %n членов</numerusform>
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
        <translation>не удается записать</translation>
    </message>
    <message>
        <source>cannot save</source>
        <translation>не удается сохранить</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExporter</name>
    <message>
        <source>the history was closed</source>
        <translation>журнал был закрыт</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>name contains…</source>
        <translation>имя содержит…</translation>
    </message>
    <message>
        <source>message contains…</source>
        <translation>сообщение содержит…</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message>
        <source>A delivery is running: resume when it has ended</source>
        <translation>Выполняется доставка: продолжите после ее завершения</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation>
            <numerusform>У %n получателя сообщения #%1 нет результата: отправить тем, кому отправка не начиналась (обрабатывавшиеся при остановке netmsg записываются как неподтвержденные и повторно не отправляются)</numerusform>
            <numerusform>У %n получателей сообщения #%1 нет результата: отправить тем, кому отправка не начиналась (обрабатывавшиеся при остановке netmsg записываются как неподтвержденные и повторно не отправляются)</numerusform>
            <numerusform>У %n получателей сообщения #%1 нет результата: отправить тем, кому отправка не начиналась (обрабатывавшиеся при остановке netmsg записываются как неподтвержденные и повторно не отправляются)</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>Нет журнала: %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Не удается прочитать журнал: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чтение журнала…</translation>
    </message>
    <message>
        <source>No sent message matches the filter.</source>
        <translation>Нет отправленных сообщений, соответствующих фильтру.</translation>
    </message>
    <message>
        <source>Sent messages: %1.</source>
        <translation>Отправленные сообщения: %1.</translation>
    </message>
    <message>
        <source>The newest %1 sent messages; older ones load as you scroll.</source>
        <translation>Последние отправленные сообщения (%1); более старые загружаются при прокрутке.</translation>
    </message>
    <message>
        <source>Select a message to see its deliveries.</source>
        <translation>Выберите сообщение, чтобы увидеть его доставки.</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Не удается прочитать доставки: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>пока %1</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2) that match the filter: %3</source>
        <translation>Доставки сообщения #%1 (отправлено %2), соответствующие фильтру: %3</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2): %3</source>
        <translation>Доставки сообщения #%1 (отправлено %2): %3</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Файлы CSV (*.csv);;Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation>Экспортировано доставок в %2: %1.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменен; ничего не записано.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Не удается экспортировать в %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportDialog</name>
    <message>
        <source>%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.</source>
        <translation>%1: строк — %2, к импорту — %3, отклонено — %4. Ничего не сохраняется до импорта.</translation>
    </message>
    <message>
        <source>&amp;Import Accepted Rows (%1)</source>
        <translation>&amp;Импортировать принятые строки (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportPreviewModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <source>replaces the contact of this name</source>
        <translation>заменяет контакт с этим именем</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>новый контакт</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxModel</name>
    <message>
        <source>read</source>
        <translation>прочитано</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>не прочитано</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Не прочитано</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Адрес узла</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxWidget</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>Выберите сообщение, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (через %2)</translation>
    </message>
    <message>
        <source>No history, so no inbox: %1</source>
        <translation>Нет журнала, поэтому нет входящих: %1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>Не удается прочитать входящие: %1</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>Чтение входящих…</translation>
    </message>
    <message>
        <source>No messages received yet.</source>
        <translation>Сообщений еще не получено.</translation>
    </message>
    <message>
        <source>Received messages: %L1</source>
        <translation>Полученные сообщения: %L1</translation>
    </message>
    <message>
        <source>The newest %L1 messages; older ones load as you scroll.</source>
        <translation>Последние сообщения (%L1); более старые загружаются при прокрутке.</translation>
    </message>
    <message>
        <source>Cannot mark the message: %1</source>
        <translation>Не удается пометить сообщение: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>Со&amp;здание</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Доставка</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Псевдонимы</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>В&amp;ходящие</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>&amp;Адресная книга</translation>
    </message>
    <message>
        <source>receiver off (Settings)</source>
        <translation>прием выключен (параметры)</translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation>нет приема: %1</translation>
    </message>
    <message>
        <source>no transport available</source>
        <translation>нет доступного транспорта</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>маршрут: %1</translation>
    </message>
    <message>
        <source>the route from the settings: %1</source>
        <translation>маршрут из параметров: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>history: SQLite</source>
        <translation>журнал: SQLite</translation>
    </message>
    <message>
        <source>no history: %1</source>
        <translation>нет журнала: %1</translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation>непрочитанных: %1</translation>
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
        <translation>все члены группы %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>контакт %1</translation>
    </message>
    <message>
        <source>an address that is not in the contacts</source>
        <translation>адрес, которого нет в контактах</translation>
    </message>
    <message>
        <source>choose a group first</source>
        <translation>сначала выберите группу</translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation>сначала выберите члена группы</translation>
    </message>
    <message>
        <source>the member cannot move further</source>
        <translation>дальше переместить члена группы нельзя</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MessageHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::Notifier</name>
    <message>
        <source>netmsg: a new message</source>
        <translation>netmsg: новое сообщение</translation>
    </message>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation>
            <numerusform>netmsg: %n новое сообщение</numerusform>
            <numerusform>netmsg: %n новых сообщения</numerusform>
            <numerusform>netmsg: %n новых сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first from %1: %2</source>
        <translation>Первое от %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::OutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>Диаграмма результатов</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>По состоянию</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>По категории</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Результатов пока нет</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PagedHistoryModelBase</name>
    <message>
        <source>the console has no history to read</source>
        <translation>у консоли нет журнала для чтения</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PlanModel</name>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Части</translation>
    </message>
    <message>
        <source>Text (first part)</source>
        <translation>Текст (первая часть)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation>
            <numerusform>Проверка %n цели без отправки: </numerusform>
            <numerusform>Проверка %n целей без отправки: </numerusform>
            <numerusform>Проверка %n целей без отправки: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>Выполнено %1 из %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation>
            <numerusform>Ничего не отправлено. Сейчас доступно: %1 из %n цели.</numerusform>
            <numerusform>Ничего не отправлено. Сейчас доступно: %1 из %n целей.</numerusform>
            <numerusform>Ничего не отправлено. Сейчас доступно: %1 из %n целей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightModel</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>не проверялось</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, затем %2</translation>
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
        <translation>проверка…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>доступен</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>доступен: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach this target, a send tries %2 next.</source>
        <translation>Если %1 ответит, что не может достичь этой цели, при отправке следующим будет опробован %2.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 пропущено: %2</translation>
    </message>
    <message>
        <source>%1: no transport on the route can take it</source>
        <translation>%1: ни один транспорт маршрута не может его принять</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 через %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Пропущено %1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach it, a send tries %2 next.</source>
        <translation>Если %1 ответит, что не может ее достичь, при отправке следующим будет опробован %2.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Name resolves: %1. Port reachable: %2.</source>
        <translation>Имя разрешается: %1. Порт доступен: %2.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Имя разрешается</translation>
    </message>
    <message>
        <source>Port reachable</source>
        <translation>Порт доступен</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Skipped steps</source>
        <translation>Пропущенные шаги</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ReceiverPage</name>
    <message>
        <source>Receiver</source>
        <translation>Прием</translation>
    </message>
    <message>
        <source>Receiver address: &apos;%1&apos; is not an IP address (for example 127.0.0.1, 0.0.0.0 or ::)</source>
        <translation>Адрес приема: «%1» не является IP-адресом (например, 127.0.0.1, 0.0.0.0 или ::)</translation>
    </message>
    <message>
        <source>Receiver port: &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>Порт приема: «%1» не является числом от 1 до 65535</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Сейчас: %1.</translation>
    </message>
    <message>
        <source>Now: not receiving (%1).</source>
        <translation>Сейчас: прием не выполняется (%1).</translation>
    </message>
    <message>
        <source>Now: not receiving.</source>
        <translation>Сейчас: прием не выполняется.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::RouteModel</name>
    <message>
        <source>not installed here</source>
        <translation>не установлен здесь</translation>
    </message>
    <message>
        <source>available</source>
        <translation>доступен</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>недоступен: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>В этой системе</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplateStore</name>
    <message>
        <source>Maintenance</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>Maintenance on {date} at {time}: please save your work and log off. {sender}</source>
        <translation>Обслуживание {date} в {time}: сохраните свою работу и выйдите из системы. {sender}</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Перезагрузка</translation>
    </message>
    <message>
        <source>{recipient}: this computer restarts in 10 minutes. {sender}</source>
        <translation>{recipient}: этот компьютер будет перезагружен через 10 минут. {sender}</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Снова в работе</translation>
    </message>
    <message>
        <source>The service is back online ({time}). {sender}</source>
        <translation>Служба снова работает ({time}). {sender}</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplatesDialog</name>
    <message>
        <source>A text may hold these variables, filled in when it is sent:</source>
        <translation>Текст может содержать следующие переменные, подставляемые при отправке:</translation>
    </message>
    <message>
        <source>the day the message is sent</source>
        <translation>день отправки сообщения</translation>
    </message>
    <message>
        <source>the time it is sent</source>
        <translation>время отправки</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>имя отправителя</translation>
    </message>
    <message>
        <source>each recipient&apos;s name (each gets its own text)</source>
        <translation>имя каждого получателя (каждый получает свой текст)</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>У каждого шаблона должно быть имя.</translation>
    </message>
    <message>
        <source>There are two templates named &apos;%1&apos;.</source>
        <translation>Есть два шаблона с именем «%1».</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no text.</source>
        <translation>В шаблоне «%1» нет текста.</translation>
    </message>
    <message>
        <source>%1 is not a variable netmsg fills; it is sent as it is.</source>
        <translation>%1 не является переменной, которую заполняет netmsg; она отправляется как есть.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Новый шаблон %1</translation>
    </message>
</context>
</TS>
