#include "historystore.h"
#include "historytestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

namespace {
void addFilterColumns()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("expected"); // newest first
}

QDateTime day(int month, int day)
{
    return QDateTime(QDate(2024, month, day), QTime(0, 0), Qt::UTC);
}
} // namespace

// HistoryFilter in SQL, through HistoryStore: each field alone and combined,
// on three messages (A, B, C) with known deliveries.
class tst_HistoryQueries : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void filtersDeliveries_data();
    void filtersDeliveries();
    void filtersMessages_data();
    void filtersMessages();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    void fillKnownRows(HistoryStore &store);
    // The filter the current data row gives (addFilterColumns).
    HistoryFilter fetchFilter() const;
    QHash<QString, qint64> m_ids; // message letter -> id
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ids.clear();
}

void tst_HistoryQueries::fillKnownRows(HistoryStore &store)
{
    const auto at = [](int month, int day, int hour, int second = 0) {
        return QDateTime(QDate(2024, month, day), QTime(hour, 0, second), Qt::UTC);
    };
    const struct
    {
        const char *letter;
        const char *text;
        QDateTime created;
        int recipients;
    } messages[] = {{"A", "Backup at 22:00", at(1, 1, 10), 3},
                    {"B", "Lunch is served", at(2, 1, 12), 2},
                    {"C", "Server reboot 50% done", at(3, 1, 9), 2}};
    for (const auto &m : messages) {
        SentMessageRecord record;
        record.text = QLatin1String(m.text);
        record.createdAt = m.created;
        record.recipientCount = m.recipients;
        record.transport = QStringLiteral("netapi32,wts,winpopup");
        m_ids.insert(QLatin1String(m.letter), resultOf(store.recordMessage(record)).id);
    }
    const qint64 a = m_ids.value("A"), b = m_ids.value("B"), c = m_ids.value("C");
    using S = DeliveryState;
    const QList<DeliveryRecord> rows{
        testDelivery(a, "OPS", S::Delivered, "winpopup", at(1, 1, 10, 5)),
        testDelivery(a, "PC7@10.0.0.7", S::Failed, "winpopup", at(1, 1, 10, 6)),
        testDelivery(a, "ADMIN", S::Unconfirmed, "netapi32", at(1, 1, 10, 7)),
        testDelivery(b, "ops-desk", S::Delivered, "wts", at(2, 1, 12, 1)),
        testDelivery(b, "PC8", S::Failed, "netapi32", at(2, 1, 12, 2)),
        testDelivery(c, "OPS", S::Delivered, "netapi32", at(3, 1, 9, 1)),
    };
    QVERIFY(resultOf(store.recordDeliveries(rows)).outcome.isSuccess());
}

HistoryFilter tst_HistoryQueries::fetchFilter() const
{
    QFETCH(QString, recipient);
    QFETCH(QString, state);
    QFETCH(QString, transport);
    QFETCH(QString, text);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QString, message);
    HistoryFilter filter;
    filter.recipient = recipient;
    if (!state.isEmpty())
        filter.state = DeliveryStates::fromName(state);
    filter.transport = transport;
    filter.text = text;
    filter.from = from;
    filter.to = to;
    filter.messageId = m_ids.value(message);
    return filter;
}

void tst_HistoryQueries::filtersDeliveries_data()
{
    addFilterColumns();
    const QString none;
    const QDateTime any;
    QTest::newRow("none") << none << none << none << none << any << any << none
                          << QStringList{"C:OPS",   "B:PC8",          "B:ops-desk",
                                         "A:ADMIN", "A:PC7@10.0.0.7", "A:OPS"};
    QTest::newRow("recipient, any case") << "ops" << none << none << none << any << any << none
                                         << QStringList{"C:OPS", "B:ops-desk", "A:OPS"};
    QTest::newRow("recipient, inside")
        << "0.0.7" << none << none << none << any << any << none << QStringList{"A:PC7@10.0.0.7"};
    QTest::newRow("recipient, no match")
        << "nobody" << none << none << none << any << any << none << QStringList{};
    QTest::newRow("recipient, quote is data")
        << "' OR 1=1 --" << none << none << none << any << any << none << QStringList{};
    QTest::newRow("recipient, _ is literal")
        << "_" << none << none << none << any << any << none << QStringList{};
    QTest::newRow("state") << none << "failed" << none << none << any << any << none
                           << QStringList{"B:PC8", "A:PC7@10.0.0.7"};
    QTest::newRow("state unconfirmed")
        << none << "unconfirmed" << none << none << any << any << none << QStringList{"A:ADMIN"};
    QTest::newRow("transport") << none << none << "netapi32" << none << any << any << none
                               << QStringList{"C:OPS", "B:PC8", "A:ADMIN"};
    QTest::newRow("text") << none << none << none << "BACKUP" << any << any << none
                          << QStringList{"A:ADMIN", "A:PC7@10.0.0.7", "A:OPS"};
    QTest::newRow("text, % is literal")
        << none << none << none << "50%" << any << any << none << QStringList{"C:OPS"};
    QTest::newRow("message") << none << none << none << none << any << any << "B"
                             << QStringList{"B:PC8", "B:ops-desk"};
    QTest::newRow("from") << none << none << none << none << day(2, 1) << any << none
                          << QStringList{"C:OPS", "B:PC8", "B:ops-desk"};
    QTest::newRow("to") << none << none << none << none << any << day(2, 1) << none
                        << QStringList{"A:ADMIN", "A:PC7@10.0.0.7", "A:OPS"};
    QTest::newRow("from and to") << none << none << none << none << day(1, 15) << day(2, 15) << none
                                 << QStringList{"B:PC8", "B:ops-desk"};
    QTest::newRow("state and transport")
        << none << "delivered"
        << "netapi32" << none << any << any << none << QStringList{"C:OPS"};
    QTest::newRow("recipient, state and from")
        << "pc"
        << "failed" << none << none << day(1, 15) << any << none << QStringList{"B:PC8"};
    QTest::newRow("all fields") << "OP"
                                << "delivered"
                                << "winpopup"
                                << "backup" << day(1, 1) << day(1, 2) << "A"
                                << QStringList{"A:OPS"};
}

void tst_HistoryQueries::filtersDeliveries()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    fillKnownRows(store);
    const HistoryFilter filter = fetchFilter();
    QFETCH(QStringList, expected);
    const auto read = resultOf(store.deliveries(filter, 0, 100));
    QVERIFY2(read.outcome.isSuccess(), qPrintable(read.outcome.toString()));
    QStringList found;
    for (const DeliveryRecord &row : read.rows)
        found.append(m_ids.key(row.messageId) + QLatin1Char(':') + row.recipient);
    QCOMPARE(found, expected);
    const auto counted = resultOf(store.countDeliveries(filter));
    QVERIFY(counted.outcome.isSuccess());
    QCOMPARE(counted.rows, qint64(expected.size()));
    QCOMPARE(store.deliveryCount(), 6); // nothing was pasted into the SQL
}

void tst_HistoryQueries::filtersMessages_data()
{
    addFilterColumns();
    const QString none;
    const QDateTime any;
    QTest::newRow("none") << none << none << none << none << any << any << none
                          << QStringList{"C", "B", "A"};
    QTest::newRow("text") << none << none << none << "server" << any << any << none
                          << QStringList{"C"};
    QTest::newRow("state failed") << none << "failed" << none << none << any << any << none
                                  << QStringList{"B", "A"};
    QTest::newRow("state unconfirmed")
        << none << "unconfirmed" << none << none << any << any << none << QStringList{"A"};
    QTest::newRow("state pending")
        << none << "pending" << none << none << any << any << none << QStringList{"C"};
    QTest::newRow("recipient") << "ops" << none << none << none << any << any << none
                               << QStringList{"C", "B", "A"};
    QTest::newRow("recipient and state, one delivery")
        << "ops"
        << "failed" << none << none << any << any << none << QStringList{};
    QTest::newRow("recipient and state")
        << "pc"
        << "failed" << none << none << any << any << none << QStringList{"B", "A"};
    QTest::newRow("transport") << none << none << "wts" << none << any << any << none
                               << QStringList{"B"};
    QTest::newRow("from") << none << none << none << none << day(2, 1) << any << none
                          << QStringList{"C", "B"};
    QTest::newRow("to") << none << none << none << none << any << day(2, 1) << none
                        << QStringList{"A"};
    QTest::newRow("message") << none << none << none << none << any << any << "B"
                             << QStringList{"B"};
    QTest::newRow("text and transport") << none << none << "netapi32"
                                        << "lunch" << any << any << none << QStringList{"B"};
}

void tst_HistoryQueries::filtersMessages()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    fillKnownRows(store);
    const HistoryFilter filter = fetchFilter();
    QFETCH(QStringList, expected);
    const auto read = resultOf(store.messages(filter, 0, 100));
    QVERIFY2(read.outcome.isSuccess(), qPrintable(read.outcome.toString()));
    QStringList found;
    for (const MessageSummary &summary : read.rows)
        found.append(m_ids.key(summary.message.id));
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(tst_HistoryQueries)
#include "tst_historyqueries.moc"
