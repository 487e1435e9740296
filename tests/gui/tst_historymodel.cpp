#include "guihistorysupport.h"
#include "history/deliveryhistorymodel.h"
#include "history/messagehistorymodel.h"
#include "historyfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

Q_DECLARE_METATYPE(netmsg::HistoryFilter)

// The history tab's models over a generated file of 30 messages x 50
// deliveries (one every ten minutes from 2024-01-01 08:00 UTC) and one send
// under way: paging, live rows, read errors, and every filter field against
// the same question asked in plain SQL on a connection of the test's own.
class tst_HistoryModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesMessagesWithFetchMore();
    void pagesTheDeliveriesOfAMessage();
    void filtersMessagesInSql_data();
    void filtersMessagesInSql();
    void filtersTheDeliveriesPane_data();
    void filtersTheDeliveriesPane();
    void newSendAppearsOnTopAndItsTotalsFollow();
    void readErrorIsShownNotAnEmptyHistory();
    void noMessageChosenReadsNothing();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }
    template <typename Model> static void fetchAll(Model &model)
    {
        QTRY_VERIFY(model.hasLoaded() && !model.isLoading());
        while (model.canFetchMore()) {
            model.fetchMore();
            QTRY_VERIFY(!model.isLoading());
        }
    }

    QTemporaryDir m_dir;
    static constexpr int messages = 30; // generated
    static constexpr int total = messages + 1;
    static constexpr int perMessage = 50;
};

void tst_HistoryModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    HistoryFixtureShape shape;
    shape.messages = messages;
    shape.deliveriesPerMessage = perMessage;
    shape.distinctRecipients = 40;
    const Outcome generated = HistoryFixture::generate(path(), shape);
    QVERIFY2(generated.isSuccess(), qPrintable(generated.toString()));
    // And a send still under way: 2 of its 5 recipients have finished.
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    SentMessageRecord message;
    message.text = QStringLiteral("Still sending");
    message.recipientCount = 5;
    const qint64 id = awaited(store.recordMessage(message)).id;
    QCOMPARE(id, qint64(total));
    QVERIFY(awaited(store.recordDeliveries(
                        {testDelivery(id, QStringLiteral("PC1"), DeliveryState::Delivered),
                         testDelivery(id, QStringLiteral("PC2"), DeliveryState::Failed)}))
                .outcome.isSuccess());
}

void tst_HistoryModel::pagesMessagesWithFetchMore()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    MessageHistoryModel model(&store, nullptr, 7);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QTRY_COMPARE(model.rowCount(), 7);
    QCOMPARE(model.at(0).message.id, qint64(total)); // newest first
    for (int expected : {14, 21}) {
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QVERIFY(!model.canFetchMore()); // one page at a time
        QTRY_COMPARE(model.rowCount(), expected);
    }
    {
        // It asks for more after every change, as a view scrolled to the end.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), total);
    }
    QVERIFY(!model.canFetchMore());
    QList<int> batches;
    for (const QList<QVariant> &signal : std::as_const(inserted))
        batches.append(signal.at(2).toInt() - signal.at(1).toInt() + 1);
    QCOMPARE(batches, (QList<int>{7, 7, 7, 7, 3}));
    QCOMPARE(model.at(30).message.id, qint64(1));
    QCOMPARE(model.index(0, MessageHistoryModel::PendingColumn).data().toString(),
             QStringLiteral("3"));
    // Totals as counted in SQL, in their columns.
    const MessageSummary &first = model.at(1);
    QCOMPARE(first.delivered + first.failed + first.unconfirmed, perMessage);
    QCOMPARE(model.index(1, MessageHistoryModel::FailedColumn).data().toString(),
             QString::number(first.failed));
    QCOMPARE(model.index(1, MessageHistoryModel::PendingColumn).data().toString(),
             QStringLiteral("0"));
    QVERIFY(model.index(1, MessageHistoryModel::DeliveredColumn)
                .data(Qt::ForegroundRole)
                .canConvert<QColor>());
}

void tst_HistoryModel::pagesTheDeliveriesOfAMessage()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    DeliveryHistoryModel model(&store, nullptr, 20);
    model.setMessage(3);
    QTRY_COMPARE(model.rowCount(), 20);
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 40);
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 50);
    }
    QVERIFY(!model.canFetchMore());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.at(row).messageId, qint64(3));
    const QString state = model.index(0, DeliveryHistoryModel::StateColumn).data().toString();
    QCOMPARE(state, DeliveryStates::displayName(model.at(0).state));
    QVERIFY(model.index(0, DeliveryHistoryModel::StateColumn)
                .data(Qt::ForegroundRole)
                .canConvert<QColor>());
}

void tst_HistoryModel::filtersMessagesInSql_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    QTest::addColumn<QString>("sql"); // counts the messages that must show
    const auto utc = [](int hour, int minute) {
        return QDateTime(QDate(2024, 1, 1), QTime(hour, minute), Qt::UTC);
    };
    HistoryFilter none;
    QTest::newRow("none") << none << QStringLiteral("SELECT COUNT(*) FROM messages");
    HistoryFilter range;
    range.from = utc(9, 0);
    range.to = utc(10, 0);
    QTest::newRow("from/to") << range
                             << QStringLiteral("SELECT COUNT(*) FROM messages WHERE created_at >="
                                               " '2024-01-01T09:00:00.000Z' AND created_at <"
                                               " '2024-01-01T10:00:00.000Z'");
    HistoryFilter from;
    from.from = utc(11, 0);
    QTest::newRow("from") << from
                          << QStringLiteral("SELECT COUNT(*) FROM messages WHERE created_at >="
                                            " '2024-01-01T11:00:00.000Z'");
    HistoryFilter recipient;
    recipient.recipient = QStringLiteral("v0036");
    QTest::newRow("recipient") << recipient
                               << QStringLiteral("SELECT COUNT(DISTINCT message_id) FROM"
                                                 " deliveries WHERE recipient LIKE '%v0036%'");
    for (const DeliveryState state : {DeliveryState::Failed, DeliveryState::Unconfirmed}) {
        HistoryFilter byState;
        byState.state = state;
        QTest::newRow(qPrintable(QStringLiteral("state=") + DeliveryStates::name(state)))
            << byState
            << QStringLiteral(
                   "SELECT COUNT(DISTINCT message_id) FROM deliveries WHERE state = '%1'")
                   .arg(DeliveryStates::name(state));
    }
    HistoryFilter pending;
    pending.state = DeliveryState::Pending;
    QTest::newRow("state=pending") << pending
                                   << QStringLiteral("SELECT COUNT(*) FROM messages WHERE"
                                                     " recipient_count > delivered_count +"
                                                     " failed_count + unconfirmed_count");
    HistoryFilter transport;
    transport.transport = QStringLiteral("wts");
    QTest::newRow("transport") << transport
                               << QStringLiteral("SELECT COUNT(DISTINCT message_id) FROM"
                                                 " deliveries WHERE transport = 'wts'");
    HistoryFilter text;
    text.text = QStringLiteral("message 1");
    QTest::newRow("text") << text
                          << QStringLiteral(
                                 "SELECT COUNT(*) FROM messages WHERE text LIKE '%message 1%'");
    HistoryFilter combined;
    combined.state = DeliveryState::Failed;
    combined.recipient = QStringLiteral("pc");
    combined.transport = QStringLiteral("loopback");
    QTest::newRow("state+recipient+transport")
        << combined
        << QStringLiteral("SELECT COUNT(DISTINCT message_id) FROM deliveries WHERE state ="
                          " 'failed' AND recipient LIKE '%pc%' AND transport = 'loopback'");
}

void tst_HistoryModel::filtersMessagesInSql()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(QString, sql);
    const int expected = rawHistoryValue(path(), sql).toInt();
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    MessageHistoryModel model(&store, nullptr, 8);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.hasLoaded());
    model.setFilter(filter);
    fetchAll(model);
    QVERIFY2(model.status().isSuccess(), qPrintable(model.status().toString()));
    QCOMPARE(model.rowCount(), expected);
    QVERIFY2(expected > 0, "each case selects some messages");
    // Where the fixture allows, a case leaves some out (or it proves little).
    const QByteArray tag = QTest::currentDataTag();
    if (tag != "none" && tag != "state=failed" && tag != "transport")
        QVERIFY2(expected < total, "the case leaves some messages out");
}

void tst_HistoryModel::filtersTheDeliveriesPane_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    QTest::addColumn<QString>("where"); // the same deliveries of message 7, in SQL
    HistoryFilter none;
    QTest::newRow("none") << none << QString();
    HistoryFilter failed;
    failed.state = DeliveryState::Failed;
    QTest::newRow("state") << failed << QStringLiteral(" AND state = 'failed'");
    HistoryFilter recipient;
    recipient.recipient = QStringLiteral("DESK");
    QTest::newRow("recipient") << recipient << QStringLiteral(" AND recipient LIKE '%desk%'");
    HistoryFilter transport;
    transport.transport = QStringLiteral("winpopup");
    QTest::newRow("transport") << transport << QStringLiteral(" AND transport = 'winpopup'");
    // The message was chosen by its date and text: they do not hide its rows.
    HistoryFilter messageLevel;
    messageLevel.text = QStringLiteral("nothing like this");
    messageLevel.from = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("date and text") << messageLevel << QString();
}

void tst_HistoryModel::filtersTheDeliveriesPane()
{
    QFETCH(HistoryFilter, filter);
    QFETCH(QString, where);
    const int expected =
        rawHistoryValue(
            path(), QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE message_id = 7") + where)
            .toInt();
    QVERIFY(expected > 0);
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    DeliveryHistoryModel model(&store, nullptr, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessage(7, filter);
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const DeliveryRecord &record = model.at(row);
        QCOMPARE(record.messageId, qint64(7));
        if (filter.state)
            QCOMPARE(record.state, *filter.state);
        if (!filter.transport.isEmpty())
            QCOMPARE(record.transport, filter.transport);
        if (!filter.recipient.isEmpty())
            QVERIFY(record.recipient.contains(filter.recipient, Qt::CaseInsensitive));
    }
}

void tst_HistoryModel::newSendAppearsOnTopAndItsTotalsFollow()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("live.sqlite"));
    HistoryFixtureShape shape;
    shape.messages = 3;
    shape.deliveriesPerMessage = 4;
    QVERIFY(HistoryFixture::generate(file, shape).isSuccess());
    HistoryStore store;
    QVERIFY(store.open(file).isSuccess());
    MessageHistoryModel messagesModel(&store);
    DeliveryHistoryModel deliveriesModel(&store);
    QAbstractItemModelTester messagesTester(&messagesModel,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester deliveriesTester(
        &deliveriesModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(messagesModel.rowCount(), 3);
    QPersistentModelIndex oldest = messagesModel.index(2, 0);

    SentMessageRecord message;
    message.text = QStringLiteral("Live send");
    message.recipientCount = 3;
    message.transport = QStringLiteral("loopback");
    const qint64 id = awaited(store.recordMessage(message)).id;
    QTRY_COMPARE(messagesModel.rowCount(), 4);
    QCOMPARE(messagesModel.at(0).message.id, id);
    QCOMPARE(oldest.row(), 3);
    QCOMPARE(messagesModel.index(0, MessageHistoryModel::PendingColumn).data().toString(),
             QStringLiteral("3"));
    deliveriesModel.setMessage(id);
    QTRY_VERIFY(deliveriesModel.hasLoaded());
    QCOMPARE(deliveriesModel.rowCount(), 0);

    QSignalSpy changed(&messagesModel, &QAbstractItemModel::dataChanged);
    QVERIFY(awaited(store.recordDeliveries(
                        {testDelivery(id, QStringLiteral("PC1"), DeliveryState::Delivered),
                         testDelivery(id, QStringLiteral("PC2"), DeliveryState::Failed)}))
                .outcome.isSuccess());
    QTRY_COMPARE(messagesModel.index(0, MessageHistoryModel::PendingColumn).data().toString(),
                 QStringLiteral("1"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(messagesModel.rowCount(), 4);
    QCOMPARE(messagesModel.at(0).failed, 1);
    QTRY_COMPARE(deliveriesModel.rowCount(), 2);
    QCOMPARE(deliveriesModel.at(0).recipient, QStringLiteral("PC2")); // newest first
}

void tst_HistoryModel::readErrorIsShownNotAnEmptyHistory()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(damageHistory(file));
    HistoryStore store;
    QVERIFY(store.open(file).isSuccess());
    MessageHistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.hasLoaded());
    QCOMPARE(model.status().code(), quint32(Code::InvalidData));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
    HistoryFilter text;
    text.text = QStringLiteral("x");
    model.setFilter(text);
    QTRY_VERIFY(model.hasLoaded());
    QCOMPARE(model.status().code(), quint32(Code::InvalidData));
}

void tst_HistoryModel::noMessageChosenReadsNothing()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    DeliveryHistoryModel model(&store);
    QVERIFY(model.hasLoaded());
    QVERIFY(model.status().isSuccess());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
    model.setMessage(2);
    QTRY_COMPARE(model.rowCount(), perMessage);
    model.setMessage(0);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
