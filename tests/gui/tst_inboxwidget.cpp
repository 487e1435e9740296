#include "compose/composewidget.h"
#include "delivery/deliverywidget.h"
#include "guihistorysupport.h"
#include "history/historywidget.h"
#include "inbox/inboxmodel.h"
#include "inbox/inboxwidget.h"
#include "mainwindow/mainwindow.h"
#include "testconsole.h"
#include "transportregistry.h"
#include "widgets/notifier.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// The inbox tab as a user meets it: a peer's markup shown as characters,
// Reply, reading marks a message read, the notification opening its message,
// and the main window's wiring of all of it.
class tst_InboxWidget : public QObject
{
    Q_OBJECT
private slots:
    void peerMarkupShowsAsCharacters();
    void replyGivesTheClaimedSenderAndThePeerAddress();
    void openMessageSelectsItAndMarksItRead();
    void openMessageFindsNewAndOldMessages();
    void markReadAndUnread();
    void newMessagesKeepTheRowsBeingRead();
    void readErrorIsShown();
    void mainWindowWiresReplyAndNotifications();
    void screenshot();

private:
    static QList<qint64> receive(const QString &path, const QList<ReceivedMessage> &messages)
    {
        HistoryStore store;
        if (!store.open(path).isSuccess())
            return {};
        QList<QFuture<HistoryWrite>> writes;
        for (const ReceivedMessage &message : messages)
            writes.append(store.recordReceived(message));
        QList<qint64> ids;
        for (const auto &write : std::as_const(writes))
            ids.append(write.result().id);
        return ids;
    }
    static QList<ReceivedMessage> many(int count)
    {
        QList<ReceivedMessage> list;
        for (int i = 0; i < count; ++i)
            list.append(
                testReceived(QStringLiteral("PC%1").arg(i), QStringLiteral("note %1").arg(i)));
        return list;
    }
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    static void trigger(QWidget *widget, const char *name)
    {
        auto *action = widget->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
    }
};

void tst_InboxWidget::peerMarkupShowsAsCharacters()
{
    const QString text = QStringLiteral("<img src=x> <b>bold</b>");
    ReceivedMessage message = testReceived(QStringLiteral("<i>EVE</i>"), text);
    message.peerAddress = QStringLiteral("<u>10.0.0.9</u>");
    message.alias = QStringLiteral("<s>OPS</s>");
    TestConsole console({[&](const QString &path) {
        receive(path, {message});
    }});
    InboxWidget inbox(*console.context);
    QTRY_COMPARE(inbox.model()->rowCount(), 1);
    auto *view = child<QTableView>(&inbox, "messagesView");
    QCOMPARE(view->model()->index(0, InboxModel::TextColumn).data().toString(), text);
    QCOMPARE(view->model()->index(0, InboxModel::FromColumn).data().toString(),
             QStringLiteral("<i>EVE</i>"));
    inbox.openMessage(0);
    QCOMPARE(inbox.currentId(), inbox.model()->at(0).id);
    const QList<QPair<const char *, QString>> labels{
        {"senderValue", QStringLiteral("<i>EVE</i>")},
        {"peerValue", QStringLiteral("<u>10.0.0.9</u>")},
        {"aliasValue", QStringLiteral("<s>OPS</s>")}};
    for (const auto &[name, expected] : labels) {
        auto *label = child<QLabel>(&inbox, name);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), expected);
    }
    // No label in the tab interprets markup.
    for (QLabel *label : inbox.findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    auto *textView = child<QPlainTextEdit>(&inbox, "textView");
    QVERIFY(textView->isReadOnly());
    QCOMPARE(textView->toPlainText(), text);
    QVERIFY(!textView->document()->toHtml().contains(QLatin1String("<img")));
}

void tst_InboxWidget::replyGivesTheClaimedSenderAndThePeerAddress()
{
    ReceivedMessage message = testReceived(QStringLiteral("ALICE"), QStringLiteral("ping"));
    message.peerAddress = QStringLiteral("192.0.2.10");
    TestConsole console({[&](const QString &path) {
        receive(path, {message});
    }});
    InboxWidget inbox(*console.context);
    QSignalSpy replies(&inbox, &InboxWidget::replyRequested);
    auto *reply = child<QPushButton>(&inbox, "replyButton");
    QTRY_COMPARE(inbox.model()->rowCount(), 1);
    QVERIFY(!reply->isEnabled()); // nothing selected yet
    inbox.openMessage(0);
    QVERIFY(reply->isEnabled());
    QTest::mouseClick(reply, Qt::LeftButton);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).at(0).toString(), QStringLiteral("ALICE"));
    QCOMPARE(replies.at(0).at(1).toString(), QStringLiteral("192.0.2.10"));
    auto *action = inbox.findChild<QAction *>(QStringLiteral("actionInboxReply"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    trigger(&inbox, "actionInboxReply");
    QCOMPARE(replies.size(), 2);
}

void tst_InboxWidget::openMessageSelectsItAndMarksItRead()
{
    QList<qint64> ids;
    TestConsole console({[&](const QString &path) {
        ids = receive(path, many(3));
    }});
    QCOMPARE(ids.size(), 3);
    HistoryStore &store = *console.context->history();
    InboxWidget inbox(*console.context);
    QTRY_COMPARE(inbox.model()->rowCount(), 3);
    QCOMPARE(awaited(store.unreadCount()).rows, 3);
    // openMessage() waits for a read under way (the model may be refreshing).
    inbox.openMessage(ids.at(1));
    QTRY_COMPARE(inbox.currentId(), ids.at(1));
    QCOMPARE(child<QLabel>(&inbox, "senderValue")->text(), QStringLiteral("PC1"));
    QCOMPARE(child<QPlainTextEdit>(&inbox, "textView")->toPlainText(), QStringLiteral("note 1"));
    const int row = inbox.model()->rowOf(ids.at(1));
    QVERIFY(inbox.model()->index(row, 0).data(InboxModel::ReadRole).toBool());
    QTRY_COMPARE(awaited(store.unreadCount()).rows, 2);
    inbox.openMessage(0); // the newest
    QTRY_COMPARE(inbox.currentId(), ids.at(2));
    QTRY_COMPARE(awaited(store.unreadCount()).rows, 1);
}

void tst_InboxWidget::openMessageFindsNewAndOldMessages()
{
    QList<qint64> ids;
    TestConsole console({[&](const QString &path) {
        ids = receive(path, many(250));
    }});
    InboxWidget inbox(*console.context);
    QTRY_COMPARE(inbox.model()->rowCount(), 200);
    // The oldest is past the first page.
    inbox.openMessage(ids.first());
    QTRY_COMPARE(inbox.currentId(), ids.first());
    QCOMPARE(child<QLabel>(&inbox, "senderValue")->text(), QStringLiteral("PC0"));
    // One stored a moment ago, before the model heard of it.
    const qint64 fresh =
        awaited(console.context->history()->recordReceived(testReceived(QStringLiteral("LATE"))))
            .id;
    inbox.openMessage(fresh);
    QTRY_COMPARE(inbox.currentId(), fresh);
    QCOMPARE(child<QLabel>(&inbox, "senderValue")->text(), QStringLiteral("LATE"));
    // One that does not exist selects nothing new.
    inbox.openMessage(fresh + 1000);
    QTest::qWait(200);
    QCOMPARE(inbox.currentId(), fresh);
}

void tst_InboxWidget::markReadAndUnread()
{
    QList<qint64> ids;
    TestConsole console({[&](const QString &path) {
        ids = receive(path, many(2));
    }});
    HistoryStore &store = *console.context->history();
    InboxWidget inbox(*console.context);
    QTRY_COMPARE(inbox.model()->rowCount(), 2);
    auto *markRead = child<QPushButton>(&inbox, "markReadButton");
    auto *markUnread = child<QPushButton>(&inbox, "markUnreadButton");
    inbox.openMessage(ids.at(0));
    QTRY_COMPARE(awaited(store.unreadCount()).rows, 1);
    QVERIFY(markUnread->isEnabled());
    QVERIFY(!markRead->isEnabled());
    QTest::mouseClick(markUnread, Qt::LeftButton);
    QTRY_COMPARE(awaited(store.unreadCount()).rows, 2);
    QCOMPARE(inbox.model()->index(1, InboxModel::UnreadColumn).data().toString(),
             QStringLiteral("\u25CF"));
    QCOMPARE(inbox.currentId(), ids.at(0)); // still shown, and not marked read again
    QTest::qWait(100);
    QCOMPARE(awaited(store.unreadCount()).rows, 2);
    QVERIFY(markRead->isEnabled());
    trigger(&inbox, "actionInboxMarkRead");
    QTRY_COMPARE(awaited(store.unreadCount()).rows, 1);
}

// Scrolled down, a burst of new messages does not move the rows being read;
// the selection stays on its message.
void tst_InboxWidget::newMessagesKeepTheRowsBeingRead()
{
    TestConsole console({[&](const QString &path) {
        receive(path, many(150));
    }});
    InboxWidget inbox(*console.context);
    inbox.resize(900, 500);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QTRY_COMPARE(inbox.model()->rowCount(), 150);
    auto *view = child<QTableView>(&inbox, "messagesView");
    inbox.openMessage(inbox.model()->at(60).id);
    const qint64 selected = inbox.currentId();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    QTest::qWait(50);
    const auto topId = [&] {
        return view->indexAt(QPoint(2, 2)).data(InboxModel::IdRole).toLongLong();
    };
    const qint64 top = topId();
    QVERIFY(top > 0);
    QList<QFuture<HistoryWrite>> writes;
    for (int i = 0; i < 5; ++i)
        writes.append(console.context->history()->recordReceived(
            testReceived(QStringLiteral("NEW%1").arg(i))));
    QTRY_COMPARE(inbox.model()->rowCount(), 155);
    QTRY_COMPARE(topId(), top);
    QCOMPARE(inbox.currentId(), selected);
    // At the top, the view shows what arrives.
    view->verticalScrollBar()->setValue(0);
    awaited(console.context->history()->recordReceived(testReceived(QStringLiteral("NEWEST"))));
    QTRY_COMPARE(inbox.model()->rowCount(), 156);
    QTest::qWait(50);
    QCOMPARE(view->indexAt(QPoint(2, 2)).row(), 0);
    QCOMPARE(inbox.model()->at(0).message.sender, QStringLiteral("NEWEST"));
}

void tst_InboxWidget::readErrorIsShown()
{
    TestConsole console({[](const QString &path) {
        QVERIFY(damageHistory(path));
    }});
    QVERIFY(console.context->history());
    InboxWidget inbox(*console.context);
    auto *status = child<QLabel>(&inbox, "statusLabel");
    QTRY_VERIFY(inbox.model()->hasLoaded());
    QVERIFY2(status->text().startsWith(QLatin1String("Cannot read the inbox:")),
             qPrintable(status->text()));
    QVERIFY(!status->text().contains(QLatin1String("No messages")));
}

void tst_InboxWidget::mainWindowWiresReplyAndNotifications()
{
    TestConsole::Options options;
    options.receiver = true;
    TestConsole console(options);
    QVERIFY2(console.context->isReceiving(),
             qPrintable(console.context->receiverOutcome().toString()));
    MainWindow window(*console.context);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(tabs->indexOf(window.inbox())), QStringLiteral("&Inbox"));
    QCOMPARE(tabs->tabText(tabs->indexOf(window.history())), QStringLiteral("&History"));
    QVERIFY(tabs->indexOf(window.delivery()) < tabs->indexOf(window.inbox()));
    QVERIFY(tabs->indexOf(window.inbox()) < tabs->indexOf(window.history()));

    // A message to our own name through the console's receiver: stored,
    // then one notification (the window is not active).
    IMessageTransport *loopback = console.context->registry().transport(QStringLiteral("loopback"));
    QVERIFY(loopback);
    Message message;
    message.recipient = QStringLiteral("ADMIN");
    message.sender = QStringLiteral("CAROL");
    message.text = QStringLiteral("<b>Lunch?</b>");
    QFuture<SendResult> sent = loopback->send(message);
    QTRY_VERIFY(sent.isFinished());
    QVERIFY2(sent.result().outcome.isSuccess(), qPrintable(sent.result().outcome.toString()));
    Notifier *notifier = window.notifier();
    QTRY_COMPARE(notifier->notificationCount(), 1);
    QVERIFY(notifier->lastBody().contains(QLatin1String("CAROL")));
    QTRY_COMPARE(window.inbox()->model()->rowCount(), 1);
    const qint64 id = window.inbox()->model()->at(0).id;
    QVERIFY(window.inbox()->currentId() == 0);

    // Clicking it opens the inbox on that message.
    notifier->activate();
    QCOMPARE(tabs->currentWidget(), window.inbox());
    QTRY_COMPARE(window.inbox()->currentId(), id);

    // Reply fills compose with the claimed sender at the address it came from.
    window.inbox()->reply();
    QCOMPARE(tabs->currentWidget(), window.compose());
    QVERIFY2(window.compose()->recipientsText().startsWith(QLatin1String("CAROL")),
             qPrintable(window.compose()->recipientsText()));
}

void tst_InboxWidget::screenshot()
{
    if (qEnvironmentVariableIsEmpty("NETMSG_SCREENSHOT_DIR"))
        QSKIP("NETMSG_SCREENSHOT_DIR names where to save it");
    const QList<QPair<QString, QString>> samples{
        {QStringLiteral("FILESRV01"), QStringLiteral("Backup finished: 412 GB in 3 h 12 min.")},
        {QStringLiteral("ALICE"), QStringLiteral("Can you restart the print spooler on PC7?")},
        {QStringLiteral("<i>EVE</i>"), QStringLiteral("<img src=x> <b>bold</b>\nsecond line")},
        {QStringLiteral("HELPDESK"), QStringLiteral("Ticket 4711 closed.")},
        {QStringLiteral("BOB"), QStringLiteral("Meeting moved to 14:00, room 2.")}};
    QList<ReceivedMessage> messages;
    for (int i = 0; i < 30; ++i) {
        const auto &[sender, text] = samples.at(i % samples.size());
        ReceivedMessage message = testReceived(sender, text);
        message.peerAddress = QStringLiteral("10.0.%1.%2").arg(i % 3).arg(20 + i);
        message.alias = i % 2 ? QStringLiteral("OPS") : QStringLiteral("ADMIN");
        message.receivedAt = QDateTime(QDate(2024, 3, 5), QTime(9, 0), Qt::UTC).addSecs(i * 420);
        messages.append(message);
    }
    QList<qint64> ids;
    TestConsole console({[&](const QString &path) {
        ids = receive(path, messages);
    }});
    MainWindow window(*console.context);
    window.resize(1100, 680);
    window.show();
    QTRY_COMPARE(window.inbox()->model()->rowCount(), 30);
    window.showTab(window.inbox());
    window.inbox()->openMessage(ids.at(27));
    saveScreenshot(&window, QStringLiteral("inbox"));
}

QTEST_MAIN(tst_InboxWidget)
#include "tst_inboxwidget.moc"
