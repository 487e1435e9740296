#include "historystore.h"
#include "historytestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

// The history's writer, through HistoryStore: group commit with one savepoint
// per write, results only after the commit, queued writes finished on close.
class tst_HistoryWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void groupCommitReportsOnlyAfterCommit();
    void failingWriteInAGroupFailsAlone();
    void failedCommitFailsTheWholeGroup();
    void destroyingFinishesQueuedWrites();
    void closedStoreFailsAtOnce();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Writes queued while another connection holds the write lock wait in one
// group; none is reported before its commit, and then all are, each with its
// own id.
void tst_HistoryWriter::groupCommitReportsOnlyAfterCommit()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    RawHistoryConnection other(path());
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QList<QFuture<HistoryWrite>> writes;
    for (int i = 0; i < 500; ++i)
        writes.append(store.recordReceived(testReceived(QStringLiteral("S%1").arg(i))));
    QTest::qWait(200);
    for (const QFuture<HistoryWrite> &write : std::as_const(writes))
        QVERIFY(!write.isFinished());
    QVERIFY(other.exec(QStringLiteral("COMMIT")));

    QSet<qint64> ids;
    qint64 previous = 0;
    for (const QFuture<HistoryWrite> &write : std::as_const(writes)) {
        const HistoryWrite result = write.result();
        QVERIFY2(result.outcome.isSuccess(), qPrintable(result.outcome.toString()));
        QVERIFY(result.id > previous); // in the order given
        previous = result.id;
        ids.insert(result.id);
    }
    QCOMPARE(ids.size(), 500);
    QCOMPARE(other.value(QStringLiteral("SELECT COUNT(*) FROM inbox")).toInt(), 500);
    QCOMPARE(resultOf(store.inbox(0, 1000)).rows.size(), 500);
}

void tst_HistoryWriter::failingWriteInAGroupFailsAlone()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    SentMessageRecord message;
    message.recipientCount = 1;
    const qint64 id = resultOf(store.recordMessage(message)).id;
    RawHistoryConnection other(path());
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    auto first = store.recordReceived(testReceived(QStringLiteral("FIRST")));
    auto violating = store.recordDeliveries(
        {testDelivery(id + 1000, QStringLiteral("X"), DeliveryState::Delivered)});
    auto good =
        store.recordDeliveries({testDelivery(id, QStringLiteral("OPS"), DeliveryState::Delivered)});
    auto missing = store.markRead(424242);
    auto last = store.recordReceived(testReceived(QStringLiteral("LAST")));
    QVERIFY(other.exec(QStringLiteral("COMMIT")));

    QCOMPARE(violating.result().outcome.code(), quint32(Code::InternalError));
    QCOMPARE(missing.result().outcome.code(), quint32(Code::InvalidParameter));
    for (auto *write : {&first, &good, &last})
        QVERIFY2(write->result().outcome.isSuccess(),
                 qPrintable(write->result().outcome.toString()));
    QCOMPARE(store.deliveryCount(), 1);
    QCOMPARE(resultOf(store.inbox(0, 10)).rows.size(), 2);
    QCOMPARE(resultOf(store.messages({}, 0, 1)).rows.value(0).delivered, 1);
}

// A COMMIT that SQLite refuses (here a deferred foreign key, as a full disk
// would) fails every write of the group and leaves no transaction open.
void tst_HistoryWriter::failedCommitFailsTheWholeGroup()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    RawHistoryConnection other(path());
    QVERIFY(other.exec(QStringLiteral("CREATE TABLE audit (message_id INTEGER REFERENCES"
                                      " messages(id) DEFERRABLE INITIALLY DEFERRED)")));
    QVERIFY(other.exec(QStringLiteral("CREATE TRIGGER audit_bad AFTER INSERT ON inbox"
                                      " WHEN NEW.sender = 'BAD'"
                                      " BEGIN INSERT INTO audit VALUES (424242); END")));
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    // The writer takes this one alone and waits for the lock with it...
    auto before = store.recordReceived(testReceived(QStringLiteral("BEFORE")));
    QTest::qWait(200);
    // ...so these three are the next group.
    QList<QFuture<HistoryWrite>> group{store.recordReceived(testReceived(QStringLiteral("GOOD1"))),
                                       store.recordReceived(testReceived(QStringLiteral("BAD"))),
                                       store.recordReceived(testReceived(QStringLiteral("GOOD2")))};
    QVERIFY(other.exec(QStringLiteral("COMMIT")));

    QVERIFY(before.result().outcome.isSuccess());
    for (const QFuture<HistoryWrite> &write : std::as_const(group)) {
        const HistoryWrite result = write.result();
        QCOMPARE(result.outcome.code(), quint32(Code::InternalError));
        QVERIFY2(result.outcome.detail().contains(QLatin1String("FOREIGN KEY")),
                 qPrintable(result.outcome.detail()));
        QCOMPARE(result.id, 0);
    }
    QCOMPARE(other.value(QStringLiteral("SELECT COUNT(*) FROM inbox")).toInt(), 1);
    const HistoryWrite next = resultOf(store.recordReceived(testReceived(QStringLiteral("NEXT"))));
    QVERIFY2(next.outcome.isSuccess(), qPrintable(next.outcome.toString()));
    QCOMPARE(other.value(QStringLiteral("SELECT COUNT(*) FROM inbox")).toInt(), 2);
}

void tst_HistoryWriter::destroyingFinishesQueuedWrites()
{
    QList<QFuture<HistoryWrite>> writes;
    QFuture<HistoryRead<int>> read;
    {
        HistoryStore store;
        QVERIFY(store.open(path()).isSuccess());
        for (int i = 0; i < 300; ++i)
            writes.append(store.recordReceived(testReceived(QStringLiteral("S%1").arg(i))));
        read = store.unreadCount();
    }
    for (const QFuture<HistoryWrite> &write : std::as_const(writes)) {
        QVERIFY(write.isFinished());
        QVERIFY(write.result().outcome.isSuccess());
    }
    QVERIFY(read.isFinished());
    QVERIFY(read.result().outcome.isSuccess());
    QCOMPARE(rawHistoryValue(path(), QStringLiteral("SELECT COUNT(*) FROM inbox")).toInt(), 300);
}

void tst_HistoryWriter::closedStoreFailsAtOnce()
{
    HistoryStore never;
    QFuture<HistoryWrite> write = never.recordMessage({});
    QVERIFY(write.isFinished());
    QCOMPARE(write.result().outcome.code(), quint32(Code::InvalidFunction));

    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    store.close();
    write = store.recordReceived(testReceived(QStringLiteral("LATE")));
    QVERIFY(write.isFinished());
    QCOMPARE(write.result().outcome.code(), quint32(Code::InvalidFunction));
    QVERIFY(write.result().outcome.detail().contains(path()));
    const auto read = store.inbox(0, 10);
    QVERIFY(read.isFinished());
    QCOMPARE(read.result().outcome.code(), quint32(Code::InvalidFunction));
    QCOMPARE(store.deliveryCount(), 0);
    QCOMPARE(rawHistoryValue(path(), QStringLiteral("SELECT COUNT(*) FROM inbox")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_HistoryWriter)
#include "tst_historywriter.moc"
