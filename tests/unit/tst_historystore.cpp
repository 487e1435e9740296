#include "filemodes.h"
#include "historystore.h"
#include "historytestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

namespace {

// The first schema exactly as netmsg 0.1 created it (migration 1).
const char *const version1Schema[] = {
    "CREATE TABLE messages (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, transport TEXT NOT "
    "NULL, server TEXT NOT NULL DEFAULT '', sender TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, "
    "over_limit_policy TEXT NOT NULL DEFAULT 'refuse', recipient_count INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE deliveries (id INTEGER PRIMARY KEY, message_id INTEGER NOT NULL REFERENCES "
    "messages(id) ON DELETE CASCADE, recipient TEXT NOT NULL, code INTEGER NOT NULL, detail TEXT "
    "NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 1, parts INTEGER NOT NULL DEFAULT 1, "
    "elapsed_ms INTEGER NOT NULL DEFAULT 0, finished_at TEXT NOT NULL)",
    "CREATE INDEX deliveries_message ON deliveries(message_id)",
    "CREATE TABLE inbox (id INTEGER PRIMARY KEY, received_at TEXT NOT NULL, transport TEXT NOT "
    "NULL, sender TEXT NOT NULL, alias TEXT NOT NULL, text TEXT NOT NULL, peer_address TEXT NOT "
    "NULL DEFAULT '', read INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE contacts (name TEXT PRIMARY KEY COLLATE NOCASE, address TEXT NOT NULL, note TEXT "
    "NOT NULL DEFAULT '')",
    "CREATE TABLE groups (name TEXT PRIMARY KEY COLLATE NOCASE)",
    "CREATE TABLE group_members (group_name TEXT NOT NULL REFERENCES groups(name) ON DELETE "
    "CASCADE ON UPDATE CASCADE, position INTEGER NOT NULL, member TEXT NOT NULL, PRIMARY KEY "
    "(group_name, position))",
    "PRAGMA user_version=1",
};

} // namespace

// What HistoryStore keeps and how it reads back: schema and migrations, every
// kind of row, errors. Group commit: tst_historywriter; filters:
// tst_historyqueries; changed(): tst_historychangemonitor.
class tst_HistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createsSchemaInWalMode();
    void messagesAndDeliveriesPersistAcrossReopen();
    void perMessageTotalsFollowDeliveries();
    void deliveryBatchIsAllOrNothing();
    void inbox();
    void contactsAndGroups();
    void missingNameIsNameNotFound_data();
    void missingNameIsNameNotFound();
    void refusesNewerSchema();
    void unwritableFolderIsAccessDenied();
    void migratesVersion1File();
    void damagedFileIsAnErrorNotNoRows_data();
    void damagedFileIsAnErrorNotNoRows();
    void truncatedOrCopiedMidWriteOpensOrSaysWhere_data();
    void truncatedOrCopiedMidWriteOpensOrSaysWhere();
    void pagesNewestFirst();
    void filesAreOwnerOnly();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryStore::createsSchemaInWalMode()
{
    HistoryStore store;
    const Outcome opened = store.open(path());
    QVERIFY2(opened.isSuccess(), qPrintable(opened.toString()));
    QVERIFY(store.isOpen());
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(HistoryStore::currentSchemaVersion(), 3);
    QCOMPARE(rawHistoryValue(path(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    store.close();
    QVERIFY(!store.isOpen());
    QCOMPARE(rawHistoryValue(path(), QStringLiteral("PRAGMA user_version")).toInt(),
             HistoryStore::currentSchemaVersion());
}

void tst_HistoryStore::messagesAndDeliveriesPersistAcrossReopen()
{
    qint64 id = 0;
    const QList<RouteStep> route{
        {QStringLiteral("netapi32"), 2273, DeliveryState::Failed, QStringLiteral("no name"), false},
        {QStringLiteral("wts"), 0, DeliveryState::Unconfirmed, {}, false}};
    {
        HistoryStore store;
        QVERIFY(store.open(path()).isSuccess());
        SentMessageRecord message;
        message.transport = QStringLiteral("netapi32,wts");
        message.server = QStringLiteral("HQ");
        message.text = QStringLiteral("Grüße");
        message.recipientCount = 2;
        const HistoryWrite written = resultOf(store.recordMessage(message));
        QVERIFY2(written.outcome.isSuccess(), qPrintable(written.outcome.toString()));
        QVERIFY(written.id > 0);
        id = written.id;
        QList<DeliveryRecord> rows{
            testDelivery(id, QStringLiteral("OPS"), DeliveryState::Delivered),
            testDelivery(id, QStringLiteral("PC7"), DeliveryState::Unconfirmed)};
        rows[0].attempts = 1;
        rows[0].partsSent = 1;
        rows[1].code = 0;
        rows[1].detail = QStringLiteral("no answer");
        rows[1].attempts = 2;
        rows[1].parts = 3;
        rows[1].partsSent = 3;
        rows[1].transport = QStringLiteral("wts");
        rows[1].route = route;
        const HistoryWrite stored = resultOf(store.recordDeliveries(rows));
        QVERIFY2(stored.outcome.isSuccess(), qPrintable(stored.outcome.toString()));
    }
    HistoryStore reopened;
    QVERIFY(reopened.open(path()).isSuccess());
    const auto messages = resultOf(reopened.messages({}, 0, 10));
    QVERIFY(messages.outcome.isSuccess());
    QCOMPARE(messages.rows.size(), 1);
    QCOMPARE(messages.rows.first().message.text, QStringLiteral("Grüße"));
    QCOMPARE(messages.rows.first().message.sender, QString()); // empty, stored as text
    QCOMPARE(messages.rows.first().message.overLimitPolicy, QStringLiteral("refuse"));
    QVERIFY(reopened.message(id).has_value());
    QCOMPARE(reopened.message(id)->transport, QStringLiteral("netapi32,wts"));
    QVERIFY(!reopened.message(id + 1).has_value());
    const auto deliveries = reopened.deliveriesOf(id);
    QCOMPARE(deliveries.size(), 2);
    const DeliveryRecord &second = deliveries.at(1);
    QCOMPARE(second.recipient, QStringLiteral("PC7"));
    QCOMPARE(second.state, DeliveryState::Unconfirmed);
    QCOMPARE(second.detail, QStringLiteral("no answer"));
    QCOMPARE(second.attempts, 2);
    QCOMPARE(second.parts, 3);
    QCOMPARE(second.partsSent, 3);
    QCOMPARE(second.transport, QStringLiteral("wts"));
    QCOMPARE(second.route, route);
    QVERIFY(second.finishedAt.isValid());
    QCOMPARE(deliveries.at(0).state, DeliveryState::Delivered);
    QCOMPARE(reopened.deliveryCount(id), 2);
    QCOMPARE(reopened.deliveryCount(), 2);
}

void tst_HistoryStore::perMessageTotalsFollowDeliveries()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    SentMessageRecord message;
    message.recipientCount = 5;
    const qint64 first = resultOf(store.recordMessage(message)).id;
    message.recipientCount = 1;
    const qint64 second = resultOf(store.recordMessage(message)).id;
    QVERIFY(resultOf(store.recordDeliveries(
                         {testDelivery(first, QStringLiteral("A"), DeliveryState::Delivered),
                          testDelivery(first, QStringLiteral("B"), DeliveryState::Failed),
                          testDelivery(second, QStringLiteral("C"), DeliveryState::Unconfirmed),
                          testDelivery(first, QStringLiteral("D"), DeliveryState::Delivered)}))
                .outcome.isSuccess());
    QVERIFY(resultOf(store.recordDeliveries(
                         {testDelivery(first, QStringLiteral("E"), DeliveryState::Unconfirmed),
                          testDelivery(first, QStringLiteral("F"), DeliveryState::Pending)}))
                .outcome.isSuccess());
    const auto read = resultOf(store.messages({}, 0, 10));
    QVERIFY(read.outcome.isSuccess());
    QCOMPARE(read.rows.size(), 2);
    const MessageSummary &older = read.rows.at(1);
    QCOMPARE(older.message.id, first);
    QCOMPARE(older.delivered, 2);
    QCOMPARE(older.failed, 1);
    QCOMPARE(older.unconfirmed, 1);
    QCOMPARE(older.pending(), 1); // F is stored as pending and counts as such
    QCOMPARE(read.rows.at(0).unconfirmed, 1);
    QCOMPARE(read.rows.at(0).pending(), 0);
}

void tst_HistoryStore::deliveryBatchIsAllOrNothing()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    SentMessageRecord message;
    message.recipientCount = 3;
    const qint64 id = resultOf(store.recordMessage(message)).id;
    const HistoryWrite refused = resultOf(store.recordDeliveries(
        {testDelivery(id, QStringLiteral("A"), DeliveryState::Delivered),
         testDelivery(id + 1000, QStringLiteral("B"), DeliveryState::Delivered),
         testDelivery(id, QStringLiteral("C"), DeliveryState::Delivered)}));
    QCOMPARE(refused.outcome.code(), quint32(Code::InternalError)); // the foreign key
    QCOMPARE(refused.id, 0);
    QCOMPARE(store.deliveryCount(), 0);
    QCOMPARE(resultOf(store.messages({}, 0, 1)).rows.value(0).delivered, 0);
}

void tst_HistoryStore::inbox()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    ReceivedMessage message = testReceived(QStringLiteral("ALICE"), QStringLiteral("Привет\n"));
    const HistoryWrite written = resultOf(store.recordReceived(message));
    QVERIFY(written.outcome.isSuccess());
    QVERIFY(written.id > 0);
    QVERIFY(
        resultOf(store.recordReceived(testReceived(QStringLiteral("BOB")))).outcome.isSuccess());
    auto inbox = resultOf(store.inbox(0, 10));
    QVERIFY(inbox.outcome.isSuccess());
    QCOMPARE(inbox.rows.size(), 2);
    const InboxRecord &alice = inbox.rows.at(1); // newest first
    QCOMPARE(alice.id, written.id);
    QCOMPARE(alice.message.text, QStringLiteral("Привет\n"));
    QCOMPARE(alice.message.peerAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(!alice.read);
    QCOMPARE(resultOf(store.unreadCount()).rows, 2);
    QVERIFY(resultOf(store.markRead(written.id)).outcome.isSuccess());
    QVERIFY(resultOf(store.inbox(0, 10)).rows.at(1).read);
    QCOMPARE(resultOf(store.unreadCount()).rows, 1);
    QVERIFY(resultOf(store.markRead(written.id, false)).outcome.isSuccess());
    QCOMPARE(resultOf(store.unreadCount()).rows, 2);
    QCOMPARE(resultOf(store.markRead(written.id + 50)).outcome.code(),
             quint32(Code::InvalidParameter));
}

void tst_HistoryStore::contactsAndGroups()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    QVERIFY(resultOf(
                store.saveContact({QStringLiteral("Ops desk"), QStringLiteral("OPS@10.0.0.5"), {}}))
                .outcome.isSuccess());
    QVERIFY(resultOf(
                store.saveContact({QStringLiteral("ops DESK"), QStringLiteral("OPS@10.0.0.6"), {}}))
                .outcome.isSuccess());
    const auto contacts = resultOf(store.contacts());
    QVERIFY(contacts.outcome.isSuccess());
    QCOMPARE(contacts.rows.size(), 1); // names compare without case: an update
    QCOMPARE(contacts.rows.first().address, QStringLiteral("OPS@10.0.0.6"));
    QCOMPARE(
        resultOf(store.saveContact({QStringLiteral(" "), QStringLiteral("X"), {}})).outcome.code(),
        quint32(Code::InvalidName));
    QVERIFY(resultOf(store.removeContact(QStringLiteral("OPS desk"))).outcome.isSuccess());
    QVERIFY(resultOf(store.contacts()).rows.isEmpty());

    QVERIFY(resultOf(store.saveGroup(QStringLiteral("admins"),
                                     {QStringLiteral("ALICE"), QStringLiteral("BOB")}))
                .outcome.isSuccess());
    QVERIFY(resultOf(store.saveGroup(QStringLiteral("Admins"),
                                     {QStringLiteral("CAROL"), QStringLiteral("ALICE")}))
                .outcome.isSuccess());
    QCOMPARE(store.groupMembers(QStringLiteral("ADMINS")),
             std::optional<QStringList>({"CAROL", "ALICE"})); // in the order given
    const auto groups = resultOf(store.groups());
    QCOMPARE(groups.rows.size(), 1);
    QCOMPARE(groups.rows.first(), QStringList({"CAROL", "ALICE"}));
    QCOMPARE(resultOf(store.saveGroup(QStringLiteral(""), {})).outcome.code(),
             quint32(Code::InvalidName));
    QVERIFY(!store.groupMembers(QStringLiteral("nobody")).has_value());
    QVERIFY(resultOf(store.removeGroup(QStringLiteral("admins"))).outcome.isSuccess());
    QVERIFY(!store.groupMembers(QStringLiteral("admins")).has_value());
    QCOMPARE(rawHistoryValue(path(), QStringLiteral("SELECT COUNT(*) FROM group_members")).toInt(),
             0);
}

void tst_HistoryStore::missingNameIsNameNotFound_data()
{
    QTest::addColumn<bool>("group");
    QTest::newRow("contact") << false;
    QTest::newRow("group") << true;
}

void tst_HistoryStore::missingNameIsNameNotFound()
{
    QFETCH(bool, group);
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    const HistoryWrite removed = resultOf(group ? store.removeGroup(QStringLiteral("nobody"))
                                                : store.removeContact(QStringLiteral("nobody")));
    QCOMPARE(removed.outcome.code(), quint32(Code::NerrNameNotFound));
    QVERIFY(removed.outcome.detail().contains(QLatin1String("'nobody'")));
}

void tst_HistoryStore::refusesNewerSchema()
{
    {
        HistoryStore store;
        QVERIFY(store.open(path()).isSuccess());
    }
    rawHistoryValue(path(), QStringLiteral("PRAGMA user_version=99"));
    HistoryStore store;
    const Outcome outcome = store.open(path());
    QCOMPARE(outcome.code(), quint32(Code::NotSupported));
    QVERIFY(outcome.detail().contains(QLatin1String("99")));
    QVERIFY(outcome.detail().contains(QString::number(HistoryStore::currentSchemaVersion())));
    QVERIFY(outcome.detail().contains(path()));
    QVERIFY(!store.isOpen());
}

void tst_HistoryStore::unwritableFolderIsAccessDenied()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HistoryStore store;
    const Outcome outcome = store.open(m_dir->filePath(QStringLiteral("file/sub/history.sqlite")));
    QCOMPARE(outcome.code(), quint32(Code::AccessDenied));
    QVERIFY(!store.isOpen());
}

void tst_HistoryStore::migratesVersion1File()
{
    {
        RawHistoryConnection old(path());
        for (const char *statement : version1Schema)
            QVERIFY(old.exec(QLatin1String(statement)));
        QVERIFY(old.exec(
            QStringLiteral("INSERT INTO messages (id, created_at, transport, text, recipient_count)"
                           " VALUES (1, '2023-05-01T10:00:00.000Z', 'winpopup', 'old', 3)")));
        QVERIFY(old.exec(QStringLiteral(
            "INSERT INTO deliveries (message_id, recipient, code, parts, finished_at) VALUES"
            " (1, 'OPS', 0, 2, '2023-05-01T10:00:01.000Z'),"
            " (1, 'NOBODY', 2273, 2, '2023-05-01T10:00:02.000Z'),"
            " (1, 'PC7', 0, 1, '2023-05-01T10:00:03.000Z')")));
    }
    HistoryStore store;
    const Outcome opened = store.open(path());
    QVERIFY2(opened.isSuccess(), qPrintable(opened.toString()));
    QCOMPARE(store.schemaVersion(), 3);
    const auto rows = store.deliveriesOf(1);
    QCOMPARE(rows.size(), 3);
    // Sent before the dispatch ledger: it has none (and cannot be resumed).
    const auto ledger = store.dispatchOf(1);
    QVERIFY2(ledger.outcome.isSuccess(), qPrintable(ledger.outcome.toString()));
    QVERIFY(ledger.rows.isEmpty());
    QCOMPARE(rows.at(0).state, DeliveryState::Delivered);
    QCOMPARE(rows.at(0).partsSent, 2);
    QCOMPARE(rows.at(1).state, DeliveryState::Failed);
    QCOMPARE(rows.at(1).partsSent, 0);
    QCOMPARE(rows.at(2).state, DeliveryState::Delivered);
    QCOMPARE(rows.at(2).transport, QStringLiteral("winpopup"));
    QVERIFY(rows.at(2).route.isEmpty());
    auto summary = resultOf(store.messages({}, 0, 10)).rows.value(0);
    QCOMPARE(summary.delivered, 2);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.pending(), 0);
    HistoryFilter failed;
    failed.state = DeliveryState::Failed;
    QCOMPARE(resultOf(store.countDeliveries(failed)).rows, 1);
    // The migrated file takes new rows as a new one does.
    QVERIFY(resultOf(store.recordDeliveries(
                         {testDelivery(1, QStringLiteral("LATE"), DeliveryState::Unconfirmed)}))
                .outcome.isSuccess());
    summary = resultOf(store.messages({}, 0, 10)).rows.value(0);
    QCOMPARE(summary.unconfirmed, 1);
}

void tst_HistoryStore::damagedFileIsAnErrorNotNoRows_data()
{
    QTest::addColumn<bool>("wholeFile");
    QTest::newRow("data pages") << false;
    QTest::newRow("whole file") << true;
}

// Junk over a closed file: over all of it, open() says so; over its data
// pages (the schema, written first, intact), every read says so rather than
// showing an empty history.
void tst_HistoryStore::damagedFileIsAnErrorNotNoRows()
{
    QFETCH(bool, wholeFile);
    {
        HistoryStore store;
        QVERIFY(store.open(path()).isSuccess());
        SentMessageRecord message;
        message.text = QString(1000, QLatin1Char('x'));
        QList<QFuture<HistoryWrite>> writes;
        for (int i = 0; i < 300; ++i)
            writes.append(store.recordMessage(message));
        for (const auto &write : std::as_const(writes))
            QVERIFY(write.result().outcome.isSuccess());
    }
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal"))); // all of it is in the file
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 start = wholeFile ? 0 : (file.size() / 2 / pageSize) * pageSize;
    QVERIFY(file.seek(start));
    QByteArray junk(int(file.size() - start), '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((quint32(i) * 7919u + 13u) & 0xffu);
    QCOMPARE(file.write(junk), qint64(junk.size()));
    file.close();

    HistoryStore store;
    const Outcome opened = store.open(path());
    if (wholeFile) {
        QCOMPARE(opened.code(), quint32(Code::InvalidData));
        QVERIFY(!store.isOpen());
        return;
    }
    QVERIFY2(opened.isSuccess(), qPrintable(opened.toString()));
    const auto messages = resultOf(store.messages({}, 0, 1000));
    QCOMPARE(messages.outcome.code(), quint32(Code::InvalidData));
    QVERIFY(messages.rows.isEmpty());
    HistoryFilter text;
    text.text = QStringLiteral("x");
    QCOMPARE(resultOf(store.messages(text, 0, 1000)).outcome.code(), quint32(Code::InvalidData));
    QVERIFY(!store.message(300).has_value());
}

void tst_HistoryStore::truncatedOrCopiedMidWriteOpensOrSaysWhere_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated at a page") << QStringLiteral("page");
    QTest::newRow("truncated mid-page") << QStringLiteral("mid-page");
    QTest::newRow("copied without its WAL mid-write") << QStringLiteral("copy");
    QTest::newRow("copied with half its WAL mid-write") << QStringLiteral("half-wal");
}

// A history file as a crash, a full disk or a careless backup leaves it:
// it opens and reads what is there, or says that it is damaged and which
// file; it never crashes nor shows a damaged file as an empty history.
void tst_HistoryStore::truncatedOrCopiedMidWriteOpensOrSaysWhere()
{
    QFETCH(QString, damage);
    const QString damaged = path() + QStringLiteral(".damaged");
    {
        HistoryStore store;
        QVERIFY(store.open(path()).isSuccess());
        SentMessageRecord message;
        message.text = QString(1000, QLatin1Char('x'));
        QList<QFuture<HistoryWrite>> writes;
        for (int i = 0; i < 300; ++i)
            writes.append(store.recordMessage(message));
        for (const auto &write : std::as_const(writes))
            QVERIFY(write.result().outcome.isSuccess());
        if (damage == QLatin1String("copy") || damage == QLatin1String("half-wal")) {
            // The store is open and its WAL holds the latest commits.
            QVERIFY(QFile::copy(path(), damaged));
            if (damage == QLatin1String("half-wal")) {
                QFile wal(path() + QStringLiteral("-wal"));
                QVERIFY(wal.open(QIODevice::ReadOnly));
                const QByteArray half = wal.read(wal.size() / 2 + 123);
                QFile copy(damaged + QStringLiteral("-wal"));
                QVERIFY(copy.open(QIODevice::WriteOnly));
                copy.write(half);
            }
        }
    }
    if (damage == QLatin1String("page") || damage == QLatin1String("mid-page")) {
        QVERIFY(QFile::copy(path(), damaged));
        QFile file(damaged);
        const qint64 size = file.size();
        QVERIFY(file.resize(damage == QLatin1String("page") ? size / 3 / 4096 * 4096
                                                            : size / 3 + 1234));
    }

    HistoryStore store;
    const Outcome opened = store.open(damaged);
    if (!opened.isSuccess()) {
        QCOMPARE(opened.code(), quint32(Code::InvalidData));
        QVERIFY2(opened.detail().contains(damaged), qPrintable(opened.detail()));
        qInfo("%s: not opened: %s", qPrintable(damage), qPrintable(opened.detail()));
        return;
    }
    const auto messages = resultOf(store.messages({}, 0, 1000));
    if (messages.outcome.isSuccess()) {
        // What it shows is whole rows, in order; a copy keeps what was
        // checkpointed into the file before it was taken.
        QVERIFY(messages.rows.size() <= 300);
        for (const MessageSummary &summary : messages.rows)
            QCOMPARE(summary.message.text.size(), 1000);
        qInfo("%s: opened, %d whole messages", qPrintable(damage), int(messages.rows.size()));
    } else {
        qInfo("%s: opened, reads refused: %s", qPrintable(damage),
              qPrintable(messages.outcome.detail()));
        QCOMPARE(messages.outcome.code(), quint32(Code::InvalidData));
        QVERIFY2(messages.outcome.detail().contains(damaged),
                 qPrintable(messages.outcome.detail()));
        QVERIFY(messages.rows.isEmpty());
    }
    // And it takes new rows, or refuses them with a reason.
    SentMessageRecord another;
    another.text = QStringLiteral("after");
    const HistoryWrite written = resultOf(store.recordMessage(another));
    QVERIFY2(written.outcome.isSuccess() || written.outcome.code() == Code::InvalidData,
             qPrintable(written.outcome.toString()));
}

void tst_HistoryStore::pagesNewestFirst()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    SentMessageRecord message;
    message.recipientCount = 25;
    const qint64 id = resultOf(store.recordMessage(message)).id;
    QList<DeliveryRecord> rows;
    for (int i = 0; i < 25; ++i) {
        rows.append(testDelivery(id, QStringLiteral("R%1").arg(i), DeliveryState::Delivered));
        store.recordReceived(testReceived(QStringLiteral("S%1").arg(i)));
    }
    QVERIFY(resultOf(store.recordDeliveries(rows)).outcome.isSuccess());
    QList<qint64> deliveryIds;
    QList<qint64> inboxIds;
    for (int offset = 0; offset < 30; offset += 10) {
        const auto deliveries = resultOf(store.deliveries({}, offset, 10));
        const auto inbox = resultOf(store.inbox(offset, 10));
        QCOMPARE(deliveries.rows.size(), offset < 20 ? 10 : 5);
        QCOMPARE(inbox.rows.size(), offset < 20 ? 10 : 5);
        for (const DeliveryRecord &row : deliveries.rows)
            deliveryIds.append(row.id);
        for (const InboxRecord &row : inbox.rows)
            inboxIds.append(row.id);
    }
    for (const QList<qint64> &ids : {deliveryIds, inboxIds}) {
        QCOMPARE(ids.size(), 25);
        QVERIFY(std::is_sorted(ids.rbegin(), ids.rend()));
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 25);
    }
    QCOMPARE(resultOf(store.messages({}, 1, 10)).rows.size(), 0);
}

// The history (sent messages and the inbox), its write-ahead log and its
// shared-memory index are their user's alone, and so is a folder made for them.
void tst_HistoryStore::filesAreOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix file modes: on Windows the files inherit their folder's ACL");
#else
    testing::useReadableUmask();
    const QString folder = m_dir->filePath(QStringLiteral("made/for/it"));
    const QString file = folder + QStringLiteral("/history.sqlite");
    HistoryStore store;
    QVERIFY(store.open(file).isSuccess());
    QVERIFY(
        resultOf(store.recordReceived(testReceived(QStringLiteral("ALICE")))).outcome.isSuccess());
    SentMessageRecord message;
    message.text = QStringLiteral("secret");
    QVERIFY(resultOf(store.recordMessage(message)).outcome.isSuccess());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QCOMPARE(testing::modeOf(file + suffix), QStringLiteral("0600"));
    for (const QString &level :
         {QStringLiteral("made"), QStringLiteral("made/for"), QStringLiteral("made/for/it")})
        QCOMPARE(testing::modeOf(m_dir->filePath(level)), QStringLiteral("0700"));
#endif
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
