<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About netmsg</source>
        <translation>netmsg のバージョン情報</translation>
    </message>
    <message>
        <source>An admin console for net send style network messages: send them to computer names, user aliases and terminal sessions, receive them, and see what happened to every one.</source>
        <translation>net send 形式のネットワーク メッセージの管理コンソールです。コンピューター名、ユーザー エイリアス、ターミナル セッションへ送信し、受信し、各メッセージの結果を確認できます。</translation>
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
        <translation>システム:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>データ フォルダー:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>設定ファイル:</translation>
    </message>
    <message>
        <source>History file:</source>
        <translation>履歴ファイル:</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>プラグイン フォルダー:</translation>
    </message>
    <message>
        <source>&amp;Transports found:</source>
        <translation>検出されたトランスポート(&amp;T):</translation>
    </message>
    <message>
        <source>Transports found</source>
        <translation>検出されたトランスポート</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>拒否されたプラグイン(&amp;R):</translation>
    </message>
    <message>
        <source>Refused plugins</source>
        <translation>拒否されたプラグイン</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy all of this as plain text, for a bug report</source>
        <translation>バグ報告用に、この内容をすべてプレーン テキストとしてコピーします</translation>
    </message>
</context>
<context>
    <name>AddressBookWidget</name>
    <message>
        <source>C&amp;ontacts</source>
        <translation>連絡先(&amp;O)</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>連絡先のフィルター</translation>
    </message>
    <message>
        <source>Filter by name, address or note (Ctrl+F)</source>
        <translation>名前、アドレス、メモで絞り込みます (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a contact (Ins)</source>
        <translation>連絡先を追加します (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected contact (or F2 in the table)</source>
        <translation>選択した連絡先を編集します (表内では F2)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>選択した連絡先を削除します (Del)</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>インポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file with the columns name, address, note and group; every row is shown before anything is saved</source>
        <translation>name、address、note、group の列を持つ CSV ファイルから連絡先をインポートします。保存する前にすべての行が表示されます</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the contacts, with their groups, as a CSV file</source>
        <translation>連絡先をグループと共に CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Group&amp;s</source>
        <translation>グループ(&amp;S)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>新しいグループ名</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>グループの追加(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation>グループの削除(&amp;R)</translation>
    </message>
    <message>
        <source>Delete the selected group (Del in the list)</source>
        <translation>選択したグループを削除します (一覧内では Del)</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>選択したグループのメンバー</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新しいメンバー</translation>
    </message>
    <message>
        <source>NAME, NAME@host[:port] or @group</source>
        <translation>NAME、NAME@host[:port] または @group</translation>
    </message>
    <message>
        <source>Add to Gro&amp;up</source>
        <translation>グループに追加(&amp;U)</translation>
    </message>
    <message>
        <source>Add the member to the selected group (Return)</source>
        <translation>選択したグループにメンバーを追加します (Enter)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>メンバーの削除</translation>
    </message>
    <message>
        <source>Remove the selected member (Del in the list)</source>
        <translation>選択したメンバーを削除します (一覧内では Del)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move the selected member up (Ctrl+Up)</source>
        <translation>選択したメンバーを上へ移動します (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected member down (Ctrl+Down)</source>
        <translation>選択したメンバーを下へ移動します (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Address book status</source>
        <translation>アドレス帳の状態</translation>
    </message>
</context>
<context>
    <name>AliasesWidget</name>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Add s&amp;erver:</source>
        <translation>サーバーの追加(&amp;E):</translation>
    </message>
    <message>
        <source>Server to add</source>
        <translation>追加するサーバー</translation>
    </message>
    <message>
        <source>HQ or 10.0.0.5</source>
        <translation>HQ または 10.0.0.5</translation>
    </message>
    <message>
        <source>Transport that manages the server to add</source>
        <translation>追加するサーバーを管理するトランスポート</translation>
    </message>
    <message>
        <source>Aliases by server</source>
        <translation>サーバー別のエイリアス</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>エイリアス(&amp;L):</translation>
    </message>
    <message>
        <source>Alias to add</source>
        <translation>追加するエイリアス</translation>
    </message>
    <message>
        <source>OPS</source>
        <translation>OPS</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>List the aliases of the chosen server again</source>
        <translation>選択したサーバーのエイリアスをもう一度取得します</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>すべて更新(&amp;A)</translation>
    </message>
    <message>
        <source>List the aliases of every server again</source>
        <translation>すべてのサーバーのエイリアスをもう一度取得します</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>サーバーの削除(&amp;M)</translation>
    </message>
    <message>
        <source>Stop showing the chosen server (its aliases stay)</source>
        <translation>選択したサーバーを表示しないようにします (エイリアスは残ります)</translation>
    </message>
    <message>
        <source>A&amp;dd Server</source>
        <translation>サーバーの追加(&amp;D)</translation>
    </message>
    <message>
        <source>Show the aliases of another server</source>
        <translation>別のサーバーのエイリアスを表示します</translation>
    </message>
    <message>
        <source>Add &amp;to Server</source>
        <translation>サーバーに追加(&amp;T)</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>選択したサーバーにエイリアスを追加します</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>選択項目の削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>選択したエイリアスをそのサーバーから削除します</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;To:</source>
        <translation>宛先(&amp;T):</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Names, NAME@host[:port], @group, separated by commas or new lines</source>
        <translation>名前、NAME@host[:port]、@group をコンマまたは改行で区切って指定</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>差出人(&amp;F):</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>差出人名</translation>
    </message>
    <message>
        <source>E&amp;xecute on:</source>
        <translation>実行先(&amp;X):</translation>
    </message>
    <message>
        <source>Server to send from</source>
        <translation>送信元のサーバー</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>ルート(&amp;R):</translation>
    </message>
    <message>
        <source>Route or transport</source>
        <translation>ルートまたはトランスポート</translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation>上限超過時(&amp;O):</translation>
    </message>
    <message>
        <source>What to do with a text over the limit</source>
        <translation>上限を超えるテキストの扱い</translation>
    </message>
    <message>
        <source>&amp;Hold transient failures for</source>
        <translation>一時的な失敗を保留(&amp;H)</translation>
    </message>
    <message>
        <source>Minutes to hold transient failures</source>
        <translation>一時的な失敗を保留する時間 (分)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>テンプレート(&amp;E):</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>メッセージ テンプレート</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>メッセージ テキスト</translation>
    </message>
    <message>
        <source>Message size in wire bytes</source>
        <translation>送信時のメッセージ サイズ (バイト)</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>事前チェック(&amp;P)</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>ドライ ラン(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>連絡先名</translation>
    </message>
    <message>
        <source>How you refer to it, e.g. Front desk</source>
        <translation>呼び名。例: 受付</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>連絡先アドレス</translation>
    </message>
    <message>
        <source>NAME or NAME@host[:port]</source>
        <translation>NAME または NAME@host[:port]</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>連絡先のメモ</translation>
    </message>
    <message>
        <source>What is wrong with the contact</source>
        <translation>連絡先の問題点</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>&amp;Recipients at a time:</source>
        <translation>同時に送信する受信者数(&amp;R):</translation>
    </message>
    <message>
        <source>Recipients delivered at a time</source>
        <translation>同時に配信する受信者数</translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt:</source>
        <translation>試行ごとのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Timeout per attempt in seconds</source>
        <translation>試行ごとのタイムアウト (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>R&amp;etries of transient failures:</source>
        <translation>一時的な失敗の再試行回数(&amp;E):</translation>
    </message>
    <message>
        <source>Retries of transient failures</source>
        <translation>一時的な失敗の再試行回数</translation>
    </message>
    <message>
        <source>&amp;Ask before sending to more than:</source>
        <translation>確認する受信者数の上限(&amp;A):</translation>
    </message>
    <message>
        <source>Recipients before a send asks for confirmation</source>
        <translation>送信前に確認を求める受信者数</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>&amp;Longest message text:</source>
        <translation>メッセージ テキストの最大長(&amp;L):</translation>
    </message>
    <message>
        <source>Longest message text in characters</source>
        <translation>メッセージ テキストの最大長 (文字数)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <source>Only failures that may pass (a busy or unreachable peer, a timeout) are retried; a delivered or unconfirmed message is never sent again. A broadcast (*) always asks first.</source>
        <translation>再試行するのは解消する可能性のある失敗 (相手がビジーまたは到達不能、タイムアウト) のみです。配信済みまたは未確認のメッセージが再送されることはありません。ブロードキャスト (*) は常に事前に確認します。</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>失敗分を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Also &amp;unconfirmed</source>
        <translation>未確認も含める(&amp;U)</translation>
    </message>
    <message>
        <source>Unconfirmed messages may have arrived; sending them again may deliver them twice.</source>
        <translation>未確認のメッセージは既に届いている可能性があります。再送すると二重に配信されることがあります。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Delivery progress</source>
        <translation>配信の進行状況</translation>
    </message>
    <message>
        <source>Per-recipient results</source>
        <translation>受信者ごとの結果</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run: What Would Be Sent</source>
        <translation>ドライ ラン: 送信される内容</translation>
    </message>
    <message>
        <source>Planned deliveries</source>
        <translation>予定されている配信</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Default &amp;route: the transports tried for each recipient, top first</source>
        <translation>既定のルート(&amp;R): 各受信者に対して上から順に試すトランスポート</translation>
    </message>
    <message>
        <source>Transports on the default route</source>
        <translation>既定のルート上のトランスポート</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Try this transport earlier (Ctrl+Up)</source>
        <translation>このトランスポートを先に試します (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Try this transport later (Ctrl+Down)</source>
        <translation>このトランスポートを後で試します (Ctrl+↓)</translation>
    </message>
    <message>
        <source>A recipient goes to the next checked transport only when one says it cannot reach it; a delivered or unconfirmed answer ends the route.</source>
        <translation>受信者が次のチェック済みトランスポートに回されるのは、トランスポートが到達できないと応答した場合だけです。配信済みまたは未確認の応答でルートは終了します。</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>差出人名(&amp;S):</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>差出人名</translation>
    </message>
    <message>
        <source>The name your messages come from: a NetBIOS name of 1 to 15 characters</source>
        <translation>メッセージの差出人となる名前: 1 ～ 15 文字の NetBIOS 名</translation>
    </message>
    <message>
        <source>OEM &amp;code page:</source>
        <translation>OEM コード ページ(&amp;C):</translation>
    </message>
    <message>
        <source>OEM code page</source>
        <translation>OEM コード ページ</translation>
    </message>
    <message>
        <source>The encoding of names and text on the WinPopup wire; the recipients&apos; DOS code page</source>
        <translation>WinPopup の送信データでの名前とテキストのエンコード。受信者の DOS コード ページです</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>History filter</source>
        <translation>履歴フィルター</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Only messages sent on or after this day (&quot;any&quot;: from the first)</source>
        <translation>この日以降に送信されたメッセージのみ (「指定なし」: 最初から)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Only messages sent on or before this day (&quot;any&quot;: up to now)</source>
        <translation>この日以前に送信されたメッセージのみ (「指定なし」: 現在まで)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>配信状態</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>トランスポート(&amp;P):</translation>
    </message>
    <message>
        <source>Transport that ended the route</source>
        <translation>ルートを終了したトランスポート</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>受信者(&amp;R):</translation>
    </message>
    <message>
        <source>Recipient contains</source>
        <translation>受信者に次を含む</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>テキスト(&amp;X):</translation>
    </message>
    <message>
        <source>Message text contains</source>
        <translation>メッセージ テキストに次を含む</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>フィルターのクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルターをクリアします</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>履歴の状態</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>エクスポートのキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>エクスポートをキャンセルします</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every message and delivery the filter selects to a CSV or JSON file (Ctrl+E)</source>
        <translation>フィルターで選択されたすべてのメッセージと配信を CSV または JSON ファイルに書き出します (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>履歴をエクスポート</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>送信済みメッセージ</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>選択したメッセージ</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>再開(&amp;U)…</translation>
    </message>
    <message>
        <source>Send the selected message to the recipients it was never sent to because netmsg stopped first</source>
        <translation>netmsg が先に停止したために送信されなかった受信者に、選択したメッセージを送信します</translation>
    </message>
    <message>
        <source>Resume the selected message</source>
        <translation>選択したメッセージを再開</translation>
    </message>
    <message>
        <source>Deliveries of the selected message</source>
        <translation>選択したメッセージの配信</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Contacts</source>
        <translation>連絡先のインポート</translation>
    </message>
    <message>
        <source>Show only &amp;rejected rows</source>
        <translation>拒否された行のみ表示(&amp;R)</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>ファイルの行と各行の処理</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Inbox</source>
        <translation>受信トレイ</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>受信トレイの状態</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>返信(&amp;R)</translation>
    </message>
    <message>
        <source>Answer the selected message: its sender at the address it came from (Ctrl+Shift+R)</source>
        <translation>選択したメッセージに返信します: 送信元アドレスの差出人宛て (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>既読にする(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the selected messages read (Ctrl+Shift+M)</source>
        <translation>選択したメッセージを既読にします (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>未読にする(&amp;U)</translation>
    </message>
    <message>
        <source>Mark the selected messages unread (Ctrl+Shift+U)</source>
        <translation>選択したメッセージを未読にします (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>未読にする</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>受信したメッセージ</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>選択したメッセージ</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>差出人:</translation>
    </message>
    <message>
        <source>Sender as the peer claimed it</source>
        <translation>相手が名乗った差出人</translation>
    </message>
    <message>
        <source>Peer address:</source>
        <translation>相手のアドレス:</translation>
    </message>
    <message>
        <source>Address the message came from</source>
        <translation>メッセージの送信元アドレス</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Alias the message was sent to</source>
        <translation>メッセージの宛先エイリアス</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受信日時:</translation>
    </message>
    <message>
        <source>When the message was received</source>
        <translation>メッセージを受信した日時</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>メッセージ テキスト</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The console changes its language as soon as you apply; the command-line tool uses it from its next start.</source>
        <translation>コンソールは適用するとすぐに言語が切り替わります。コマンド ライン ツールは次回の起動時から使用します。</translation>
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
        <translation>コンソールのセクション</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the message to every recipient (Ctrl+Return)</source>
        <translation>メッセージをすべての受信者に送信します (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>ドライ ラン(&amp;D)</translation>
    </message>
    <message>
        <source>Show what would be sent to whom, without sending</source>
        <translation>送信せずに、誰に何が送信されるかを表示します</translation>
    </message>
    <message>
        <source>&amp;Preflight</source>
        <translation>事前チェック(&amp;P)</translation>
    </message>
    <message>
        <source>Check every target before sending: name, port, transport</source>
        <translation>送信前にすべての宛先を確認します: 名前、ポート、トランスポート</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>配信のキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>失敗分を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>テンプレート(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About netmsg</source>
        <translation>netmsg のバージョン情報(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>&amp;Notify me of messages that arrive while the window is hidden or in the background</source>
        <translation>ウィンドウが非表示またはバックグラウンドのときに届いたメッセージを通知する(&amp;N)</translation>
    </message>
    <message>
        <source>One notification for each burst of messages, through the system tray where the desktop has one, else by flashing the window.</source>
        <translation>まとめて届いたメッセージごとに 1 回通知します。デスクトップに通知領域があればそこに、なければウィンドウを点滅させて通知します。</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Preflight: Could Each Target Be Reached Now?</source>
        <translation>事前チェック: 各宛先に今すぐ到達できるか</translation>
    </message>
    <message>
        <source>Preflight results</source>
        <translation>事前チェックの結果</translation>
    </message>
    <message>
        <source>The selected target in full</source>
        <translation>選択した宛先の詳細</translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <source>&amp;Receive messages in the console</source>
        <translation>コンソールでメッセージを受信する(&amp;R)</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>待ち受けアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Receiver address</source>
        <translation>受信アドレス</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>受信ポート</translation>
    </message>
    <message>
        <source>127.0.0.1 takes messages from this computer only; 0.0.0.0 (or ::) from every network. Windows sends to TCP port 139, which on Linux needs privileges; the default 1139 does not.</source>
        <translation>127.0.0.1 ではこのコンピューターからのメッセージのみ、0.0.0.0 (または ::) ではすべてのネットワークからのメッセージを受け付けます。Windows は TCP ポート 139 に送信しますが、Linux ではこのポートに特権が必要です。既定の 1139 では不要です。</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>受信の状態</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>設定の問題点</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>メッセージ テンプレート</translation>
    </message>
    <message>
        <source>T&amp;emplates:</source>
        <translation>テンプレート(&amp;E):</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Add a template after the selected one (Ins)</source>
        <translation>選択したテンプレートの後にテンプレートを追加します (Ins)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected template (Del)</source>
        <translation>選択したテンプレートを削除します (Del)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>テンプレート名</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>テキスト(&amp;X):</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>テンプレート テキスト</translation>
    </message>
    <message>
        <source>What is wrong with the templates</source>
        <translation>テンプレートの問題点</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;netmsg COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>コマンドのオプションは &apos;netmsg COMMAND --help&apos; で表示されます。</translation>
    </message>
    <message>
        <source>Send and receive net send style network messages.</source>
        <translation>net send 形式のネットワーク メッセージを送受信します。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The netmsg console: send, receive and manage messages.</source>
        <translation>netmsg コンソール: メッセージの送信、受信、管理を行います。</translation>
    </message>
    <message>
        <source>Language, e.g. de (default: the settings&apos;, else the system&apos;s).</source>
        <translation>言語 (例: de)。既定値は設定の言語、なければシステムの言語です。</translation>
    </message>
    <message>
        <source>Fill a scratch history with demo data, take a screenshot of every tab and dialog into FOLDER, and quit.</source>
        <translation>デモ データで一時的な履歴を作成し、すべてのタブとダイアログのスクリーンショットを FOLDER に保存して終了します。</translation>
    </message>
</context>
<context>
    <name>netmsg::AliasStore</name>
    <message>
        <source>there is no data folder</source>
        <translation>データ フォルダーがありません</translation>
    </message>
    <message>
        <source>the data folder %1 is a shared temporary folder</source>
        <translation>データ フォルダー %1 は共有の一時フォルダーです</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not an alias list: %2</source>
        <translation>%1 はエイリアス リストではありません: %2</translation>
    </message>
    <message>
        <source>%1 is already an alias here</source>
        <translation>%1 は既にここのエイリアスです</translation>
    </message>
    <message>
        <source>%1 is not an alias here</source>
        <translation>%1 はここのエイリアスではありません</translation>
    </message>
    <message>
        <source>%1 is held by another process (waited %2 ms)</source>
        <translation>%1 は別のプロセスが使用中です (%2 ミリ秒待機しました)</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 をロックできません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryJob</name>
    <message>
        <source>the transport was unloaded</source>
        <translation>トランスポートがアンロードされました</translation>
    </message>
    <message>
        <source>no transport on the route could take it (%1)</source>
        <translation>ルート上のどのトランスポートも処理できませんでした (%1)</translation>
    </message>
    <message>
        <source>the %1 transport was unloaded while the job ran</source>
        <translation>ジョブの実行中に %1 トランスポートがアンロードされました</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>トランスポートから結果が返されませんでした</translation>
    </message>
    <message>
        <source>not started within %1 ms: the transport&apos;s threads were all busy</source>
        <translation>%1 ミリ秒以内に開始されませんでした: トランスポートのスレッドがすべてビジーでした</translation>
    </message>
    <message>
        <source>no answer within %1 ms after the message was handed over; it may have arrived</source>
        <translation>メッセージの引き渡し後 %1 ミリ秒以内に応答がありませんでした。届いている可能性があります</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ミリ秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; not sent</source>
        <translation>ジョブの実行中に履歴が閉じられました。送信されていません</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>履歴が閉じられました</translation>
    </message>
    <message>
        <source>not sent: history could not record the start (%1)</source>
        <translation>送信されていません: 履歴に開始を記録できませんでした (%1)</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>送信されていません: %1</translation>
    </message>
    <message>
        <source>the history was closed while the job ran; these results are not on disk</source>
        <translation>ジョブの実行中に履歴が閉じられました。これらの結果はディスクに保存されていません</translation>
    </message>
    <message>
        <source>no transport was given</source>
        <translation>トランスポートが指定されていません</translation>
    </message>
    <message>
        <source>the text has %L1 characters; the limit is %L2</source>
        <translation>テキストは %L1 文字です。上限は %L2 文字です</translation>
    </message>
    <message>
        <source>no transport on the route can be used here</source>
        <translation>ルート上のどのトランスポートもここでは使用できません</translation>
    </message>
    <message>
        <source>%1: not available here</source>
        <translation>%1: ここでは使用できません</translation>
    </message>
    <message>
        <source>a resume needs the history the message is in</source>
        <translation>再開するには、メッセージが含まれる履歴が必要です</translation>
    </message>
    <message>
        <source>a resume needs the message and each recipient&apos;s position in its list</source>
        <translation>再開するには、メッセージと、その一覧での各受信者の位置が必要です</translation>
    </message>
    <message>
        <source>this delivery job is already running</source>
        <translation>この配信ジョブは既に実行中です</translation>
    </message>
    <message>
        <source>the route names no transport</source>
        <translation>ルートにトランスポートが指定されていません</translation>
    </message>
    <message>
        <source>there are no recipients</source>
        <translation>受信者がいません</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 parts</source>
        <translation>%2 パート中 %1 パートの後でキャンセルされました</translation>
    </message>
    <message>
        <source>cancelled after the message was handed over; it may have arrived</source>
        <translation>メッセージの引き渡し後にキャンセルされました。届いている可能性があります</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>送信前にキャンセルされました</translation>
    </message>
</context>
<context>
    <name>netmsg::DeliveryStates</name>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>未確認</translation>
    </message>
</context>
<context>
    <name>netmsg::HistoryStore</name>
    <message>
        <source>reading the messages</source>
        <translation>メッセージの読み取り</translation>
    </message>
    <message>
        <source>reading the deliveries</source>
        <translation>配信の読み取り</translation>
    </message>
    <message>
        <source>counting the deliveries</source>
        <translation>配信数のカウント</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>受信トレイの読み取り</translation>
    </message>
    <message>
        <source>reading the contacts</source>
        <translation>連絡先の読み取り</translation>
    </message>
    <message>
        <source>reading the groups</source>
        <translation>グループの読み取り</translation>
    </message>
    <message>
        <source>reading the dispatch ledger</source>
        <translation>送信台帳の読み取り</translation>
    </message>
    <message>
        <source>the history %1 has schema version %2, newer than this netmsg knows (%3)</source>
        <translation>履歴 %1 のスキーマ バージョン %2 は、この netmsg が認識できるバージョン (%3) より新しいです</translation>
    </message>
    <message>
        <source>migration to version %1</source>
        <translation>バージョン %1 への移行</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>履歴 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>history %1 (%2) failed: %3</source>
        <translation>履歴: %1 (%2) に失敗しました: %3</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>履歴が開かれていません</translation>
    </message>
    <message>
        <source>the history %1 is not open</source>
        <translation>履歴 %1 が開かれていません</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>履歴用のフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>連絡先には名前が必要です</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>グループには名前が必要です</translation>
    </message>
    <message>
        <source>query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>there is no inbox message %1</source>
        <translation>受信トレイにメッセージ %1 はありません</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前の連絡先はありません</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前のグループはありません</translation>
    </message>
</context>
<context>
    <name>netmsg::IMessageTransport</name>
    <message>
        <source>transport &apos;%1&apos; has no option &apos;%2&apos;</source>
        <translation>トランスポート &apos;%1&apos; にオプション &apos;%2&apos; はありません</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>エイリアスの一覧表示</translation>
    </message>
    <message>
        <source>adding aliases</source>
        <translation>エイリアスの追加</translation>
    </message>
    <message>
        <source>deleting aliases</source>
        <translation>エイリアスの削除</translation>
    </message>
    <message>
        <source>receiving messages</source>
        <translation>メッセージの受信</translation>
    </message>
    <message>
        <source>addressing a host directly (%1)</source>
        <translation>ホストの直接指定 (%1)</translation>
    </message>
    <message>
        <source>the %1 transport can address %2; it cannot check more without sending</source>
        <translation>%1 トランスポートは %2 を宛先にできますが、送信せずにそれ以上は確認できません</translation>
    </message>
    <message>
        <source>the %1 transport manages only this computer&apos;s aliases</source>
        <translation>%1 トランスポートはこのコンピューターのエイリアスのみを管理します</translation>
    </message>
    <message>
        <source>the %1 transport does not support %2</source>
        <translation>%1 トランスポートは%2をサポートしていません</translation>
    </message>
</context>
<context>
    <name>netmsg::LoopbackTransport</name>
    <message>
        <source>ports (%1): loopback servers are addressed by name</source>
        <translation>ポート (%1): ループバック サーバーは名前で指定します</translation>
    </message>
    <message>
        <source>Loopback (test network)</source>
        <translation>ループバック (テスト ネットワーク)</translation>
    </message>
</context>
<context>
    <name>netmsg::Netapi32Transport</name>
    <message>
        <source>this computer&apos;s Messenger service answered %1: sends executed here may fail, on a remote server they may work</source>
        <translation>このコンピューターの Messenger サービスが %1 を返しました: ここで実行する送信は失敗する可能性がありますが、リモート サーバー上では動作する可能性があります</translation>
    </message>
    <message>
        <source>running under Wine %1, whose Messenger functions (netapi32.dll NetMessage*) are unimplemented stubs that abort the process</source>
        <translation>Wine %1 上で実行されています。Wine の Messenger 関数 (netapi32.dll NetMessage*) は未実装のスタブで、プロセスを中止させます</translation>
    </message>
    <message>
        <source>netapi32.dll could not be loaded (error %1)</source>
        <translation>netapi32.dll を読み込めませんでした (エラー %1)</translation>
    </message>
    <message>
        <source>netapi32.dll lacks %1</source>
        <translation>netapi32.dll に %1 がありません</translation>
    </message>
    <message>
        <source>this Windows has no Messenger service (Windows Vista and later answer ERROR_NOT_SUPPORTED)</source>
        <translation>この Windows には Messenger サービスがありません (Windows Vista 以降は ERROR_NOT_SUPPORTED を返します)</translation>
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
        <translation>%1 を IPv4 アドレスに解決できません: %2</translation>
    </message>
    <message>
        <source>no NetBIOS node status answer from %1 port %2 within %3 ms</source>
        <translation>%1 のポート %2 から %3 ミリ秒以内に NetBIOS ノード状態の応答がありません</translation>
    </message>
</context>
<context>
    <name>netmsg::Outcome</name>
    <message>
        <source>The operation completed successfully.</source>
        <translation>この操作を正しく終了しました。</translation>
    </message>
    <message>
        <source>The function is not valid here.</source>
        <translation>ここでは無効な関数です。</translation>
    </message>
    <message>
        <source>A file the operation needs was not found.</source>
        <translation>操作に必要なファイルが見つかりません。</translation>
    </message>
    <message>
        <source>Access is denied.</source>
        <translation>アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>この操作を完了するのに十分な記憶域がありません。</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>データが無効です。</translation>
    </message>
    <message>
        <source>The peer reported a general failure.</source>
        <translation>相手側から一般的なエラーが報告されました。</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>その要求はサポートされていません。</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>ネットワーク パスが見つかりません。</translation>
    </message>
    <message>
        <source>The network is busy.</source>
        <translation>ネットワークがビジーです。</translation>
    </message>
    <message>
        <source>The peer sent a response netmsg does not understand.</source>
        <translation>相手側から netmsg が理解できない応答が送られました。</translation>
    </message>
    <message>
        <source>An unexpected network error occurred.</source>
        <translation>予期しないネットワーク エラーが発生しました。</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>相手側が接続を閉じました。</translation>
    </message>
    <message>
        <source>The peer does not answer to that name.</source>
        <translation>相手側はその名前に応答しません。</translation>
    </message>
    <message>
        <source>The peer does not accept messages.</source>
        <translation>相手側はメッセージを受け付けません。</translation>
    </message>
    <message>
        <source>A parameter is not valid.</source>
        <translation>パラメーターが間違っています。</translation>
    </message>
    <message>
        <source>This function is not implemented on this system.</source>
        <translation>この関数はこのシステムでは実装されていません。</translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation>名前が無効です。</translation>
    </message>
    <message>
        <source>The information level is not valid.</source>
        <translation>情報レベルが無効です。</translation>
    </message>
    <message>
        <source>More data is available.</source>
        <translation>データがさらにあります。</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>ディスクに十分な空き領域がありません。</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>要求されたリソースは使用中です。</translation>
    </message>
    <message>
        <source>The messenger service is not running.</source>
        <translation>Messenger サービスが実行されていません。</translation>
    </message>
    <message>
        <source>The sending process ended while this was under way.</source>
        <translation>処理中に送信プロセスが終了しました。</translation>
    </message>
    <message>
        <source>The text has characters the target code page cannot encode.</source>
        <translation>テキストに、宛先のコード ページでエンコードできない文字が含まれています。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>The remote computer refused the connection.</source>
        <translation>リモート コンピューターが接続を拒否しました。</translation>
    </message>
    <message>
        <source>The network is unreachable.</source>
        <translation>ネットワークに到達できません。</translation>
    </message>
    <message>
        <source>The remote computer is unreachable.</source>
        <translation>リモート コンピューターに到達できません。</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>接続が中止されました。</translation>
    </message>
    <message>
        <source>An internal error occurred in netmsg.</source>
        <translation>netmsg で内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>The peer has insufficient resources.</source>
        <translation>相手側のリソースが不足しています。</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>操作がタイムアウトしました。</translation>
    </message>
    <message>
        <source>The server is unavailable.</source>
        <translation>サーバーを使用できません。</translation>
    </message>
    <message>
        <source>The message is longer than the transport allows.</source>
        <translation>メッセージがトランスポートの許容する長さを超えています。</translation>
    </message>
    <message>
        <source>The buffer is too small for the answer.</source>
        <translation>応答に対してバッファーが小さすぎます。</translation>
    </message>
    <message>
        <source>A general network error occurred.</source>
        <translation>一般的なネットワーク エラーが発生しました。</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>サーバーから内部エラーが報告されました。</translation>
    </message>
    <message>
        <source>The message alias could not be found on the network.</source>
        <translation>メッセージのエイリアスがネットワーク上で見つかりません。</translation>
    </message>
    <message>
        <source>This message alias already exists locally.</source>
        <translation>このメッセージ エイリアスは既にローカルに存在します。</translation>
    </message>
    <message>
        <source>The maximum number of added message aliases has been exceeded.</source>
        <translation>追加されたメッセージ エイリアスの最大数を超えました。</translation>
    </message>
    <message>
        <source>The computer name could not be deleted.</source>
        <translation>コンピューター名を削除できませんでした。</translation>
    </message>
    <message>
        <source>An error occurred when the message was received.</source>
        <translation>メッセージの受信時にエラーが発生しました。</translation>
    </message>
    <message>
        <source>The message alias is currently in use. Try again later.</source>
        <translation>メッセージ エイリアスは現在使用中です。後でやり直してください。</translation>
    </message>
    <message>
        <source>The Messenger service has not been started.</source>
        <translation>Messenger サービスが開始されていません。</translation>
    </message>
    <message>
        <source>The name is not on the local computer.</source>
        <translation>名前はローカル コンピューター上にありません。</translation>
    </message>
    <message>
        <source>The broadcast message is longer than 128 bytes.</source>
        <translation>ブロードキャスト メッセージが 128 バイトを超えています。</translation>
    </message>
    <message>
        <source>A duplicate message alias exists on the network.</source>
        <translation>重複したメッセージ エイリアスがネットワーク上に存在します。</translation>
    </message>
    <message>
        <source>The message alias has not been completely deleted.</source>
        <translation>メッセージ エイリアスは完全には削除されていません。</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>不明なエラー %1。</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>無効な入力</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>名前が見つかりません</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>サポート対象外</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
</context>
<context>
    <name>netmsg::Preflight</name>
    <message>
        <source>the route names no transport</source>
        <translation>ルートにトランスポートが指定されていません</translation>
    </message>
    <message>
        <source>no transport on the route can take %1 (%2)</source>
        <translation>ルート上のどのトランスポートも %1 を処理できません (%2)</translation>
    </message>
    <message>
        <source>this preflight is already running</source>
        <translation>この事前チェックは既に実行中です</translation>
    </message>
    <message>
        <source>there are no targets to check</source>
        <translation>確認する宛先がありません</translation>
    </message>
    <message>
        <source>the %1 transport was closed</source>
        <translation>%1 トランスポートが閉じられました</translation>
    </message>
    <message>
        <source>the %1 probe ended without an answer</source>
        <translation>%1 による確認が応答なしで終了しました</translation>
    </message>
    <message>
        <source>the %1 probe did not answer within %2 ms</source>
        <translation>%1 による確認が %2 ミリ秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>cancelled while %1 was checking it</source>
        <translation>%1 による確認中にキャンセルされました</translation>
    </message>
    <message>
        <source>cancelled before it was checked</source>
        <translation>確認前にキャンセルされました</translation>
    </message>
</context>
<context>
    <name>netmsg::RecipientList</name>
    <message>
        <source>the name column is empty</source>
        <translation>名前の列が空です</translation>
    </message>
    <message>
        <source>groups nest deeper than %1 levels (a cycle?)</source>
        <translation>グループの入れ子が %1 レベルを超えています (循環していませんか?)</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; contains itself (a cycle)</source>
        <translation>グループ &apos;%1&apos; が自分自身を含んでいます (循環)</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前のグループはありません</translation>
    </message>
    <message>
        <source>the host &apos;%1&apos; lacks its closing &apos;]&apos;</source>
        <translation>ホスト &apos;%1&apos; に閉じる &apos;]&apos; がありません</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の &apos;]&apos; の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>&apos;%1&apos; は有効なホスト名またはアドレスではありません</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>ポート &apos;%1&apos; は 1 ～ 65535 の数値ではありません</translation>
    </message>
</context>
<context>
    <name>netmsg::ResumePlan</name>
    <message>
        <source>there is no message %1 in %2</source>
        <translation>%2 にメッセージ %1 はありません</translation>
    </message>
    <message>
        <source>message %1 has no dispatch ledger (it was sent by an older netmsg); it cannot be resumed</source>
        <translation>メッセージ %1 には送信台帳がありません (古い netmsg で送信されました)。再開できません</translation>
    </message>
    <message>
        <source>marked as under way when the sending process ended: it may have arrived, so it is not sent again</source>
        <translation>送信プロセスの終了時に処理中として記録されていました: 届いている可能性があるため、再送しません</translation>
    </message>
    <message>
        <source>message %1: the recipient &apos;%2&apos; at position %3 in history cannot be read back</source>
        <translation>メッセージ %1: 履歴の位置 %3 にある受信者 &apos;%2&apos; を読み戻せません</translation>
    </message>
</context>
<context>
    <name>netmsg::Route</name>
    <message>
        <source>route &apos;%1&apos;: entry %2 is empty</source>
        <translation>ルート &apos;%1&apos;: エントリ %2 が空です</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is not a transport id</source>
        <translation>ルート &apos;%1&apos;: &apos;%2&apos; はトランスポート ID ではありません</translation>
    </message>
    <message>
        <source>route &apos;%1&apos;: &apos;%2&apos; is named twice</source>
        <translation>ルート &apos;%1&apos;: &apos;%2&apos; が 2 回指定されています</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos;</source>
        <translation>トランスポート &apos;%1&apos; がありません</translation>
    </message>
</context>
<context>
    <name>netmsg::SendLock</name>
    <message>
        <source>message %1 is being sent by %2 (process %3 on %4); go on with it once that has ended</source>
        <translation>メッセージ %1 は %2 (%4 上のプロセス %3) が送信中です。その処理が終わってから続行してください</translation>
    </message>
    <message>
        <source>another netmsg</source>
        <translation>別の netmsg</translation>
    </message>
    <message>
        <source>cannot lock %1 to send message %2</source>
        <translation>メッセージ %2 を送信するために %1 をロックできません</translation>
    </message>
</context>
<context>
    <name>netmsg::TransportRegistry</name>
    <message>
        <source>there is no transport &apos;%1&apos; (known: %2)</source>
        <translation>トランスポート &apos;%1&apos; はありません (既知のトランスポート: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the %1 plugin failed to load: %2</source>
        <translation>%1 プラグインを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>the %1 plugin created no transport</source>
        <translation>%1 プラグインはトランスポートを作成しませんでした</translation>
    </message>
</context>
<context>
    <name>netmsg::Validation</name>
    <message>
        <source>alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>sender name</source>
        <translation>差出人名</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1が空です</translation>
    </message>
    <message>
        <source>this transport cannot broadcast to &apos;*&apos;</source>
        <translation>このトランスポートは &apos;*&apos; へのブロードキャストができません</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which is not allowed in a name</source>
        <translation>%1 &apos;%2&apos; の %4 文字目に、名前に使用できない文字 %3 があります</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has &apos;*&apos; at position %3; &apos;*&apos; is only valid alone, as a broadcast</source>
        <translation>%1 &apos;%2&apos; の %3 文字目に &apos;*&apos; があります。&apos;*&apos; はブロードキャストとして単独で指定した場合のみ有効です</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; starts or ends with a space</source>
        <translation>%1 &apos;%2&apos; の先頭または末尾にスペースがあります</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is only dots</source>
        <translation>%1 &apos;%2&apos; がドットだけで構成されています</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is a reserved word</source>
        <translation>%1 &apos;%2&apos; は予約語です</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has the character %3 at position %4, which %5 cannot encode</source>
        <translation>%1 &apos;%2&apos; の %4 文字目に、%5 でエンコードできない文字 %3 があります</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is %3 characters long; the limit is %4</source>
        <translation>%1 &apos;%2&apos; は %3 文字です。上限は %4 文字です</translation>
    </message>
    <message>
        <source>the encoding &apos;%1&apos; is not known</source>
        <translation>エンコード &apos;%1&apos; は不明です</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%2 文字目の %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot encode %2</source>
        <translation>%1 でエンコードできない文字: %2</translation>
    </message>
    <message>
        <source>the broadcast is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>ブロードキャストは %2 で %1 バイトです。上限は %3 バイトです</translation>
    </message>
    <message>
        <source>the message is %1 bytes in %2; the limit is %3 bytes</source>
        <translation>メッセージは %2 で %1 バイトです。上限は %3 バイトです</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupConnection</name>
    <message>
        <source>the inbox gave no answer for the message</source>
        <translation>受信トレイからメッセージへの応答がありませんでした</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupError</name>
    <message>
        <source>not listening on called name</source>
        <translation>呼び出された名前で待ち受けていません</translation>
    </message>
    <message>
        <source>not listening for calling name</source>
        <translation>呼び出し元の名前に対して待ち受けていません</translation>
    </message>
    <message>
        <source>called name not present</source>
        <translation>呼び出された名前が存在しません</translation>
    </message>
    <message>
        <source>called name present, but insufficient resources</source>
        <translation>呼び出された名前は存在しますが、リソースが不足しています</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>不特定のエラー</translation>
    </message>
    <message>
        <source>NetBIOS session refused: %1 (%2)</source>
        <translation>NetBIOS セッションが拒否されました: %1 (%2)</translation>
    </message>
    <message>
        <source>NetBIOS session refused with unknown code %1</source>
        <translation>NetBIOS セッションが不明なコード %1 で拒否されました</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 に対して %2 が返されました</translation>
    </message>
    <message>
        <source>%1 answered NTSTATUS %2</source>
        <translation>%1 に対して NTSTATUS %2 が返されました</translation>
    </message>
    <message>
        <source>%1 answered DOS error class %2 code %3</source>
        <translation>%1 に対して DOS エラー クラス %2、コード %3 が返されました</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupOptions</name>
    <message>
        <source>winpopup option &quot;%1&quot;: &quot;%2&quot; is not an address or address/prefix</source>
        <translation>winpopup オプション &quot;%1&quot;: &quot;%2&quot; はアドレスでもアドレス/プレフィックスでもありません</translation>
    </message>
    <message>
        <source>unknown winpopup option &quot;%1&quot; (known: %2)</source>
        <translation>不明な winpopup オプション &quot;%1&quot; (既知のオプション: %2)</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; for winpopup option &quot;%2&quot;</source>
        <translation>winpopup オプション &quot;%2&quot; の値 &quot;%1&quot; が正しくありません</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupProbe</name>
    <message>
        <source>the transport was closed while checking %1</source>
        <translation>%1 の確認中にトランスポートが閉じられました</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 を解決できません: %2</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 が応答しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>%1 の名前解決に %2 ミリ秒以上かかりました</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>%1 への接続に %2 ミリ秒以上かかりました</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupReceiver</name>
    <message>
        <source>unknown code page %1</source>
        <translation>不明なコード ページ %1</translation>
    </message>
    <message>
        <source>receiver limits must be positive (connections, bytes, idle ms, session ms)</source>
        <translation>受信側の制限値は正の数にする必要があります (接続数、バイト数、アイドル ミリ秒、セッション ミリ秒)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>the receiver is full (%1 connections)</source>
        <translation>受信側がいっぱいです (%1 接続)</translation>
    </message>
    <message>
        <source>%1 connections from this address already</source>
        <translation>このアドレスからの接続が既に %1 あります</translation>
    </message>
    <message>
        <source>more than %1 new connections a minute from this address</source>
        <translation>このアドレスからの新しい接続が 1 分間に %1 を超えています</translation>
    </message>
    <message>
        <source>the address is in a denied network</source>
        <translation>アドレスは拒否されたネットワークにあります</translation>
    </message>
    <message>
        <source>the address is in no allowed network</source>
        <translation>アドレスは許可されたどのネットワークにもありません</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupSender</name>
    <message>
        <source>the transport was closed while sending to %1</source>
        <translation>%1 への送信中にトランスポートが閉じられました</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 を解決できません: %2</translation>
    </message>
    <message>
        <source>malformed NetBIOS packet from %1</source>
        <translation>%1 からの NetBIOS パケットの形式が正しくありません</translation>
    </message>
    <message>
        <source>unexpected NetBIOS packet type 0x%1 from %2</source>
        <translation>%2 から予期しない NetBIOS パケットの種類 0x%1 を受信しました</translation>
    </message>
    <message>
        <source>%1 from %2 got no valid reply</source>
        <translation>%2 への %1 に有効な応答がありませんでした</translation>
    </message>
    <message>
        <source>no session response from %1 (packet type 0x%2)</source>
        <translation>%1 からセッション応答がありません (パケットの種類 0x%2)</translation>
    </message>
    <message>
        <source>bad or endless session retarget from %1</source>
        <translation>%1 からのセッションのリターゲットが不正か、終わりません</translation>
    </message>
    <message>
        <source>%1 retargets the session to %2:%3, another host; not followed (winpopup option retargetOtherHosts allows it)</source>
        <translation>%1 がセッションを別のホスト %2:%3 にリターゲットしました。追従しません (winpopup オプション retargetOtherHosts で許可できます)</translation>
    </message>
    <message>
        <source>%1 accepted none of our SMB dialects</source>
        <translation>%1 はこちらの SMB ダイアレクトをどれも受け入れませんでした</translation>
    </message>
    <message>
        <source>unsolicited SMB reply from %1</source>
        <translation>%1 から要求していない SMB 応答を受信しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the session request</source>
        <translation>%1 がセッション要求に応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>%1 closed the connection while waiting for the %2 reply</source>
        <translation>%2 の応答待ちの間に %1 が接続を閉じました</translation>
    </message>
    <message>
        <source>resolving %1 took longer than %2 ms</source>
        <translation>%1 の名前解決に %2 ミリ秒以上かかりました</translation>
    </message>
    <message>
        <source>connecting to %1 took longer than %2 ms</source>
        <translation>%1 への接続に %2 ミリ秒以上かかりました</translation>
    </message>
    <message>
        <source>%1 did not answer the session request within %2 ms</source>
        <translation>%1 が %2 ミリ秒以内にセッション要求に応答しませんでした</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 が %3 ミリ秒以内に %2 に応答しませんでした</translation>
    </message>
    <message>
        <source>the message was handed over to %1 but not confirmed: %2</source>
        <translation>メッセージは %1 に引き渡されましたが、確認されていません: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::WinPopupTransport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%2 文字目の %1</translation>
    </message>
    <message>
        <source>not representable in %1: %2</source>
        <translation>%1 で表現できません: %2</translation>
    </message>
    <message>
        <source>sending through another server</source>
        <translation>別のサーバー経由の送信</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME@host[:port]</source>
        <translation>&quot;%1&quot; は NAME@host[:port] ではありません</translation>
    </message>
    <message>
        <source>broadcast (the WinPopup session is sent to one name)</source>
        <translation>ブロードキャスト (WinPopup セッションは 1 つの名前に送信されます)</translation>
    </message>
    <message>
        <source>%1 bytes in %2 with %3 line breaks; the limit is %4 bytes</source>
        <translation>%2 で %1 バイト (改行 %3 個)。上限は %4 バイトです</translation>
    </message>
    <message>
        <source>the names this computer&apos;s receiver answers to</source>
        <translation>このコンピューターの受信側が応答する名前</translation>
    </message>
    <message>
        <source>listing only, through NetBIOS node status</source>
        <translation>一覧表示のみ (NetBIOS ノード状態を使用)</translation>
    </message>
    <message>
        <source>%1 on %2: the winpopup transport manages only its own receiver&apos;s names</source>
        <translation>%2 上の %1: winpopup トランスポートが管理するのは自身の受信側の名前のみです</translation>
    </message>
    <message>
        <source>adding an alias</source>
        <translation>エイリアスの追加</translation>
    </message>
    <message>
        <source>deleting an alias</source>
        <translation>エイリアスの削除</translation>
    </message>
    <message>
        <source>unknown OEM code page %1</source>
        <translation>不明な OEM コード ページ %1</translation>
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
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>running under Wine %1, whose WTSSendMessageW is a stub that shows nothing, and which has no msg.exe</source>
        <translation>Wine %1 上で実行されています。Wine の WTSSendMessageW は何も表示しないスタブで、msg.exe もありません</translation>
    </message>
    <message>
        <source>no msg.exe in System32 (Windows Home editions do not ship it)</source>
        <translation>System32 に msg.exe がありません (Windows の Home エディションには含まれていません)</translation>
    </message>
    <message>
        <source>wtsapi32.dll could not be loaded (error %1)</source>
        <translation>wtsapi32.dll を読み込めませんでした (エラー %1)</translation>
    </message>
    <message>
        <source>wtsapi32.dll lacks %1</source>
        <translation>wtsapi32.dll に %1 がありません</translation>
    </message>
    <message>
        <source>no fallback: %1</source>
        <translation>フォールバックなし: %1</translation>
    </message>
    <message>
        <source>transport &apos;wts&apos; has no option &apos;%1&apos;</source>
        <translation>トランスポート &apos;wts&apos; にオプション &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of transport &apos;wts&apos; cannot be &apos;%2&apos;</source>
        <translation>トランスポート &apos;wts&apos; のオプション &apos;%1&apos; を &apos;%2&apos; にすることはできません</translation>
    </message>
    <message>
        <source>option &apos;wait&apos; of transport &apos;wts&apos; needs &apos;timeoutSeconds&apos; from 1 to %1: a message box nobody answers would block its thread for good</source>
        <translation>トランスポート &apos;wts&apos; のオプション &apos;wait&apos; には 1 ～ %1 の &apos;timeoutSeconds&apos; が必要です: 誰も応答しないメッセージ ボックスがスレッドを永久にブロックするためです</translation>
    </message>
    <message>
        <source>no session on this computer matches %1</source>
        <translation>このコンピューターに %1 と一致するセッションはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match %1: %2</source>
        <translation>
            <numerusform>%n 個のセッションが %1 と一致します: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal sessions (WTS)</source>
        <translation>ターミナル セッション (WTS)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::AliasCommand</name>
    <message>
        <source>List, add or delete the messenger aliases of a server.</source>
        <translation>サーバーの Messenger エイリアスを一覧表示、追加、または削除します。</translation>
    </message>
    <message>
        <source>Server whose aliases to manage (default: this computer).</source>
        <translation>エイリアスを管理するサーバー (既定: このコンピューター)。</translation>
    </message>
    <message>
        <source>say what to do: list, add or del</source>
        <translation>実行する操作を指定してください: list、add、del のいずれか</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, add or del)</source>
        <translation>不明な操作 &apos;%1&apos; (list、add、del のいずれか)</translation>
    </message>
    <message>
        <source>&apos;alias list&apos; takes no names</source>
        <translation>&apos;alias list&apos; に名前は指定できません</translation>
    </message>
    <message>
        <source>&apos;alias %1&apos; needs at least one NAME</source>
        <translation>&apos;alias %1&apos; には少なくとも 1 つの NAME が必要です</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>エイリアスの一覧表示</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 を追加しました</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>%1 の追加</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>%1 の削除</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::CliSession</name>
    <message>
        <source>--transport-option &apos;%1&apos; is not [ID.]KEY=VALUE</source>
        <translation>--transport-option &apos;%1&apos; が [ID.]KEY=VALUE の形式ではありません</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos; names %2, which is not on the route (%3)</source>
        <translation>--transport-option &apos;%1&apos; で指定された %2 はルート上にありません (%3)</translation>
    </message>
    <message>
        <source>--transport-option &apos;%1&apos;: the route has %2 transports (%3); say which, as ID.%4</source>
        <translation>--transport-option &apos;%1&apos;: ルートには %2 個のトランスポート (%3) があります。ID.%4 の形式でどれかを指定してください</translation>
    </message>
    <message>
        <source>code page %1: no transport on the route speaks an OEM code page (%2)</source>
        <translation>コード ページ %1: ルート上に OEM コード ページを使用するトランスポートがありません (%2)</translation>
    </message>
    <message>
        <source>give either --transport or --route, not both</source>
        <translation>--transport と --route はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>transport options</source>
        <translation>トランスポート オプション</translation>
    </message>
    <message>
        <source>transport %1</source>
        <translation>トランスポート %1</translation>
    </message>
    <message>
        <source>transport %1 is not available</source>
        <translation>トランスポート %1 は使用できません</translation>
    </message>
    <message>
        <source>no available transport on the route (%1) can %2</source>
        <translation>ルート (%1) 上の利用可能なトランスポートはどれも %2 を実行できません</translation>
    </message>
    <message>
        <source>history</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>the transport gave no result</source>
        <translation>トランスポートから結果が返されませんでした</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::Command</name>
    <message>
        <source>Transport to use (see &apos;netmsg transports&apos;).</source>
        <translation>使用するトランスポート (&apos;netmsg transports&apos; を参照)。</translation>
    </message>
    <message>
        <source>Transports to try per recipient, in order, e.g. netapi32,wts,winpopup.</source>
        <translation>受信者ごとに順に試すトランスポート (例: netapi32,wts,winpopup)。</translation>
    </message>
    <message>
        <source>Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has several transports).</source>
        <translation>トランスポート オプション [ID.]KEY=VALUE (複数指定可。ルートに複数のトランスポートがある場合は ID. を付けます)。</translation>
    </message>
    <message>
        <source>Print JSON, one object per line.</source>
        <translation>JSON を 1 行に 1 オブジェクトずつ出力します。</translation>
    </message>
    <message>
        <source>Try &apos;netmsg %1 --help&apos;.</source>
        <translation>&apos;netmsg %1 --help&apos; を参照してください。</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::HistoryCommand</name>
    <message>
        <source>Show sent messages with every recipient&apos;s result, or received messages.</source>
        <translation>送信したメッセージを各受信者の結果と共に表示するか、受信したメッセージを表示します。</translation>
    </message>
    <message>
        <source>How many messages to show (default 20).</source>
        <translation>表示するメッセージの数 (既定値 20)。</translation>
    </message>
    <message>
        <source>Show received messages instead.</source>
        <translation>代わりに受信したメッセージを表示します。</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a positive number</source>
        <translation>--limit &apos;%1&apos; は正の数ではありません</translation>
    </message>
    <message>
        <source>history</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>from %1 (%2) to %3</source>
        <translation>%1 (%2) から %3 へ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 delivered</source>
        <translation>%2 件中 %1 件配信済み</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 件失敗</translation>
    </message>
    <message>
        <source>%1 unconfirmed</source>
        <translation>%1 件未確認</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 件保留中</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::ListenCommand</name>
    <message>
        <source>Receive messages: store each in the inbox and print it as it arrives.</source>
        <translation>メッセージを受信します: 届いたメッセージを受信トレイに保存し、出力します。</translation>
    </message>
    <message>
        <source>Address to listen on (default: the settings&apos;, 127.0.0.1).</source>
        <translation>待ち受けるアドレス (既定: 設定の値、127.0.0.1)。</translation>
    </message>
    <message>
        <source>Port to listen on (default: the settings&apos;, 1139).</source>
        <translation>待ち受けるポート (既定: 設定の値、1139)。</translation>
    </message>
    <message>
        <source>Answer to NAME as well; added to the stored alias list (repeatable).</source>
        <translation>NAME にも応答します。保存されたエイリアス リストに追加されます (複数指定可)。</translation>
    </message>
    <message>
        <source>Code page of incoming text, e.g. CP850.</source>
        <translation>受信テキストのコード ページ (例: CP850)。</translation>
    </message>
    <message>
        <source>Stop after N messages (default: run until interrupted).</source>
        <translation>N 件のメッセージを受信したら停止します (既定: 中断されるまで実行)。</translation>
    </message>
    <message>
        <source>Peers served at once (default 64).</source>
        <translation>同時に処理する相手の数 (既定値 64)。</translation>
    </message>
    <message>
        <source>Longest message accepted, in bytes (default 4096).</source>
        <translation>受け付けるメッセージの最大長 (バイト、既定値 4096)。</translation>
    </message>
    <message>
        <source>Close a peer&apos;s connection after this many silent seconds (default 30).</source>
        <translation>相手からの通信がこの秒数ない場合に接続を閉じます (既定値 30)。</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>listen に引数は指定できません</translation>
    </message>
    <message>
        <source>--address &apos;%1&apos; is not an IP address</source>
        <translation>--address &apos;%1&apos; は IP アドレスではありません</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port は 1 ～ 65535 の数値にする必要があります</translation>
    </message>
    <message>
        <source>--count must be a positive number</source>
        <translation>--count は正の数にする必要があります</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 は正の数にする必要があります</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>adding alias %1</source>
        <translation>エイリアス %1 の追加</translation>
    </message>
    <message>
        <source>netmsg: warning: no aliases: every session will be refused (use --alias NAME)</source>
        <translation>netmsg: 警告: エイリアスがありません。すべてのセッションが拒否されます (--alias NAME を使用してください)</translation>
    </message>
    <message>
        <source>[%1] %2 (%3) to %4:</source>
        <translation>[%1] %2 (%3) から %4 宛て:</translation>
    </message>
    <message>
        <source>storing a message from %1</source>
        <translation>%1 からのメッセージの保存</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>%1:%2 で待ち受けています</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>netmsg: listening on %1 (%2) for %3</source>
        <translation>netmsg: %1 (%2) で %3 宛てのメッセージを待ち受けています</translation>
    </message>
    <message>
        <source>netmsg: warning: %1 is not loopback: other computers can send to these names (limit who with --transport-option winpopup.allowNetworks=NET/PREFIX,...)</source>
        <translation>netmsg: 警告: %1 はループバックではありません。他のコンピューターからこれらの名前に送信できます (送信元は --transport-option winpopup.allowNetworks=NET/PREFIX,... で制限できます)</translation>
    </message>
</context>
<context>
    <name>netmsg::cli::SendCommand</name>
    <message>
        <source>cannot read recipients from %1: %2</source>
        <translation>%1 から受信者を読み取れません: %2</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; は %3 ～ %4 の数値ではありません</translation>
    </message>
    <message>
        <source>Send a message to one or more recipients.</source>
        <translation>1 人以上の受信者にメッセージを送信します。</translation>
    </message>
    <message>
        <source>Server to send from (default: this computer).</source>
        <translation>送信元のサーバー (既定: このコンピューター)。</translation>
    </message>
    <message>
        <source>Sender name (default: from settings).</source>
        <translation>差出人名 (既定: 設定の値)。</translation>
    </message>
    <message>
        <source>Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or new lines, or @file (repeatable).</source>
        <translation>受信者: NAME、NAME@host[:port]、@group、コンマ・セミコロン・改行で区切ったリスト、または @file (複数指定可)。</translation>
    </message>
    <message>
        <source>Recipients in flight at once (1-256).</source>
        <translation>同時に処理する受信者数 (1-256)。</translation>
    </message>
    <message>
        <source>Timeout per attempt in milliseconds.</source>
        <translation>試行ごとのタイムアウト (ミリ秒)。</translation>
    </message>
    <message>
        <source>Extra attempts for transient failures (0-10).</source>
        <translation>一時的な失敗に対する追加の試行回数 (0-10)。</translation>
    </message>
    <message>
        <source>Wire code page for OEM transports, e.g. CP850.</source>
        <translation>OEM トランスポートで送信に使うコード ページ (例: CP850)。</translation>
    </message>
    <message>
        <source>Port for recipients given without one.</source>
        <translation>ポートが指定されていない受信者に使うポート。</translation>
    </message>
    <message>
        <source>Over the transport&apos;s length limit: refuse (default) or split.</source>
        <translation>トランスポートの長さ制限を超えた場合: refuse (拒否、既定) または split (分割)。</translation>
    </message>
    <message>
        <source>Longest text accepted, in characters (default: the settings&apos;, 65536).</source>
        <translation>受け付けるテキストの最大長 (文字数、既定: 設定の値、65536)。</translation>
    </message>
    <message>
        <source>Hold transient failures and retry them for up to this many seconds (instead of --retries).</source>
        <translation>一時的な失敗を保留し、最大でこの秒数の間再試行します (--retries の代わり)。</translation>
    </message>
    <message>
        <source>Check and show what would be sent; send nothing.</source>
        <translation>送信される内容を確認して表示します。何も送信しません。</translation>
    </message>
    <message>
        <source>Go on with message &lt;id&gt; from history, whose send was killed: send to the recipients it never started; never again to one it did.</source>
        <translation>送信が強制終了された履歴のメッセージ &lt;id&gt; を続行します: 送信が開始されなかった受信者に送信し、開始済みの受信者には再送しません。</translation>
    </message>
    <message>
        <source>--over-limit &apos;%1&apos; is neither &apos;refuse&apos; nor &apos;split&apos;</source>
        <translation>--over-limit &apos;%1&apos; は &apos;refuse&apos; でも &apos;split&apos; でもありません</translation>
    </message>
    <message>
        <source>no recipients: give --to</source>
        <translation>受信者がいません: --to を指定してください</translation>
    </message>
    <message>
        <source>no message text: give it as an argument or on standard input</source>
        <translation>メッセージ テキストがありません: 引数または標準入力で指定してください</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>標準入力を読み取れません</translation>
    </message>
    <message>
        <source>no recipients: --to is empty</source>
        <translation>受信者がいません: --to が空です</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; (line %2)</source>
        <translation>受信者 &apos;%1&apos; (%2 行目)</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos;</source>
        <translation>受信者 &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>nothing was sent: %n recipient(s) rejected</source>
        <translation>
            <numerusform>何も送信されませんでした: %n 人の受信者が拒否されました</numerusform>
        </translation>
    </message>
    <message>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
    <message numerus="yes">
        <source>would send to %1 through %2 in %n part(s)</source>
        <translation>
            <numerusform>%1 に %2 経由で %n パートに分けて送信します</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>%1 経由</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n parts)</source>
        <translation>
            <numerusform>(%n パート中 %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>試行済み</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 件中 %1 件完了</translation>
    </message>
    <message>
        <source>netmsg: %1: %2; held, next try at %3</source>
        <translation>netmsg: %1: %2。保留中、次の試行は %3</translation>
    </message>
    <message>
        <source>interrupted: cancelling the remaining recipients</source>
        <translation>中断されました: 残りの受信者をキャンセルしています</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered, %2 failed, %3 unconfirmed</source>
        <translation>
            <numerusform>%n 件中 %1 件配信済み、%2 件失敗、%3 件未確認</numerusform>
        </translation>
    </message>
    <message>
        <source>history</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>--resume &apos;%1&apos; is not a message id</source>
        <translation>--resume &apos;%1&apos; はメッセージ ID ではありません</translation>
    </message>
    <message>
        <source>--resume takes the recipients and the text from history: give no --to, text or --dry-run with it</source>
        <translation>--resume は受信者とテキストを履歴から取得します: --to、テキスト、--dry-run は同時に指定しないでください</translation>
    </message>
    <message>
        <source>the history was closed</source>
        <translation>履歴が閉じられました</translation>
    </message>
    <message>
        <source>message %1: every recipient was started before; nothing is left to send</source>
        <translation>メッセージ %1: すべての受信者への送信が既に開始されています。送信するものはありません</translation>
    </message>
    <message numerus="yes">
        <source>message %1: sending to the %n recipient(s) never started</source>
        <translation>
            <numerusform>メッセージ %1: 送信が開始されていなかった %n 人の受信者に送信しています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::cli::TransportsCommand</name>
    <message>
        <source>List the transports, their capabilities and whether they are available here.</source>
        <translation>トランスポートとその機能、およびここで使用できるかどうかを一覧表示します。</translation>
    </message>
    <message>
        <source>available</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>使用不可: %1</translation>
    </message>
    <message>
        <source>can: %1</source>
        <translation>機能: %1</translation>
    </message>
    <message>
        <source>netmsg: refused plugin %1: %2</source>
        <translation>netmsg: プラグイン %1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>no transport plugins found in %1</source>
        <translation>%1 にトランスポート プラグインが見つかりません</translation>
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
        <translation>実行時 %1、ビルド時 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not open: %2)</source>
        <translation>%1 (開かれていません: %2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (見つかりません)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>読み込まれていません</translation>
    </message>
    <message>
        <source>&amp;Refused plugins: none</source>
        <translation>拒否されたプラグイン(&amp;R): なし</translation>
    </message>
    <message>
        <source>&amp;Refused plugins:</source>
        <translation>拒否されたプラグイン(&amp;R):</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>システム: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>データ フォルダー: %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>設定ファイル: %1</translation>
    </message>
    <message>
        <source>History file: %1</source>
        <translation>履歴ファイル: %1</translation>
    </message>
    <message>
        <source>Plugin folders:</source>
        <translation>プラグイン フォルダー:</translation>
    </message>
    <message>
        <source>Transports:</source>
        <translation>トランスポート:</translation>
    </message>
    <message>
        <source>Refused plugins:</source>
        <translation>拒否されたプラグイン:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>このシステム上</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>拒否された理由</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBook</name>
    <message>
        <source>a contact needs a name</source>
        <translation>連絡先には名前が必要です</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; holds a control character</source>
        <translation>名前 &apos;%1&apos; に制御文字が含まれています</translation>
    </message>
    <message>
        <source>a contact needs an address</source>
        <translation>連絡先にはアドレスが必要です</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names a group; a contact&apos;s address is one computer or user (NAME or NAME@host[:port])</source>
        <translation>アドレス &apos;%1&apos; はグループを指しています。連絡先のアドレスは 1 台のコンピューターまたは 1 人のユーザー (NAME または NAME@host[:port]) です</translation>
    </message>
    <message>
        <source>the address &apos;%1&apos; names more than one recipient</source>
        <translation>アドレス &apos;%1&apos; が複数の受信者を指しています</translation>
    </message>
    <message>
        <source>a group needs a name</source>
        <translation>グループには名前が必要です</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; has the character %2, which is not allowed (commas, semicolons, &apos;@&apos; and &apos;|&apos; separate recipients and groups)</source>
        <translation>グループ名 &apos;%1&apos; に使用できない文字 %2 が含まれています (コンマ、セミコロン、&apos;@&apos;、&apos;|&apos; は受信者とグループの区切りに使われます)</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>グループ名 &apos;%1&apos; は %2 文字です。上限は %3 文字です</translation>
    </message>
    <message>
        <source>there is already a contact named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前の連絡先は既にあります</translation>
    </message>
    <message>
        <source>a member needs an address or @group</source>
        <translation>メンバーにはアドレスまたは @group が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; は既に &apos;%2&apos; のメンバーです</translation>
    </message>
    <message>
        <source>there is no group named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前のグループはありません</translation>
    </message>
    <message>
        <source>the group &apos;%1&apos; cannot contain itself</source>
        <translation>グループ &apos;%1&apos; に自分自身を含めることはできません</translation>
    </message>
    <message>
        <source>adding @%1 to &apos;%2&apos; would make a cycle: &apos;%1&apos; already contains &apos;%2&apos;</source>
        <translation>@%1 を &apos;%2&apos; に追加すると循環します: &apos;%1&apos; には既に &apos;%2&apos; が含まれています</translation>
    </message>
    <message>
        <source>the console has no history to keep contacts in</source>
        <translation>コンソールに連絡先を保存する履歴がありません</translation>
    </message>
    <message>
        <source>there is no contact named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前の連絡先はありません</translation>
    </message>
    <message>
        <source>there is already a group named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前のグループは既にあります</translation>
    </message>
    <message>
        <source>there is no accepted row to import</source>
        <translation>インポートできる行がありません</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AddressBookWidget</name>
    <message>
        <source>Members o&amp;f the selected group</source>
        <translation>選択したグループのメンバー(&amp;F)</translation>
    </message>
    <message>
        <source>Members o&amp;f %1</source>
        <translation>%1 のメンバー(&amp;F)</translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation>連絡先 %1 を追加しました。</translation>
    </message>
    <message>
        <source>Saved the contact %1.</source>
        <translation>連絡先 %1 を保存しました。</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>連絡先 %1 を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contacts?</source>
        <translation>
            <numerusform>%n 件の連絡先を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>連絡先の削除</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>連絡先のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>連絡先のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n 件の連絡先を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the group %1.</source>
        <translation>グループ %1 を追加しました。</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>グループの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1 with its %n member(s)? The contacts stay.</source>
        <translation>
            <numerusform>グループ %1 とその %n 人のメンバーを削除しますか? 連絡先は残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>グループ %1 を削除しました。</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 を %2 に追加しました。</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 を %2 から削除しました。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasMatrixModel</name>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 を一覧表示できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 lives on %2</source>
        <translation>%1 は %2 上にあります</translation>
    </message>
    <message>
        <source>%1 is not an alias of %2</source>
        <translation>%1 は %2 のエイリアスではありません</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>まだ一覧表示されていません</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>一覧表示中…</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n 個のエイリアス</numerusform>
        </translation>
    </message>
    <message>
        <source>not listed (%1):
%2</source>
        <translation>一覧表示されていません (%1):
%2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>could not be listed: %1</source>
        <translation>一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>read-only: its transport cannot add or delete aliases here</source>
        <translation>読み取り専用: このトランスポートではここでエイリアスを追加または削除できません</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasServers</name>
    <message>
        <source>no transport</source>
        <translation>トランスポートなし</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>このコンピューター (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no transport here can list this computer&apos;s aliases</source>
        <translation>このコンピューターのエイリアスを一覧表示できるトランスポートがありません</translation>
    </message>
    <message>
        <source>no transport here can list the aliases of %1</source>
        <translation>%1 のエイリアスを一覧表示できるトランスポートがありません</translation>
    </message>
    <message>
        <source>no transport &apos;%1&apos; on this system</source>
        <translation>このシステムにトランスポート &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>name the server to add</source>
        <translation>追加するサーバーを指定してください</translation>
    </message>
    <message>
        <source>the %1 transport cannot list the aliases of %2</source>
        <translation>%1 トランスポートでは %2 のエイリアスを一覧表示できません</translation>
    </message>
    <message>
        <source>%1 is already shown</source>
        <translation>%1 は既に表示されています</translation>
    </message>
    <message>
        <source>the %1 transport cannot list them</source>
        <translation>%1 トランスポートではこれらを一覧表示できません</translation>
    </message>
    <message>
        <source>the listing ended without an answer</source>
        <translation>一覧表示が応答なしで終了しました</translation>
    </message>
    <message>
        <source>the %1 transport cannot change the aliases of %2</source>
        <translation>%1 トランスポートでは %2 のエイリアスを変更できません</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 上の %1: %3</translation>
    </message>
    <message>
        <source>the change ended without an answer</source>
        <translation>変更が応答なしで終了しました</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::AliasesWidget</name>
    <message>
        <source>%1: list and change</source>
        <translation>%1: 一覧表示と変更</translation>
    </message>
    <message>
        <source>%1: listing only</source>
        <translation>%1: 一覧表示のみ</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>トランスポートなし</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>使用不可: %1</translation>
    </message>
    <message>
        <source>listing only; this transport cannot add or delete aliases there</source>
        <translation>一覧表示のみ。このトランスポートではそこでエイリアスを追加または削除できません</translation>
    </message>
    <message>
        <source>list, add and delete: %1</source>
        <translation>一覧表示、追加、削除: %1</translation>
    </message>
    <message>
        <source>list, add and delete</source>
        <translation>一覧表示、追加、削除</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 上の %1: %3</translation>
    </message>
    <message>
        <source>Add the alias to the chosen server</source>
        <translation>選択したサーバーにエイリアスを追加します</translation>
    </message>
    <message>
        <source>Delete the selected alias from its server</source>
        <translation>選択したエイリアスをそのサーバーから削除します</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 を一覧表示できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 added on %2.</source>
        <translation>%1 を %2 に追加しました。</translation>
    </message>
    <message>
        <source>%1 deleted from %2.</source>
        <translation>%1 を %2 から削除しました。</translation>
    </message>
    <message>
        <source>Could not add %1 on %2: %3</source>
        <translation>%1 を %2 に追加できませんでした: %3</translation>
    </message>
    <message>
        <source>Could not delete %1 from %2: %3</source>
        <translation>%1 を %2 から削除できませんでした: %3</translation>
    </message>
    <message>
        <source>Could not add the server %1: %2</source>
        <translation>サーバー %1 を追加できませんでした: %2</translation>
    </message>
    <message>
        <source>Listing the aliases of %1…</source>
        <translation>%1 のエイリアスを一覧表示しています…</translation>
    </message>
    <message>
        <source>%1 is no longer shown; its aliases are unchanged.</source>
        <translation>%1 は表示されなくなりました。エイリアスは変更されていません。</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>エイリアスの削除</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? Messages to %1 will no longer reach it there.</source>
        <translation>エイリアス %1 を %2 から削除しますか? %1 宛てのメッセージはそこに届かなくなります。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeCheck</name>
    <message>
        <source>No transport on this route is available here.</source>
        <translation>このルート上のトランスポートはどれもここでは使用できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) rejected: %1</source>
        <translation>
            <numerusform>%n 人の受信者が拒否されました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>受信者を 1 人以上指定してください。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ComposeWidget</name>
    <message>
        <source>Refuse it</source>
        <translation>拒否する</translation>
    </message>
    <message>
        <source>Split it into numbered parts</source>
        <translation>番号付きのパートに分割する</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>変数: %1</translation>
    </message>
    <message>
        <source>Route from Settings: %1</source>
        <translation>設定のルート: %1</translation>
    </message>
    <message>
        <source>%1 (%2): available</source>
        <translation>%1 (%2): 使用可能</translation>
    </message>
    <message>
        <source>%1 (%2): not available</source>
        <translation>%1 (%2): 使用不可</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a character the recipients field reads as syntax</source>
        <translation>&quot;%1&quot; に、受信者フィールドで構文として解釈される文字が含まれています</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>The sender&apos;s name is not one a reply can go to (%1). Name the recipient yourself; the message came from %2.</source>
        <translation>差出人の名前 (%1) には返信できません。受信者を自分で指定してください。メッセージの送信元は %2 です。</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: 使用可能</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send to every recipient</source>
        <translation>すべての受信者に送信します</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n 人の受信者</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (%2 行目): %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) rejected:</source>
        <translation>
            <numerusform>%n 件のエントリが拒否されました:</numerusform>
        </translation>
    </message>
    <message>
        <source>The message has not been checked yet.</source>
        <translation>メッセージはまだ確認されていません。</translation>
    </message>
    <message>
        <source>No transport available</source>
        <translation>使用できるトランスポートがありません</translation>
    </message>
    <message>
        <source>%L1 of %L2 bytes in %3</source>
        <translation>%3 で %L1 / %L2 バイト</translation>
    </message>
    <message>
        <source>%L1 bytes in %2</source>
        <translation>%2 で %L1 バイト</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) %1 cannot encode</source>
        <translation>
            <numerusform>%1 でエンコードできない文字が %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>will be split</source>
        <translation>分割されます</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>上限超過</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast this message to everyone (*)? %n recipient entry(s) in all.</source>
        <translation>
            <numerusform>このメッセージを全員 (*) にブロードキャストしますか? 受信者エントリは合計 %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to %n recipients?</source>
        <translation>
            <numerusform>このメッセージを %n 人の受信者に送信しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation>送信の確認</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>送信できません</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>ドライ ラン</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>受信者を 1 人以上指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) not checked: they are not valid recipients.</source>
        <translation>
            <numerusform>%n 件のエントリは確認されていません: 有効な受信者ではありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked from this computer; a send would execute on %1.</source>
        <translation>このコンピューターから確認しました。送信は %1 で実行されます。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ConsoleContext</name>
    <message>
        <source>listening on %1 as %2</source>
        <translation>%1 で %2 として待ち受け中</translation>
    </message>
    <message>
        <source>the console has no history to keep the message in</source>
        <translation>コンソールにメッセージを保存する履歴がありません</translation>
    </message>
    <message>
        <source>no transport here can receive messages</source>
        <translation>メッセージを受信できるトランスポートがありません</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>line %1 must be a header naming the columns name and address (note and group are optional); it reads &apos;%2&apos;</source>
        <translation>%1 行目は name と address の列 (note と group は省略可) を指定するヘッダーである必要があります。実際の内容: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is already on line %2</source>
        <translation>名前 &apos;%1&apos; は既に %2 行目にあります</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>連絡先の編集</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>新しい連絡先</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
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
        <translation>受信者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>所要時間</translation>
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
        <translation>%1 後</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 件スキップ</translation>
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
        <translation>保留中、次の試行 %1</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 秒</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryPage</name>
    <message>
        <source>Delivery</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a value from the range offered</source>
        <translation>%1: &apos;%2&apos; は指定可能な範囲内の値ではありません</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DeliveryWidget</name>
    <message>
        <source>Delivery</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>A delivery is still running: cancel it or wait for it to end.</source>
        <translation>配信がまだ実行中です: キャンセルするか、終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>There is no history to resume from: %1</source>
        <translation>再開に使用する履歴がありません: %1</translation>
    </message>
    <message>
        <source>Message #%1 cannot be resumed: %2</source>
        <translation>メッセージ #%1 は再開できません: %2</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 has a result: nothing is left to send.</source>
        <translation>メッセージ #%1 のすべての受信者に結果があります: 送信するものはありません。</translation>
    </message>
    <message>
        <source>Every recipient of message #%1 was started before netmsg stopped: nothing is left to send.</source>
        <translation>netmsg の停止前に、メッセージ #%1 のすべての受信者への送信が開始されていました: 送信するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Resume message #%1: send it to the %n recipient(s) it was never sent to?</source>
        <translation>
            <numerusform>メッセージ #%1 を再開しますか? まだ送信されていない %n 人の受信者に送信します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) were under way when netmsg stopped and may have got it: they are recorded as unconfirmed and not sent again.</source>
        <translation>
            <numerusform>%n 人の受信者は netmsg の停止時に処理中で、既に受信している可能性があります: 未確認として記録され、再送されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record message #%1&apos;s unconfirmed recipients, so nothing was sent: %2</source>
        <translation>メッセージ #%1 の未確認の受信者を記録できないため、何も送信されませんでした: %2</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>送信できません</translation>
    </message>
    <message>
        <source>Send unconfirmed again?</source>
        <translation>未確認のメッセージを再送しますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed message(s) may have arrived already. Sending them again may deliver them twice. Send again?</source>
        <translation>
            <numerusform>%n 件の未確認のメッセージは既に届いている可能性があります。再送すると二重に配信されることがあります。再送しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Some results are not in the history: %1</source>
        <translation>一部の結果が履歴に記録されていません: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. Compose a message and press Send.</source>
        <translation>まだ何も送信されていません。メッセージを作成して [送信] をクリックしてください。</translation>
    </message>
    <message>
        <source>%1 delivered, %2 failed, %3 unconfirmed</source>
        <translation>配信済み %1 件、失敗 %2 件、未確認 %3 件</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 done (%3)</source>
        <translation>送信中: %2 件中 %1 件完了 (%3)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 recipients (%3)</source>
        <translation>完了: %2 人中 %1 人の受信者 (%3)</translation>
    </message>
    <message>
        <source>Holding ended at %1.</source>
        <translation>保留は %1 に終了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n held for retry; next try in %1, holding until %2 (%3 left)</source>
        <translation>
            <numerusform>%n 件を再試行のため保留中。次の試行は %1 後、%2 まで保留 (残り %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>結果のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV ファイル (*.csv);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::DryRunDialog</name>
    <message numerus="yes">
        <source>Nothing was sent. A send would go to %n recipient(s)</source>
        <translation>
            <numerusform>何も送信されていません。送信すると %n 人の受信者に</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n message(s) through %1.</source>
        <translation>
            <numerusform>%1 経由で %n 件のメッセージとして送信されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Default route: check at least one transport to send through.</source>
        <translation>既定のルート: 送信に使うトランスポートを少なくとも 1 つチェックしてください。</translation>
    </message>
    <message>
        <source>Sender name: %1</source>
        <translation>差出人名: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::GroupsModel</name>
    <message numerus="yes">
        <source>@%1: %n member(s)</source>
        <translation>
            <numerusform>@%1: %n 人のメンバー</numerusform>
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
        <translation>書き込めません</translation>
    </message>
    <message>
        <source>cannot save</source>
        <translation>保存できません</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryExporter</name>
    <message>
        <source>the history was closed</source>
        <translation>履歴が閉じられました</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>name contains…</source>
        <translation>名前に次を含む…</translation>
    </message>
    <message>
        <source>message contains…</source>
        <translation>メッセージに次を含む…</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::HistoryWidget</name>
    <message>
        <source>A delivery is running: resume when it has ended</source>
        <translation>配信を実行中です: 終了してから再開してください</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of message #%1 have no result: send to those never started (any under way when netmsg stopped are recorded unconfirmed, not sent again)</source>
        <translation>
            <numerusform>メッセージ #%1 の %n 人の受信者に結果がありません: 送信が開始されなかった受信者に送信します (netmsg の停止時に処理中だった受信者は未確認として記録され、再送されません)</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>履歴がありません: %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>履歴を読み取れません: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>履歴を読み取っています…</translation>
    </message>
    <message>
        <source>No sent message matches the filter.</source>
        <translation>フィルターに一致する送信済みメッセージはありません。</translation>
    </message>
    <message>
        <source>Sent messages: %1.</source>
        <translation>送信済みメッセージ: %1。</translation>
    </message>
    <message>
        <source>The newest %1 sent messages; older ones load as you scroll.</source>
        <translation>最新の %1 件の送信済みメッセージです。古いメッセージはスクロールすると読み込まれます。</translation>
    </message>
    <message>
        <source>Select a message to see its deliveries.</source>
        <translation>配信を表示するには、メッセージを選択してください。</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>配信を読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>これまでに %1</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2) that match the filter: %3</source>
        <translation>フィルターに一致するメッセージ #%1 (送信日時 %2) の配信: %3</translation>
    </message>
    <message>
        <source>Deliveries of message #%1 (sent %2): %3</source>
        <translation>メッセージ #%1 (送信日時 %2) の配信: %3</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>履歴のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV ファイル (*.csv);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Exported %1 deliveries to %2.</source>
        <translation>%1 件の配信を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートはキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>%1 にエクスポートできません: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportDialog</name>
    <message>
        <source>%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.</source>
        <translation>%1: 行数 %2、インポート対象 %3、拒否 %4。インポートするまで何も保存されません。</translation>
    </message>
    <message>
        <source>&amp;Import Accepted Rows (%1)</source>
        <translation>受け入れた行をインポート(&amp;I) (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ImportPreviewModel</name>
    <message>
        <source>rejected: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>replaces the contact of this name</source>
        <translation>同じ名前の連絡先を置き換えます</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxModel</name>
    <message>
        <source>read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>相手のアドレス</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::InboxWidget</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>メッセージを選択すると内容が表示されます。</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (%2 経由)</translation>
    </message>
    <message>
        <source>No history, so no inbox: %1</source>
        <translation>履歴がないため、受信トレイはありません: %1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>受信トレイを読み取れません: %1</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>受信トレイを読み取っています…</translation>
    </message>
    <message>
        <source>No messages received yet.</source>
        <translation>まだメッセージを受信していません。</translation>
    </message>
    <message>
        <source>Received messages: %L1</source>
        <translation>受信したメッセージ: %L1</translation>
    </message>
    <message>
        <source>The newest %L1 messages; older ones load as you scroll.</source>
        <translation>最新の %L1 件のメッセージです。古いメッセージはスクロールすると読み込まれます。</translation>
    </message>
    <message>
        <source>Cannot mark the message: %1</source>
        <translation>メッセージをマークできません: %1</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>配信(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>エイリアス(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>受信トレイ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Address &amp;Book</source>
        <translation>アドレス帳(&amp;B)</translation>
    </message>
    <message>
        <source>receiver off (Settings)</source>
        <translation>受信オフ (設定)</translation>
    </message>
    <message>
        <source>not receiving: %1</source>
        <translation>受信していません: %1</translation>
    </message>
    <message>
        <source>no transport available</source>
        <translation>使用できるトランスポートがありません</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>ルート: %1</translation>
    </message>
    <message>
        <source>the route from the settings: %1</source>
        <translation>設定のルート: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>history: SQLite</source>
        <translation>履歴: SQLite</translation>
    </message>
    <message>
        <source>no history: %1</source>
        <translation>履歴なし: %1</translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation>未読: %1</translation>
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
        <translation>グループ %1 のすべてのメンバー</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>連絡先 %1</translation>
    </message>
    <message>
        <source>an address that is not in the contacts</source>
        <translation>連絡先にないアドレス</translation>
    </message>
    <message>
        <source>choose a group first</source>
        <translation>先にグループを選択してください</translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation>先にメンバーを選択してください</translation>
    </message>
    <message>
        <source>the member cannot move further</source>
        <translation>メンバーをこれ以上移動できません</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::MessageHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
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
        <translation>netmsg: 新しいメッセージ</translation>
    </message>
    <message numerus="yes">
        <source>netmsg: %n new messages</source>
        <translation>
            <numerusform>netmsg: %n 件の新しいメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first from %1: %2</source>
        <translation>%1 からの最初のメッセージ: %2</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::OutcomeChart</name>
    <message>
        <source>Outcome chart</source>
        <translation>結果グラフ</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>状態別</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>カテゴリ別</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>まだ結果はありません</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PagedHistoryModelBase</name>
    <message>
        <source>the console has no history to read</source>
        <translation>コンソールに読み取る履歴がありません</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PlanModel</name>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>パート数</translation>
    </message>
    <message>
        <source>Text (first part)</source>
        <translation>テキスト (最初のパート)</translation>
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
        <translation>再確認(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s) without sending anything: </source>
        <translation>
            <numerusform>何も送信せずに %n 個の宛先を確認しています: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%2 件中 %1 件完了。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. %1 of %n target(s) could be reached now.</source>
        <translation>
            <numerusform>何も送信されていません。現在到達可能な宛先: %n 個中 %1 個。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netmsg::gui::PreflightModel</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>未試行</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1、次に %2</translation>
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
        <translation>確認中…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>到達可能</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>到達可能: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach this target, a send tries %2 next.</source>
        <translation>%1 がこの宛先に到達できないと応答した場合、次に %2 で送信を試みます。</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 をスキップ: %2</translation>
    </message>
    <message>
        <source>%1: no transport on the route can take it</source>
        <translation>%1: ルート上のどのトランスポートも処理できません</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%2 経由の %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 をスキップ: %2</translation>
    </message>
    <message>
        <source>If %1 answers that it cannot reach it, a send tries %2 next.</source>
        <translation>%1 が到達できないと応答した場合、次に %2 で送信を試みます。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Name resolves: %1. Port reachable: %2.</source>
        <translation>名前解決: %1。ポート到達: %2。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <source>Port reachable</source>
        <translation>ポート到達</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Skipped steps</source>
        <translation>スキップした手順</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::ReceiverPage</name>
    <message>
        <source>Receiver</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Receiver address: &apos;%1&apos; is not an IP address (for example 127.0.0.1, 0.0.0.0 or ::)</source>
        <translation>受信アドレス: &apos;%1&apos; は IP アドレスではありません (例: 127.0.0.1、0.0.0.0、::)</translation>
    </message>
    <message>
        <source>Receiver port: &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>受信ポート: &apos;%1&apos; は 1 ～ 65535 の数値ではありません</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>現在: %1。</translation>
    </message>
    <message>
        <source>Now: not receiving (%1).</source>
        <translation>現在: 受信していません (%1)。</translation>
    </message>
    <message>
        <source>Now: not receiving.</source>
        <translation>現在: 受信していません。</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::RouteModel</name>
    <message>
        <source>not installed here</source>
        <translation>ここにはインストールされていません</translation>
    </message>
    <message>
        <source>available</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>使用不可: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>このシステム上</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplateStore</name>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Maintenance on {date} at {time}: please save your work and log off. {sender}</source>
        <translation>{date} {time} からメンテナンスを行います。作業内容を保存してログオフしてください。{sender}</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>{recipient}: this computer restarts in 10 minutes. {sender}</source>
        <translation>{recipient}: このコンピューターは 10 分後に再起動します。{sender}</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>復旧</translation>
    </message>
    <message>
        <source>The service is back online ({time}). {sender}</source>
        <translation>サービスが復旧しました ({time})。{sender}</translation>
    </message>
</context>
<context>
    <name>netmsg::gui::TemplatesDialog</name>
    <message>
        <source>A text may hold these variables, filled in when it is sent:</source>
        <translation>テキストには次の変数を含めることができ、送信時に値が入ります:</translation>
    </message>
    <message>
        <source>the day the message is sent</source>
        <translation>メッセージを送信する日付</translation>
    </message>
    <message>
        <source>the time it is sent</source>
        <translation>送信する時刻</translation>
    </message>
    <message>
        <source>the sender name</source>
        <translation>差出人名</translation>
    </message>
    <message>
        <source>each recipient&apos;s name (each gets its own text)</source>
        <translation>各受信者の名前 (受信者ごとに個別のテキストになります)</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>すべてのテンプレートに名前が必要です。</translation>
    </message>
    <message>
        <source>There are two templates named &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; という名前のテンプレートが 2 つあります。</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has no text.</source>
        <translation>テンプレート &apos;%1&apos; にテキストがありません。</translation>
    </message>
    <message>
        <source>%1 is not a variable netmsg fills; it is sent as it is.</source>
        <translation>%1 は netmsg が値を入れる変数ではありません。そのまま送信されます。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>新しいテンプレート %1</translation>
    </message>
</context>
</TS>
