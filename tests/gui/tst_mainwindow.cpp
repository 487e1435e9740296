// The real main window, driven as an operator would (as KeePassXC's
// TestGui): compose, send through loopback, watch the delivery table and the
// history fill, retry what failed, cancel, refuse bad input. Dialogs answer
// through their seams, so nothing blocks.
#include "compose/composewidget.h"
#include "compose/dryrundialog.h"
#include "compose/planmodel.h"
#include "compose/recipientedit.h"
#include "consolecontext.h"
#include "delivery/deliverymodel.h"
#include "delivery/deliverywidget.h"
#include "history/historywidget.h"
#include "history/messagehistorymodel.h"
#include "historytestsupport.h"
#include "mainwindow/mainwindow.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsFollowTheState();
    void sendFillsTheDeliveryTableAndTheHistory();
    void thousandRecipientsShowEveryState();
    void retryFailedSendsOnlyTheFailed();
    void cancelStopsTheJobAndNothingArrivesLater();
    void badInputShowsItsReasonAndSendsNothing();
    void broadcastAsksFirst();
    void dryRunShowsWhatWouldGoToWhom();
    void geometryIsRemembered();
    void replyNeverTakesRecipientsFromThePeer();
    void resumeSendsOnlyToThoseNeverStarted();

private:
    void triggerAction(const QString &name);
    void setLoopback(const QVariantMap &options);
    void compose(const QString &recipients, const QString &text, const QString &server = {});
    bool waitForDelivery(int timeoutMs = 20000);
    qint64 rows(const QString &sql) const;
    int loopbackInbox() const;

    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    MessageBox::setUnattended(true);
    QVERIFY(!qEnvironmentVariableIsEmpty("NETMSG_HOME"));
}

void tst_MainWindow::init()
{
    // A fresh home for each test: the loopback route, no confirmation below 50.
    QDir(qEnvironmentVariable("NETMSG_HOME")).removeRecursively();
    QDir().mkpath(qEnvironmentVariable("NETMSG_HOME"));
    m_context = std::make_unique<ConsoleContext>();
    m_context->settings().setRoute({QStringLiteral("loopback")});
    m_context->settings().setConfirmRecipients(50);
    m_context->settings().setTimeoutMs(400);
    QVERIFY(m_context->start().isSuccess());
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_context.reset();
}

void tst_MainWindow::triggerAction(const QString &name)
{
    auto *action = m_window->findChild<QAction *>(name);
    QVERIFY2(action, qPrintable(name));
    QVERIFY2(action->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
    action->trigger();
}

void tst_MainWindow::setLoopback(const QVariantMap &options)
{
    QVERIFY(
        m_context->registry().setTransportOptions(QStringLiteral("loopback"), options).isSuccess());
}

void tst_MainWindow::compose(const QString &recipients, const QString &text, const QString &server)
{
    ComposeWidget *compose = m_window->compose();
    compose->findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(server);
    compose->setRecipients(recipients);
    compose->setMessageText(text);
}

bool tst_MainWindow::waitForDelivery(int timeoutMs)
{
    DeliveryWidget *delivery = m_window->delivery();
    return QTest::qWaitFor([delivery] { return !delivery->isRunning(); }, timeoutMs) &&
           QTest::qWaitFor(
               [delivery] { return delivery->model()->count(DeliveryState::Pending) == 0; },
               timeoutMs);
}

qint64 tst_MainWindow::rows(const QString &sql) const
{
    qint64 count = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_context->history()->path());
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                count = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return count;
}

// Messages that reached any loopback server, as its state file has them.
int tst_MainWindow::loopbackInbox() const
{
    QFile state(QDir(qEnvironmentVariable("NETMSG_HOME"))
                    .filePath(QStringLiteral("loopback-network.json")));
    if (!state.open(QIODevice::ReadOnly))
        return 0;
    int count = 0;
    const QJsonObject servers = QJsonDocument::fromJson(state.readAll())
                                    .object()
                                    .value(QLatin1String("servers"))
                                    .toObject();
    for (const QJsonValue &server : servers)
        count += int(server.toObject().value(QLatin1String("inbox")).toArray().size());
    return count;
}

void tst_MainWindow::actionsFollowTheState()
{
    auto enabled = [this](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name))->isEnabled();
    };
    QVERIFY(enabled("actionSend"));
    QVERIFY(!enabled("actionCancel"));
    QVERIFY(!enabled("actionRetryFailed"));
    setLoopback({{QStringLiteral("latencyMs"), 300}});
    compose(QStringLiteral("HQ"), QStringLiteral("x"), QStringLiteral("HQ"));
    QTRY_VERIFY(m_window->compose()->isValid());
    triggerAction(QStringLiteral("actionSend"));
    QVERIFY(m_window->delivery()->isRunning());
    QVERIFY(!enabled("actionSend"));
    QVERIFY(enabled("actionCancel"));
    QVERIFY(waitForDelivery());
    QVERIFY(enabled("actionSend"));
    QVERIFY(!enabled("actionCancel"));
}

void tst_MainWindow::sendFillsTheDeliveryTableAndTheHistory()
{
    IMessageTransport *loopback = m_context->registry().transport(QStringLiteral("loopback"));
    QVERIFY(loopback);
    QFutureWatcher<Outcome> added;
    QSignalSpy done(&added, &QFutureWatcherBase::finished);
    added.setFuture(loopback->addAlias(QStringLiteral("HQ"), QStringLiteral("OPS")));
    QVERIFY(done.wait());
    compose(QStringLiteral("OPS, HQ"), QStringLiteral("Backup starts at 22:00"),
            QStringLiteral("HQ"));
    QTRY_VERIFY(m_window->compose()->isValid());
    QTRY_VERIFY(m_window->compose()->counterText().startsWith(
        QLatin1String("44 of 1600 bytes in UTF-16LE")));
    triggerAction(QStringLiteral("actionSend"));
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget(),
             m_window->delivery());
    QVERIFY(waitForDelivery());
    DeliveryModel *model = m_window->delivery()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->count(DeliveryState::Delivered), 2);
    QCOMPARE(model->data(model->index(0, DeliveryModel::RecipientColumn)).toString(),
             QStringLiteral("OPS"));
    QCOMPARE(model->data(model->index(0, DeliveryModel::RouteColumn)).toString(),
             QStringLiteral("loopback"));
    const qint64 id = m_window->delivery()->messageId();
    QVERIFY(id > 0);
    QCOMPARE(m_context->history()->deliveriesOf(id).size(), 2);
    QCOMPARE(m_context->history()->deliveriesOf(id).first().state, DeliveryState::Delivered);
    QTRY_COMPARE(loopbackInbox(), 2); // the loopback network writes its file shortly after
}

void tst_MainWindow::thousandRecipientsShowEveryState()
{
    // Each PCnnnn@PCnnnn is the computer name of its own loopback server.
    QStringList recipients;
    QStringList failing;
    QStringList stalled;
    QStringList silent;
    for (int i = 0; i < 1000; ++i) {
        const QString name = QStringLiteral("PC%1").arg(i, 4, 10, QLatin1Char('0'));
        recipients.append(name + QLatin1Char('@') + name);
        if (i % 10 == 1)
            failing.append(name + QStringLiteral("=2273"));
        else if (i % 50 == 2)
            stalled.append(name);
        else if (i % 50 == 3)
            silent.append(name);
    }
    setLoopback({{QStringLiteral("failNames"), failing.join(QLatin1Char(';'))},
                 {QStringLiteral("stallNames"), stalled.join(QLatin1Char(','))},
                 {QStringLiteral("silentNames"), silent.join(QLatin1Char(','))}});
    m_context->settings().setConcurrency(64);
    compose(recipients.join(QLatin1Char('\n')), QStringLiteral("Patch tonight"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->compose()->isValid(), 10000);
    MessageBox::setNextAnswer(QMessageBox::Yes); // 1,000 recipients ask first
    triggerAction(QStringLiteral("actionSend"));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("1000")));
    QVERIFY(waitForDelivery(60000));
    DeliveryModel *model = m_window->delivery()->model();
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(model->count(DeliveryState::Failed), 100 + 20);
    QCOMPARE(model->count(DeliveryState::Unconfirmed), 20);
    QCOMPARE(model->count(DeliveryState::Delivered), 1000 - 140);
    QCOMPARE(model->categoryCounts().value(OutcomeCategory::NameNotFound), 100);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'unconfirmed'")),
             20);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM deliveries")), 1000);
}

void tst_MainWindow::retryFailedSendsOnlyTheFailed()
{
    setLoopback({{QStringLiteral("failNames"), QStringLiteral("B=2136")},
                 {QStringLiteral("stallNames"), QStringLiteral("C")}});
    compose(QStringLiteral("A@A, B@B, C@C"), QStringLiteral("x"));
    QTRY_VERIFY(m_window->compose()->isValid());
    triggerAction(QStringLiteral("actionSend"));
    QVERIFY(waitForDelivery());
    DeliveryModel *model = m_window->delivery()->model();
    QCOMPARE(model->rows(DeliveryState::Failed), QList<int>{1});
    QCOMPARE(model->rows(DeliveryState::Unconfirmed), QList<int>{2});
    const qint64 first = m_window->delivery()->messageId();
    // B works now; C (unconfirmed: it may have arrived) is not sent again.
    setLoopback({{QStringLiteral("failNames"), QString()}});
    triggerAction(QStringLiteral("actionRetryFailed"));
    QVERIFY(waitForDelivery());
    QCOMPARE(model->result(1).state, DeliveryState::Delivered);
    QCOMPARE(model->result(2).state, DeliveryState::Unconfirmed);
    const qint64 retry = m_window->delivery()->messageId();
    QVERIFY(retry > first);
    QCOMPARE(m_context->history()->message(retry)->recipientCount, 1);
    QCOMPARE(m_context->history()->deliveriesOf(retry).first().recipient, QStringLiteral("B@B"));
}

void tst_MainWindow::cancelStopsTheJobAndNothingArrivesLater()
{
    setLoopback({{QStringLiteral("latencyMs"), 800}});
    m_context->settings().setTimeoutMs(5000);
    m_context->settings().setConcurrency(4);
    QStringList recipients;
    for (int i = 0; i < 20; ++i)
        recipients.append(QStringLiteral("S%1@S%1").arg(i));
    compose(recipients.join(QLatin1Char(',')), QStringLiteral("x"));
    QTRY_VERIFY(m_window->compose()->isValid());
    triggerAction(QStringLiteral("actionSend"));
    QTest::qWait(200);
    triggerAction(QStringLiteral("actionCancel"));
    QVERIFY(waitForDelivery());
    DeliveryModel *model = m_window->delivery()->model();
    QCOMPARE(model->count(DeliveryState::Failed), 20);
    QCOMPARE(model->categoryCounts().value(OutcomeCategory::Cancelled), 20);
    QTest::qWait(1000); // past the latency: a send that slipped through lands now
    QCOMPARE(loopbackInbox(), 0);
}

void tst_MainWindow::badInputShowsItsReasonAndSendsNothing()
{
    compose(QStringLiteral("OPS, OP?S"), QStringLiteral("x"), QStringLiteral("HQ"));
    auto *status = m_window->compose()->findChild<QLabel *>(QStringLiteral("recipientsStatus"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("'?'")), qPrintable(status->text()));
    QVERIFY(!m_window->compose()->isValid());
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY(
        !m_window->compose()->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QCOMPARE(m_window->compose()->findChild<RecipientEdit *>()->markedCount(), 1);
    const int shown = MessageBox::shownCount();
    m_window->compose()->send(); // Ctrl+Return anyway: told why, nothing sent
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("OP?S")));
    QCOMPARE(m_window->delivery()->model()->rowCount(), 0);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
    // Text the wire encoding cannot carry.
    compose(QStringLiteral("HQ@HQ"), QStringLiteral("Привет"));
    m_window->compose()->selectTransport(QStringLiteral("winpopup"));
    QTRY_VERIFY(m_window->compose()->counterText().contains(QLatin1String("cannot encode")));
    QVERIFY(!m_window->compose()->isValid());
}

void tst_MainWindow::broadcastAsksFirst()
{
    compose(QStringLiteral("*"), QStringLiteral("Fire drill at 10"), QStringLiteral("HQ"));
    QTRY_VERIFY(m_window->compose()->isValid());
    MessageBox::setNextAnswer(QMessageBox::No);
    triggerAction(QStringLiteral("actionSend"));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Broadcast")));
    QTest::qWait(100);
    QCOMPARE(m_window->delivery()->model()->rowCount(), 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    triggerAction(QStringLiteral("actionSend"));
    QVERIFY(waitForDelivery());
    QCOMPARE(m_window->delivery()->model()->count(DeliveryState::Delivered), 1);
}

void tst_MainWindow::dryRunShowsWhatWouldGoToWhom()
{
    compose(QStringLiteral("A@A, B@B"), QString(900, QLatin1Char('a')));
    auto *policy = m_window->compose()->findChild<QComboBox *>(QStringLiteral("policyBox"));
    policy->setCurrentIndex(1); // split
    QTRY_VERIFY(m_window->compose()->isValid());
    triggerAction(QStringLiteral("actionDryRun"));
    auto *dialog = m_window->compose()->findChild<DryRunDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->model()->rowCount(), 2);
    QCOMPARE(dialog->model()->data(dialog->model()->index(0, PlanModel::PartsColumn)).toInt(), 2);
    QCOMPARE(
        dialog->model()->data(dialog->model()->index(1, PlanModel::TransportColumn)).toString(),
        QStringLiteral("loopback"));
    dialog->close();
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
    QCOMPARE(loopbackInbox(), 0);
}

void tst_MainWindow::geometryIsRemembered()
{
    m_window->resize(1000, 700);
    const QSize before = m_window->size();
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), before);
}

// What a peer claims as its name goes into the recipients field only when it
// is one name: "BOSS,OPS" or "@admins" would add recipients of its choosing.
void tst_MainWindow::replyNeverTakesRecipientsFromThePeer()
{
    ComposeWidget *compose = m_window->compose();
    compose->replyTo(QStringLiteral("carol"), QStringLiteral("10.0.4.33"));
    QCOMPARE(compose->recipientsText(), QStringLiteral("CAROL@10.0.4.33"));
    for (const QString &claimed : {QStringLiteral("BOSS,OPS"), QStringLiteral("@admins"),
                                   QStringLiteral("A\nB"), QStringLiteral("X@evil:139")}) {
        const int shown = MessageBox::shownCount();
        compose->replyTo(claimed, QStringLiteral("192.168.7.66"));
        QCOMPARE(compose->recipientsText(), QString());
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("192.168.7.66")));
    }
}

// What a console or CLI killed mid-job leaves: A and B delivered, C and D
// marked started without a result, E and F never started. Resume in the
// history tab records C and D as unconfirmed (they may have got it) and sends
// to E and F only.
void tst_MainWindow::resumeSendsOnlyToThoseNeverStarted()
{
    HistoryStore *history = m_context->history();
    QVERIFY(history);
    const QStringList names{QStringLiteral("A@A"), QStringLiteral("B@B"), QStringLiteral("C@C"),
                            QStringLiteral("D@D"), QStringLiteral("E@E"), QStringLiteral("F@F")};
    const qint64 id = recordInterruptedSend(*history, names, 4, 2, QStringLiteral("loopback"),
                                            QStringLiteral("Patch tonight"));
    QVERIFY(id > 0);

    HistoryWidget *tab = m_window->history();
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(tab);
    auto *resume = tab->findChild<QPushButton *>(QStringLiteral("resumeButton"));
    QVERIFY(resume);
    auto *messages = tab->findChild<QTableView *>(QStringLiteral("messagesView"));
    QTRY_COMPARE(messages->currentIndex().data(MessageHistoryModel::IdRole).toLongLong(), id);
    QTRY_VERIFY(resume->isVisible() && resume->isEnabled());
    QVERIFY2(resume->toolTip().contains(QLatin1String("4 recipient")),
             qPrintable(resume->toolTip()));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(resume, Qt::LeftButton);
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget(),
             m_window->delivery());
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("#%1").arg(id)));
    QVERIFY2(MessageBox::lastText().contains(
                 QRegularExpression(QStringLiteral("2 recipient\\S* it was never sent to"))) &&
                 MessageBox::lastText().contains(
                     QRegularExpression(QStringLiteral("2 recipient\\S* were under way"))),
             qPrintable(MessageBox::lastText()));
    QTRY_VERIFY(m_window->delivery()->model()->rowCount() == 4);
    QVERIFY(waitForDelivery());

    DeliveryModel *model = m_window->delivery()->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->recipient(0).name, QStringLiteral("C"));
    QCOMPARE(model->result(0).state, DeliveryState::Unconfirmed);
    QCOMPARE(model->result(0).outcome.code(), quint32(Code::ProcessAborted));
    QCOMPARE(model->result(1).state, DeliveryState::Unconfirmed);
    QCOMPARE(model->recipient(2).name, QStringLiteral("E"));
    QCOMPARE(model->result(2).state, DeliveryState::Delivered);
    QCOMPARE(model->result(3).state, DeliveryState::Delivered);
    QCOMPARE(m_window->delivery()->messageId(), id);
    // Only E and F got it now; one row per recipient, all of them started.
    QTRY_COMPARE(loopbackInbox(), 2);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM messages")), 1);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE message_id = %1").arg(id)),
             6);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = 'unconfirmed'")),
             2);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM dispatch WHERE started = 0")), 0);
    // Nothing is left to resume: the button goes once the totals are read again.
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(tab);
    QTRY_VERIFY(!resume->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
