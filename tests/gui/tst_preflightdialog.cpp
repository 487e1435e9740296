#include "compose/composewidget.h"
#include "compose/preflightdialog.h"
#include "compose/preflightmodel.h"
#include "consolecontext.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

namespace {
// A history path whose folder cannot be created: a file is in the way.
QString blockedHistoryPath()
{
    const QString blocker = qEnvironmentVariable("NETMSG_HOME") + QStringLiteral("/not-a-folder");
    QFile file(blocker);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    return blocker + QStringLiteral("/history.sqlite");
}
} // namespace

// The compose tab's preflight over the route loopback, winpopup: a loopback
// alias that exists, one that does not, and a winpopup target on a closed
// local port; nothing is sent to any of them.
class tst_PreflightDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsARowPerTargetAsTheAnswersCome();
    void closingStopsTheProbesStillOpen();
    void screenshot();

private:
    void startContext(const QVariantMap &loopbackOptions = {});
    PreflightDialog *openPreflight(const QString &recipients);
    static quint16 closedPort();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<ComposeWidget> m_compose;
    quint16 m_closedPort = 0;
};

void tst_PreflightDialog::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void tst_PreflightDialog::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("NETMSG_HOME", m_home->path().toLocal8Bit());
    m_closedPort = closedPort();
    QVERIFY(m_closedPort);
}

void tst_PreflightDialog::cleanup()
{
    m_compose.reset();
    m_context.reset();
    m_home.reset();
}

quint16 tst_PreflightDialog::closedPort()
{
    QTcpServer listener;
    if (!listener.listen(QHostAddress::LocalHost))
        return 0;
    return listener.serverPort(); // closed again when the listener goes
}

void tst_PreflightDialog::startContext(const QVariantMap &loopbackOptions)
{
    {
        Settings settings;
        settings.setRoute({QStringLiteral("loopback"), QStringLiteral("winpopup")});
        settings.setReceiverEnabled(false);
        // No history: these tests need none, and the compose tab and the main
        // window read it with QFuture::then(this, ...), which asserts when the
        // widget is gone before the read ends (a debug-build Q_ASSERT in Qt 6.4).
        settings.setHistoryPath(blockedHistoryPath());
        settings.setTransportOption(QStringLiteral("loopback"), QStringLiteral("localName"),
                                    QStringLiteral("DESK1"));
    }
    m_context = std::make_unique<ConsoleContext>();
    m_context->start();
    QVERIFY(!m_context->history());
    IMessageTransport *loopback = m_context->registry().transport(QStringLiteral("loopback"));
    QVERIFY(loopback);
    QFutureWatcher<Outcome> added;
    QSignalSpy done(&added, &QFutureWatcherBase::finished);
    added.setFuture(loopback->addAlias({}, QStringLiteral("OPS")));
    QVERIFY(done.wait());
    QVERIFY(added.result().isSuccess());
    // Faults and latency from here on: they apply to the probes only.
    QVERIFY(m_context->registry()
                .setTransportOptions(QStringLiteral("loopback"), loopbackOptions)
                .isSuccess());
    m_compose = std::make_unique<ComposeWidget>(*m_context);
    m_compose->show();
}

PreflightDialog *tst_PreflightDialog::openPreflight(const QString &recipients)
{
    m_compose->setRecipients(recipients);
    m_compose->preflight();
    // Compose checks its fields on a worker first; the dialog opens after.
    if (!QTest::qWaitFor([this] { return m_compose->findChild<PreflightDialog *>() != nullptr; },
                         5000))
        return nullptr;
    return m_compose->findChild<PreflightDialog *>();
}

void tst_PreflightDialog::showsARowPerTargetAsTheAnswersCome()
{
    startContext({{QStringLiteral("latencyMs"), 200}});
    const QString direct = QStringLiteral("PC7@127.0.0.1:%1").arg(m_closedPort);
    PreflightDialog *dialog = openPreflight(QStringLiteral("OPS, NOBODY, ") + direct);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible()); // open(): the window goes on while it fills
    PreflightModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    // Each row knows its transport at once; the loopback answers come later.
    QVERIFY(dialog->isRunning());
    QCOMPARE(model->index(0, PreflightModel::TransportColumn).data().toString(),
             QStringLiteral("loopback, then winpopup"));
    QCOMPARE(model->index(0, PreflightModel::ResultColumn).data().toString(),
             QStringLiteral("checking…"));
    QVERIFY(dialog->summaryText().startsWith(QLatin1String("Checking 3 target(s)")));

    QTRY_VERIFY(!dialog->isRunning());
    QTRY_COMPARE(model->doneCount(), 3);
    const auto text = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    const auto code = [model](int row) {
        return model->index(row, 0).data(PreflightModel::CodeRole).toLongLong();
    };

    QCOMPARE(text(0, PreflightModel::TargetColumn), QStringLiteral("OPS"));
    QCOMPARE(code(0), 0);
    QVERIFY2(text(0, PreflightModel::ResultColumn).startsWith(QLatin1String("reachable")),
             qPrintable(text(0, PreflightModel::ResultColumn)));
    QCOMPARE(text(0, PreflightModel::NameColumn), QStringLiteral("not checked"));
    QCOMPARE(text(0, PreflightModel::PortColumn), QStringLiteral("not checked"));

    QCOMPARE(text(1, PreflightModel::TargetColumn), QStringLiteral("NOBODY"));
    QCOMPARE(text(1, PreflightModel::TransportColumn), QStringLiteral("loopback, then winpopup"));
    QCOMPARE(code(1), qint64(Code::NerrNameNotFound));
    QVERIFY(
        text(1, PreflightModel::ResultColumn)
            .startsWith(Outcome(Code::NerrNameNotFound).description() + QStringLiteral(" (2273)")));

    QCOMPARE(text(2, PreflightModel::TargetColumn), direct);
    QCOMPARE(text(2, PreflightModel::TransportColumn), QStringLiteral("winpopup"));
    QCOMPARE(code(2), qint64(Code::ConnectionRefused));
    QCOMPARE(text(2, PreflightModel::NameColumn), QStringLiteral("yes (127.0.0.1)"));
    QCOMPARE(text(2, PreflightModel::PortColumn), QStringLiteral("no"));
    QCOMPARE(model->index(2, PreflightModel::PortColumn).data(PreflightModel::CheckRole).toInt(),
             int(PreflightCheck::Failed));
    QVERIFY(text(2, PreflightModel::SkippedColumn).startsWith(QLatin1String("loopback: ")));

    // The selected row in full below the table.
    dialog->findChild<QTableView *>(QStringLiteral("resultView"))
        ->setCurrentIndex(model->index(2, 0));
    QVERIFY2(dialog->detailsText().startsWith(
                 direct + QStringLiteral(" through winpopup\nSkipped loopback: ")),
             qPrintable(dialog->detailsText()));
    QVERIFY(dialog->detailsText().contains(
        QStringLiteral("Name resolves: yes (127.0.0.1). Port reachable: no.")));
    QVERIFY(dialog->detailsText().contains(Outcome(Code::ConnectionRefused).description() +
                                           QStringLiteral(" (1225)")));
    QVERIFY2(dialog->summaryText().startsWith(
                 QLatin1String("Nothing was sent. 1 of 3 target(s) could be reached now.")),
             qPrintable(dialog->summaryText()));
    // Check Again runs it anew.
    auto *again = dialog->findChild<QPushButton *>(QStringLiteral("againButton"));
    QVERIFY(again && again->isEnabled());
    again->click();
    QVERIFY(dialog->isRunning());
    QCOMPARE(model->doneCount(), 0);
    QTRY_COMPARE(model->doneCount(), 3);
    QCOMPARE(code(1), qint64(Code::NerrNameNotFound));
}

void tst_PreflightDialog::closingStopsTheProbesStillOpen()
{
    startContext({{QStringLiteral("latencyMs"), 5000}});
    PreflightDialog *dialog = openPreflight(QStringLiteral("OPS"));
    QVERIFY(dialog);
    QPointer<PreflightDialog> alive(dialog);
    PreflightModel *model = dialog->model();
    QVERIFY(dialog->isRunning());
    auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stop && stop->isEnabled());
    stop->click();
    QVERIFY(!dialog->isRunning());
    model->applyPending();
    QCOMPARE(model->index(0, 0).data(PreflightModel::CodeRole).toLongLong(),
             qint64(Code::Cancelled));
    dialog->reject();
    QTRY_VERIFY(alive.isNull()); // deleted on close
}

// NETMSG_SCREENSHOT_DIR=... takes the dialog's picture with real data.
void tst_PreflightDialog::screenshot()
{
    const QString directory = qEnvironmentVariable("NETMSG_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("NETMSG_SCREENSHOT_DIR is not set");
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    startContext({{QStringLiteral("offlineServers"), QStringLiteral("DOWN")}});
    PreflightDialog *dialog =
        openPreflight(QStringLiteral("OPS, NOBODY, OPS@DOWN, PC7@127.0.0.1:%1, PC8@127.0.0.1:%2, "
                                     "PC9@nosuchhost.invalid")
                          .arg(m_closedPort)
                          .arg(listener.serverPort()));
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isRunning());
    dialog->model()->applyPending();
    dialog->findChild<QTableView *>(QStringLiteral("resultView"))
        ->setCurrentIndex(dialog->model()->index(3, 0));
    dialog->resize(1250, 400);
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(directory + QStringLiteral("/preflight.png")));
}

QTEST_MAIN(tst_PreflightDialog)
#include "tst_preflightdialog.moc"
