<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About netmsg</source>
        <translation>关于 netmsg</translation>
    </message>
    <message>
        <source>An admin console for net send style network messages: send them to computer names, user aliases and terminal sessions, receive them, and see what happened to every one.</source>
        <translation>用于 net send 式网络消息的管理控制台：向计算机名、用户别名和终端会话发送消息，接收消息，并查看每条消息的处理结果。</translation>
    </message>
    <message>
        <source>netmsg:</source>
        <translation>netmsg：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>历史记录文件：</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>插件文件夹：</translation>
    </message>
    <message>
        <source>&amp;Transports found:</source>
        <translation>找到的传输(&amp;T)：</translation>
    </message>
    <message>
        <source>Transports found</source>
        <translation>找到的传输</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>已拒绝的插件(&amp;R)：</translation>
    </message>
    <message>
        <source>Refused plugins</source>
        <translation>已拒绝的插件</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Copy all of this as plain text, for a bug report</source>
        <translation>将以上全部内容复制为纯文本，用于错误报告</translation>
    </message>
</context>
<context>
    <name>AddressBookWidget</name>
    <message>
        <source>C&amp;ontacts</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>筛选联系人</translation>
    </message>
    <message>
        <source>Filter by name, address or note (Ctrl+F)</source>
        <translation>按名称、地址或备注筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a contact (Ins)</source>
        <translation>添加联系人 (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected contact (or F2 in the table)</source>
        <translation>编辑所选联系人（或在表格中按 F2）</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>删除所选联系人 (Del)</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>导入(&amp;P)…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file with the columns name, address, note and group; every row is shown before anything is saved</source>
        <translation>从包含 name、address、note 和 group 列的 CSV 文件导入联系人；保存前会显示每一行</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the contacts, with their groups, as a CSV file</source>
        <translation>将联系人及其组另存为 CSV 文件</translation>
    </message>
    <message>
        <source>Group&amp;s</source>
        <translation>组(&amp;S)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>新组名称</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>添加组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation>删除组(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the selected group (Del in the list)</source>
        <translation>删除所选组（在列表中按 Del）</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>所选组的成员</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>NAME, NAME@host[:port] or @group</source>
        <translation>NAME、NAME@host[:port] 或 @group</translation>
    </message>
    <message>
        <source>Add to Gro&amp;up</source>
        <translation>添加到组(&amp;U)</translation>
    </message>
    <message>
        <source>Add the member to the selected group (Return)</source>
        <translation>将成员添加到所选组 (Return)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Remove the selected member (Del in the list)</source>
        <translation>删除所选成员（在列表中按 Del）</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected member up (Ctrl+Up)</source>
        <translation>上移所选成员 (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected member down (Ctrl+Down)</source>
        <translation>下移所选成员 (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Address book status</source>
        <translation>通讯簿状态</translation>
    </message>
</context>
<context>
    <name>AliasesWidget</name>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Add s&amp;erver:</source>
        <translation>添加服务器(&amp;E)：</translation>
    </message>
    <message>
        <source>Server to add</source>
        <translation>要添加的服务器</translation>
    </message>
    <message>
        <source>HQ or 10.0.0.5</source>
        <translation>HQ 或 10.0.0.5</translation>
    </message>
    <message>
        <source>Transport that manages the server to add</source>
        <translation>管理要添加的服务器的传输</translation>
    </message>
    <message>
        <source>Aliases by server</source>
        <translation>按服务器列出的别名</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>别名(&amp;L)：</translation>
    </message>
    <message>
        <source>Alias to add</source>
        <translation>要添加的别名</translation>
    </message>
    <message>
        <source>OPS</source>
        <translation>OPS</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>List the aliases of the chosen server again</source>
        <translation>重新列出所选服务器的别名</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>全部刷新(&amp;A)</translation>
    </message>
    <message>
        <source>List the aliases of every server again</source>
        <translation>重新列出所有服务器的别名</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>移除服务器(&amp;M)</translation>
    </message>
    <message>
        <source>Stop showing the chosen server (its aliases stay)</source>
        <translation>不再显示所选服务器（其别名保留）</translation>
    </message>
    <message>
        <source>A&amp;dd Server</source>
        <translation>添加服务器(&amp;D)</translation>
    </message>
    <message>
        <source>Show the aliases of another server</source>
        <translation>显示另一台服务器的别名</translation>
    </message>
    <message>
        <source>Add &amp;to Server</source>
        <translation>添加到服务器(&amp;T)</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>将别名添加到所选服务器</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>删除所选项(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>从其服务器上删除所选别名</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Names, NAME@host[:port], @group, separated by commas or new lines</source>
        <translation>名称、NAME@host[:port]、@group，以逗号或换行分隔</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>发件人(&amp;F)：</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>E&amp;xecute on:</source>
        <translation>执行位置(&amp;X)：</translation>
    </message>
    <message>
        <source>Server to send from</source>
        <translation>发送所用的服务器</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>此计算机</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>路由(&amp;R)：</translation>
    </message>
    <message>
        <source>Route or transport</source>
        <translation>路由或传输</translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation>超出限制时(&amp;O)：</translation>
    </message>
    <message>
        <source>What to do with a text over the limit</source>
        <translation>文本超出限制时的处理方式</translation>
    </message>
    <message>
        <source>&amp;Hold transient failures for</source>
        <translation>暂存暂时性失败(&amp;H)</translation>
    </message>
    <message>
        <source>Minutes to hold transient failures</source>
        <translation>暂存暂时性失败的分钟数</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>模板(&amp;E)：</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
    <message>
        <source>Message size in wire bytes</source>
        <translation>消息大小（线路字节数）</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>预检(&amp;P)</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>试运行(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人名称</translation>
    </message>
    <message>
        <source>How you refer to it, e.g. Front desk</source>
        <translation>您对它的称呼，例如 前台</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>联系人地址</translation>
    </message>
    <message>
        <source>NAME or NAME@host[:port]</source>
        <translation>NAME 或 NAME@host[:port]</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>联系人备注</translation>
    </message>
    <message>
        <source>What is wrong with the contact</source>
        <translation>联系人有什么问题</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Recipients at a time:</source>
        <translation>同时发送的收件人数(&amp;R)：</translation>
    </message>
    <message>
        <source>Recipients delivered at a time</source>
        <translation>同时投递的收件人数</translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt:</source>
        <translation>每次尝试的超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds</source>
        <translation>每次尝试的超时（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>R&amp;etries of transient failures:</source>
        <translation>暂时性失败的重试次数(&amp;E)：</translation>
    </message>
    <message>
        <source>Retries of transient failures</source>
        <translation>暂时性失败的重试次数</translation>
    </message>
    <message>
        <source>&amp;Ask before sending to more than:</source>
        <translation>收件人超过此数时先询问(&amp;A)：</translation>
    </message>
    <message>
        <source>Recipients before a send asks for confirmation</source>
        <translation>发送前需要确认的收件人数</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> 个收件人</translation>
    </message>
    <message>
        <source>&amp;Longest message text:</source>
        <translation>最长消息文本(&amp;L)：</translation>
    </message>
    <message>
        <source>Longest message text in characters</source>
        <translation>最长消息文本（字符数）</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Only failures that may pass (a busy or unreachable peer, a timeout) are retried; a delivered or unconfirmed message is never sent again. A broadcast (*) always asks first.</source>
        <translation>只重试可能消除的失败（对等方忙或无法访问、超时）；已送达或未确认的消息绝不会再次发送。广播 (*) 总是先询问。</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>重试失败项(&amp;R)</translation>
    </message>
    <message>
        <source>Also &amp;unconfirmed</source>
        <translation>包括未确认项(&amp;U)</translation>
    </message>
    <message>
        <source>Unconfirmed messages may have arrived; sending them again may deliver them twice.</source>
        <translation>未确认的消息可能已经送达；再次发送可能会导致重复投递。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>投递进度</translation>
    </message>
    <message>
        <source>Per-recipient results</source>
        <translation>每个收件人的结果</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run: What Would Be Sent</source>
        <translation>试运行：将会发送的内容</translation>
    </message>
    <message>
        <source>Planned deliveries</source>
        <translation>计划的投递</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Default &amp;route: the transports tried for each recipient, top first</source>
        <translation>默认路由(&amp;R)：为每个收件人尝试的传输，从上到下</translation>
    </message>
    <message>
        <source>Transports on the default route</source>
        <translation>默认路由上的传输</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Try this transport earlier (Ctrl+Up)</source>
        <translation>更早尝试此传输 (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Try this transport later (Ctrl+Down)</source>
        <translation>更晚尝试此传输 (Ctrl+Down)</translation>
    </message>
    <message>
        <source>A recipient goes to the next checked transport only when one says it cannot reach it; a delivered or unconfirmed answer ends the route.</source>
        <translation>只有当某个传输表示无法访问收件人时，才会转到下一个选中的传输；已送达或未确认的应答会结束路由。</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>发件人名称(&amp;S)：</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>The name your messages come from: a NetBIOS name of 1 to 15 characters</source>
        <translation>消息的发件人名称：1 到 15 个字符的 NetBIOS 名称</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>OEM 代码页(&amp;C)：</translation>
    </message>
    <message>
        <source>OEM code page</source>
        <translation>OEM 代码页</translation>
    </message>
    <message>
        <source>The encoding of names and text on the WinPopup wire; the recipients&apos; DOS code page</source>
        <translation>WinPopup 线路上名称和文本的编码；即收件人的 DOS 代码页</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filter</source>
        <translation>历史记录筛选器</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Only messages sent on or after this day (&quot;any&quot;: from the first)</source>
        <translation>仅限在此日期当天或之后发送的消息（“任意”：从第一条起）</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Only messages sent on or before this day (&quot;any&quot;: up to now)</source>
        <translation>仅限在此日期当天或之前发送的消息（“任意”：直到现在）</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>投递状态</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>传输(&amp;P)：</translation>
    </message>
    <message>
        <source>Transport that ended the route</source>
        <translation>结束路由的传输</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>收件人(&amp;R)：</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>收件人包含</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Message text contains</source>
        <translation>消息文本包含</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>清除筛选器(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选器</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>历史记录状态</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every message and delivery the filter selects to a CSV or JSON file (Ctrl+E)</source>
        <translation>将筛选器选中的每条消息和投递写入 CSV 或 JSON 文件 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>已发送的消息</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>所选消息</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>继续(&amp;U)…</translation>
    </message>
    <message>
        <source>Send the selected message to the recipients it was never sent to because netmsg stopped first</source>
        <translation>将所选消息发送给因 netmsg 提前停止而从未发送到的收件人</translation>
    </message>
    <message>
        <source>Resume the selected message</source>
        <translation>继续发送所选消息</translation>
    </message>
    <message>
        <source>Deliveries of the selected message</source>
        <translation>所选消息的投递</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Show only &amp;rejected rows</source>
        <translation>仅显示被拒绝的行(&amp;R)</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>文件中的行及每行的处理方式</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>收件箱状态</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>答复(&amp;R)</translation>
    </message>
    <message>
        <source>Answer the selected message: its sender at the address it came from (Ctrl+Shift+R)</source>
        <translation>答复所选消息：发给其发件人，使用消息来源的地址 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>标记为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the selected messages read (Ctrl+Shift+M)</source>
        <translation>将所选消息标记为已读 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>标记为未读(&amp;U)</translation>
    </message>
    <message>
        <source>Mark the selected messages unread (Ctrl+Shift+U)</source>
        <translation>将所选消息标记为未读 (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>标记为未读</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>已接收的消息</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>所选消息</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>Sender as the peer claimed it</source>
        <translation>对等方声称的发件人</translation>
    </message>
    <message>
        <source>Peer address:</source>
        <translation>对等方地址：</translation>
    </message>
    <message>
        <source>Address the message came from</source>
        <translation>消息的来源地址</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Alias the message was sent to</source>
        <translation>消息发送到的别名</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>接收时间：</translation>
    </message>
    <message>
        <source>When the message was received</source>
        <translation>消息的接收时间</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The console changes its language as soon as you apply; the command-line tool uses it from its next start.</source>
        <translation>应用后控制台会立即切换语言；命令行工具在下次启动时使用该语言。</translation>
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
        <translation>控制台各部分</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the message to every recipient (Ctrl+Return)</source>
        <translation>将消息发送给所有收件人 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <source>Show what would be sent to whom, without sending</source>
        <translation>显示将向谁发送什么内容，但不实际发送</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>预检(&amp;P)</translation>
    </message>
    <message>
        <source>Check every target before sending: name, port, transport</source>
        <translation>发送前检查每个目标：名称、端口、传输</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>取消投递(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>重试失败项(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About netmsg</source>
        <translation>关于 netmsg(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Notify me of messages that arrive while the window is hidden or in the background</source>
        <translation>窗口隐藏或在后台时有消息到达则通知我(&amp;N)</translation>
    </message>
    <message>
        <source>One notification for each burst of messages, through the system tray where the desktop has one, else by flashing the window.</source>
        <translation>每批消息发出一条通知：桌面有系统托盘时通过托盘通知，否则闪烁窗口。</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Preflight: Could Each Target Be Reached Now?</source>
        <translation>预检：现在能否访问每个目标？</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>预检结果</translation>
    </message>
    <message>
        <source>The selected target in full</source>
        <translation>所选目标的完整信息</translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <source>&amp;Receive messages in the console</source>
        <translation>在控制台中接收消息(&amp;R)</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>侦听地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>接收器地址</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>接收器端口</translation>
    </message>
    <message>
        <source>127.0.0.1 takes messages from this computer only; 0.0.0.0 (or ::) from every network. Windows sends to TCP port 139, which on Linux needs privileges; the default 1139 does not.</source>
        <translation>127.0.0.1 仅接收来自此计算机的消息；0.0.0.0（或 ::）接收来自所有网络的消息。Windows 发送到 TCP 端口 139，在 Linux 上需要特权；默认端口 1139 则不需要。</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>接收器状态</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>设置有什么问题</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation>模板(&amp;E)：</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Add a template after the selected one (Ins)</source>
        <translation>在所选模板之后添加模板 (Ins)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected template (Del)</source>
        <translation>删除所选模板 (Del)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>模板文本</translation>
    </message>
    <message>
        <source>What is wrong with the templates</source>
        <translation>模板有什么问题</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;netmsg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;netmsg COMMAND --help&apos; 查看命令的选项。</translation>
    </message>
    <message>
        <source>Send and receive net send style network messages.</source>
        <translation>发送和接收 net send 式网络消息。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>The netmsg console: send, receive and manage messages.</source>
        <translation>netmsg 控制台：发送、接收和管理消息。</translation>
    </message>
    <message>
        <source>Language, e.g. de (default: the settings&apos;, else the system&apos;s).</source>
        <translation>语言，例如 de（默认：设置中的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Fill a scratch history with demo data, take a screenshot of every tab and dialog into FOLDER, and quit.</source>
        <translation>用演示数据填充临时历史记录，将每个选项卡和对话框的屏幕截图保存到 FOLDER，然后退出。</translation>
    </message>
</context>
<context>
    <name>netmsg::AliasStore</name>
    <message>
        <source>there is no data folder</source>
        <translation>没有数据文件夹</translation>
    </message>
    <message>
        <source>the data folder %1 is a shared temporary folder</source>
        <translation>数据文件夹 %1 是共享的临时文件夹</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an alias list: %2</source>
        <translation>%1 不是别名列表：%2</translation>
    </message>
    <message>
        <source>%1 is already an alias here</source>
        <translation>%1 已是此处的别名</translation>
    </message>
    <message>
        <source>%1 is not an alias here</source>
        <translation>%1 不是此处的别名</translation>
    </message>
    <message>
        <source>%1 is held by another process (waited %2 ms)</source>
        <translation>%1 被另一个进程占用（已等待 %2 毫秒）</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>无法锁定 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryJob</name>
    <message>
        <source>the transport was unloaded</source>
        <translation>传输已卸载</translation>
    </message>
    <message>
        <source>no transport on the route could take it (%1)</source>
        <translation>路由上没有传输能够接受它（%1）</translation>
    </message>
    <message>
        <source>the %1 transport was unloaded while the job ran</source>
        <translation>作业运行期间 %1 传输被卸载</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>传输没有返回结果</translation>
    </message>
    <message>
        <source>not started within %1 ms: the transport&apos;s threads were all busy</source>
        <translation>未在 %1 毫秒内启动：传输的线程全部繁忙</translation>
    </message>
    <message>
        <source>no answer within %1 ms after the message was handed over; it may have arrived</source>
        <translation>消息移交后 %1 毫秒内无应答；消息可能已送达</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无应答</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; not sent</source>
        <translation>作业运行期间历史记录已关闭；未发送</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>历史记录已关闭</translation>
    </message>
    <message>
        <source>not sent: history could not record the start (%1)</source>
        <translation>未发送：历史记录无法记录开始（%1）</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; these results are not on disk</source>
        <translation>作业运行期间历史记录已关闭；这些结果未保存到磁盘</translation>
    </message>
    <message>
        <source>no transport was given</source>
        <translation>未指定传输</translation>
    </message>
    <message>
        <source>the text has %L1 characters; the limit is %L2</source>
        <translation>文本有 %L1 个字符；限制为 %L2</translation>
    </message>
    <message>
        <source>no transport on the route can be used here</source>
        <translation>路由上没有可在此处使用的传输</translation>
    </message>
    <message>
        <source>%1: not available here</source>
        <translation>%1：此处不可用</translation>
    </message>
    <message>
        <source>a resume needs the history the message is in</source>
        <translation>继续发送需要该消息所在的历史记录</translation>
    </message>
    <message>
        <source>a resume needs the message and each recipient&apos;s position in its list</source>
        <translation>继续发送需要该消息以及每个收件人在其列表中的位置</translation>
    </message>
    <message>
        <source>this delivery job is already running</source>
        <translation>此投递作业已在运行</translation>
    </message>
    <message>
        <source>the route names no transport</source>
        <translation>路由未指定任何传输</translation>
    </message>
    <message>
        <source>there are no recipients</source>
        <translation>没有收件人</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 parts</source>
        <translation>在 %2 个部分中的 %1 个之后已取消</translation>
    </message>
    <message>
        <source>cancelled after the message was handed over; it may have arrived</source>
        <translation>消息移交后已取消；消息可能已送达</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>发送前已取消</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryStates</name>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>netmsg::HistoryStore</name>
    <message>
        <source>reading the messages</source>
        <translation>读取消息</translation>
    </message>
    <message>
        <source>reading the deliveries</source>
        <translation>读取投递</translation>
    </message>
    <message>
        <source>counting the deliveries</source>
        <translation>统计投递</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>读取收件箱</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>读取联系人</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>读取组</translation>
    </message>
    <message>
        <source>reading the dispatch ledger</source>
        <translation>读取发送分类帐</translation>
    </message>
    <message>
        <source>the history %1 has schema version %2, newer than this netmsg knows (%3)</source>
        <translation>历史记录 %1 的架构版本为 %2，比此 netmsg 所知的版本（%3）更新</translation>
    </message>
    <message>
        <source>migration to version %1</source>
        <translation>迁移到版本 %1</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>无法打开历史记录 %1: %2</translation>
    </message>
    <message>
        <source>history %1 (%2) failed: %3</source>
        <translation>历史记录 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>历史记录未打开</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>历史记录 %1 未打开</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>无法为历史记录创建文件夹 %1</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>联系人必须有名称</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>组必须有名称</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>there is no inbox message %1</source>
        <translation>收件箱中没有消息 %1</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>没有名为“%1”的联系人</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>没有名为“%1”的组</translation>
    </message>
</context>
<context>
    <name>netmsg::IMessageTransport</name>
    <message>
        <source>transport &apos;%1&apos; has no option &apos;%2&apos;</source>
        <translation>传输“%1”没有选项“%2”</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>列出别名</translation>
    </message>
    <message>
        <source>adding aliases</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <source>deleting aliases</source>
        <translation>删除别名</translation>
    </message>
    <message>
        <source>receiving messages</source>
        <translation>接收消息</translation>
    </message>
    <message>
        <source>addressing a host directly (%1)</source>
        <translation>直接寻址主机（%1）</translation>
    </message>
    <message>
        <source>the %1 transport can address %2; it cannot check more without sending</source>
        <translation>%1 传输可以寻址 %2；不发送就无法进一步检查</translation>
    </message>
    <message>
        <source>the %1 transport manages only this computer&apos;s aliases</source>
        <translation>%1 传输只管理此计算机的别名</translation>
    </message>
    <message>
        <source>the %1 transport does not support %2</source>
        <translation>%1 传输不支持%2</translation>
    </message>
</context>
<context>
    <name>netmsg::LoopbackTransport</name>
    <message>
        <source>ports (%1): loopback servers are addressed by name</source>
        <translation>端口（%1）：loopback 服务器按名称寻址</translation>
    </message>
    <message>
        <source>Loopback (test network)</source>
        <translation>Loopback（测试网络）</translation>
    </message>
</context>
<context>
    <name>netmsg::Netapi32Transport</name>
    <message>
        <source>this computer&apos;s Messenger service answered %1: sends executed here may fail, on a remote server they may work</source>
        <translation>此计算机的 Messenger 服务返回了 %1：在此处执行的发送可能失败，在远程服务器上则可能成功</translation>
    </message>
    <message>
        <source>running under Wine %1, whose Messenger functions (netapi32.dll NetMessage*) are unimplemented stubs that abort the process</source>
        <translation>正在 Wine %1 下运行，其 Messenger 函数（netapi32.dll NetMessage*）是未实现的存根，会中止进程</translation>
    </message>
    <message>
        <source>netapi32.dll could not be loaded (error %1)</source>
        <translation>无法加载 netapi32.dll（错误 %1）</translation>
    </message>
    <message>
        <source>netapi32.dll lacks %1</source>
        <translation>netapi32.dll 缺少 %1</translation>
    </message>
    <message>
        <source>this Windows has no Messenger service (Windows Vista and later answer ERROR_NOT_SUPPORTED)</source>
        <translation>此 Windows 没有 Messenger 服务（Windows Vista 及更高版本返回 ERROR_NOT_SUPPORTED）</translation>
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
        <translation>无法将 %1 解析为 IPv4 地址：%2</translation>
    </message>
    <message>
        <source>no NetBIOS node status answer from %1 port %2 within %3 ms</source>
        <translation>%3 毫秒内未收到 %1 端口 %2 的 NetBIOS 节点状态应答</translation>
    </message>
</context>
<context>
    <name>netmsg::Outcome</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>操作成功完成。</translation>
    </message>
    <message>
        <source>The function is not valid here.</source>
        <translation>此处的函数无效。</translation>
    </message>
    <message>
        <source>A file the operation needs was not found.</source>
        <translation>找不到操作所需的文件。</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>拒绝访问。</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>内存不足，无法完成此操作。</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>数据无效。</translation>
    </message>
    <message>
        <source>The peer reported a general failure.</source>
        <translation>对等方报告了一般性故障。</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>不支持该请求。</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>找不到网络路径。</translation>
    </message>
    <message>
        <source>The network is busy.</source>
        <translation>网络太忙。</translation>
    </message>
    <message>
        <source>The peer sent a response netmsg does not understand.</source>
        <translation>对等方发送了 netmsg 无法理解的响应。</translation>
    </message>
    <message>
        <source>An unexpected network error occurred.</source>
        <translation>发生意外的网络错误。</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>对等方关闭了连接。</translation>
    </message>
    <message>
        <source>The peer does not answer to that name.</source>
        <translation>对等方不响应该名称。</translation>
    </message>
    <message>
        <source>The peer does not accept messages.</source>
        <translation>对等方不接受消息。</translation>
    </message>
    <message>
        <source>A parameter is not valid.</source>
        <translation>参数错误。</translation>
    </message>
    <message>
        <source>This function is not implemented on this system.</source>
        <translation>此系统未实现该函数。</translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation>名称无效。</translation>
    </message>
    <message>
        <source>The information level is not valid.</source>
        <translation>信息级别无效。</translation>
    </message>
    <message>
        <source>More data is available.</source>
        <translation>有更多数据可用。</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>磁盘空间不足。</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>请求的资源在使用中。</translation>
    </message>
    <message>
        <source>The messenger service is not running.</source>
        <translation>Messenger 服务未运行。</translation>
    </message>
    <message>
        <source>The sending process ended while this was under way.</source>
        <translation>执行期间发送进程已结束。</translation>
    </message>
    <message>
        <source>The text has characters the target code page cannot encode.</source>
        <translation>文本包含目标代码页无法编码的字符。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The remote computer refused the connection.</source>
        <translation>远程计算机拒绝了连接。</translation>
    </message>
    <message>
        <source>The network is unreachable.</source>
        <translation>无法访问网络。</translation>
    </message>
    <message>
        <source>The remote computer is unreachable.</source>
        <translation>无法访问远程计算机。</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>连接已中止。</translation>
    </message>
    <message>
        <source>An internal error occurred in netmsg.</source>
        <translation>netmsg 中发生内部错误。</translation>
    </message>
    <message>
        <source>The peer has insufficient resources.</source>
        <translation>对等方资源不足。</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>操作超时。</translation>
    </message>
    <message>
        <source>The server is unavailable.</source>
        <translation>服务器不可用。</translation>
    </message>
    <message>
        <source>The message is longer than the transport allows.</source>
        <translation>消息长度超过传输允许的上限。</translation>
    </message>
    <message>
        <source>The buffer is too small for the answer.</source>
        <translation>缓冲区太小，无法容纳应答。</translation>
    </message>
    <message>
        <source>A general network error occurred.</source>
        <translation>发生一般性网络错误。</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>服务器报告了内部错误。</translation>
    </message>
    <message>
        <source>The message alias could not be found on the network.</source>
        <translation>在网络上找不到此消息别名。</translation>
    </message>
    <message>
        <source>This message alias already exists locally.</source>
        <translation>此消息别名已在本地存在。</translation>
    </message>
    <message>
        <source>The maximum number of added message aliases has been exceeded.</source>
        <translation>已超过可添加的消息别名的最大数目。</translation>
    </message>
    <message>
        <source>The computer name could not be deleted.</source>
        <translation>无法删除计算机名。</translation>
    </message>
    <message>
        <source>An error occurred when the message was received.</source>
        <translation>接收消息时出错。</translation>
    </message>
    <message>
        <source>The message alias is currently in use. Try again later.</source>
        <translation>此消息别名正在使用中。请稍后再试。</translation>
    </message>
    <message>
        <source>The Messenger service has not been started.</source>
        <translation>Messenger 服务尚未启动。</translation>
    </message>
    <message>
        <source>The name is not on the local computer.</source>
        <translation>此名称不在本地计算机上。</translation>
    </message>
    <message>
        <source>The broadcast message is longer than 128 bytes.</source>
        <translation>广播消息超过 128 个字节。</translation>
    </message>
    <message>
        <source>A duplicate message alias exists on the network.</source>
        <translation>网络上存在重复的消息别名。</translation>
    </message>
    <message>
        <source>The message alias has not been completely deleted.</source>
        <translation>此消息别名尚未完全删除。</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>未知错误 %1。</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>找不到名称</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>netmsg::Preflight</name>
    <message>
        <source>the route names no transport</source>
        <translation>路由未指定任何传输</translation>
    </message>
    <message>
        <source>no transport on the route can take %1 (%2)</source>
        <translation>路由上没有传输能够接受 %1（%2）</translation>
    </message>
    <message>
        <source>this preflight is already running</source>
        <translation>此预检已在运行</translation>
    </message>
    <message>
        <source>there are no targets to check</source>
        <translation>没有要检查的目标</translation>
    </message>
    <message>
        <source>the %1 transport was closed</source>
        <translation>%1 传输已关闭</translation>
    </message>
    <message>
        <source>the %1 probe ended without an answer</source>
        <translation>%1 探测结束，但没有应答</translation>
    </message>
    <message>
        <source>the %1 probe did not answer within %2 ms</source>
        <translation>%1 探测在 %2 毫秒内没有应答</translation>
    </message>
    <message>
        <source>cancelled while %1 was checking it</source>
        <translation>在 %1 检查时已取消</translation>
    </message>
    <message>
        <source>cancelled before it was checked</source>
        <translation>检查之前已取消</translation>
    </message>
</context>
<context>
    <name>netmsg::RecipientList</name>
    <message>
        <source>the name column is empty</source>
        <translation>名称列为空</translation>
    </message>
    <message>
        <source>groups nest deeper than %1 levels (a cycle?)</source>
        <translation>组的嵌套深度超过 %1 层（存在循环？）</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; contains itself (a cycle)</source>
        <translation>组“%1”包含自身（循环）</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>没有名为“%1”的组</translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; lacks its closing &apos;]&apos;</source>
        <translation>主机“%1”缺少右括号“]”</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>“%1”中的“]”后有意外的文本</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>“%1”不是有效的主机名或地址</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字</translation>
    </message>
</context>
<context>
    <name>netmsg::ResumePlan</name>
    <message>
        <source>there is no message %1 in %2</source>
        <translation>%2 中没有消息 %1</translation>
    </message>
    <message>
        <source>message %1 has no dispatch ledger (it was sent by an older netmsg); it cannot be resumed</source>
        <translation>消息 %1 没有发送分类帐（它由旧版 netmsg 发送）；无法继续发送</translation>
    </message>
    <message>
        <source>marked as under way when the sending process ended: it may have arrived, so it is not sent again</source>
        <translation>发送进程结束时标记为正在发送：消息可能已送达，因此不再发送</translation>
    </message>
    <message>
        <source>message %1: the recipient &apos;%2&apos; at position %3 in history cannot be read back</source>
        <translation>消息 %1：无法从历史记录中读回位置 %3 处的收件人“%2”</translation>
    </message>
</context>
<context>
    <name>netmsg::Route</name>
    <message>
        <source>route &apos;%1&apos;: entry %2 is empty</source>
        <translation>路由“%1”：条目 %2 为空</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is not a transport id</source>
        <translation>路由“%1”：“%2”不是传输 ID</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is named twice</source>
        <translation>路由“%1”：“%2”被指定了两次</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos;</source>
        <translation>没有传输“%1”</translation>
    </message>
</context>
<context>
    <name>netmsg::SendLock</name>
    <message>
        <source>message %1 is being sent by %2 (process %3 on %4); go on with it once that has ended</source>
        <translation>消息 %1 正由 %2 发送（%4 上的进程 %3）；请在其结束后再继续</translation>
    </message>
    <message>
        <source>another netmsg</source>
        <translation>另一个 netmsg</translation>
    </message>
    <message>
        <source>cannot lock %1 to send message %2</source>
        <translation>无法锁定 %1 以发送消息 %2</translation>
    </message>
</context>
<context>
    <name>netmsg::TransportRegistry</name>
    <message>
        <source>there is no transport &apos;%1&apos; (known: %2)</source>
        <translation>没有传输“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the %1 plugin failed to load: %2</source>
        <translation>%1 插件加载失败：%2</translation>
    </message>
    <message>
        <source>the %1 plugin created no transport</source>
        <translation>%1 插件未创建任何传输</translation>
    </message>
</context>
<context>
    <name>netmsg::Validation</name>
    <message>
        <source>alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <source>this transport cannot broadcast to &apos;*&apos;</source>
        <translation>此传输无法向“*”广播</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which is not allowed in a name</source>
        <translation>%1“%2”在位置 %4 处有字符 %3，名称中不允许使用该字符</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has &apos;*&apos; at position %3; &apos;*&apos; is only valid alone, as a broadcast</source>
        <translation>%1“%2”在位置 %3 处有“*”；“*”只能单独使用，表示广播</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; starts or ends with a space</source>
        <translation>%1“%2”以空格开头或结尾</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is only dots</source>
        <translation>%1“%2”仅由点组成</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is a reserved word</source>
        <translation>%1“%2”是保留字</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which %5 cannot encode</source>
        <translation>%1“%2”在位置 %4 处有字符 %3，%5 无法对其编码</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is %3 characters long; the limit is %4</source>
        <translation>%1“%2”长 %3 个字符；限制为 %4</translation>
    </message>
    <message>
        <source>the encoding &apos;%1&apos; is not known</source>
        <translation>未知编码“%1”</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>位置 %2 处的 %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot encode %2</source>
        <translation>%1 无法编码 %2</translation>
    </message>
    <message>
        <source>the broadcast is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>广播用 %2 编码为 %1 个字节；限制为 %3 个字节</translation>
    </message>
    <message>
        <source>the message is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>消息用 %2 编码为 %1 个字节；限制为 %3 个字节</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupConnection</name>
    <message>
        <source>the inbox gave no answer for the message</source>
        <translation>收件箱未对该消息作出应答</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupError</name>
    <message>
        <source>not listening on called name</source>
        <translation>未在被叫名称上侦听</translation>
    </message>
    <message>
        <source>not listening for calling name</source>
        <translation>未为主叫名称侦听</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>被叫名称不存在</translation>
    </message>
    <message>
        <source>called name present, but insufficient resources</source>
        <translation>被叫名称存在，但资源不足</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>未指定的错误</translation>
    </message>
    <message>
        <source>NetBIOS session refused: %1 (%2)</source>
        <translation>NetBIOS 会话被拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>NetBIOS session refused with unknown code %1</source>
        <translation>NetBIOS 会话被拒绝，代码未知 %1</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 返回了 %2</translation>
    </message>
    <message>
        <source>%1 answered NTSTATUS %2</source>
        <translation>%1 返回了 NTSTATUS %2</translation>
    </message>
    <message>
        <source>%1 answered DOS error class %2 code %3</source>
        <translation>%1 返回了 DOS 错误类 %2 代码 %3</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupOptions</name>
    <message>
        <source>winpopup option &quot;%1&quot;: &quot;%2&quot; is not an address or address/prefix</source>
        <translation>winpopup 选项“%1”：“%2”不是地址或地址/前缀</translation>
    </message>
    <message>
        <source>unknown winpopup option &quot;%1&quot; (known: %2)</source>
        <translation>未知的 winpopup 选项“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for winpopup option &quot;%2&quot;</source>
        <translation>winpopup 选项“%2”的值“%1”无效</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupProbe</name>
    <message>
        <source>the transport was closed while checking %1</source>
        <translation>检查 %1 时传输已关闭</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>无法解析 %1: %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 有应答</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>解析 %1 的时间超过 %2 毫秒</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>连接到 %1 的时间超过 %2 毫秒</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupReceiver</name>
    <message>
        <source>unknown code page %1</source>
        <translation>未知代码页 %1</translation>
    </message>
    <message>
        <source>receiver limits must be positive (connections, bytes, idle ms, session ms)</source>
        <translation>接收器限制必须为正数（连接数、字节数、空闲毫秒数、会话毫秒数）</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上侦听：%3</translation>
    </message>
    <message>
        <source>the receiver is full (%1 connections)</source>
        <translation>接收器已满（%1 个连接）</translation>
    </message>
    <message>
        <source>%1 connections from this address already</source>
        <translation>此地址已有 %1 个连接</translation>
    </message>
    <message>
        <source>more than %1 new connections a minute from this address</source>
        <translation>此地址每分钟的新连接超过 %1 个</translation>
    </message>
    <message>
        <source>the address is in a denied network</source>
        <translation>该地址位于被拒绝的网络中</translation>
    </message>
    <message>
        <source>the address is in no allowed network</source>
        <translation>该地址不在任何允许的网络中</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupSender</name>
    <message>
        <source>the transport was closed while sending to %1</source>
        <translation>向 %1 发送时传输已关闭</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>无法解析 %1: %2</translation>
    </message>
    <message>
        <source>malformed NetBIOS packet from %1</source>
        <translation>来自 %1 的 NetBIOS 数据包格式错误</translation>
    </message>
    <message>
        <source>unexpected NetBIOS packet type 0x%1 from %2</source>
        <translation>来自 %2 的意外 NetBIOS 数据包类型 0x%1</translation>
    </message>
    <message>
        <source>%1 from %2 got no valid reply</source>
        <translation>发往 %2 的 %1 未收到有效应答</translation>
    </message>
    <message>
        <source>no session response from %1 (packet type 0x%2)</source>
        <translation>%1 没有会话响应（数据包类型 0x%2）</translation>
    </message>
    <message>
        <source>bad or endless session retarget from %1</source>
        <translation>%1 的会话重定向无效或无休止</translation>
    </message>
    <message>
        <source>%1 retargets the session to %2:%3, another host; not followed (winpopup option retargetOtherHosts allows it)</source>
        <translation>%1 将会话重定向到另一台主机 %2:%3；未跟随（winpopup 选项 retargetOtherHosts 可允许此操作）</translation>
    </message>
    <message>
        <source>%1 accepted none of our SMB dialects</source>
        <translation>%1 不接受我们的任何 SMB 方言</translation>
    </message>
    <message>
        <source>unsolicited SMB reply from %1</source>
        <translation>来自 %1 的未经请求的 SMB 应答</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the session request</source>
        <translation>%1 关闭了连接，而未应答会话请求</translation>
    </message>
    <message>
        <source>%1 closed the connection while waiting for the %2 reply</source>
        <translation>等待 %2 应答时 %1 关闭了连接</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>解析 %1 的时间超过 %2 毫秒</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>连接到 %1 的时间超过 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 did not answer the session request within %2 ms</source>
        <translation>%1 未在 %2 毫秒内应答会话请求</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 未在 %3 毫秒内应答 %2</translation>
    </message>
    <message>
        <source>the message was handed over to %1 but not confirmed: %2</source>
        <translation>消息已移交给 %1 但未确认：%2</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupTransport</name>
    <message>
        <source>%1 at %2</source>
        <translation>位置 %2 处的 %1</translation>
    </message>
    <message>
        <source>not representable in %1: %2</source>
        <translation>无法用 %1 表示：%2</translation>
    </message>
    <message>
        <source>sending through another server</source>
        <translation>通过其他服务器发送</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME@host[:port]</source>
        <translation>“%1”不是 NAME@host[:port]</translation>
    </message>
    <message>
        <source>broadcast (the WinPopup session is sent to one name)</source>
        <translation>广播（WinPopup 会话只发送到一个名称）</translation>
    </message>
    <message>
        <source>%1 bytes in %2 with %3 line breaks; the limit is %4 bytes</source>
        <translation>用 %2 编码为 %1 个字节，含 %3 个换行符；限制为 %4 个字节</translation>
    </message>
    <message>
        <source>the names this computer&apos;s receiver answers to</source>
        <translation>此计算机的接收器所应答的名称</translation>
    </message>
    <message>
        <source>listing only, through NetBIOS node status</source>
        <translation>仅列出，通过 NetBIOS 节点状态</translation>
    </message>
    <message>
        <source>%1 on %2: the winpopup transport manages only its own receiver&apos;s names</source>
        <translation>%2 上的 %1：winpopup 传输只管理其自身接收器的名称</translation>
    </message>
    <message>
        <source>adding an alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <source>deleting an alias</source>
        <translation>删除别名</translation>
    </message>
    <message>
        <source>unknown OEM code page %1</source>
        <translation>未知 OEM 代码页 %1</translation>
    </message>
    <message>
        <source>WinPopup (SMB messenger)</source>
        <translation>WinPopup（SMB Messenger）</translation>
    </message>
</context>
<context>
    <name>netmsg::WtsTransport</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>running under Wine %1, whose WTSSendMessageW is a stub that shows nothing, and which has no msg.exe</source>
        <translation>正在 Wine %1 下运行，其 WTSSendMessageW 是不显示任何内容的存根，且没有 msg.exe</translation>
    </message>
    <message>
        <source>no msg.exe in System32 (Windows Home editions do not ship it)</source>
        <translation>System32 中没有 msg.exe（Windows 家庭版不附带此程序）</translation>
    </message>
    <message>
        <source>wtsapi32.dll could not be loaded (error %1)</source>
        <translation>无法加载 wtsapi32.dll（错误 %1）</translation>
    </message>
    <message>
        <source>wtsapi32.dll lacks %1</source>
        <translation>wtsapi32.dll 缺少 %1</translation>
    </message>
    <message>
        <source>no fallback: %1</source>
        <translation>没有后备方案：%1</translation>
    </message>
    <message>
        <source>transport &apos;wts&apos; has no option &apos;%1&apos;</source>
        <translation>传输“wts”没有选项“%1”</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of transport &apos;wts&apos; cannot be &apos;%2&apos;</source>
        <translation>传输“wts”的选项“%1”不能为“%2”</translation>
    </message>
    <message>
        <source>option &apos;wait&apos; of transport &apos;wts&apos; needs &apos;timeoutSeconds&apos; from 1 to %1: a message box nobody answers would block its thread for good</source>
        <translation>传输“wts”的选项“wait”需要 1 到 %1 之间的“timeoutSeconds”：无人应答的消息框会永久阻塞其线程</translation>
    </message>
    <message>
        <source>no session on this computer matches %1</source>
        <translation>此计算机上没有与 %1 匹配的会话</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation>
            <numerusform>%n 个会话与 %1 匹配：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal sessions (WTS)</source>
        <translation>终端会话 (WTS)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::AliasCommand</name>
    <message>
        <source>List, add or delete the messenger aliases of a server.</source>
        <translation>列出、添加或删除服务器的 Messenger 别名。</translation>
    </message>
    <message>
        <source>Server whose aliases to manage (default: this computer).</source>
        <translation>要管理其别名的服务器（默认：此计算机）。</translation>
    </message>
    <message>
        <source>say what to do: list, add or del</source>
        <translation>请指定操作：list、add 或 del</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add or del)</source>
        <translation>未知操作“%1”（list、add 或 del）</translation>
    </message>
    <message>
        <source>&apos;alias list&apos; takes no names</source>
        <translation>“alias list”不接受名称</translation>
    </message>
    <message>
        <source>&apos;alias %1&apos; needs at least one NAME</source>
        <translation>“alias %1”至少需要一个 NAME</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>列出别名</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>正在添加 %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>正在删除 %1</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::CliSession</name>
    <message>
        <source>--transport-option &apos;%1&apos; is not [ID.]KEY=VALUE</source>
        <translation>--transport-option“%1”不是 [ID.]KEY=VALUE 格式</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; names %2, which is not on the route (%3)</source>
        <translation>--transport-option“%1”指定了 %2，但它不在路由上（%3）</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos;: the route has %2 transports (%3); say which, as ID.%4</source>
        <translation>--transport-option“%1”：路由有 %2 个传输（%3）；请用 ID.%4 指明是哪一个</translation>
    </message>
    <message>
        <source>code page %1: no transport on the route speaks an OEM code page (%2)</source>
        <translation>代码页 %1：路由上没有使用 OEM 代码页的传输（%2）</translation>
    </message>
    <message>
        <source>give either --transport or --route, not both</source>
        <translation>请指定 --transport 或 --route 之一，不能同时指定</translation>
    </message>
    <message>
        <source>transport options</source>
        <translation>传输选项</translation>
    </message>
    <message>
        <source>transport %1</source>
        <translation>传输 %1</translation>
    </message>
    <message>
        <source>transport %1 is not available</source>
        <translation>传输 %1 不可用</translation>
    </message>
    <message>
        <source>no available transport on the route (%1) can %2</source>
        <translation>路由（%1）上没有支持 %2 的可用传输</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>传输没有返回结果</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::Command</name>
    <message>
        <source>Transport to use (see &apos;netmsg transports&apos;).</source>
        <translation>要使用的传输（请参阅“netmsg transports”）。</translation>
    </message>
    <message>
        <source>Transports to try per recipient, in order, e.g. netapi32,wts,winpopup.</source>
        <translation>为每个收件人依次尝试的传输，例如 netapi32,wts,winpopup。</translation>
    </message>
    <message>
        <source>Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has several transports).</source>
        <translation>传输选项 [ID.]KEY=VALUE（可重复；路由有多个传输时需加 ID.）。</translation>
    </message>
    <message>
        <source>Print JSON, one object per line.</source>
        <translation>输出 JSON，每行一个对象。</translation>
    </message>
    <message>
        <source>Try &apos;netmsg %1 --help&apos;.</source>
        <translation>请尝试“netmsg %1 --help”。</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::HistoryCommand</name>
    <message>
        <source>Show sent messages with every recipient&apos;s result, or received messages.</source>
        <translation>显示已发送的消息及每个收件人的结果，或显示已接收的消息。</translation>
    </message>
    <message>
        <source>How many messages to show (default 20).</source>
        <translation>要显示的消息数（默认 20）。</translation>
    </message>
    <message>
        <source>Show received messages instead.</source>
        <translation>改为显示已接收的消息。</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a positive number</source>
        <translation>--limit“%1”不是正数</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>from %1 (%2) to %3</source>
        <translation>从 %1（%2）发给 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>%2 个中已送达 %1 个</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <source>%1 unconfirmed</source>
        <translation>%1 个未确认</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 个待处理</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message>
        <source>Receive messages: store each in the inbox and print it as it arrives.</source>
        <translation>接收消息：将每条消息存入收件箱，并在到达时打印。</translation>
    </message>
    <message>
        <source>Address to listen on (default: the settings&apos;, 127.0.0.1).</source>
        <translation>要侦听的地址（默认：设置中的值，127.0.0.1）。</translation>
    </message>
    <message>
        <source>Port to listen on (default: the settings&apos;, 1139).</source>
        <translation>要侦听的端口（默认：设置中的值，1139）。</translation>
    </message>
    <message>
        <source>Answer to NAME as well; added to the stored alias list (repeatable).</source>
        <translation>同时应答 NAME；会添加到已存储的别名列表（可重复）。</translation>
    </message>
    <message>
        <source>Code page of incoming text, e.g. CP850.</source>
        <translation>传入文本的代码页，例如 CP850。</translation>
    </message>
    <message>
        <source>Stop after N messages (default: run until interrupted).</source>
        <translation>收到 N 条消息后停止（默认：一直运行直到被中断）。</translation>
    </message>
    <message>
        <source>Peers served at once (default 64).</source>
        <translation>同时服务的对等方数（默认 64）。</translation>
    </message>
    <message>
        <source>Longest message accepted, in bytes (default 4096).</source>
        <translation>接受的最长消息，以字节为单位（默认 4096）。</translation>
    </message>
    <message>
        <source>Close a peer&apos;s connection after this many silent seconds (default 30).</source>
        <translation>对等方连接静默达此秒数后将其关闭（默认 30）。</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>listen 不接受参数</translation>
    </message>
    <message>
        <source>--address &apos;%1&apos; is not an IP address</source>
        <translation>--address“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port 必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>--count 必须是正数</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 必须是正数</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>adding alias %1</source>
        <translation>正在添加别名 %1</translation>
    </message>
    <message>
        <source>netmsg: warning: no aliases: every session will be refused (use --alias NAME)</source>
        <translation>netmsg: 警告：没有别名：所有会话都将被拒绝（请使用 --alias NAME）</translation>
    </message>
    <message>
        <source>[%1] %2 (%3) to %4:</source>
        <translation>[%1] %2（%3）发给 %4:</translation>
    </message>
    <message>
        <source>storing a message from %1</source>
        <translation>正在存储来自 %1 的消息</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>正在 %1:%2 上侦听</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>netmsg: listening on %1 (%2) for %3</source>
        <translation>netmsg: 正在 %1（%2）上为 %3 侦听</translation>
    </message>
    <message>
        <source>netmsg: warning: %1 is not loopback: other computers can send to these names (limit who with --transport-option winpopup.allowNetworks=NET/PREFIX,...)</source>
        <translation>netmsg: 警告：%1 不是环回地址：其他计算机可以向这些名称发送消息（可用 --transport-option winpopup.allowNetworks=NET/PREFIX,... 限制发送方）</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message>
        <source>cannot read recipients from %1: %2</source>
        <translation>无法从 %1 读取收件人：%2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1“%2”不是 %3 到 %4 之间的数字</translation>
    </message>
    <message>
        <source>Send a message to one or more recipients.</source>
        <translation>向一个或多个收件人发送消息。</translation>
    </message>
    <message>
        <source>Server to send from (default: this computer).</source>
        <translation>发送所用的服务器（默认：此计算机）。</translation>
    </message>
    <message>
        <source>Sender name (default: from settings).</source>
        <translation>发件人名称（默认：取自设置）。</translation>
    </message>
    <message>
        <source>Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or new lines, or @file (repeatable).</source>
        <translation>收件人：NAME、NAME@host[:port]、@group，以逗号、分号或换行分隔的列表，或 @file（可重复）。</translation>
    </message>
    <message>
        <source>Recipients in flight at once (1-256).</source>
        <translation>同时处理的收件人数（1-256）。</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds.</source>
        <translation>每次尝试的超时，以毫秒为单位。</translation>
    </message>
    <message>
        <source>Extra attempts for transient failures (0-10).</source>
        <translation>暂时性失败的额外尝试次数（0-10）。</translation>
    </message>
    <message>
        <source>Wire code page for OEM transports, e.g. CP850.</source>
        <translation>OEM 传输在线路上使用的代码页，例如 CP850。</translation>
    </message>
    <message>
        <source>Port for recipients given without one.</source>
        <translation>用于未指定端口的收件人的端口。</translation>
    </message>
    <message>
        <source>Over the transport&apos;s length limit: refuse (default) or split.</source>
        <translation>超出传输的长度限制时：refuse（拒绝，默认）或 split（拆分）。</translation>
    </message>
    <message>
        <source>Longest text accepted, in characters (default: the settings&apos;, 65536).</source>
        <translation>接受的最长文本，以字符为单位（默认：设置中的值，65536）。</translation>
    </message>
    <message>
        <source>Hold transient failures and retry them for up to this many seconds (instead of --retries).</source>
        <translation>暂存暂时性失败，并在最多这么多秒内重试（代替 --retries）。</translation>
    </message>
    <message>
        <source>Check and show what would be sent; send nothing.</source>
        <translation>检查并显示将会发送的内容；不发送任何内容。</translation>
    </message>
    <message>
        <source>Go on with message &lt;id&gt; from history, whose send was killed: send to the recipients it never started; never again to one it did.</source>
        <translation>继续发送历史记录中发送被终止的消息 &lt;id&gt;：发送给从未开始的收件人；已开始的收件人绝不再次发送。</translation>
    </message>
    <message>
        <source>--over-limit &apos;%1&apos; is neither &apos;refuse&apos; nor &apos;split&apos;</source>
        <translation>--over-limit“%1”既不是“refuse”也不是“split”</translation>
    </message>
    <message>
        <source>no recipients: give --to</source>
        <translation>没有收件人：请指定 --to</translation>
    </message>
    <message>
        <source>no message text: give it as an argument or on standard input</source>
        <translation>没有消息文本：请以参数形式或通过标准输入提供</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>no recipients: --to is empty</source>
        <translation>没有收件人：--to 为空</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (line %2)</source>
        <translation>收件人“%1”（第 %2 行）</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos;</source>
        <translation>收件人“%1”</translation>
    </message>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation>
            <numerusform>未发送任何内容：%n 个收件人被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation>
            <numerusform>将通过 %2 分 %n 个部分发送给 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>通过 %1</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation>
            <numerusform>（第 %1 部分，共 %n 部分）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>已尝试</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>netmsg: %1: %2; held, next try at %3</source>
        <translation>netmsg: %1: %2；已暂存，下次尝试时间为 %3</translation>
    </message>
    <message>
        <source>interrupted: cancelling the remaining recipients</source>
        <translation>已中断：正在取消其余收件人</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation>
            <numerusform>%n 个中已送达 %1 个，失败 %2 个，未确认 %3 个</numerusform>
        </translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>--resume &apos;%1&apos; is not a message id</source>
        <translation>--resume“%1”不是消息 ID</translation>
    </message>
    <message>
        <source>--resume takes the recipients and the text from history: give no --to, text or --dry-run with it</source>
        <translation>--resume 从历史记录获取收件人和文本：不要同时指定 --to、文本或 --dry-run</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>历史记录已关闭</translation>
    </message>
    <message>
        <source>message %1: every recipient was started before; nothing is left to send</source>
        <translation>消息 %1：所有收件人此前均已开始发送；没有剩余要发送的内容</translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation>
            <numerusform>消息 %1：正在发送给从未开始的 %n 个收件人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::TransportsCommand</name>
    <message>
        <source>List the transports, their capabilities and whether they are available here.</source>
        <translation>列出传输、其功能以及在此处是否可用。</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation>功能：%1</translation>
    </message>
    <message>
        <source>netmsg: refused plugin %1: %2</source>
        <translation>netmsg: 已拒绝插件 %1: %2</translation>
    </message>
    <message>
        <source>no transport plugins found in %1</source>
        <translation>在 %1 中找不到传输插件</translation>
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
        <translation>运行时为 %1，使用 %2 构建</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not open: %2)</source>
        <translation>%1（未打开：%2）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>&amp;Refused plugins: none</source>
        <translation>已拒绝的插件(&amp;R)：无</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>已拒绝的插件(&amp;R)：</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>设置文件：%1</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>历史记录文件：%1</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>插件文件夹：</translation>
    </message>
    <message>
        <source>Transports:</source>
        <translation>传输：</translation>
    </message>
    <message>
        <source>Refused plugins:</source>
        <translation>已拒绝的插件：</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>在此系统上</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>拒绝原因</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBook</name>
    <message>
        <source>a contact needs a name</source>
        <translation>联系人必须有名称</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; holds a control character</source>
        <translation>名称“%1”包含控制字符</translation>
    </message>
    <message>
        <source>a contact needs an address</source>
        <translation>联系人必须有地址</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names a group; a contact&apos;s address is one computer or user (NAME or NAME@host[:port])</source>
        <translation>地址“%1”指定的是组；联系人的地址只能是一台计算机或一个用户（NAME 或 NAME@host[:port]）</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names more than one recipient</source>
        <translation>地址“%1”指定了多个收件人</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>组必须有名称</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; has the character %2, which is not allowed (commas, semicolons, &apos;@&apos; and &apos;|&apos; separate recipients and groups)</source>
        <translation>组名“%1”包含不允许的字符 %2（逗号、分号、“@”和“|”用于分隔收件人和组）</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>组名“%1”长 %2 个字符；限制为 %3</translation>
    </message>
    <message>
        <source>there is already a contact named &apos;%1&apos;</source>
        <translation>已存在名为“%1”的联系人</translation>
    </message>
    <message>
        <source>a member needs an address or @group</source>
        <translation>成员必须有地址或 @group</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>“%1”已是“%2”的成员</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>没有名为“%1”的组</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; cannot contain itself</source>
        <translation>组“%1”不能包含自身</translation>
    </message>
    <message>
        <source>adding @%1 to &apos;%2&apos; would make a cycle: &apos;%1&apos; already contains &apos;%2&apos;</source>
        <translation>将 @%1 添加到“%2”会形成循环：“%1”已包含“%2”</translation>
    </message>
    <message>
        <source>the console has no history to keep contacts in</source>
        <translation>控制台没有可用于保存联系人的历史记录</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>没有名为“%1”的联系人</translation>
    </message>
    <message>
        <source>there is already a group named &apos;%1&apos;</source>
        <translation>已存在名为“%1”的组</translation>
    </message>
    <message>
        <source>there is no accepted row to import</source>
        <translation>没有可导入的已接受行</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message>
        <source>Members o&amp;f the selected group</source>
        <translation>所选组的成员(&amp;F)</translation>
    </message>
    <message>
        <source>Members o&amp;f %1</source>
        <translation>%1 的成员(&amp;F)</translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation>已添加联系人 %1。</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>已保存联系人 %1。</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>删除联系人 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation>
            <numerusform>删除 %n 个联系人？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>删除联系人</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>已删除 %n 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>已导入 %n 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个联系人导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the group %1.</source>
        <translation>已添加组 %1。</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>删除组</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation>
            <numerusform>删除组 %1 及其 %n 个成员？联系人会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>已删除组 %1。</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>已将 %1 添加到 %2。</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>已从 %2 中移除 %1。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>无法列出 %1: %2</translation>
    </message>
    <message>
        <source>%1 lives on %2</source>
        <translation>%1 位于 %2 上</translation>
    </message>
    <message>
        <source>%1 is not an alias of %2</source>
        <translation>%1 不是 %2 的别名</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>尚未列出</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n 个别名</numerusform>
        </translation>
    </message>
    <message>
        <source>not listed (%1):
%2</source>
        <translation>未列出（%1）：
%2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>could not be listed: %1</source>
        <translation>无法列出：%1</translation>
    </message>
    <message>
        <source>read-only: its transport cannot add or delete aliases here</source>
        <translation>只读：其传输无法在此处添加或删除别名</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasServers</name>
    <message>
        <source>no transport</source>
        <translation>无传输</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>此计算机 (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no transport here can list this computer&apos;s aliases</source>
        <translation>此处没有传输能够列出此计算机的别名</translation>
    </message>
    <message>
        <source>no transport here can list the aliases of %1</source>
        <translation>此处没有传输能够列出 %1 的别名</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos; on this system</source>
        <translation>此系统上没有传输“%1”</translation>
    </message>
    <message>
        <source>name the server to add</source>
        <translation>请指定要添加的服务器</translation>
    </message>
    <message>
        <source>the %1 transport cannot list the aliases of %2</source>
        <translation>%1 传输无法列出 %2 的别名</translation>
    </message>
    <message>
        <source>%1 is already shown</source>
        <translation>%1 已显示</translation>
    </message>
    <message>
        <source>the %1 transport cannot list them</source>
        <translation>%1 传输无法列出它们</translation>
    </message>
    <message>
        <source>the listing ended without an answer</source>
        <translation>列出操作结束，但没有应答</translation>
    </message>
    <message>
        <source>the %1 transport cannot change the aliases of %2</source>
        <translation>%1 传输无法更改 %2 的别名</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 上的 %1: %3</translation>
    </message>
    <message>
        <source>the change ended without an answer</source>
        <translation>更改操作结束，但没有应答</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasesWidget</name>
    <message>
        <source>%1: list and change</source>
        <translation>%1: 列出和更改</translation>
    </message>
    <message>
        <source>%1: listing only</source>
        <translation>%1: 仅列出</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>此计算机</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>无传输</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>listing only; this transport cannot add or delete aliases there</source>
        <translation>仅列出；此传输无法在该处添加或删除别名</translation>
    </message>
    <message>
        <source>list, add and delete: %1</source>
        <translation>列出、添加和删除：%1</translation>
    </message>
    <message>
        <source>list, add and delete</source>
        <translation>列出、添加和删除</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 上的 %1: %3</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>将别名添加到所选服务器</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>从其服务器上删除所选别名</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>无法列出 %1: %2</translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation>已在 %2 上添加 %1。</translation>
    </message>
    <message>
        <source>%1 deleted from %2.</source>
        <translation>已从 %2 删除 %1。</translation>
    </message>
    <message>
        <source>Could not add %1 on %2: %3</source>
        <translation>无法在 %2 上添加 %1: %3</translation>
    </message>
    <message>
        <source>Could not delete %1 from %2: %3</source>
        <translation>无法从 %2 删除 %1: %3</translation>
    </message>
    <message>
        <source>Could not add the server %1: %2</source>
        <translation>无法添加服务器 %1: %2</translation>
    </message>
    <message>
        <source>Listing the aliases of %1…</source>
        <translation>正在列出 %1 的别名…</translation>
    </message>
    <message>
        <source>%1 is no longer shown; its aliases are unchanged.</source>
        <translation>已不再显示 %1；其别名未更改。</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>删除别名</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? Messages to %1 will no longer reach it there.</source>
        <translation>从 %2 删除别名 %1？发往 %1 的消息将不再送达该处。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message>
        <source>No transport on this route is available here.</source>
        <translation>此路由上没有在此处可用的传输。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation>
            <numerusform>%n 个收件人被拒绝：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>请至少指定一个收件人。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message>
        <source>Refuse it</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Split it into numbered parts</source>
        <translation>拆分为编号的部分</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>变量：%1</translation>
    </message>
    <message>
        <source>Route from Settings: %1</source>
        <translation>设置中的路由：%1</translation>
    </message>
    <message>
        <source>%1 (%2): available</source>
        <translation>%1 (%2): 可用</translation>
    </message>
    <message>
        <source>%1 (%2): not available</source>
        <translation>%1 (%2): 不可用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a character the recipients field reads as syntax</source>
        <translation>“%1”包含收件人字段会解析为语法的字符</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>The sender&apos;s name is not one a reply can go to (%1). Name the recipient yourself; the message came from %2.</source>
        <translation>发件人名称不是答复可以发送到的名称（%1）。请自行指定收件人；该消息来自 %2。</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: 可用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send to every recipient</source>
        <translation>发送给所有收件人</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n 个收件人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1（第 %2 行）：%3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation>
            <numerusform>%n 个条目被拒绝：</numerusform>
        </translation>
    </message>
    <message>
        <source>The message has not been checked yet.</source>
        <translation>尚未检查该消息。</translation>
    </message>
    <message>
        <source>No transport available</source>
        <translation>没有可用的传输</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes in %3</source>
        <translation>%L1 / %L2 字节（%3）</translation>
    </message>
    <message>
        <source>%L1 bytes in %2</source>
        <translation>%L1 字节（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation>
            <numerusform>%n 个字符 %1 无法编码</numerusform>
        </translation>
    </message>
    <message>
        <source>will be split</source>
        <translation>将被拆分</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>超出限制</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation>
            <numerusform>向所有人 (*) 广播此消息？共 %n 个收件人条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation>
            <numerusform>将此消息发送给 %n 个收件人？</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation>确认发送</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>请至少指定一个收件人。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation>
            <numerusform>%n 个条目未检查：它们不是有效的收件人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked from this computer; a send would execute on %1.</source>
        <translation>已从此计算机检查；发送将在 %1 上执行。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ConsoleContext</name>
    <message>
        <source>listening on %1 as %2</source>
        <translation>正在 %1 上以 %2 身份侦听</translation>
    </message>
    <message>
        <source>the console has no history to keep the message in</source>
        <translation>控制台没有可用于保存该消息的历史记录</translation>
    </message>
    <message>
        <source>no transport here can receive messages</source>
        <translation>此处没有能够接收消息的传输</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>line %1 must be a header naming the columns name and address (note and group are optional); it reads &apos;%2&apos;</source>
        <translation>第 %1 行必须是列出 name 和 address 列的标题行（note 和 group 为可选）；其内容为“%2”</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already on line %2</source>
        <translation>名称“%1”已在第 %2 行出现</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryHistoryModel</name>
    <message>
        <source>%L1 s</source>
        <translation>%L1 秒</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
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
        <translation>%1 之后</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>已跳过 %1</translation>
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
        <translation>已暂存，下次尝试 %1</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 秒</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryPage</name>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value from the range offered</source>
        <translation>%1：“%2”不是所提供范围内的值</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>A delivery is still running: cancel it or wait for it to end.</source>
        <translation>仍有投递正在运行：请取消它或等待其结束。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续发送</translation>
    </message>
    <message>
        <source>There is no history to resume from: %1</source>
        <translation>没有可用于继续发送的历史记录：%1</translation>
    </message>
    <message>
        <source>Message #%1 cannot be resumed: %2</source>
        <translation>无法继续发送消息 #%1: %2</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 has a result: nothing is left to send.</source>
        <translation>消息 #%1 的每个收件人都已有结果：没有剩余要发送的内容。</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 was started before netmsg stopped: nothing is left to send.</source>
        <translation>消息 #%1 的每个收件人在 netmsg 停止前都已开始发送：没有剩余要发送的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation>
            <numerusform>继续发送消息 #%1：发送给从未发送到的 %n 个收件人？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation>
            <numerusform>netmsg 停止时有 %n 个收件人正在发送中，可能已收到消息：它们将被记录为未确认，不会再次发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record message #%1&apos;s unconfirmed recipients, so nothing was sent: %2</source>
        <translation>无法记录消息 #%1 的未确认收件人，因此未发送任何内容：%2</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <source>Send unconfirmed again?</source>
        <translation>再次发送未确认的消息？</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation>
            <numerusform>%n 条未确认的消息可能已经送达。再次发送可能会导致重复投递。是否再次发送？</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Some results are not in the history: %1</source>
        <translation>部分结果不在历史记录中：%1</translation>
    </message>
    <message>
        <source>Nothing sent yet. Compose a message and press Send.</source>
        <translation>尚未发送任何内容。请撰写消息并单击“发送”。</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 unconfirmed</source>
        <translation>已送达 %1 个，失败 %2 个，未确认 %3 个</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done (%3)</source>
        <translation>正在发送：已完成 %1 / %2（%3）</translation>
    </message>
    <message>
        <source>Done: %1 of %2 recipients (%3)</source>
        <translation>完成：%1 / %2 个收件人（%3）</translation>
    </message>
    <message>
        <source>Holding ended at %1.</source>
        <translation>暂存已于 %1 结束。</translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation>
            <numerusform>%n 个已暂存待重试；%1 后再次尝试，暂存至 %2（剩余 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation>
            <numerusform>未发送任何内容。发送将发往 %n 个收件人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation>
            <numerusform>（共 %n 条消息，通过 %1）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Default route: check at least one transport to send through.</source>
        <translation>默认路由：请至少选中一个用于发送的传输。</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>发件人名称：%1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation>
            <numerusform>@%1: %n 个成员</numerusform>
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
        <translation>无法写入</translation>
    </message>
    <message>
        <source>cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExporter</name>
    <message>
        <source>the history was closed</source>
        <translation>历史记录已关闭</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>name contains…</source>
        <translation>名称包含…</translation>
    </message>
    <message>
        <source>message contains…</source>
        <translation>消息包含…</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message>
        <source>A delivery is running: resume when it has ended</source>
        <translation>有投递正在运行：请在其结束后继续发送</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation>
            <numerusform>消息 #%1 的 %n 个收件人没有结果：发送给从未开始的收件人（netmsg 停止时正在发送的收件人记录为未确认，不再发送）</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>没有历史记录：%1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <source>No sent message matches the filter.</source>
        <translation>没有与筛选器匹配的已发送消息。</translation>
    </message>
    <message>
        <source>Sent messages: %1.</source>
        <translation>已发送的消息：%1。</translation>
    </message>
    <message>
        <source>The newest %1 sent messages; older ones load as you scroll.</source>
        <translation>最新的 %1 条已发送消息；滚动时加载较早的消息。</translation>
    </message>
    <message>
        <source>Select a message to see its deliveries.</source>
        <translation>选择一条消息以查看其投递。</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>无法读取投递：%1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>目前 %1</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2) that match the filter: %3</source>
        <translation>消息 #%1（发送于 %2）中与筛选器匹配的投递：%3</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2): %3</source>
        <translation>消息 #%1（发送于 %2）的投递：%3</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation>已将 %1 个投递导出到 %2。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportDialog</name>
    <message>
        <source>%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.</source>
        <translation>%1：%2 行，待导入 %3 行，已拒绝 %4 行。导入之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import Accepted Rows (%1)</source>
        <translation>导入已接受的行 (%1)(&amp;I)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportPreviewModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>replaces the contact of this name</source>
        <translation>替换同名联系人</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxModel</name>
    <message>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>对等方地址</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxWidget</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>选择一条消息以阅读。</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1（通过 %2）</translation>
    </message>
    <message>
        <source>No history, so no inbox: %1</source>
        <translation>没有历史记录，因此没有收件箱：%1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>无法读取收件箱：%1</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>正在读取收件箱…</translation>
    </message>
    <message>
        <source>No messages received yet.</source>
        <translation>尚未收到任何消息。</translation>
    </message>
    <message>
        <source>Received messages: %L1</source>
        <translation>已接收的消息：%L1</translation>
    </message>
    <message>
        <source>The newest %L1 messages; older ones load as you scroll.</source>
        <translation>最新的 %L1 条消息；滚动时加载较早的消息。</translation>
    </message>
    <message>
        <source>Cannot mark the message: %1</source>
        <translation>无法标记该消息：%1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>系统语言 (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>撰写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>投递(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>别名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>收件箱(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>通讯簿(&amp;B)</translation>
    </message>
    <message>
        <source>receiver off (Settings)</source>
        <translation>接收器已关闭（设置）</translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation>未在接收：%1</translation>
    </message>
    <message>
        <source>no transport available</source>
        <translation>没有可用的传输</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>路由：%1</translation>
    </message>
    <message>
        <source>the route from the settings: %1</source>
        <translation>设置中的路由：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>history: SQLite</source>
        <translation>历史记录：SQLite</translation>
    </message>
    <message>
        <source>no history: %1</source>
        <translation>没有历史记录：%1</translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation>未读：%1</translation>
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
        <translation>组 %1 的每个成员</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>an address that is not in the contacts</source>
        <translation>不在联系人中的地址</translation>
    </message>
    <message>
        <source>choose a group first</source>
        <translation>请先选择一个组</translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation>请先选择一个成员</translation>
    </message>
    <message>
        <source>the member cannot move further</source>
        <translation>该成员无法再移动</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MessageHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::Notifier</name>
    <message>
        <source>netmsg: a new message</source>
        <translation>netmsg: 一条新消息</translation>
    </message>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation>
            <numerusform>netmsg: %n 条新消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first from %1: %2</source>
        <translation>第一条来自 %1: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::OutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>结果图表</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>尚无结果</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PagedHistoryModelBase</name>
    <message>
        <source>the console has no history to read</source>
        <translation>控制台没有可读取的历史记录</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PlanModel</name>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>部分数</translation>
    </message>
    <message>
        <source>Text (first part)</source>
        <translation>文本（第一部分）</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation>
            <numerusform>正在检查 %n 个目标，不发送任何内容： </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>已完成 %1 / %2。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation>
            <numerusform>未发送任何内容。%n 个目标中现在可访问 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>未尝试</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1，然后 %2</translation>
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
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>可访问：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach this target, a send tries %2 next.</source>
        <translation>如果 %1 应答无法访问此目标，发送时将接着尝试 %2。</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>已跳过 %1: %2</translation>
    </message>
    <message>
        <source>%1: no transport on the route can take it</source>
        <translation>%1: 路由上没有传输能够接受它</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1，通过 %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach it, a send tries %2 next.</source>
        <translation>如果 %1 应答无法访问它，发送时将接着尝试 %2。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Name resolves: %1. Port reachable: %2.</source>
        <translation>名称可解析：%1。端口可访问：%2。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>名称可解析</translation>
    </message>
    <message>
        <source>Port reachable</source>
        <translation>端口可访问</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Skipped steps</source>
        <translation>跳过的步骤</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ReceiverPage</name>
    <message>
        <source>Receiver</source>
        <translation>接收器</translation>
    </message>
    <message>
        <source>Receiver address: &apos;%1&apos; is not an IP address (for example 127.0.0.1, 0.0.0.0 or ::)</source>
        <translation>接收器地址：“%1”不是 IP 地址（例如 127.0.0.1、0.0.0.0 或 ::）</translation>
    </message>
    <message>
        <source>Receiver port: &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>接收器端口：“%1”不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>当前：%1。</translation>
    </message>
    <message>
        <source>Now: not receiving (%1).</source>
        <translation>当前：未在接收（%1）。</translation>
    </message>
    <message>
        <source>Now: not receiving.</source>
        <translation>当前：未在接收。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::RouteModel</name>
    <message>
        <source>not installed here</source>
        <translation>此处未安装</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>在此系统上</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplateStore</name>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Maintenance on {date} at {time}: please save your work and log off. {sender}</source>
        <translation>{date} {time} 将进行维护：请保存您的工作并注销。{sender}</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>{recipient}: this computer restarts in 10 minutes. {sender}</source>
        <translation>{recipient}：此计算机将在 10 分钟后重新启动。{sender}</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>已恢复联机</translation>
    </message>
    <message>
        <source>The service is back online ({time}). {sender}</source>
        <translation>服务已恢复联机（{time}）。{sender}</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplatesDialog</name>
    <message>
        <source>A text may hold these variables, filled in when it is sent:</source>
        <translation>文本中可以包含以下变量，发送时会被填入：</translation>
    </message>
    <message>
        <source>the day the message is sent</source>
        <translation>发送消息的日期</translation>
    </message>
    <message>
        <source>the time it is sent</source>
        <translation>发送的时间</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>each recipient&apos;s name (each gets its own text)</source>
        <translation>每个收件人的名称（每个收件人获得各自的文本）</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>每个模板都必须有名称。</translation>
    </message>
    <message>
        <source>There are two templates named &apos;%1&apos;.</source>
        <translation>有两个模板名为“%1”。</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no text.</source>
        <translation>模板“%1”没有文本。</translation>
    </message>
    <message>
        <source>%1 is not a variable netmsg fills; it is sent as it is.</source>
        <translation>%1 不是 netmsg 会填入的变量；它将按原样发送。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新模板</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>新模板 %1</translation>
    </message>
</context>
</TS>
