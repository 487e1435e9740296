<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About netmsg</source>
        <translation>حول netmsg</translation>
    </message>
    <message>
        <source>An admin console for net send style network messages: send them to computer names, user aliases and terminal sessions, receive them, and see what happened to every one.</source>
        <translation>وحدة تحكم إدارية لرسائل الشبكة بأسلوب net send: أرسلها إلى أسماء أجهزة الكمبيوتر والأسماء المستعارة للمستخدمين وجلسات العمل الطرفية، واستقبلها، وتابع مصير كل واحدة منها.</translation>
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
        <translation>النظام:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>ملف الإعدادات:</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>ملف السجل:</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>مجلدات المكونات الإضافية:</translation>
    </message>
    <message>
        <source>&amp;Transports found:</source>
        <translation>&amp;وسائل النقل المكتشفة:</translation>
    </message>
    <message>
        <source>Transports found</source>
        <translation>وسائل النقل المكتشفة</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>المكونات الإضافية الم&amp;رفوضة:</translation>
    </message>
    <message>
        <source>Refused plugins</source>
        <translation>المكونات الإضافية المرفوضة</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;نسخ إلى الحافظة</translation>
    </message>
    <message>
        <source>Copy all of this as plain text, for a bug report</source>
        <translation>نسخ كل ذلك كنص عادي لإرفاقه بتقرير خطأ</translation>
    </message>
</context>
<context>
    <name>AddressBookWidget</name>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>تصفية جهات الاتصال</translation>
    </message>
    <message>
        <source>Filter by name, address or note (Ctrl+F)</source>
        <translation>التصفية حسب الاسم أو العنوان أو الملاحظة (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Add a contact (Ins)</source>
        <translation>إضافة جهة اتصال (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Edit the selected contact (or F2 in the table)</source>
        <translation>تحرير جهة الاتصال المحددة (أو F2 في الجدول)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>حذف جهات الاتصال المحددة (Del)</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file with the columns name, address, note and group; every row is shown before anything is saved</source>
        <translation>استيراد جهات الاتصال من ملف CSV يحتوي على الأعمدة name وaddress وnote وgroup؛ يتم عرض كل صف قبل حفظ أي شيء</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Save the contacts, with their groups, as a CSV file</source>
        <translation>حفظ جهات الاتصال مع مجموعاتها كملف CSV</translation>
    </message>
    <message>
        <source>Group&amp;s</source>
        <translation>ال&amp;مجموعات</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>اسم المجموعة الجديدة</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>إضافة م&amp;جموعة</translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation>إ&amp;زالة المجموعة</translation>
    </message>
    <message>
        <source>Delete the selected group (Del in the list)</source>
        <translation>حذف المجموعة المحددة (Del في القائمة)</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>أعضاء المجموعة المحددة</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <source>NAME, NAME@host[:port] or @group</source>
        <translation>NAME أو NAME@host[:port] أو @group</translation>
    </message>
    <message>
        <source>Add to Gro&amp;up</source>
        <translation>إضافة إلى الم&amp;جموعة</translation>
    </message>
    <message>
        <source>Add the member to the selected group (Return)</source>
        <translation>إضافة العضو إلى المجموعة المحددة (Enter)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>إزالة العضو</translation>
    </message>
    <message>
        <source>Remove the selected member (Del in the list)</source>
        <translation>إزالة العضو المحدد (Del في القائمة)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move the selected member up (Ctrl+Up)</source>
        <translation>نقل العضو المحدد لأعلى (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Move the selected member down (Ctrl+Down)</source>
        <translation>نقل العضو المحدد لأسفل (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Address book status</source>
        <translation>حالة دفتر العناوين</translation>
    </message>
</context>
<context>
    <name>AliasesWidget</name>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Add s&amp;erver:</source>
        <translation>إضافة &amp;خادم:</translation>
    </message>
    <message>
        <source>Server to add</source>
        <translation>الخادم المراد إضافته</translation>
    </message>
    <message>
        <source>HQ or 10.0.0.5</source>
        <translation>HQ أو 10.0.0.5</translation>
    </message>
    <message>
        <source>Transport that manages the server to add</source>
        <translation>وسيلة النقل التي تدير الخادم المراد إضافته</translation>
    </message>
    <message>
        <source>Aliases by server</source>
        <translation>الأسماء المستعارة حسب الخادم</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>الاسم الم&amp;ستعار:</translation>
    </message>
    <message>
        <source>Alias to add</source>
        <translation>الاسم المستعار المراد إضافته</translation>
    </message>
    <message>
        <source>OPS</source>
        <translation>OPS</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>List the aliases of the chosen server again</source>
        <translation>سرد الأسماء المستعارة للخادم المختار مرة أخرى</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>تحديث ال&amp;كل</translation>
    </message>
    <message>
        <source>List the aliases of every server again</source>
        <translation>سرد الأسماء المستعارة لكل الخوادم مرة أخرى</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>إ&amp;زالة الخادم</translation>
    </message>
    <message>
        <source>Stop showing the chosen server (its aliases stay)</source>
        <translation>إيقاف عرض الخادم المختار (تبقى أسماؤه المستعارة)</translation>
    </message>
    <message>
        <source>A&amp;dd Server</source>
        <translation>إضا&amp;فة خادم</translation>
    </message>
    <message>
        <source>Show the aliases of another server</source>
        <translation>عرض الأسماء المستعارة لخادم آخر</translation>
    </message>
    <message>
        <source>Add &amp;to Server</source>
        <translation>إضافة إلى ال&amp;خادم</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>إضافة الاسم المستعار إلى الخادم المختار</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>&amp;حذف المحدد</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>حذف الاسم المستعار المحدد من خادمه</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Names, NAME@host[:port], @group, separated by commas or new lines</source>
        <translation>أسماء أو NAME@host[:port] أو @group، مفصولة بفواصل أو بأسطر جديدة</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>E&amp;xecute on:</source>
        <translation>التن&amp;فيذ على:</translation>
    </message>
    <message>
        <source>Server to send from</source>
        <translation>الخادم المراد الإرسال منه</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>الم&amp;سار:</translation>
    </message>
    <message>
        <source>Route or transport</source>
        <translation>المسار أو وسيلة النقل</translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation>عند تجاو&amp;ز الحد:</translation>
    </message>
    <message>
        <source>What to do with a text over the limit</source>
        <translation>ما يجب فعله بالنص الذي يتجاوز الحد</translation>
    </message>
    <message>
        <source>&amp;Hold transient failures for</source>
        <translation>ا&amp;حتجاز الإخفاقات المؤقتة لمدة</translation>
    </message>
    <message>
        <source>Minutes to hold transient failures</source>
        <translation>عدد دقائق احتجاز الإخفاقات المؤقتة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>الق&amp;الب:</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>قالب الرسالة</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>الر&amp;سالة:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Message size in wire bytes</source>
        <translation>حجم الرسالة بالبايت على الشبكة</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>&amp;فحص مسبق</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>تشغيل &amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إر&amp;سال</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>اسم جهة الاتصال</translation>
    </message>
    <message>
        <source>How you refer to it, e.g. Front desk</source>
        <translation>الاسم الذي تشير به إليها، مثل مكتب الاستقبال</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>عنوان جهة الاتصال</translation>
    </message>
    <message>
        <source>NAME or NAME@host[:port]</source>
        <translation>NAME أو NAME@host[:port]</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>مل&amp;احظة:</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>ملاحظة جهة الاتصال</translation>
    </message>
    <message>
        <source>What is wrong with the contact</source>
        <translation>ما الخطأ في جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Recipients at a time:</source>
        <translation>عدد الم&amp;ستلمين في المرة الواحدة:</translation>
    </message>
    <message>
        <source>Recipients delivered at a time</source>
        <translation>عدد المستلمين الذين يتم التسليم إليهم في المرة الواحدة</translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt:</source>
        <translation>م&amp;هلة كل محاولة:</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds</source>
        <translation>مهلة كل محاولة بالثواني</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>R&amp;etries of transient failures:</source>
        <translation>إ&amp;عادة محاولة الإخفاقات المؤقتة:</translation>
    </message>
    <message>
        <source>Retries of transient failures</source>
        <translation>عدد مرات إعادة محاولة الإخفاقات المؤقتة</translation>
    </message>
    <message>
        <source>&amp;Ask before sending to more than:</source>
        <translation>ال&amp;سؤال قبل الإرسال إلى أكثر من:</translation>
    </message>
    <message>
        <source>Recipients before a send asks for confirmation</source>
        <translation>عدد المستلمين الذي يطلب الإرسال بعده التأكيد</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> مستلم</translation>
    </message>
    <message>
        <source>&amp;Longest message text:</source>
        <translation>أ&amp;طول نص للرسالة:</translation>
    </message>
    <message>
        <source>Longest message text in characters</source>
        <translation>أطول نص للرسالة بالأحرف</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> حرف</translation>
    </message>
    <message>
        <source>Only failures that may pass (a busy or unreachable peer, a timeout) are retried; a delivered or unconfirmed message is never sent again. A broadcast (*) always asks first.</source>
        <translation>تتم إعادة محاولة الإخفاقات التي قد تزول فقط (نظير مشغول أو يتعذر الوصول إليه، أو انتهاء مهلة)؛ ولا تتم أبداً إعادة إرسال رسالة تم تسليمها أو لم يتم تأكيدها. ويطلب البث (*) التأكيد دائماً أولاً.</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>إ&amp;عادة محاولة الفاشلة</translation>
    </message>
    <message>
        <source>Also &amp;unconfirmed</source>
        <translation>وغير الم&amp;ؤكدة أيضاً</translation>
    </message>
    <message>
        <source>Unconfirmed messages may have arrived; sending them again may deliver them twice.</source>
        <translation>ربما وصلت الرسائل غير المؤكدة بالفعل؛ وقد تؤدي إعادة إرسالها إلى تسليمها مرتين.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>تقدم التسليم</translation>
    </message>
    <message>
        <source>Per-recipient results</source>
        <translation>النتائج لكل مستلم</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run: What Would Be Sent</source>
        <translation>تشغيل تجريبي: ما الذي سيتم إرساله</translation>
    </message>
    <message>
        <source>Planned deliveries</source>
        <translation>عمليات التسليم المخططة</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Default &amp;route: the transports tried for each recipient, top first</source>
        <translation>الم&amp;سار الافتراضي: وسائل النقل التي تتم تجربتها لكل مستلم، من الأعلى أولاً</translation>
    </message>
    <message>
        <source>Transports on the default route</source>
        <translation>وسائل النقل على المسار الافتراضي</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Try this transport earlier (Ctrl+Up)</source>
        <translation>تجربة وسيلة النقل هذه في وقت أبكر (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Try this transport later (Ctrl+Down)</source>
        <translation>تجربة وسيلة النقل هذه في وقت لاحق (Ctrl+Down)</translation>
    </message>
    <message>
        <source>A recipient goes to the next checked transport only when one says it cannot reach it; a delivered or unconfirmed answer ends the route.</source>
        <translation>ينتقل المستلم إلى وسيلة النقل المحددة التالية فقط عندما تفيد إحداها بأنها لا تستطيع الوصول إليه؛ وتنهي الإجابة بالتسليم أو بعدم التأكيد المسار.</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>اسم الم&amp;رسل:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>The name your messages come from: a NetBIOS name of 1 to 15 characters</source>
        <translation>الاسم الذي تصدر منه رسائلك: اسم NetBIOS مكون من 1 إلى 15 حرفاً</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>&amp;صفحة ترميز OEM:</translation>
    </message>
    <message>
        <source>OEM code page</source>
        <translation>صفحة ترميز OEM</translation>
    </message>
    <message>
        <source>The encoding of names and text on the WinPopup wire; the recipients&apos; DOS code page</source>
        <translation>ترميز الأسماء والنص على خط WinPopup؛ صفحة ترميز DOS لدى المستلمين</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filter</source>
        <translation>عامل تصفية السجل</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Only messages sent on or after this day (&quot;any&quot;: from the first)</source>
        <translation>الرسائل المرسلة في هذا اليوم أو بعده فقط («أي تاريخ»: من أول رسالة)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Only messages sent on or before this day (&quot;any&quot;: up to now)</source>
        <translation>الرسائل المرسلة في هذا اليوم أو قبله فقط («أي تاريخ»: حتى الآن)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>حالة التسليم</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>وسيلة ال&amp;نقل:</translation>
    </message>
    <message>
        <source>Transport that ended the route</source>
        <translation>وسيلة النقل التي أنهت المسار</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>الم&amp;ستلم:</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>المستلم يحتوي على</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <source>Message text contains</source>
        <translation>نص الرسالة يحتوي على</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>م&amp;سح عامل التصفية</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>مسح عامل التصفية</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>حالة السجل</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدم التصدير</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>إل&amp;غاء التصدير</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Write every message and delivery the filter selects to a CSV or JSON file (Ctrl+E)</source>
        <translation>كتابة كل رسالة وعملية تسليم يحددها عامل التصفية إلى ملف CSV أو JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>الرسائل المرسلة</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>الرسالة المحددة</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>ا&amp;ستئناف…</translation>
    </message>
    <message>
        <source>Send the selected message to the recipients it was never sent to because netmsg stopped first</source>
        <translation>إرسال الرسالة المحددة إلى المستلمين الذين لم تُرسل إليهم قط لأن netmsg توقف قبل ذلك</translation>
    </message>
    <message>
        <source>Resume the selected message</source>
        <translation>استئناف الرسالة المحددة</translation>
    </message>
    <message>
        <source>Deliveries of the selected message</source>
        <translation>عمليات تسليم الرسالة المحددة</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>Show only &amp;rejected rows</source>
        <translation>إظهار الصفوف الم&amp;رفوضة فقط</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>صفوف الملف وما يحدث لكل منها</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation>علبة الوارد</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>حالة علبة الوارد</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;رد</translation>
    </message>
    <message>
        <source>Answer the selected message: its sender at the address it came from (Ctrl+Shift+R)</source>
        <translation>الرد على الرسالة المحددة: إلى مرسلها على العنوان الذي جاءت منه (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>وضع علامة &quot;مق&amp;روءة&quot;</translation>
    </message>
    <message>
        <source>Mark the selected messages read (Ctrl+Shift+M)</source>
        <translation>وضع علامة &quot;مقروءة&quot; على الرسائل المحددة (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>وضع علامة &quot;مقروءة&quot;</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>وضع علامة &quot;&amp;غير مقروءة&quot;</translation>
    </message>
    <message>
        <source>Mark the selected messages unread (Ctrl+Shift+U)</source>
        <translation>وضع علامة &quot;غير مقروءة&quot; على الرسائل المحددة (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>وضع علامة &quot;غير مقروءة&quot;</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>الرسائل المستلمة</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>الرسالة المحددة</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>Sender as the peer claimed it</source>
        <translation>المرسل كما ذكره النظير</translation>
    </message>
    <message>
        <source>Peer address:</source>
        <translation>عنوان النظير:</translation>
    </message>
    <message>
        <source>Address the message came from</source>
        <translation>العنوان الذي جاءت منه الرسالة</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Alias the message was sent to</source>
        <translation>الاسم المستعار الذي أُرسلت إليه الرسالة</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>تاريخ الاستلام:</translation>
    </message>
    <message>
        <source>When the message was received</source>
        <translation>وقت استلام الرسالة</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The console changes its language as soon as you apply; the command-line tool uses it from its next start.</source>
        <translation>تغيّر وحدة التحكم لغتها بمجرد التطبيق؛ وتستخدمها أداة سطر الأوامر بدءاً من تشغيلها التالي.</translation>
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
        <translation>أقسام وحدة التحكم</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>ال&amp;رسالة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إر&amp;سال</translation>
    </message>
    <message>
        <source>Send the message to every recipient (Ctrl+Return)</source>
        <translation>إرسال الرسالة إلى كل المستلمين (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>تشغيل &amp;تجريبي</translation>
    </message>
    <message>
        <source>Show what would be sent to whom, without sending</source>
        <translation>عرض ما سيتم إرساله ولمن، دون إرسال</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>&amp;فحص مسبق</translation>
    </message>
    <message>
        <source>Check every target before sending: name, port, transport</source>
        <translation>فحص كل هدف قبل الإرسال: الاسم، والمنفذ، ووسيلة النقل</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>إل&amp;غاء التسليم</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>إ&amp;عادة محاولة الفاشلة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>ال&amp;قوالب…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;About netmsg</source>
        <translation>&amp;حول netmsg</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Notify me of messages that arrive while the window is hidden or in the background</source>
        <translation>إ&amp;علامي بالرسائل التي تصل أثناء إخفاء النافذة أو عملها في الخلفية</translation>
    </message>
    <message>
        <source>One notification for each burst of messages, through the system tray where the desktop has one, else by flashing the window.</source>
        <translation>إعلام واحد لكل دفعة من الرسائل، عبر علبة النظام إن كانت سطح المكتب يوفرها، وإلا بوميض النافذة.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Preflight: Could Each Target Be Reached Now?</source>
        <translation>الفحص المسبق: هل يمكن الوصول إلى كل هدف الآن؟</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>نتائج الفحص المسبق</translation>
    </message>
    <message>
        <source>The selected target in full</source>
        <translation>الهدف المحدد بالتفصيل</translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <source>&amp;Receive messages in the console</source>
        <translation>ا&amp;ستقبال الرسائل في وحدة التحكم</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>الاستماع على ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>عنوان المستقبِل</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>منفذ المستقبِل</translation>
    </message>
    <message>
        <source>127.0.0.1 takes messages from this computer only; 0.0.0.0 (or ::) from every network. Windows sends to TCP port 139, which on Linux needs privileges; the default 1139 does not.</source>
        <translation>يستقبل 127.0.0.1 الرسائل من هذا الكمبيوتر فقط؛ و0.0.0.0 (أو ::) من كل الشبكات. يرسل Windows إلى منفذ TCP رقم 139، الذي يتطلب امتيازات على Linux؛ أما المنفذ الافتراضي 1139 فلا يتطلبها.</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>حالة المستقبِل</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>ما الخطأ في الإعدادات</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>قوالب الرسائل</translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation>ال&amp;قوالب:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>Add a template after the selected one (Ins)</source>
        <translation>إضافة قالب بعد القالب المحدد (Ins)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected template (Del)</source>
        <translation>إزالة القالب المحدد (Del)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>اسم القالب</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>نص القالب</translation>
    </message>
    <message>
        <source>What is wrong with the templates</source>
        <translation>ما الخطأ في القوالب</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Run &apos;netmsg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>شغّل &apos;netmsg COMMAND --help&apos; لعرض خيارات أحد الأوامر.</translation>
    </message>
    <message>
        <source>Send and receive net send style network messages.</source>
        <translation>إرسال رسائل الشبكة بأسلوب net send واستقبالها.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>الأمر المراد تشغيله.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>أمر غير معروف &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The netmsg console: send, receive and manage messages.</source>
        <translation>وحدة تحكم netmsg: إرسال الرسائل واستقبالها وإدارتها.</translation>
    </message>
    <message>
        <source>Language, e.g. de (default: the settings&apos;, else the system&apos;s).</source>
        <translation>اللغة، مثل de (الافتراضي: لغة الإعدادات، وإلا فلغة النظام).</translation>
    </message>
    <message>
        <source>Fill a scratch history with demo data, take a screenshot of every tab and dialog into FOLDER, and quit.</source>
        <translation>ملء سجل مؤقت ببيانات توضيحية، والتقاط لقطة شاشة لكل علامة تبويب ومربع حوار في FOLDER، ثم الإنهاء.</translation>
    </message>
</context>
<context>
    <name>netmsg::AliasStore</name>
    <message>
        <source>there is no data folder</source>
        <translation>لا يوجد مجلد بيانات</translation>
    </message>
    <message>
        <source>the data folder %1 is a shared temporary folder</source>
        <translation>مجلد البيانات %1 هو مجلد مؤقت مشترك</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an alias list: %2</source>
        <translation>%1 ليس قائمة أسماء مستعارة: %2</translation>
    </message>
    <message>
        <source>%1 is already an alias here</source>
        <translation>%1 اسم مستعار هنا بالفعل</translation>
    </message>
    <message>
        <source>%1 is not an alias here</source>
        <translation>%1 ليس اسماً مستعاراً هنا</translation>
    </message>
    <message>
        <source>%1 is held by another process (waited %2 ms)</source>
        <translation>%1 محجوز بواسطة عملية أخرى (تم الانتظار %2 مللي ثانية)</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>يتعذر تأمين %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذر الكتابة إلى %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryJob</name>
    <message>
        <source>the transport was unloaded</source>
        <translation>تم إلغاء تحميل وسيلة النقل</translation>
    </message>
    <message>
        <source>no transport on the route could take it (%1)</source>
        <translation>لم تتمكن أي وسيلة نقل على المسار من تولي الرسالة (%1)</translation>
    </message>
    <message>
        <source>the %1 transport was unloaded while the job ran</source>
        <translation>تم إلغاء تحميل وسيلة النقل %1 أثناء تشغيل المهمة</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>لم تُرجع وسيلة النقل أي نتيجة</translation>
    </message>
    <message>
        <source>not started within %1 ms: the transport&apos;s threads were all busy</source>
        <translation>لم تبدأ خلال %1 مللي ثانية: كانت كل مؤشرات ترابط وسيلة النقل مشغولة</translation>
    </message>
    <message>
        <source>no answer within %1 ms after the message was handed over; it may have arrived</source>
        <translation>لا توجد إجابة خلال %1 مللي ثانية بعد تسليم الرسالة؛ ربما وصلت</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>لا توجد إجابة خلال %1 مللي ثانية</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; not sent</source>
        <translation>تم إغلاق السجل أثناء تشغيل المهمة؛ لم يتم الإرسال</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>تم إغلاق السجل</translation>
    </message>
    <message>
        <source>not sent: history could not record the start (%1)</source>
        <translation>لم يتم الإرسال: تعذر على السجل تسجيل البدء (%1)</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>لم يتم الإرسال: %1</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; these results are not on disk</source>
        <translation>تم إغلاق السجل أثناء تشغيل المهمة؛ هذه النتائج غير محفوظة على القرص</translation>
    </message>
    <message>
        <source>no transport was given</source>
        <translation>لم يتم تحديد وسيلة نقل</translation>
    </message>
    <message>
        <source>the text has %L1 characters; the limit is %L2</source>
        <translation>يحتوي النص على %L1 حرفاً؛ والحد هو %L2</translation>
    </message>
    <message>
        <source>no transport on the route can be used here</source>
        <translation>لا يمكن استخدام أي وسيلة نقل على المسار هنا</translation>
    </message>
    <message>
        <source>%1: not available here</source>
        <translation>%1: غير متوفر هنا</translation>
    </message>
    <message>
        <source>a resume needs the history the message is in</source>
        <translation>يتطلب الاستئناف السجل الذي توجد فيه الرسالة</translation>
    </message>
    <message>
        <source>a resume needs the message and each recipient&apos;s position in its list</source>
        <translation>يتطلب الاستئناف الرسالة وموضع كل مستلم في قائمتها</translation>
    </message>
    <message>
        <source>this delivery job is already running</source>
        <translation>مهمة التسليم هذه قيد التشغيل بالفعل</translation>
    </message>
    <message>
        <source>the route names no transport</source>
        <translation>لا يحدد المسار أي وسيلة نقل</translation>
    </message>
    <message>
        <source>there are no recipients</source>
        <translation>لا يوجد مستلمون</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 parts</source>
        <translation>تم الإلغاء بعد %1 من %2 أجزاء</translation>
    </message>
    <message>
        <source>cancelled after the message was handed over; it may have arrived</source>
        <translation>تم الإلغاء بعد تسليم الرسالة؛ ربما وصلت</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>تم الإلغاء</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>تم الإلغاء قبل الإرسال</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryStates</name>
    <message>
        <source>pending</source>
        <translation>معلق</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>غير مؤكد</translation>
    </message>
</context>
<context>
    <name>netmsg::HistoryStore</name>
    <message>
        <source>reading the messages</source>
        <translation>قراءة الرسائل</translation>
    </message>
    <message>
        <source>reading the deliveries</source>
        <translation>قراءة عمليات التسليم</translation>
    </message>
    <message>
        <source>counting the deliveries</source>
        <translation>عدّ عمليات التسليم</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>قراءة علبة الوارد</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>قراءة جهات الاتصال</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>قراءة المجموعات</translation>
    </message>
    <message>
        <source>reading the dispatch ledger</source>
        <translation>قراءة دفتر الإرسال</translation>
    </message>
    <message>
        <source>the history %1 has schema version %2, newer than this netmsg knows (%3)</source>
        <translation>يحتوي السجل %1 على إصدار المخطط %2، وهو أحدث مما يعرفه إصدار netmsg هذا (%3)</translation>
    </message>
    <message>
        <source>migration to version %1</source>
        <translation>الترحيل إلى الإصدار %1</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>يتعذر فتح السجل %1: %2</translation>
    </message>
    <message>
        <source>history %1 (%2) failed: %3</source>
        <translation>السجل: فشلت %1 (%2): %3</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>السجل غير مفتوح</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>السجل %1 غير مفتوح</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>يتعذر إنشاء المجلد %1 للسجل</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>تحتاج جهة الاتصال إلى اسم</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>تحتاج المجموعة إلى اسم</translation>
    </message>
    <message>
        <source>query</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <source>there is no inbox message %1</source>
        <translation>لا توجد رسالة %1 في علبة الوارد</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>لا توجد جهة اتصال باسم &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>لا توجد مجموعة باسم &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>netmsg::IMessageTransport</name>
    <message>
        <source>transport &apos;%1&apos; has no option &apos;%2&apos;</source>
        <translation>وسيلة النقل &apos;%1&apos; ليس لها الخيار &apos;%2&apos;</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>سرد الأسماء المستعارة</translation>
    </message>
    <message>
        <source>adding aliases</source>
        <translation>إضافة الأسماء المستعارة</translation>
    </message>
    <message>
        <source>deleting aliases</source>
        <translation>حذف الأسماء المستعارة</translation>
    </message>
    <message>
        <source>receiving messages</source>
        <translation>استقبال الرسائل</translation>
    </message>
    <message>
        <source>addressing a host directly (%1)</source>
        <translation>توجيه الرسائل إلى مضيف مباشرةً (%1)</translation>
    </message>
    <message>
        <source>the %1 transport can address %2; it cannot check more without sending</source>
        <translation>يمكن لوسيلة النقل %1 توجيه الرسائل إلى %2؛ ولا يمكنها التحقق من المزيد دون إرسال</translation>
    </message>
    <message>
        <source>the %1 transport manages only this computer&apos;s aliases</source>
        <translation>تدير وسيلة النقل %1 الأسماء المستعارة لهذا الكمبيوتر فقط</translation>
    </message>
    <message>
        <source>the %1 transport does not support %2</source>
        <translation>لا تدعم وسيلة النقل %1 %2</translation>
    </message>
</context>
<context>
    <name>netmsg::LoopbackTransport</name>
    <message>
        <source>ports (%1): loopback servers are addressed by name</source>
        <translation>المنافذ (%1): تتم مخاطبة خوادم loopback بأسمائها</translation>
    </message>
    <message>
        <source>Loopback (test network)</source>
        <translation>Loopback (شبكة اختبار)</translation>
    </message>
</context>
<context>
    <name>netmsg::Netapi32Transport</name>
    <message>
        <source>this computer&apos;s Messenger service answered %1: sends executed here may fail, on a remote server they may work</source>
        <translation>أجابت خدمة Messenger على هذا الكمبيوتر بـ %1: قد تفشل عمليات الإرسال المنفذة هنا، وقد تنجح على خادم بعيد</translation>
    </message>
    <message>
        <source>running under Wine %1, whose Messenger functions (netapi32.dll NetMessage*) are unimplemented stubs that abort the process</source>
        <translation>يعمل تحت Wine %1، ودوال Messenger فيه (netapi32.dll NetMessage*) مجرد بدائل غير مطبقة تُنهي العملية</translation>
    </message>
    <message>
        <source>netapi32.dll could not be loaded (error %1)</source>
        <translation>تعذر تحميل netapi32.dll (الخطأ %1)</translation>
    </message>
    <message>
        <source>netapi32.dll lacks %1</source>
        <translation>تفتقر netapi32.dll إلى %1</translation>
    </message>
    <message>
        <source>this Windows has no Messenger service (Windows Vista and later answer ERROR_NOT_SUPPORTED)</source>
        <translation>لا يحتوي إصدار Windows هذا على خدمة Messenger (يجيب Windows Vista والإصدارات الأحدث بـ ERROR_NOT_SUPPORTED)</translation>
    </message>
    <message>
        <source>Windows Messenger (netapi32)</source>
        <translation>Windows Messenger (netapi32)</translation>
    </message>
</context>
<context>
    <name>netmsg::NodeStatusQuery</name>
    <message>
        <source>cannot resolve %1 to an IPv4 address: %2</source>
        <translation>يتعذر تحليل %1 إلى عنوان IPv4: %2</translation>
    </message>
    <message>
        <source>no NetBIOS node status answer from %1 port %2 within %3 ms</source>
        <translation>لا توجد إجابة لحالة عقدة NetBIOS من %1 المنفذ %2 خلال %3 مللي ثانية</translation>
    </message>
</context>
<context>
    <name>netmsg::Outcome</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>تمت العملية بنجاح.</translation>
    </message>
    <message>
        <source>The function is not valid here.</source>
        <translation>الدالة غير صالحة هنا.</translation>
    </message>
    <message>
        <source>A file the operation needs was not found.</source>
        <translation>لم يتم العثور على ملف تحتاجه العملية.</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>تم رفض الوصول.</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>لا توجد ذاكرة كافية لإكمال العملية.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>البيانات غير صالحة.</translation>
    </message>
    <message>
        <source>The peer reported a general failure.</source>
        <translation>أبلغ النظير عن فشل عام.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>الطلب غير معتمد.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>لم يتم العثور على مسار الشبكة.</translation>
    </message>
    <message>
        <source>The network is busy.</source>
        <translation>الشبكة مشغولة.</translation>
    </message>
    <message>
        <source>The peer sent a response netmsg does not understand.</source>
        <translation>أرسل النظير استجابة لا يفهمها netmsg.</translation>
    </message>
    <message>
        <source>An unexpected network error occurred.</source>
        <translation>حدث خطأ غير متوقع في الشبكة.</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>أغلق النظير الاتصال.</translation>
    </message>
    <message>
        <source>The peer does not answer to that name.</source>
        <translation>لا يستجيب النظير لهذا الاسم.</translation>
    </message>
    <message>
        <source>The peer does not accept messages.</source>
        <translation>لا يقبل النظير الرسائل.</translation>
    </message>
    <message>
        <source>A parameter is not valid.</source>
        <translation>إحدى المعلمات غير صالحة.</translation>
    </message>
    <message>
        <source>This function is not implemented on this system.</source>
        <translation>هذه الدالة غير مطبقة على هذا النظام.</translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation>الاسم غير صالح.</translation>
    </message>
    <message>
        <source>The information level is not valid.</source>
        <translation>مستوى المعلومات غير صالح.</translation>
    </message>
    <message>
        <source>More data is available.</source>
        <translation>تتوفر بيانات إضافية.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>لا توجد مساحة كافية على القرص.</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>المورد المطلوب قيد الاستخدام.</translation>
    </message>
    <message>
        <source>The messenger service is not running.</source>
        <translation>خدمة Messenger لا تعمل.</translation>
    </message>
    <message>
        <source>The sending process ended while this was under way.</source>
        <translation>انتهت عملية الإرسال أثناء تنفيذ ذلك.</translation>
    </message>
    <message>
        <source>The text has characters the target code page cannot encode.</source>
        <translation>يحتوي النص على أحرف لا يمكن لصفحة الترميز الهدف ترميزها.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>تم إلغاء العملية.</translation>
    </message>
    <message>
        <source>The remote computer refused the connection.</source>
        <translation>رفض الكمبيوتر البعيد الاتصال.</translation>
    </message>
    <message>
        <source>The network is unreachable.</source>
        <translation>تعذر الوصول إلى الشبكة.</translation>
    </message>
    <message>
        <source>The remote computer is unreachable.</source>
        <translation>تعذر الوصول إلى الكمبيوتر البعيد.</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>تم إحباط الاتصال.</translation>
    </message>
    <message>
        <source>An internal error occurred in netmsg.</source>
        <translation>حدث خطأ داخلي في netmsg.</translation>
    </message>
    <message>
        <source>The peer has insufficient resources.</source>
        <translation>لا تتوفر لدى النظير موارد كافية.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>انتهت مهلة العملية.</translation>
    </message>
    <message>
        <source>The server is unavailable.</source>
        <translation>الخادم غير متوفر.</translation>
    </message>
    <message>
        <source>The message is longer than the transport allows.</source>
        <translation>الرسالة أطول مما تسمح به وسيلة النقل.</translation>
    </message>
    <message>
        <source>The buffer is too small for the answer.</source>
        <translation>المخزن المؤقت صغير جداً بالنسبة للإجابة.</translation>
    </message>
    <message>
        <source>A general network error occurred.</source>
        <translation>حدث خطأ عام في الشبكة.</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>أبلغ الخادم عن خطأ داخلي.</translation>
    </message>
    <message>
        <source>The message alias could not be found on the network.</source>
        <translation>تعذر العثور على الاسم المستعار للرسالة على الشبكة.</translation>
    </message>
    <message>
        <source>This message alias already exists locally.</source>
        <translation>هذا الاسم المستعار للرسالة موجود بالفعل محلياً.</translation>
    </message>
    <message>
        <source>The maximum number of added message aliases has been exceeded.</source>
        <translation>تم تجاوز الحد الأقصى لعدد الأسماء المستعارة المضافة للرسائل.</translation>
    </message>
    <message>
        <source>The computer name could not be deleted.</source>
        <translation>تعذر حذف اسم الكمبيوتر.</translation>
    </message>
    <message>
        <source>An error occurred when the message was received.</source>
        <translation>حدث خطأ عند استلام الرسالة.</translation>
    </message>
    <message>
        <source>The message alias is currently in use. Try again later.</source>
        <translation>الاسم المستعار للرسالة قيد الاستخدام حالياً. حاول مرة أخرى لاحقاً.</translation>
    </message>
    <message>
        <source>The Messenger service has not been started.</source>
        <translation>لم يتم بدء تشغيل خدمة Messenger.</translation>
    </message>
    <message>
        <source>The name is not on the local computer.</source>
        <translation>الاسم غير موجود على الكمبيوتر المحلي.</translation>
    </message>
    <message>
        <source>The broadcast message is longer than 128 bytes.</source>
        <translation>رسالة البث أطول من 128 بايت.</translation>
    </message>
    <message>
        <source>A duplicate message alias exists on the network.</source>
        <translation>يوجد اسم مستعار مكرر للرسالة على الشبكة.</translation>
    </message>
    <message>
        <source>The message alias has not been completely deleted.</source>
        <translation>لم يتم حذف الاسم المستعار للرسالة بالكامل.</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>خطأ غير معروف %1.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>إدخال غير صالح</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>الاسم غير موجود</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>تم رفض الوصول</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>يتعذر الوصول</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>غير معتمد</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>تم الإلغاء</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>خطأ داخلي</translation>
    </message>
</context>
<context>
    <name>netmsg::Preflight</name>
    <message>
        <source>the route names no transport</source>
        <translation>لا يحدد المسار أي وسيلة نقل</translation>
    </message>
    <message>
        <source>no transport on the route can take %1 (%2)</source>
        <translation>لا يمكن لأي وسيلة نقل على المسار تولي %1 (%2)</translation>
    </message>
    <message>
        <source>this preflight is already running</source>
        <translation>هذا الفحص المسبق قيد التشغيل بالفعل</translation>
    </message>
    <message>
        <source>there are no targets to check</source>
        <translation>لا توجد أهداف لفحصها</translation>
    </message>
    <message>
        <source>the %1 transport was closed</source>
        <translation>تم إغلاق وسيلة النقل %1</translation>
    </message>
    <message>
        <source>the %1 probe ended without an answer</source>
        <translation>انتهى فحص وسيلة النقل %1 دون إجابة</translation>
    </message>
    <message>
        <source>the %1 probe did not answer within %2 ms</source>
        <translation>لم يُجب فحص وسيلة النقل %1 خلال %2 مللي ثانية</translation>
    </message>
    <message>
        <source>cancelled while %1 was checking it</source>
        <translation>تم الإلغاء أثناء فحص %1 له</translation>
    </message>
    <message>
        <source>cancelled before it was checked</source>
        <translation>تم الإلغاء قبل فحصه</translation>
    </message>
</context>
<context>
    <name>netmsg::RecipientList</name>
    <message>
        <source>the name column is empty</source>
        <translation>عمود الاسم فارغ</translation>
    </message>
    <message>
        <source>groups nest deeper than %1 levels (a cycle?)</source>
        <translation>تتداخل المجموعات بعمق يتجاوز %1 مستويات (حلقة؟)</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; contains itself (a cycle)</source>
        <translation>المجموعة &apos;%1&apos; تحتوي على نفسها (حلقة)</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>لا توجد مجموعة باسم &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; lacks its closing &apos;]&apos;</source>
        <translation>المضيف &apos;%1&apos; يفتقر إلى &apos;]&apos; الختامية</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>نص غير متوقع بعد &apos;]&apos; في &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>&apos;%1&apos; ليس اسم مضيف أو عنواناً صالحاً</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>المنفذ &apos;%1&apos; ليس رقماً من 1 إلى 65535</translation>
    </message>
</context>
<context>
    <name>netmsg::ResumePlan</name>
    <message>
        <source>there is no message %1 in %2</source>
        <translation>لا توجد رسالة %1 في %2</translation>
    </message>
    <message>
        <source>message %1 has no dispatch ledger (it was sent by an older netmsg); it cannot be resumed</source>
        <translation>لا يوجد دفتر إرسال للرسالة %1 (أرسلها إصدار أقدم من netmsg)؛ ولا يمكن استئنافها</translation>
    </message>
    <message>
        <source>marked as under way when the sending process ended: it may have arrived, so it is not sent again</source>
        <translation>كانت مُعلَّمة كقيد التنفيذ عند انتهاء عملية الإرسال: ربما وصلت، لذا لن يُعاد إرسالها</translation>
    </message>
    <message>
        <source>message %1: the recipient &apos;%2&apos; at position %3 in history cannot be read back</source>
        <translation>الرسالة %1: تتعذر إعادة قراءة المستلم &apos;%2&apos; في الموضع %3 من السجل</translation>
    </message>
</context>
<context>
    <name>netmsg::Route</name>
    <message>
        <source>route &apos;%1&apos;: entry %2 is empty</source>
        <translation>المسار &apos;%1&apos;: الإدخال %2 فارغ</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is not a transport id</source>
        <translation>المسار &apos;%1&apos;: &apos;%2&apos; ليس معرّف وسيلة نقل</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is named twice</source>
        <translation>المسار &apos;%1&apos;: &apos;%2&apos; مذكور مرتين</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos;</source>
        <translation>لا توجد وسيلة نقل &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>netmsg::SendLock</name>
    <message>
        <source>message %1 is being sent by %2 (process %3 on %4); go on with it once that has ended</source>
        <translation>يتم إرسال الرسالة %1 بواسطة %2 (العملية %3 على %4)؛ تابعها بعد انتهاء ذلك</translation>
    </message>
    <message>
        <source>another netmsg</source>
        <translation>نسخة أخرى من netmsg</translation>
    </message>
    <message>
        <source>cannot lock %1 to send message %2</source>
        <translation>يتعذر تأمين %1 لإرسال الرسالة %2</translation>
    </message>
</context>
<context>
    <name>netmsg::TransportRegistry</name>
    <message>
        <source>there is no transport &apos;%1&apos; (known: %2)</source>
        <translation>لا توجد وسيلة نقل &apos;%1&apos; (المعروفة: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>the %1 plugin failed to load: %2</source>
        <translation>فشل تحميل المكون الإضافي %1: %2</translation>
    </message>
    <message>
        <source>the %1 plugin created no transport</source>
        <translation>لم ينشئ المكون الإضافي %1 أي وسيلة نقل</translation>
    </message>
</context>
<context>
    <name>netmsg::Validation</name>
    <message>
        <source>alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>اسم الخادم</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 فارغ</translation>
    </message>
    <message>
        <source>this transport cannot broadcast to &apos;*&apos;</source>
        <translation>لا تستطيع وسيلة النقل هذه البث إلى &apos;*&apos;</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which is not allowed in a name</source>
        <translation>يحتوي %1 &apos;%2&apos; على الحرف %3 في الموضع %4، وهو غير مسموح به في الأسماء</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has &apos;*&apos; at position %3; &apos;*&apos; is only valid alone, as a broadcast</source>
        <translation>يحتوي %1 &apos;%2&apos; على &apos;*&apos; في الموضع %3؛ و&apos;*&apos; صالحة بمفردها فقط، كبث</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; starts or ends with a space</source>
        <translation>%1 &apos;%2&apos; يبدأ أو ينتهي بمسافة</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is only dots</source>
        <translation>%1 &apos;%2&apos; يتكون من نقاط فقط</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is a reserved word</source>
        <translation>%1 &apos;%2&apos; كلمة محجوزة</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which %5 cannot encode</source>
        <translation>يحتوي %1 &apos;%2&apos; على الحرف %3 في الموضع %4، والذي لا يمكن لـ %5 ترميزه</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is %3 characters long; the limit is %4</source>
        <translation>طول %1 &apos;%2&apos; هو %3 حرفاً؛ والحد هو %4</translation>
    </message>
    <message>
        <source>the encoding &apos;%1&apos; is not known</source>
        <translation>الترميز &apos;%1&apos; غير معروف</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 في الموضع %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n آخر</numerusform>
            <numerusform>و%n آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot encode %2</source>
        <translation>لا يمكن لـ %1 ترميز %2</translation>
    </message>
    <message>
        <source>the broadcast is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>حجم البث %1 بايت في %2؛ والحد هو %3 بايت</translation>
    </message>
    <message>
        <source>the message is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>حجم الرسالة %1 بايت في %2؛ والحد هو %3 بايت</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupConnection</name>
    <message>
        <source>the inbox gave no answer for the message</source>
        <translation>لم تقدم علبة الوارد أي إجابة للرسالة</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupError</name>
    <message>
        <source>not listening on called name</source>
        <translation>لا يوجد استماع على الاسم المستدعى</translation>
    </message>
    <message>
        <source>not listening for calling name</source>
        <translation>لا يوجد استماع للاسم المستدعي</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>الاسم المستدعى غير موجود</translation>
    </message>
    <message>
        <source>called name present, but insufficient resources</source>
        <translation>الاسم المستدعى موجود، ولكن الموارد غير كافية</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>خطأ غير محدد</translation>
    </message>
    <message>
        <source>NetBIOS session refused: %1 (%2)</source>
        <translation>تم رفض جلسة NetBIOS: %1 (%2)</translation>
    </message>
    <message>
        <source>NetBIOS session refused with unknown code %1</source>
        <translation>تم رفض جلسة NetBIOS برمز غير معروف %1</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>تمت الإجابة على %1 بـ %2</translation>
    </message>
    <message>
        <source>%1 answered NTSTATUS %2</source>
        <translation>تمت الإجابة على %1 بـ NTSTATUS %2</translation>
    </message>
    <message>
        <source>%1 answered DOS error class %2 code %3</source>
        <translation>تمت الإجابة على %1 بفئة خطأ DOS %2 والرمز %3</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupOptions</name>
    <message>
        <source>winpopup option &quot;%1&quot;: &quot;%2&quot; is not an address or address/prefix</source>
        <translation>خيار winpopup &quot;%1&quot;: &quot;%2&quot; ليس عنواناً أو عنوان/بادئة</translation>
    </message>
    <message>
        <source>unknown winpopup option &quot;%1&quot; (known: %2)</source>
        <translation>خيار winpopup غير معروف &quot;%1&quot; (المعروفة: %2)</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for winpopup option &quot;%2&quot;</source>
        <translation>قيمة غير صالحة &quot;%1&quot; لخيار winpopup &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupProbe</name>
    <message>
        <source>the transport was closed while checking %1</source>
        <translation>تم إغلاق وسيلة النقل أثناء فحص %1</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>يتعذر تحليل %1: %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 يستجيب</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>استغرق تحليل %1 أكثر من %2 مللي ثانية</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>استغرق الاتصال بـ %1 أكثر من %2 مللي ثانية</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupReceiver</name>
    <message>
        <source>unknown code page %1</source>
        <translation>صفحة ترميز غير معروفة %1</translation>
    </message>
    <message>
        <source>receiver limits must be positive (connections, bytes, idle ms, session ms)</source>
        <translation>يجب أن تكون حدود المستقبِل موجبة (الاتصالات، والبايتات، ومللي ثانية الخمول، ومللي ثانية الجلسة)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>يتعذر الاستماع على %1:%2: %3</translation>
    </message>
    <message>
        <source>the receiver is full (%1 connections)</source>
        <translation>المستقبِل ممتلئ (%1 اتصالات)</translation>
    </message>
    <message>
        <source>%1 connections from this address already</source>
        <translation>يوجد بالفعل %1 اتصالات من هذا العنوان</translation>
    </message>
    <message>
        <source>more than %1 new connections a minute from this address</source>
        <translation>أكثر من %1 اتصالات جديدة في الدقيقة من هذا العنوان</translation>
    </message>
    <message>
        <source>the address is in a denied network</source>
        <translation>العنوان ضمن شبكة مرفوضة</translation>
    </message>
    <message>
        <source>the address is in no allowed network</source>
        <translation>العنوان ليس ضمن أي شبكة مسموح بها</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupSender</name>
    <message>
        <source>the transport was closed while sending to %1</source>
        <translation>تم إغلاق وسيلة النقل أثناء الإرسال إلى %1</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>يتعذر تحليل %1: %2</translation>
    </message>
    <message>
        <source>malformed NetBIOS packet from %1</source>
        <translation>حزمة NetBIOS تالفة من %1</translation>
    </message>
    <message>
        <source>unexpected NetBIOS packet type 0x%1 from %2</source>
        <translation>نوع حزمة NetBIOS غير متوقع 0x%1 من %2</translation>
    </message>
    <message>
        <source>%1 from %2 got no valid reply</source>
        <translation>لم يتلقَّ %1 إلى %2 أي رد صالح</translation>
    </message>
    <message>
        <source>no session response from %1 (packet type 0x%2)</source>
        <translation>لا توجد استجابة جلسة من %1 (نوع الحزمة 0x%2)</translation>
    </message>
    <message>
        <source>bad or endless session retarget from %1</source>
        <translation>إعادة توجيه جلسة غير صالحة أو لا نهائية من %1</translation>
    </message>
    <message>
        <source>%1 retargets the session to %2:%3, another host; not followed (winpopup option retargetOtherHosts allows it)</source>
        <translation>يعيد %1 توجيه الجلسة إلى %2:%3، وهو مضيف آخر؛ لم تتم المتابعة (يسمح بذلك خيار winpopup المسمى retargetOtherHosts)</translation>
    </message>
    <message>
        <source>%1 accepted none of our SMB dialects</source>
        <translation>لم يقبل %1 أياً من لهجات SMB لدينا</translation>
    </message>
    <message>
        <source>unsolicited SMB reply from %1</source>
        <translation>رد SMB غير مطلوب من %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the session request</source>
        <translation>أغلق %1 الاتصال بدلاً من الإجابة على طلب الجلسة</translation>
    </message>
    <message>
        <source>%1 closed the connection while waiting for the %2 reply</source>
        <translation>أغلق %1 الاتصال أثناء انتظار الرد على %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>استغرق تحليل %1 أكثر من %2 مللي ثانية</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>استغرق الاتصال بـ %1 أكثر من %2 مللي ثانية</translation>
    </message>
    <message>
        <source>%1 did not answer the session request within %2 ms</source>
        <translation>لم يُجب %1 على طلب الجلسة خلال %2 مللي ثانية</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>لم يُجب %1 على %2 خلال %3 مللي ثانية</translation>
    </message>
    <message>
        <source>the message was handed over to %1 but not confirmed: %2</source>
        <translation>تم تسليم الرسالة إلى %1 ولكن لم يتم تأكيدها: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupTransport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>not representable in %1: %2</source>
        <translation>لا يمكن تمثيله في %1: %2</translation>
    </message>
    <message>
        <source>sending through another server</source>
        <translation>الإرسال عبر خادم آخر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME@host[:port]</source>
        <translation>&quot;%1&quot; ليس NAME@host[:port]</translation>
    </message>
    <message>
        <source>broadcast (the WinPopup session is sent to one name)</source>
        <translation>البث (تُرسل جلسة WinPopup إلى اسم واحد)</translation>
    </message>
    <message>
        <source>%1 bytes in %2 with %3 line breaks; the limit is %4 bytes</source>
        <translation>%1 بايت في %2 مع %3 فواصل أسطر؛ والحد هو %4 بايت</translation>
    </message>
    <message>
        <source>the names this computer&apos;s receiver answers to</source>
        <translation>الأسماء التي يستجيب لها مستقبِل هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>listing only, through NetBIOS node status</source>
        <translation>السرد فقط، عبر حالة عقدة NetBIOS</translation>
    </message>
    <message>
        <source>%1 on %2: the winpopup transport manages only its own receiver&apos;s names</source>
        <translation>%1 على %2: تدير وسيلة النقل winpopup أسماء مستقبِلها فقط</translation>
    </message>
    <message>
        <source>adding an alias</source>
        <translation>إضافة اسم مستعار</translation>
    </message>
    <message>
        <source>deleting an alias</source>
        <translation>حذف اسم مستعار</translation>
    </message>
    <message>
        <source>unknown OEM code page %1</source>
        <translation>صفحة ترميز OEM غير معروفة %1</translation>
    </message>
    <message>
        <source>WinPopup (SMB messenger)</source>
        <translation>WinPopup (SMB messenger)</translation>
    </message>
</context>
<context>
    <name>netmsg::WtsTransport</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>running under Wine %1, whose WTSSendMessageW is a stub that shows nothing, and which has no msg.exe</source>
        <translation>يعمل تحت Wine %1، الذي تُعد فيه WTSSendMessageW بديلاً لا يعرض شيئاً، ولا يحتوي على msg.exe</translation>
    </message>
    <message>
        <source>no msg.exe in System32 (Windows Home editions do not ship it)</source>
        <translation>لا يوجد msg.exe في System32 (لا تتضمنه إصدارات Windows Home)</translation>
    </message>
    <message>
        <source>wtsapi32.dll could not be loaded (error %1)</source>
        <translation>تعذر تحميل wtsapi32.dll (الخطأ %1)</translation>
    </message>
    <message>
        <source>wtsapi32.dll lacks %1</source>
        <translation>تفتقر wtsapi32.dll إلى %1</translation>
    </message>
    <message>
        <source>no fallback: %1</source>
        <translation>لا يوجد بديل: %1</translation>
    </message>
    <message>
        <source>transport &apos;wts&apos; has no option &apos;%1&apos;</source>
        <translation>وسيلة النقل &apos;wts&apos; ليس لها الخيار &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of transport &apos;wts&apos; cannot be &apos;%2&apos;</source>
        <translation>لا يمكن أن يكون الخيار &apos;%1&apos; لوسيلة النقل &apos;wts&apos; هو &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option &apos;wait&apos; of transport &apos;wts&apos; needs &apos;timeoutSeconds&apos; from 1 to %1: a message box nobody answers would block its thread for good</source>
        <translation>يحتاج الخيار &apos;wait&apos; لوسيلة النقل &apos;wts&apos; إلى &apos;timeoutSeconds&apos; من 1 إلى %1: فمربع رسالة لا يجيب عليه أحد سيحظر مؤشر الترابط الخاص به إلى الأبد</translation>
    </message>
    <message>
        <source>no session on this computer matches %1</source>
        <translation>لا توجد جلسة على هذا الكمبيوتر تطابق %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation>
            <numerusform>%n جلسة تطابق %1: %2</numerusform>
            <numerusform>%n جلسة تطابق %1: %2</numerusform>
            <numerusform>%n جلستان تطابقان %1: %2</numerusform>
            <numerusform>%n جلسات تطابق %1: %2</numerusform>
            <numerusform>%n جلسة تطابق %1: %2</numerusform>
            <numerusform>%n جلسة تطابق %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal sessions (WTS)</source>
        <translation>جلسات العمل الطرفية (WTS)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::AliasCommand</name>
    <message>
        <source>List, add or delete the messenger aliases of a server.</source>
        <translation>سرد الأسماء المستعارة للرسائل على خادم، أو إضافتها، أو حذفها.</translation>
    </message>
    <message>
        <source>Server whose aliases to manage (default: this computer).</source>
        <translation>الخادم المراد إدارة أسمائه المستعارة (الافتراضي: هذا الكمبيوتر).</translation>
    </message>
    <message>
        <source>say what to do: list, add or del</source>
        <translation>حدد الإجراء: list أو add أو del</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add or del)</source>
        <translation>إجراء غير معروف &apos;%1&apos; (list أو add أو del)</translation>
    </message>
    <message>
        <source>&apos;alias list&apos; takes no names</source>
        <translation>لا يقبل &apos;alias list&apos; أي أسماء</translation>
    </message>
    <message>
        <source>&apos;alias %1&apos; needs at least one NAME</source>
        <translation>يحتاج &apos;alias %1&apos; إلى NAME واحد على الأقل</translation>
    </message>
    <message>
        <source>server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>سرد الأسماء المستعارة</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>تمت إضافة %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>تم حذف %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::CliSession</name>
    <message>
        <source>--transport-option &apos;%1&apos; is not [ID.]KEY=VALUE</source>
        <translation>--transport-option &apos;%1&apos; ليس بالصيغة [ID.]KEY=VALUE</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; names %2, which is not on the route (%3)</source>
        <translation>يذكر --transport-option &apos;%1&apos; وسيلة النقل %2، وهي ليست على المسار (%3)</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos;: the route has %2 transports (%3); say which, as ID.%4</source>
        <translation>--transport-option &apos;%1&apos;: يحتوي المسار على %2 وسائل نقل (%3)؛ حدد المقصودة منها بالصيغة ID.%4</translation>
    </message>
    <message>
        <source>code page %1: no transport on the route speaks an OEM code page (%2)</source>
        <translation>صفحة الترميز %1: لا توجد وسيلة نقل على المسار تستخدم صفحة ترميز OEM (%2)</translation>
    </message>
    <message>
        <source>give either --transport or --route, not both</source>
        <translation>حدد --transport أو --route، وليس كليهما</translation>
    </message>
    <message>
        <source>transport options</source>
        <translation>خيارات وسيلة النقل</translation>
    </message>
    <message>
        <source>transport %1</source>
        <translation>وسيلة النقل %1</translation>
    </message>
    <message>
        <source>transport %1 is not available</source>
        <translation>وسيلة النقل %1 غير متوفرة</translation>
    </message>
    <message>
        <source>no available transport on the route (%1) can %2</source>
        <translation>لا تستطيع أي وسيلة نقل متوفرة على المسار (%1) %2</translation>
    </message>
    <message>
        <source>history</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>لم تُرجع وسيلة النقل أي نتيجة</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::Command</name>
    <message>
        <source>Transport to use (see &apos;netmsg transports&apos;).</source>
        <translation>وسيلة النقل المراد استخدامها (راجع &apos;netmsg transports&apos;).</translation>
    </message>
    <message>
        <source>Transports to try per recipient, in order, e.g. netapi32,wts,winpopup.</source>
        <translation>وسائل النقل المراد تجربتها لكل مستلم، بالترتيب، مثل netapi32,wts,winpopup.</translation>
    </message>
    <message>
        <source>Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has several transports).</source>
        <translation>خيار وسيلة النقل [ID.]KEY=VALUE (قابل للتكرار؛ ID. عندما يحتوي المسار على عدة وسائل نقل).</translation>
    </message>
    <message>
        <source>Print JSON, one object per line.</source>
        <translation>طباعة JSON، كائن واحد في كل سطر.</translation>
    </message>
    <message>
        <source>Try &apos;netmsg %1 --help&apos;.</source>
        <translation>جرّب &apos;netmsg %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::HistoryCommand</name>
    <message>
        <source>Show sent messages with every recipient&apos;s result, or received messages.</source>
        <translation>عرض الرسائل المرسلة مع نتيجة كل مستلم، أو الرسائل المستلمة.</translation>
    </message>
    <message>
        <source>How many messages to show (default 20).</source>
        <translation>عدد الرسائل المراد عرضها (الافتراضي 20).</translation>
    </message>
    <message>
        <source>Show received messages instead.</source>
        <translation>عرض الرسائل المستلمة بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a positive number</source>
        <translation>--limit &apos;%1&apos; ليس رقماً موجباً</translation>
    </message>
    <message>
        <source>history</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>from %1 (%2) to %3</source>
        <translation>من %1 (%2) إلى %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>تم تسليم %1 من %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>فشل %1</translation>
    </message>
    <message>
        <source>%1 unconfirmed</source>
        <translation>%1 غير مؤكد</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 معلق</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message>
        <source>Receive messages: store each in the inbox and print it as it arrives.</source>
        <translation>استقبال الرسائل: تخزين كل رسالة في علبة الوارد وطباعتها عند وصولها.</translation>
    </message>
    <message>
        <source>Address to listen on (default: the settings&apos;, 127.0.0.1).</source>
        <translation>العنوان المراد الاستماع عليه (الافتراضي: عنوان الإعدادات، 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default: the settings&apos;, 1139).</source>
        <translation>المنفذ المراد الاستماع عليه (الافتراضي: منفذ الإعدادات، 1139).</translation>
    </message>
    <message>
        <source>Answer to NAME as well; added to the stored alias list (repeatable).</source>
        <translation>الاستجابة لـ NAME أيضاً؛ تتم إضافته إلى قائمة الأسماء المستعارة المخزنة (قابل للتكرار).</translation>
    </message>
    <message>
        <source>Code page of incoming text, e.g. CP850.</source>
        <translation>صفحة ترميز النص الوارد، مثل CP850.</translation>
    </message>
    <message>
        <source>Stop after N messages (default: run until interrupted).</source>
        <translation>التوقف بعد N رسالة (الافتراضي: التشغيل حتى المقاطعة).</translation>
    </message>
    <message>
        <source>Peers served at once (default 64).</source>
        <translation>عدد النظراء الذين تتم خدمتهم في وقت واحد (الافتراضي 64).</translation>
    </message>
    <message>
        <source>Longest message accepted, in bytes (default 4096).</source>
        <translation>أطول رسالة مقبولة، بالبايت (الافتراضي 4096).</translation>
    </message>
    <message>
        <source>Close a peer&apos;s connection after this many silent seconds (default 30).</source>
        <translation>إغلاق اتصال النظير بعد هذا العدد من ثواني الصمت (الافتراضي 30).</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>لا يقبل listen أي وسيطات</translation>
    </message>
    <message>
        <source>--address &apos;%1&apos; is not an IP address</source>
        <translation>--address &apos;%1&apos; ليس عنوان IP</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>يجب أن تكون قيمة --port رقماً من 1 إلى 65535</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>يجب أن تكون قيمة --count رقماً موجباً</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>يجب أن تكون قيمة --%1 رقماً موجباً</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>adding alias %1</source>
        <translation>إضافة الاسم المستعار %1</translation>
    </message>
    <message>
        <source>netmsg: warning: no aliases: every session will be refused (use --alias NAME)</source>
        <translation>netmsg: تحذير: لا توجد أسماء مستعارة: سيتم رفض كل جلسة (استخدم --alias NAME)</translation>
    </message>
    <message>
        <source>[%1] %2 (%3) to %4:</source>
        <translation>[%1] %2 (%3) إلى %4:</translation>
    </message>
    <message>
        <source>storing a message from %1</source>
        <translation>تخزين رسالة من %1</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>الاستماع على %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n آخر</numerusform>
            <numerusform>%1 و%n آخران</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>netmsg: listening on %1 (%2) for %3</source>
        <translation>netmsg: الاستماع على %1 (%2) لـ %3</translation>
    </message>
    <message>
        <source>netmsg: warning: %1 is not loopback: other computers can send to these names (limit who with --transport-option winpopup.allowNetworks=NET/PREFIX,...)</source>
        <translation>netmsg: تحذير: %1 ليس loopback: يمكن لأجهزة الكمبيوتر الأخرى الإرسال إلى هذه الأسماء (حدد من يمكنه ذلك باستخدام --transport-option winpopup.allowNetworks=NET/PREFIX,...)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message>
        <source>cannot read recipients from %1: %2</source>
        <translation>تتعذر قراءة المستلمين من %1: %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; ليس رقماً من %3 إلى %4</translation>
    </message>
    <message>
        <source>Send a message to one or more recipients.</source>
        <translation>إرسال رسالة إلى مستلم واحد أو أكثر.</translation>
    </message>
    <message>
        <source>Server to send from (default: this computer).</source>
        <translation>الخادم المراد الإرسال منه (الافتراضي: هذا الكمبيوتر).</translation>
    </message>
    <message>
        <source>Sender name (default: from settings).</source>
        <translation>اسم المرسل (الافتراضي: من الإعدادات).</translation>
    </message>
    <message>
        <source>Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or new lines, or @file (repeatable).</source>
        <translation>المستلمون: NAME أو NAME@host[:port] أو @group، أو قوائم مفصولة بفواصل أو فواصل منقوطة أو أسطر جديدة، أو @file (قابل للتكرار).</translation>
    </message>
    <message>
        <source>Recipients in flight at once (1-256).</source>
        <translation>عدد المستلمين قيد المعالجة في وقت واحد (1-256).</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds.</source>
        <translation>مهلة كل محاولة بالمللي ثانية.</translation>
    </message>
    <message>
        <source>Extra attempts for transient failures (0-10).</source>
        <translation>محاولات إضافية للإخفاقات المؤقتة (0-10).</translation>
    </message>
    <message>
        <source>Wire code page for OEM transports, e.g. CP850.</source>
        <translation>صفحة الترميز على الخط لوسائل نقل OEM، مثل CP850.</translation>
    </message>
    <message>
        <source>Port for recipients given without one.</source>
        <translation>المنفذ للمستلمين المحددين بدون منفذ.</translation>
    </message>
    <message>
        <source>Over the transport&apos;s length limit: refuse (default) or split.</source>
        <translation>عند تجاوز حد الطول لوسيلة النقل: refuse (الرفض، الافتراضي) أو split (التقسيم).</translation>
    </message>
    <message>
        <source>Longest text accepted, in characters (default: the settings&apos;, 65536).</source>
        <translation>أطول نص مقبول، بالأحرف (الافتراضي: قيمة الإعدادات، 65536).</translation>
    </message>
    <message>
        <source>Hold transient failures and retry them for up to this many seconds (instead of --retries).</source>
        <translation>احتجاز الإخفاقات المؤقتة وإعادة محاولتها لمدة تصل إلى هذا العدد من الثواني (بدلاً من --retries).</translation>
    </message>
    <message>
        <source>Check and show what would be sent; send nothing.</source>
        <translation>فحص ما سيتم إرساله وعرضه؛ دون إرسال أي شيء.</translation>
    </message>
    <message>
        <source>Go on with message &lt;id&gt; from history, whose send was killed: send to the recipients it never started; never again to one it did.</source>
        <translation>متابعة الرسالة &lt;id&gt; من السجل التي تم إنهاء إرسالها: الإرسال إلى المستلمين الذين لم يبدأ الإرسال إليهم قط؛ وعدم الإرسال مجدداً أبداً إلى من بدأ الإرسال إليه.</translation>
    </message>
    <message>
        <source>--over-limit &apos;%1&apos; is neither &apos;refuse&apos; nor &apos;split&apos;</source>
        <translation>--over-limit &apos;%1&apos; ليس &apos;refuse&apos; ولا &apos;split&apos;</translation>
    </message>
    <message>
        <source>no recipients: give --to</source>
        <translation>لا يوجد مستلمون: حدد --to</translation>
    </message>
    <message>
        <source>no message text: give it as an argument or on standard input</source>
        <translation>لا يوجد نص للرسالة: قدّمه كوسيطة أو عبر الإدخال القياسي</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>تتعذر قراءة الإدخال القياسي</translation>
    </message>
    <message>
        <source>no recipients: --to is empty</source>
        <translation>لا يوجد مستلمون: --to فارغ</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (line %2)</source>
        <translation>المستلم &apos;%1&apos; (السطر %2)</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos;</source>
        <translation>المستلم &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation>
            <numerusform>لم يتم إرسال أي شيء: تم رفض %n مستلم</numerusform>
            <numerusform>لم يتم إرسال أي شيء: تم رفض %n مستلم</numerusform>
            <numerusform>لم يتم إرسال أي شيء: تم رفض %n مستلمَين</numerusform>
            <numerusform>لم يتم إرسال أي شيء: تم رفض %n مستلمين</numerusform>
            <numerusform>لم يتم إرسال أي شيء: تم رفض %n مستلماً</numerusform>
            <numerusform>لم يتم إرسال أي شيء: تم رفض %n مستلم</numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation>الرسالة</translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation>
            <numerusform>سيتم الإرسال إلى %1 عبر %2 في %n جزء</numerusform>
            <numerusform>سيتم الإرسال إلى %1 عبر %2 في %n جزء</numerusform>
            <numerusform>سيتم الإرسال إلى %1 عبر %2 في %n جزأين</numerusform>
            <numerusform>سيتم الإرسال إلى %1 عبر %2 في %n أجزاء</numerusform>
            <numerusform>سيتم الإرسال إلى %1 عبر %2 في %n جزءاً</numerusform>
            <numerusform>سيتم الإرسال إلى %1 عبر %2 في %n جزء</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>عبر %1</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation>
            <numerusform>(%1 من %n جزء)</numerusform>
            <numerusform>(%1 من %n جزء)</numerusform>
            <numerusform>(%1 من %n جزأين)</numerusform>
            <numerusform>(%1 من %n أجزاء)</numerusform>
            <numerusform>(%1 من %n جزءاً)</numerusform>
            <numerusform>(%1 من %n جزء)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>تمت المحاولة</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>تم إنجاز %1 من %2</translation>
    </message>
    <message>
        <source>netmsg: %1: %2; held, next try at %3</source>
        <translation>netmsg: %1: %2؛ تم الاحتجاز، المحاولة التالية في %3</translation>
    </message>
    <message>
        <source>interrupted: cancelling the remaining recipients</source>
        <translation>تمت المقاطعة: جارٍ إلغاء المستلمين المتبقين</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation>
            <numerusform>تم تسليم %1 من %n، وفشل %2، و%3 غير مؤكدة</numerusform>
            <numerusform>تم تسليم %1 من %n، وفشل %2، و%3 غير مؤكدة</numerusform>
            <numerusform>تم تسليم %1 من %n، وفشل %2، و%3 غير مؤكدة</numerusform>
            <numerusform>تم تسليم %1 من %n، وفشل %2، و%3 غير مؤكدة</numerusform>
            <numerusform>تم تسليم %1 من %n، وفشل %2، و%3 غير مؤكدة</numerusform>
            <numerusform>تم تسليم %1 من %n، وفشل %2، و%3 غير مؤكدة</numerusform>
        </translation>
    </message>
    <message>
        <source>history</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>--resume &apos;%1&apos; is not a message id</source>
        <translation>--resume &apos;%1&apos; ليس معرّف رسالة</translation>
    </message>
    <message>
        <source>--resume takes the recipients and the text from history: give no --to, text or --dry-run with it</source>
        <translation>يأخذ --resume المستلمين والنص من السجل: لا تحدد معه --to أو نصاً أو --dry-run</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>تم إغلاق السجل</translation>
    </message>
    <message>
        <source>message %1: every recipient was started before; nothing is left to send</source>
        <translation>الرسالة %1: بدأ الإرسال إلى كل المستلمين من قبل؛ لم يتبق شيء لإرساله</translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation>
            <numerusform>الرسالة %1: الإرسال إلى المستلمين الذين لم يبدأ الإرسال إليهم قط (%n)</numerusform>
            <numerusform>الرسالة %1: الإرسال إلى المستلم الذي لم يبدأ الإرسال إليه قط (%n)</numerusform>
            <numerusform>الرسالة %1: الإرسال إلى المستلمَين اللذين لم يبدأ الإرسال إليهما قط (%n)</numerusform>
            <numerusform>الرسالة %1: الإرسال إلى المستلمين الذين لم يبدأ الإرسال إليهم قط (%n)</numerusform>
            <numerusform>الرسالة %1: الإرسال إلى المستلمين الذين لم يبدأ الإرسال إليهم قط (%n)</numerusform>
            <numerusform>الرسالة %1: الإرسال إلى المستلمين الذين لم يبدأ الإرسال إليهم قط (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::TransportsCommand</name>
    <message>
        <source>List the transports, their capabilities and whether they are available here.</source>
        <translation>سرد وسائل النقل وقدراتها وما إذا كانت متوفرة هنا.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>متوفرة</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>غير متوفرة: %1</translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation>يمكنها: %1</translation>
    </message>
    <message>
        <source>netmsg: refused plugin %1: %2</source>
        <translation>netmsg: تم رفض المكون الإضافي %1: %2</translation>
    </message>
    <message>
        <source>no transport plugins found in %1</source>
        <translation>لم يتم العثور على مكونات إضافية لوسائل النقل في %1</translation>
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
        <translation>%1 وقت التشغيل، وتم البناء باستخدام %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not open: %2)</source>
        <translation>%1 (غير مفتوح: %2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (مفقود)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>لم يتم التحميل</translation>
    </message>
    <message>
        <source>&amp;Refused plugins: none</source>
        <translation>المكونات الإضافية الم&amp;رفوضة: لا شيء</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>المكونات الإضافية الم&amp;رفوضة:</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>النظام: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>ملف الإعدادات: %1</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>ملف السجل: %1</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>مجلدات المكونات الإضافية:</translation>
    </message>
    <message>
        <source>Transports:</source>
        <translation>وسائل النقل:</translation>
    </message>
    <message>
        <source>Refused plugins:</source>
        <translation>المكونات الإضافية المرفوضة:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>على هذا النظام</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>سبب الرفض</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBook</name>
    <message>
        <source>a contact needs a name</source>
        <translation>تحتاج جهة الاتصال إلى اسم</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; holds a control character</source>
        <translation>يحتوي الاسم &apos;%1&apos; على حرف تحكم</translation>
    </message>
    <message>
        <source>a contact needs an address</source>
        <translation>تحتاج جهة الاتصال إلى عنوان</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names a group; a contact&apos;s address is one computer or user (NAME or NAME@host[:port])</source>
        <translation>يشير العنوان &apos;%1&apos; إلى مجموعة؛ عنوان جهة الاتصال هو كمبيوتر أو مستخدم واحد (NAME أو NAME@host[:port])</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names more than one recipient</source>
        <translation>يشير العنوان &apos;%1&apos; إلى أكثر من مستلم واحد</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>تحتاج المجموعة إلى اسم</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; has the character %2, which is not allowed (commas, semicolons, &apos;@&apos; and &apos;|&apos; separate recipients and groups)</source>
        <translation>يحتوي اسم المجموعة &apos;%1&apos; على الحرف %2، وهو غير مسموح به (تفصل الفواصل والفواصل المنقوطة و&apos;@&apos; و&apos;|&apos; بين المستلمين والمجموعات)</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>طول اسم المجموعة &apos;%1&apos; هو %2 حرفاً؛ والحد هو %3</translation>
    </message>
    <message>
        <source>there is already a contact named &apos;%1&apos;</source>
        <translation>توجد بالفعل جهة اتصال باسم &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a member needs an address or @group</source>
        <translation>يحتاج العضو إلى عنوان أو @group</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; عضو بالفعل في &apos;%2&apos;</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>لا توجد مجموعة باسم &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; cannot contain itself</source>
        <translation>لا يمكن أن تحتوي المجموعة &apos;%1&apos; على نفسها</translation>
    </message>
    <message>
        <source>adding @%1 to &apos;%2&apos; would make a cycle: &apos;%1&apos; already contains &apos;%2&apos;</source>
        <translation>ستؤدي إضافة @%1 إلى &apos;%2&apos; إلى حدوث حلقة: &apos;%1&apos; تحتوي بالفعل على &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the console has no history to keep contacts in</source>
        <translation>لا يوجد لدى وحدة التحكم سجل لحفظ جهات الاتصال فيه</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>لا توجد جهة اتصال باسم &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is already a group named &apos;%1&apos;</source>
        <translation>توجد بالفعل مجموعة باسم &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no accepted row to import</source>
        <translation>لا يوجد صف مقبول لاستيراده</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message>
        <source>Members o&amp;f the selected group</source>
        <translation>أ&amp;عضاء المجموعة المحددة</translation>
    </message>
    <message>
        <source>Members o&amp;f %1</source>
        <translation>أ&amp;عضاء %1</translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation>تمت إضافة جهة الاتصال %1.</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>تم حفظ جهة الاتصال %1.</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>هل تريد حذف جهة الاتصال %1؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation>
            <numerusform>هل تريد حذف %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهتي اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهات اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد حذف %n جهة اتصال؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>حذف جهات الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>تم حذف %n جهة اتصال.</numerusform>
            <numerusform>تم حذف %n جهة اتصال.</numerusform>
            <numerusform>تم حذف %n جهتي اتصال.</numerusform>
            <numerusform>تم حذف %n جهات اتصال.</numerusform>
            <numerusform>تم حذف %n جهة اتصال.</numerusform>
            <numerusform>تم حذف %n جهة اتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>تم استيراد %n جهة اتصال.</numerusform>
            <numerusform>تم استيراد %n جهة اتصال.</numerusform>
            <numerusform>تم استيراد %n جهتي اتصال.</numerusform>
            <numerusform>تم استيراد %n جهات اتصال.</numerusform>
            <numerusform>تم استيراد %n جهة اتصال.</numerusform>
            <numerusform>تم استيراد %n جهة اتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذر الكتابة إلى %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>تم تصدير %n جهة اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهة اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهتي اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهات اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهة اتصال إلى %1.</numerusform>
            <numerusform>تم تصدير %n جهة اتصال إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the group %1.</source>
        <translation>تمت إضافة المجموعة %1.</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>إزالة المجموعة</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation>
            <numerusform>هل تريد حذف المجموعة %1 وأعضائها (%n)؟ تبقى جهات الاتصال.</numerusform>
            <numerusform>هل تريد حذف المجموعة %1 وعضوها (%n)؟ تبقى جهات الاتصال.</numerusform>
            <numerusform>هل تريد حذف المجموعة %1 وعضويها (%n)؟ تبقى جهات الاتصال.</numerusform>
            <numerusform>هل تريد حذف المجموعة %1 وأعضائها الـ %n؟ تبقى جهات الاتصال.</numerusform>
            <numerusform>هل تريد حذف المجموعة %1 وأعضائها الـ %n؟ تبقى جهات الاتصال.</numerusform>
            <numerusform>هل تريد حذف المجموعة %1 وأعضائها الـ %n؟ تبقى جهات الاتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>تم حذف المجموعة %1.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>تمت إضافة %1 إلى %2.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>تمت إزالة %1 من %2.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>تعذر سرد %1: %2</translation>
    </message>
    <message>
        <source>%1 lives on %2</source>
        <translation>%1 موجود على %2</translation>
    </message>
    <message>
        <source>%1 is not an alias of %2</source>
        <translation>%1 ليس اسماً مستعاراً لـ %2</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>لم يتم السرد بعد</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>جارٍ السرد…</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n أسماء مستعارة</numerusform>
            <numerusform>%n اسم مستعار</numerusform>
            <numerusform>%n اسمان مستعاران</numerusform>
            <numerusform>%n أسماء مستعارة</numerusform>
            <numerusform>%n اسماً مستعاراً</numerusform>
            <numerusform>%n اسم مستعار</numerusform>
        </translation>
    </message>
    <message>
        <source>not listed (%1):
%2</source>
        <translation>لم يتم السرد (%1):
%2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>could not be listed: %1</source>
        <translation>تعذر السرد: %1</translation>
    </message>
    <message>
        <source>read-only: its transport cannot add or delete aliases here</source>
        <translation>للقراءة فقط: لا تستطيع وسيلة النقل الخاصة به إضافة أسماء مستعارة أو حذفها هنا</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasServers</name>
    <message>
        <source>no transport</source>
        <translation>لا توجد وسيلة نقل</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>هذا الكمبيوتر (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no transport here can list this computer&apos;s aliases</source>
        <translation>لا توجد وسيلة نقل هنا يمكنها سرد الأسماء المستعارة لهذا الكمبيوتر</translation>
    </message>
    <message>
        <source>no transport here can list the aliases of %1</source>
        <translation>لا توجد وسيلة نقل هنا يمكنها سرد الأسماء المستعارة لـ %1</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos; on this system</source>
        <translation>لا توجد وسيلة نقل &apos;%1&apos; على هذا النظام</translation>
    </message>
    <message>
        <source>name the server to add</source>
        <translation>حدد الخادم المراد إضافته</translation>
    </message>
    <message>
        <source>the %1 transport cannot list the aliases of %2</source>
        <translation>لا تستطيع وسيلة النقل %1 سرد الأسماء المستعارة لـ %2</translation>
    </message>
    <message>
        <source>%1 is already shown</source>
        <translation>%1 معروض بالفعل</translation>
    </message>
    <message>
        <source>the %1 transport cannot list them</source>
        <translation>لا تستطيع وسيلة النقل %1 سردها</translation>
    </message>
    <message>
        <source>the listing ended without an answer</source>
        <translation>انتهى السرد دون إجابة</translation>
    </message>
    <message>
        <source>the %1 transport cannot change the aliases of %2</source>
        <translation>لا تستطيع وسيلة النقل %1 تغيير الأسماء المستعارة لـ %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 على %2: %3</translation>
    </message>
    <message>
        <source>the change ended without an answer</source>
        <translation>انتهى التغيير دون إجابة</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasesWidget</name>
    <message>
        <source>%1: list and change</source>
        <translation>%1: سرد وتغيير</translation>
    </message>
    <message>
        <source>%1: listing only</source>
        <translation>%1: سرد فقط</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>لا توجد وسيلة نقل</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>غير متوفر: %1</translation>
    </message>
    <message>
        <source>listing only; this transport cannot add or delete aliases there</source>
        <translation>سرد فقط؛ لا تستطيع وسيلة النقل هذه إضافة أسماء مستعارة أو حذفها هناك</translation>
    </message>
    <message>
        <source>list, add and delete: %1</source>
        <translation>سرد وإضافة وحذف: %1</translation>
    </message>
    <message>
        <source>list, add and delete</source>
        <translation>سرد وإضافة وحذف</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 على %2: %3</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>إضافة الاسم المستعار إلى الخادم المختار</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>حذف الاسم المستعار المحدد من خادمه</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>تعذر سرد %1: %2</translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation>تمت إضافة %1 على %2.</translation>
    </message>
    <message>
        <source>%1 deleted from %2.</source>
        <translation>تم حذف %1 من %2.</translation>
    </message>
    <message>
        <source>Could not add %1 on %2: %3</source>
        <translation>تعذرت إضافة %1 على %2: %3</translation>
    </message>
    <message>
        <source>Could not delete %1 from %2: %3</source>
        <translation>تعذر حذف %1 من %2: %3</translation>
    </message>
    <message>
        <source>Could not add the server %1: %2</source>
        <translation>تعذرت إضافة الخادم %1: %2</translation>
    </message>
    <message>
        <source>Listing the aliases of %1…</source>
        <translation>جارٍ سرد الأسماء المستعارة لـ %1…</translation>
    </message>
    <message>
        <source>%1 is no longer shown; its aliases are unchanged.</source>
        <translation>لم يعد %1 معروضاً؛ أسماؤه المستعارة لم تتغير.</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>حذف الاسم المستعار</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? Messages to %1 will no longer reach it there.</source>
        <translation>هل تريد حذف الاسم المستعار %1 من %2؟ لن تصل الرسائل الموجهة إلى %1 إليه هناك بعد الآن.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message>
        <source>No transport on this route is available here.</source>
        <translation>لا تتوفر هنا أي وسيلة نقل على هذا المسار.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation>
            <numerusform>تم رفض %n مستلم: %1</numerusform>
            <numerusform>تم رفض %n مستلم: %1</numerusform>
            <numerusform>تم رفض %n مستلمَين: %1</numerusform>
            <numerusform>تم رفض %n مستلمين: %1</numerusform>
            <numerusform>تم رفض %n مستلماً: %1</numerusform>
            <numerusform>تم رفض %n مستلم: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>حدد مستلماً واحداً على الأقل.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message>
        <source>Refuse it</source>
        <translation>رفضه</translation>
    </message>
    <message>
        <source>Split it into numbered parts</source>
        <translation>تقسيمه إلى أجزاء مرقمة</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>المتغيرات: %1</translation>
    </message>
    <message>
        <source>Route from Settings: %1</source>
        <translation>المسار من الإعدادات: %1</translation>
    </message>
    <message>
        <source>%1 (%2): available</source>
        <translation>%1 (%2): متوفرة</translation>
    </message>
    <message>
        <source>%1 (%2): not available</source>
        <translation>%1 (%2): غير متوفرة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a character the recipients field reads as syntax</source>
        <translation>يحتوي &quot;%1&quot; على حرف يقرؤه حقل المستلمين كجزء من الصيغة</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>The sender&apos;s name is not one a reply can go to (%1). Name the recipient yourself; the message came from %2.</source>
        <translation>اسم المرسل ليس اسماً يمكن إرسال رد إليه (%1). حدد المستلم بنفسك؛ فقد جاءت الرسالة من %2.</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: متوفرة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send to every recipient</source>
        <translation>إرسال إلى كل المستلمين</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n مستلم</numerusform>
            <numerusform>%n مستلم</numerusform>
            <numerusform>%n مستلمان</numerusform>
            <numerusform>%n مستلمين</numerusform>
            <numerusform>%n مستلماً</numerusform>
            <numerusform>%n مستلم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (السطر %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n آخر</numerusform>
            <numerusform>و%n آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation>
            <numerusform>تم رفض %n إدخال:</numerusform>
            <numerusform>تم رفض %n إدخال:</numerusform>
            <numerusform>تم رفض %n إدخالين:</numerusform>
            <numerusform>تم رفض %n إدخالات:</numerusform>
            <numerusform>تم رفض %n إدخالاً:</numerusform>
            <numerusform>تم رفض %n إدخال:</numerusform>
        </translation>
    </message>
    <message>
        <source>The message has not been checked yet.</source>
        <translation>لم يتم فحص الرسالة بعد.</translation>
    </message>
    <message>
        <source>No transport available</source>
        <translation>لا تتوفر وسيلة نقل</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes in %3</source>
        <translation>%L1 من %L2 بايت في %3</translation>
    </message>
    <message>
        <source>%L1 bytes in %2</source>
        <translation>%L1 بايت في %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation>
            <numerusform>%n حرف لا يمكن لـ %1 ترميزه</numerusform>
            <numerusform>%n حرف لا يمكن لـ %1 ترميزه</numerusform>
            <numerusform>%n حرفان لا يمكن لـ %1 ترميزهما</numerusform>
            <numerusform>%n أحرف لا يمكن لـ %1 ترميزها</numerusform>
            <numerusform>%n حرفاً لا يمكن لـ %1 ترميزها</numerusform>
            <numerusform>%n حرف لا يمكن لـ %1 ترميزها</numerusform>
        </translation>
    </message>
    <message>
        <source>will be split</source>
        <translation>سيتم تقسيمها</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>تتجاوز الحد</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation>
            <numerusform>هل تريد بث هذه الرسالة إلى الجميع (*)؟ إجمالي إدخالات المستلمين: %n.</numerusform>
            <numerusform>هل تريد بث هذه الرسالة إلى الجميع (*)؟ إجمالي إدخالات المستلمين: %n.</numerusform>
            <numerusform>هل تريد بث هذه الرسالة إلى الجميع (*)؟ إجمالي إدخالات المستلمين: %n.</numerusform>
            <numerusform>هل تريد بث هذه الرسالة إلى الجميع (*)؟ إجمالي إدخالات المستلمين: %n.</numerusform>
            <numerusform>هل تريد بث هذه الرسالة إلى الجميع (*)؟ إجمالي إدخالات المستلمين: %n.</numerusform>
            <numerusform>هل تريد بث هذه الرسالة إلى الجميع (*)؟ إجمالي إدخالات المستلمين: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation>
            <numerusform>هل تريد إرسال هذه الرسالة إلى %n مستلم؟</numerusform>
            <numerusform>هل تريد إرسال هذه الرسالة إلى %n مستلم؟</numerusform>
            <numerusform>هل تريد إرسال هذه الرسالة إلى %n مستلمَين؟</numerusform>
            <numerusform>هل تريد إرسال هذه الرسالة إلى %n مستلمين؟</numerusform>
            <numerusform>هل تريد إرسال هذه الرسالة إلى %n مستلماً؟</numerusform>
            <numerusform>هل تريد إرسال هذه الرسالة إلى %n مستلم؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation>تأكيد الإرسال</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>يتعذر الإرسال</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>تشغيل تجريبي</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>فحص مسبق</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>حدد مستلماً واحداً على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation>
            <numerusform>إدخالات لم يتم فحصها (%n): ليست مستلمين صالحين.</numerusform>
            <numerusform>إدخال لم يتم فحصه (%n): ليس مستلماً صالحاً.</numerusform>
            <numerusform>إدخالان لم يتم فحصهما (%n): ليسا مستلمَين صالحَين.</numerusform>
            <numerusform>إدخالات لم يتم فحصها (%n): ليست مستلمين صالحين.</numerusform>
            <numerusform>إدخالات لم يتم فحصها (%n): ليست مستلمين صالحين.</numerusform>
            <numerusform>إدخالات لم يتم فحصها (%n): ليست مستلمين صالحين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked from this computer; a send would execute on %1.</source>
        <translation>تم الفحص من هذا الكمبيوتر؛ وسيتم تنفيذ الإرسال على %1.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ConsoleContext</name>
    <message>
        <source>listening on %1 as %2</source>
        <translation>الاستماع على %1 باسم %2</translation>
    </message>
    <message>
        <source>the console has no history to keep the message in</source>
        <translation>لا يوجد لدى وحدة التحكم سجل لحفظ الرسالة فيه</translation>
    </message>
    <message>
        <source>no transport here can receive messages</source>
        <translation>لا توجد وسيلة نقل هنا يمكنها استقبال الرسائل</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>line %1 must be a header naming the columns name and address (note and group are optional); it reads &apos;%2&apos;</source>
        <translation>يجب أن يكون السطر %1 سطر رأس يسمي العمودين name وaddress (العمودان note وgroup اختياريان)؛ ومحتواه &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already on line %2</source>
        <translation>الاسم &apos;%1&apos; موجود بالفعل في السطر %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>تحرير جهة الاتصال</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryHistoryModel</name>
    <message>
        <source>%L1 s</source>
        <translation>%L1 ث</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>وسيلة النقل</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>المدة</translation>
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
        <translation>بعد %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>تم تخطي %1</translation>
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
        <translation>محتجز، المحاولة التالية %1</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 ث</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>المدة</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryPage</name>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value from the range offered</source>
        <translation>%1: &apos;%2&apos; ليست قيمة ضمن النطاق المعروض</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>A delivery is still running: cancel it or wait for it to end.</source>
        <translation>لا يزال التسليم قيد التشغيل: ألغِه أو انتظر حتى ينتهي.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>There is no history to resume from: %1</source>
        <translation>لا يوجد سجل للاستئناف منه: %1</translation>
    </message>
    <message>
        <source>Message #%1 cannot be resumed: %2</source>
        <translation>يتعذر استئناف الرسالة #%1: %2</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 has a result: nothing is left to send.</source>
        <translation>لكل مستلم للرسالة #%1 نتيجة: لم يتبق شيء لإرساله.</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 was started before netmsg stopped: nothing is left to send.</source>
        <translation>بدأ الإرسال إلى كل مستلم للرسالة #%1 قبل توقف netmsg: لم يتبق شيء لإرساله.</translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation>
            <numerusform>استئناف الرسالة #%1: هل تريد إرسالها إلى المستلمين الذين لم تُرسل إليهم قط (%n)؟</numerusform>
            <numerusform>استئناف الرسالة #%1: هل تريد إرسالها إلى المستلم الذي لم تُرسل إليه قط (%n)؟</numerusform>
            <numerusform>استئناف الرسالة #%1: هل تريد إرسالها إلى المستلمَين اللذين لم تُرسل إليهما قط (%n)؟</numerusform>
            <numerusform>استئناف الرسالة #%1: هل تريد إرسالها إلى المستلمين الذين لم تُرسل إليهم قط (%n)؟</numerusform>
            <numerusform>استئناف الرسالة #%1: هل تريد إرسالها إلى المستلمين الذين لم تُرسل إليهم قط (%n)؟</numerusform>
            <numerusform>استئناف الرسالة #%1: هل تريد إرسالها إلى المستلمين الذين لم تُرسل إليهم قط (%n)؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation>
            <numerusform>كان الإرسال إلى %n مستلم قيد التنفيذ عند توقف netmsg وربما تلقوها: تم تسجيلهم كغير مؤكدين ولن يُعاد الإرسال إليهم.</numerusform>
            <numerusform>كان الإرسال إلى %n مستلم قيد التنفيذ عند توقف netmsg وربما تلقاها: تم تسجيله كغير مؤكد ولن يُعاد الإرسال إليه.</numerusform>
            <numerusform>كان الإرسال إلى %n مستلمَين قيد التنفيذ عند توقف netmsg وربما تلقياها: تم تسجيلهما كغير مؤكدَين ولن يُعاد الإرسال إليهما.</numerusform>
            <numerusform>كان الإرسال إلى %n مستلمين قيد التنفيذ عند توقف netmsg وربما تلقوها: تم تسجيلهم كغير مؤكدين ولن يُعاد الإرسال إليهم.</numerusform>
            <numerusform>كان الإرسال إلى %n مستلماً قيد التنفيذ عند توقف netmsg وربما تلقوها: تم تسجيلهم كغير مؤكدين ولن يُعاد الإرسال إليهم.</numerusform>
            <numerusform>كان الإرسال إلى %n مستلم قيد التنفيذ عند توقف netmsg وربما تلقوها: تم تسجيلهم كغير مؤكدين ولن يُعاد الإرسال إليهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record message #%1&apos;s unconfirmed recipients, so nothing was sent: %2</source>
        <translation>يتعذر تسجيل المستلمين غير المؤكدين للرسالة #%1، لذا لم يتم إرسال أي شيء: %2</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>يتعذر الإرسال</translation>
    </message>
    <message>
        <source>Send unconfirmed again?</source>
        <translation>هل تريد إعادة إرسال غير المؤكدة؟</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation>
            <numerusform>ربما وصلت %n رسالة غير مؤكدة بالفعل. قد تؤدي إعادة إرسالها إلى تسليمها مرتين. هل تريد إعادة الإرسال؟</numerusform>
            <numerusform>ربما وصلت %n رسالة غير مؤكدة بالفعل. قد تؤدي إعادة إرسالها إلى تسليمها مرتين. هل تريد إعادة الإرسال؟</numerusform>
            <numerusform>ربما وصلت %n رسالتان غير مؤكدتين بالفعل. قد تؤدي إعادة إرسالهما إلى تسليمهما مرتين. هل تريد إعادة الإرسال؟</numerusform>
            <numerusform>ربما وصلت %n رسائل غير مؤكدة بالفعل. قد تؤدي إعادة إرسالها إلى تسليمها مرتين. هل تريد إعادة الإرسال؟</numerusform>
            <numerusform>ربما وصلت %n رسالة غير مؤكدة بالفعل. قد تؤدي إعادة إرسالها إلى تسليمها مرتين. هل تريد إعادة الإرسال؟</numerusform>
            <numerusform>ربما وصلت %n رسالة غير مؤكدة بالفعل. قد تؤدي إعادة إرسالها إلى تسليمها مرتين. هل تريد إعادة الإرسال؟</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Some results are not in the history: %1</source>
        <translation>بعض النتائج غير موجودة في السجل: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. Compose a message and press Send.</source>
        <translation>لم يتم إرسال أي شيء بعد. اكتب رسالة واضغط على &quot;إرسال&quot;.</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 unconfirmed</source>
        <translation>تم تسليم %1، وفشل %2، و%3 غير مؤكدة</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done (%3)</source>
        <translation>جارٍ الإرسال: تم إنجاز %1 من %2 (%3)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 recipients (%3)</source>
        <translation>اكتمل: %1 من أصل %2 من المستلمين (%3)</translation>
    </message>
    <message>
        <source>Holding ended at %1.</source>
        <translation>انتهى الاحتجاز في %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation>
            <numerusform>%n محتجزة لإعادة المحاولة؛ المحاولة التالية خلال %1، والاحتجاز حتى %2 (متبقٍ %3)</numerusform>
            <numerusform>%n محتجزة لإعادة المحاولة؛ المحاولة التالية خلال %1، والاحتجاز حتى %2 (متبقٍ %3)</numerusform>
            <numerusform>%n محتجزة لإعادة المحاولة؛ المحاولة التالية خلال %1، والاحتجاز حتى %2 (متبقٍ %3)</numerusform>
            <numerusform>%n محتجزة لإعادة المحاولة؛ المحاولة التالية خلال %1، والاحتجاز حتى %2 (متبقٍ %3)</numerusform>
            <numerusform>%n محتجزة لإعادة المحاولة؛ المحاولة التالية خلال %1، والاحتجاز حتى %2 (متبقٍ %3)</numerusform>
            <numerusform>%n محتجزة لإعادة المحاولة؛ المحاولة التالية خلال %1، والاحتجاز حتى %2 (متبقٍ %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>ملفات CSV (*.csv);;ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر الكتابة إلى %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation>
            <numerusform>لم يتم إرسال أي شيء. سيذهب الإرسال إلى %n مستلم</numerusform>
            <numerusform>لم يتم إرسال أي شيء. سيذهب الإرسال إلى %n مستلم</numerusform>
            <numerusform>لم يتم إرسال أي شيء. سيذهب الإرسال إلى %n مستلمَين</numerusform>
            <numerusform>لم يتم إرسال أي شيء. سيذهب الإرسال إلى %n مستلمين</numerusform>
            <numerusform>لم يتم إرسال أي شيء. سيذهب الإرسال إلى %n مستلماً</numerusform>
            <numerusform>لم يتم إرسال أي شيء. سيذهب الإرسال إلى %n مستلم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation>
            <numerusform>في %n رسالة عبر %1.</numerusform>
            <numerusform>في %n رسالة عبر %1.</numerusform>
            <numerusform>في %n رسالتين عبر %1.</numerusform>
            <numerusform>في %n رسائل عبر %1.</numerusform>
            <numerusform>في %n رسالة عبر %1.</numerusform>
            <numerusform>في %n رسالة عبر %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Default route: check at least one transport to send through.</source>
        <translation>المسار الافتراضي: حدد وسيلة نقل واحدة على الأقل للإرسال عبرها.</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>اسم المرسل: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation>
            <numerusform>@%1: %n أعضاء</numerusform>
            <numerusform>@%1: %n عضو</numerusform>
            <numerusform>@%1: %n عضوان</numerusform>
            <numerusform>@%1: %n أعضاء</numerusform>
            <numerusform>@%1: %n عضواً</numerusform>
            <numerusform>@%1: %n عضو</numerusform>
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
        <translation>تتعذر الكتابة إلى</translation>
    </message>
    <message>
        <source>cannot save</source>
        <translation>يتعذر حفظ</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExporter</name>
    <message>
        <source>the history was closed</source>
        <translation>تم إغلاق السجل</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>name contains…</source>
        <translation>الاسم يحتوي على…</translation>
    </message>
    <message>
        <source>message contains…</source>
        <translation>الرسالة تحتوي على…</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message>
        <source>A delivery is running: resume when it has ended</source>
        <translation>التسليم قيد التشغيل: استأنف بعد انتهائه</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation>
            <numerusform>ليست هناك نتيجة لـ %n من مستلمي الرسالة #%1: الإرسال إلى من لم يبدأ الإرسال إليهم قط (يُسجَّل من كان الإرسال إليه قيد التنفيذ عند توقف netmsg كغير مؤكد، ولا يُعاد الإرسال إليه)</numerusform>
            <numerusform>ليست هناك نتيجة لـ %n من مستلمي الرسالة #%1: الإرسال إلى من لم يبدأ الإرسال إليهم قط (يُسجَّل من كان الإرسال إليه قيد التنفيذ عند توقف netmsg كغير مؤكد، ولا يُعاد الإرسال إليه)</numerusform>
            <numerusform>ليست هناك نتيجة لـ %n من مستلمي الرسالة #%1: الإرسال إلى من لم يبدأ الإرسال إليهم قط (يُسجَّل من كان الإرسال إليه قيد التنفيذ عند توقف netmsg كغير مؤكد، ولا يُعاد الإرسال إليه)</numerusform>
            <numerusform>ليست هناك نتيجة لـ %n من مستلمي الرسالة #%1: الإرسال إلى من لم يبدأ الإرسال إليهم قط (يُسجَّل من كان الإرسال إليه قيد التنفيذ عند توقف netmsg كغير مؤكد، ولا يُعاد الإرسال إليه)</numerusform>
            <numerusform>ليست هناك نتيجة لـ %n من مستلمي الرسالة #%1: الإرسال إلى من لم يبدأ الإرسال إليهم قط (يُسجَّل من كان الإرسال إليه قيد التنفيذ عند توقف netmsg كغير مؤكد، ولا يُعاد الإرسال إليه)</numerusform>
            <numerusform>ليست هناك نتيجة لـ %n من مستلمي الرسالة #%1: الإرسال إلى من لم يبدأ الإرسال إليهم قط (يُسجَّل من كان الإرسال إليه قيد التنفيذ عند توقف netmsg كغير مؤكد، ولا يُعاد الإرسال إليه)</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>لا يوجد سجل: %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>تتعذر قراءة السجل: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>جارٍ قراءة السجل…</translation>
    </message>
    <message>
        <source>No sent message matches the filter.</source>
        <translation>لا توجد رسالة مرسلة تطابق عامل التصفية.</translation>
    </message>
    <message>
        <source>Sent messages: %1.</source>
        <translation>الرسائل المرسلة: %1.</translation>
    </message>
    <message>
        <source>The newest %1 sent messages; older ones load as you scroll.</source>
        <translation>أحدث %1 رسالة مرسلة؛ يتم تحميل الرسائل الأقدم أثناء التمرير.</translation>
    </message>
    <message>
        <source>Select a message to see its deliveries.</source>
        <translation>حدد رسالة لعرض عمليات تسليمها.</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>تتعذر قراءة عمليات التسليم: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 حتى الآن</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2) that match the filter: %3</source>
        <translation>عمليات تسليم الرسالة #%1 (المرسلة %2) التي تطابق عامل التصفية: %3</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2): %3</source>
        <translation>عمليات تسليم الرسالة #%1 (المرسلة %2): %3</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>ملفات CSV (*.csv);;ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>جارٍ التصدير إلى %1…</translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation>تم تصدير %1 عملية تسليم إلى %2.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>تم إلغاء التصدير؛ لم تتم كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>يتعذر التصدير إلى %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportDialog</name>
    <message>
        <source>%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.</source>
        <translation>%1: الصفوف %2، للاستيراد %3، المرفوضة %4. لن يتم حفظ أي شيء حتى تقوم بالاستيراد.</translation>
    </message>
    <message>
        <source>&amp;Import Accepted Rows (%1)</source>
        <translation>ا&amp;ستيراد الصفوف المقبولة (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportPreviewModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>replaces the contact of this name</source>
        <translation>يستبدل جهة الاتصال التي تحمل هذا الاسم</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxModel</name>
    <message>
        <source>read</source>
        <translation>مقروءة</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>مقروءة</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>عنوان النظير</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxWidget</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>حدد رسالة لقراءتها.</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (عبر %2)</translation>
    </message>
    <message>
        <source>No history, so no inbox: %1</source>
        <translation>لا يوجد سجل، وبالتالي لا توجد علبة وارد: %1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>تتعذر قراءة علبة الوارد: %1</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>جارٍ قراءة علبة الوارد…</translation>
    </message>
    <message>
        <source>No messages received yet.</source>
        <translation>لم يتم استلام أي رسائل بعد.</translation>
    </message>
    <message>
        <source>Received messages: %L1</source>
        <translation>الرسائل المستلمة: %L1</translation>
    </message>
    <message>
        <source>The newest %L1 messages; older ones load as you scroll.</source>
        <translation>أحدث %L1 رسالة؛ يتم تحميل الرسائل الأقدم أثناء التمرير.</translation>
    </message>
    <message>
        <source>Cannot mark the message: %1</source>
        <translation>يتعذر وضع علامة على الرسالة: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;كتابة</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>ال&amp;تسليم</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>ال&amp;أسماء المستعارة</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;علبة الوارد</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>&amp;دفتر العناوين</translation>
    </message>
    <message>
        <source>receiver off (Settings)</source>
        <translation>المستقبِل متوقف (الإعدادات)</translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation>لا يتم الاستقبال: %1</translation>
    </message>
    <message>
        <source>no transport available</source>
        <translation>لا تتوفر وسيلة نقل</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>المسار: %1</translation>
    </message>
    <message>
        <source>the route from the settings: %1</source>
        <translation>المسار من الإعدادات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءتين</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>history: SQLite</source>
        <translation>السجل: SQLite</translation>
    </message>
    <message>
        <source>no history: %1</source>
        <translation>لا يوجد سجل: %1</translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation>غير مقروءة: %1</translation>
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
        <translation>كل أعضاء المجموعة %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>جهة الاتصال %1</translation>
    </message>
    <message>
        <source>an address that is not in the contacts</source>
        <translation>عنوان غير موجود في جهات الاتصال</translation>
    </message>
    <message>
        <source>choose a group first</source>
        <translation>اختر مجموعة أولاً</translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation>اختر عضواً أولاً</translation>
    </message>
    <message>
        <source>the member cannot move further</source>
        <translation>لا يمكن نقل العضو أكثر من ذلك</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MessageHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلق</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>الإعلامات</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::Notifier</name>
    <message>
        <source>netmsg: a new message</source>
        <translation>netmsg: رسالة جديدة</translation>
    </message>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation>
            <numerusform>netmsg: %n رسالة جديدة</numerusform>
            <numerusform>netmsg: %n رسالة جديدة</numerusform>
            <numerusform>netmsg: %n رسالتان جديدتان</numerusform>
            <numerusform>netmsg: %n رسائل جديدة</numerusform>
            <numerusform>netmsg: %n رسالة جديدة</numerusform>
            <numerusform>netmsg: %n رسالة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first from %1: %2</source>
        <translation>الأولى من %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::OutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>مخطط النتائج</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>حسب الحالة</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>لا توجد نتائج بعد</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PagedHistoryModelBase</name>
    <message>
        <source>the console has no history to read</source>
        <translation>لا يوجد لدى وحدة التحكم سجل لقراءته</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PlanModel</name>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>وسيلة النقل</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>الأجزاء</translation>
    </message>
    <message>
        <source>Text (first part)</source>
        <translation>النص (الجزء الأول)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>إعادة ال&amp;فحص</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation>
            <numerusform>جارٍ فحص %n هدف دون إرسال أي شيء: </numerusform>
            <numerusform>جارٍ فحص %n هدف دون إرسال أي شيء: </numerusform>
            <numerusform>جارٍ فحص %n هدفين دون إرسال أي شيء: </numerusform>
            <numerusform>جارٍ فحص %n أهداف دون إرسال أي شيء: </numerusform>
            <numerusform>جارٍ فحص %n هدفاً دون إرسال أي شيء: </numerusform>
            <numerusform>جارٍ فحص %n هدف دون إرسال أي شيء: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>تم إنجاز %1 من %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation>
            <numerusform>لم يتم إرسال أي شيء. يمكن الوصول الآن إلى %1 من %n هدف.</numerusform>
            <numerusform>لم يتم إرسال أي شيء. يمكن الوصول الآن إلى %1 من %n هدف.</numerusform>
            <numerusform>لم يتم إرسال أي شيء. يمكن الوصول الآن إلى %1 من %n هدفين.</numerusform>
            <numerusform>لم يتم إرسال أي شيء. يمكن الوصول الآن إلى %1 من %n أهداف.</numerusform>
            <numerusform>لم يتم إرسال أي شيء. يمكن الوصول الآن إلى %1 من %n هدفاً.</numerusform>
            <numerusform>لم يتم إرسال أي شيء. يمكن الوصول الآن إلى %1 من %n هدف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightModel</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>لم تتم المحاولة</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>لم يتم الفحص</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1، ثم %2</translation>
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
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>يمكن الوصول إليه</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>يمكن الوصول إليه: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach this target, a send tries %2 next.</source>
        <translation>إذا أجابت %1 بأنها لا تستطيع الوصول إلى هذا الهدف، فسيجرب الإرسال %2 بعد ذلك.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>تم تخطي %1: %2</translation>
    </message>
    <message>
        <source>%1: no transport on the route can take it</source>
        <translation>%1: لا توجد وسيلة نقل على المسار يمكنها توليه</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 عبر %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>تم تخطي %1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach it, a send tries %2 next.</source>
        <translation>إذا أجابت %1 بأنها لا تستطيع الوصول إليه، فسيجرب الإرسال %2 بعد ذلك.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Name resolves: %1. Port reachable: %2.</source>
        <translation>تحليل الاسم: %1. إمكانية الوصول إلى المنفذ: %2.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>وسيلة النقل</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>تحليل الاسم</translation>
    </message>
    <message>
        <source>Port reachable</source>
        <translation>الوصول إلى المنفذ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Skipped steps</source>
        <translation>الخطوات المتخطاة</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ReceiverPage</name>
    <message>
        <source>Receiver</source>
        <translation>المستقبِل</translation>
    </message>
    <message>
        <source>Receiver address: &apos;%1&apos; is not an IP address (for example 127.0.0.1, 0.0.0.0 or ::)</source>
        <translation>عنوان المستقبِل: &apos;%1&apos; ليس عنوان IP (مثل 127.0.0.1 أو 0.0.0.0 أو ::)</translation>
    </message>
    <message>
        <source>Receiver port: &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>منفذ المستقبِل: &apos;%1&apos; ليس رقماً من 1 إلى 65535</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>الآن: %1.</translation>
    </message>
    <message>
        <source>Now: not receiving (%1).</source>
        <translation>الآن: لا يتم الاستقبال (%1).</translation>
    </message>
    <message>
        <source>Now: not receiving.</source>
        <translation>الآن: لا يتم الاستقبال.</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::RouteModel</name>
    <message>
        <source>not installed here</source>
        <translation>غير مثبتة هنا</translation>
    </message>
    <message>
        <source>available</source>
        <translation>متوفرة</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>غير متوفرة: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>وسيلة النقل</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>على هذا النظام</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplateStore</name>
    <message>
        <source>Maintenance</source>
        <translation>الصيانة</translation>
    </message>
    <message>
        <source>Maintenance on {date} at {time}: please save your work and log off. {sender}</source>
        <translation>صيانة في {date} الساعة {time}: يرجى حفظ عملك وتسجيل الخروج. {sender}</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <source>{recipient}: this computer restarts in 10 minutes. {sender}</source>
        <translation>{recipient}: ستتم إعادة تشغيل هذا الكمبيوتر خلال 10 دقائق. {sender}</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>عودة الاتصال</translation>
    </message>
    <message>
        <source>The service is back online ({time}). {sender}</source>
        <translation>عادت الخدمة إلى العمل ({time}). {sender}</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplatesDialog</name>
    <message>
        <source>A text may hold these variables, filled in when it is sent:</source>
        <translation>يمكن أن يحتوي النص على هذه المتغيرات، التي يتم ملؤها عند الإرسال:</translation>
    </message>
    <message>
        <source>the day the message is sent</source>
        <translation>يوم إرسال الرسالة</translation>
    </message>
    <message>
        <source>the time it is sent</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>each recipient&apos;s name (each gets its own text)</source>
        <translation>اسم كل مستلم (يحصل كل منهم على نصه الخاص)</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>يحتاج كل قالب إلى اسم.</translation>
    </message>
    <message>
        <source>There are two templates named &apos;%1&apos;.</source>
        <translation>يوجد قالبان باسم &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no text.</source>
        <translation>القالب &apos;%1&apos; لا يحتوي على نص.</translation>
    </message>
    <message>
        <source>%1 is not a variable netmsg fills; it is sent as it is.</source>
        <translation>%1 ليس متغيراً يملؤه netmsg؛ وسيتم إرساله كما هو.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>قالب جديد</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>قالب جديد %1</translation>
    </message>
</context>
</TS>
