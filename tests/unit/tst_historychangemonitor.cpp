#include "historystore.h"
#include "historytestsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <iostream>
#include <string>

using namespace netmsg;

namespace {

// The child process of changedForAnotherProcess: the path to write to.
const char childVariable[] = "NETMSG_TST_HISTORY_CHILD";

// Waits (without polling the store: the spy runs the event loop) until `spy`
// has seen `table`, for at most `ms`.
bool waitForTable(QSignalSpy &spy, HistoryStore::Table table, int ms)
{
    QElapsedTimer timer;
    timer.start();
    for (int seen = 0;; ++seen) {
        for (; seen < spy.size(); ++seen) {
            if (spy.at(seen).at(0).value<HistoryStore::Tables>().testFlag(table))
                return true;
        }
        const qint64 left = ms - timer.elapsed();
        if (left <= 0 || !spy.wait(int(left)))
            return false;
        --seen;
    }
}

// Opens its own store on `path`, says "ready", and on "go" adds three inbox rows.
int runChild(const QString &path)
{
    HistoryStore store;
    if (!store.open(path).isSuccess())
        return 1;
    std::cout << "ready" << std::endl;
    std::string line;
    std::getline(std::cin, line);
    QList<QFuture<HistoryWrite>> writes;
    for (int i = 0; i < 3; ++i)
        writes.append(store.recordReceived(testReceived(QStringLiteral("CHILD%1").arg(i))));
    for (const QFuture<HistoryWrite> &write : std::as_const(writes)) {
        if (!write.result().outcome.isSuccess())
            return 2;
    }
    return 0;
}

} // namespace

// HistoryStore::changed(): for its own writes, for another store on the same
// file, and for another process (this test run again as a child).
class tst_HistoryChangeMonitor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void changedForOwnWrites_data();
    void changedForOwnWrites();
    void changedForAnotherStore();
    void changedForAnotherProcess();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryChangeMonitor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryChangeMonitor::changedForOwnWrites_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<HistoryStore::Tables>("expected");
    QTest::newRow("message") << "message" << HistoryStore::Tables(HistoryStore::Table::Messages);
    QTest::newRow("deliveries") << "deliveries"
                                << (HistoryStore::Table::Messages |
                                    HistoryStore::Table::Deliveries);
    QTest::newRow("received") << "received" << HistoryStore::Tables(HistoryStore::Table::Inbox);
    QTest::newRow("contact") << "contact" << HistoryStore::Tables(HistoryStore::Table::Contacts);
    QTest::newRow("group") << "group" << HistoryStore::Tables(HistoryStore::Table::Groups);
    // A write that fails changes nothing and announces nothing.
    QTest::newRow("failed write, then inbox")
        << "failed" << HistoryStore::Tables(HistoryStore::Table::Inbox);
}

void tst_HistoryChangeMonitor::changedForOwnWrites()
{
    QFETCH(QString, write);
    QFETCH(HistoryStore::Tables, expected);
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    const qint64 id = resultOf(store.recordMessage({})).id;
    QTest::qWait(150); // that write's announcement is not this case's
    QSignalSpy spy(&store, &HistoryStore::changed);
    QThread *emittedOn = nullptr;
    connect(&store, &HistoryStore::changed, this, [&] { emittedOn = QThread::currentThread(); });
    QFuture<HistoryWrite> done;
    if (write == QLatin1String("message"))
        done = store.recordMessage({});
    else if (write == QLatin1String("deliveries"))
        done =
            store.recordDeliveries({testDelivery(id, QStringLiteral("A"), DeliveryState::Failed)});
    else if (write == QLatin1String("received"))
        done = store.recordReceived(testReceived(QStringLiteral("A")));
    else if (write == QLatin1String("contact"))
        done = store.saveContact({QStringLiteral("A"), QStringLiteral("A"), {}});
    else if (write == QLatin1String("group"))
        done = store.saveGroup(QStringLiteral("G"), {QStringLiteral("A")});
    else if (write == QLatin1String("failed")) {
        QCOMPARE(resultOf(store.removeContact(QStringLiteral("nobody"))).outcome.code(),
                 quint32(Code::NerrNameNotFound));
        done = store.recordReceived(testReceived(QStringLiteral("A")));
    }
    QVERIFY(resultOf(done).outcome.isSuccess());
    QVERIFY(!spy.isEmpty() || spy.wait(1000));
    QCOMPARE(emittedOn, QThread::currentThread());
    QTest::qWait(100); // the file event of the same commit announces nothing new
    HistoryStore::Tables announced;
    for (const QList<QVariant> &arguments : std::as_const(spy))
        announced |= arguments.at(0).value<HistoryStore::Tables>();
    QCOMPARE(announced, expected);
}

void tst_HistoryChangeMonitor::changedForAnotherStore()
{
    HistoryStore watching;
    QVERIFY(watching.open(path()).isSuccess());
    HistoryStore writing;
    QVERIFY(writing.open(path()).isSuccess());
    QSignalSpy spy(&watching, &HistoryStore::changed);
    const HistoryWrite written =
        resultOf(writing.recordReceived(testReceived(QStringLiteral("A"))));
    QVERIFY(written.outcome.isSuccess());
    QVERIFY(waitForTable(spy, HistoryStore::Table::Inbox, 1000));
    spy.clear();
    // An update, not only an insert.
    QVERIFY(resultOf(writing.markRead(written.id)).outcome.isSuccess());
    QVERIFY(waitForTable(spy, HistoryStore::Table::Inbox, 1000));
    QVERIFY(resultOf(writing.saveContact({QStringLiteral("A"), QStringLiteral("A"), {}}))
                .outcome.isSuccess());
    QVERIFY(waitForTable(spy, HistoryStore::Table::Contacts, 1000));
}

void tst_HistoryChangeMonitor::changedForAnotherProcess()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    QSignalSpy spy(&store, &HistoryStore::changed);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(childVariable), path());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    // The second counts from the child's first write, not from its start.
    QVERIFY(child.waitForReadyRead(20000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
    spy.clear();
    child.write("go\n");
    QVERIFY(waitForTable(spy, HistoryStore::Table::Inbox, 1000));
    QVERIFY(child.state() == QProcess::NotRunning || child.waitForFinished(20000));
    QCOMPARE(child.exitCode(), 0);
    QCOMPARE(resultOf(store.inbox(0, 10)).rows.size(), 3);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childVariable))
        return runChild(qEnvironmentVariable(childVariable));
    tst_HistoryChangeMonitor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historychangemonitor.moc"
