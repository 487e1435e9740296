#include "historystore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

class tst_HistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createsSchemaInWalMode();
    void messagesAndDeliveriesPersistAcrossReopen();
    void batchIsAllOrNothing();
    void failedCommitLeavesNoTransactionOpen();
    void inbox();
    void contactsAndGroups();
    void refusesNewerSchema();
    void unwritableFolderIsAccessDenied();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

static QVariant rawQuery(const QString &file, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

void tst_HistoryStore::createsSchemaInWalMode()
{
    HistoryStore store;
    const Outcome opened = store.open(path());
    QVERIFY2(opened.isSuccess(), qPrintable(opened.toString()));
    QCOMPARE(store.schemaVersion(), HistoryStore::currentSchemaVersion());
    QCOMPARE(rawQuery(path(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    store.close();
    QCOMPARE(rawQuery(path(), QStringLiteral("PRAGMA user_version")).toInt(),
             HistoryStore::currentSchemaVersion());
}

void tst_HistoryStore::messagesAndDeliveriesPersistAcrossReopen()
{
    qint64 id = 0;
    {
        HistoryStore store;
        QVERIFY(store.open(path()).isSuccess());
        SentMessageRecord message;
        message.transport = QStringLiteral("loopback");
        message.server = QStringLiteral("HQ");
        message.text = QStringLiteral("Grüße");
        message.recipientCount = 2;
        QVERIFY(store.recordMessage(message).isSuccess());
        QVERIFY(message.id > 0);
        id = message.id;
        QList<DeliveryRecord> rows(2);
        rows[0] = {0, id, QStringLiteral("OPS"), 0, {}, 1, 1, 5, {}};
        rows[1] = {0,
                   id,
                   QStringLiteral("NOBODY"),
                   Code::NerrNameNotFound,
                   QStringLiteral("no such alias"),
                   2,
                   1,
                   9,
                   {}};
        QVERIFY(store.recordDeliveries(rows).isSuccess());
    }
    HistoryStore reopened;
    QVERIFY(reopened.open(path()).isSuccess());
    const auto messages = reopened.messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, QStringLiteral("Grüße"));
    QCOMPARE(messages.first().sender, QString()); // empty, stored as text
    QCOMPARE(messages.first().overLimitPolicy, QStringLiteral("refuse"));
    const auto deliveries = reopened.deliveries(id);
    QCOMPARE(deliveries.size(), 2);
    QCOMPARE(deliveries.at(1).code, quint32(Code::NerrNameNotFound));
    QCOMPARE(deliveries.at(1).detail, QStringLiteral("no such alias"));
    QCOMPARE(deliveries.at(1).attempts, 2);
    QVERIFY(deliveries.at(1).finishedAt.isValid());
    QCOMPARE(reopened.deliveryCount(id), 2);
    QCOMPARE(reopened.deliveryCount(), 2);
}

void tst_HistoryStore::batchIsAllOrNothing()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    SentMessageRecord message;
    message.transport = QStringLiteral("loopback");
    QVERIFY(store.recordMessage(message).isSuccess());
    QList<DeliveryRecord> rows(3);
    rows[0].messageId = message.id;
    rows[1].messageId = message.id + 1000; // violates the foreign key
    rows[2].messageId = message.id;
    const Outcome outcome = store.recordDeliveries(rows);
    QCOMPARE(outcome.code(), quint32(Code::InternalError));
    QCOMPARE(store.deliveryCount(), 0);
}

// A COMMIT that SQLite refuses leaves the transaction open; the store must roll
// it back, or the refused rows linger and every later batch fails to BEGIN.
void tst_HistoryStore::failedCommitLeavesNoTransactionOpen()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    SentMessageRecord message;
    message.transport = QStringLiteral("loopback");
    QVERIFY(store.recordMessage(message).isSuccess());
    // Deferred foreign keys make the next COMMIT, not the INSERT, fail.
    QSqlDatabase connection;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("netmsg-history-")))
            connection = QSqlDatabase::database(name, false);
    }
    QVERIFY(connection.isOpen());
    QSqlQuery pragma(connection);
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA defer_foreign_keys=ON")));
    QList<DeliveryRecord> refused(2);
    refused[0].messageId = message.id;
    refused[1].messageId = message.id + 1000; // violates the foreign key at COMMIT
    QCOMPARE(store.recordDeliveries(refused).code(), quint32(Code::InternalError));
    QCOMPARE(store.deliveryCount(), 0);

    QList<DeliveryRecord> good(1);
    good[0].messageId = message.id;
    const Outcome next = store.recordDeliveries(good);
    QVERIFY2(next.isSuccess(), qPrintable(next.toString()));
    QCOMPARE(store.deliveryCount(), 1);
    QCOMPARE(rawQuery(path(), QStringLiteral("SELECT COUNT(*) FROM deliveries")).toInt(), 1);
}

void tst_HistoryStore::inbox()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    ReceivedMessage message{QDateTime::currentDateTimeUtc(), QStringLiteral("winpopup"),
                            QStringLiteral("ALICE"),         QStringLiteral("OPS"),
                            QStringLiteral("Привет\n"),      QStringLiteral("127.0.0.1")};
    qint64 id = 0;
    QVERIFY(store.recordReceived(message, &id).isSuccess());
    QVERIFY(id > 0);
    const auto inbox = store.inbox();
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.first().message.text, QStringLiteral("Привет\n"));
    QCOMPARE(inbox.first().message.peerAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(!inbox.first().read);
    QVERIFY(store.markRead(id).isSuccess());
    QVERIFY(store.inbox().first().read);
    QCOMPARE(store.markRead(id + 50).code(), quint32(Code::InvalidParameter));
}

void tst_HistoryStore::contactsAndGroups()
{
    HistoryStore store;
    QVERIFY(store.open(path()).isSuccess());
    QVERIFY(store.saveContact({QStringLiteral("Ops desk"), QStringLiteral("OPS@10.0.0.5"), {}})
                .isSuccess());
    QVERIFY(store.saveContact({QStringLiteral("ops DESK"), QStringLiteral("OPS@10.0.0.6"), {}})
                .isSuccess());
    QCOMPARE(store.contacts().size(), 1);
    QCOMPARE(store.contacts().first().address, QStringLiteral("OPS@10.0.0.6"));
    QCOMPARE(store.removeContact(QStringLiteral("nobody")).code(), quint32(Code::NerrNameNotFound));
    QCOMPARE(store.saveContact({QStringLiteral(" "), QStringLiteral("X"), {}}).code(),
             quint32(Code::InvalidName));

    QVERIFY(
        store.saveGroup(QStringLiteral("admins"), {QStringLiteral("ALICE"), QStringLiteral("BOB")})
            .isSuccess());
    QVERIFY(
        store
            .saveGroup(QStringLiteral("Admins"), {QStringLiteral("CAROL"), QStringLiteral("ALICE")})
            .isSuccess());
    QCOMPARE(store.groupMembers(QStringLiteral("ADMINS")),
             std::optional<QStringList>({"CAROL", "ALICE"}));
    QCOMPARE(store.groups().size(), 1);
    QVERIFY(!store.groupMembers(QStringLiteral("nobody")).has_value());
    QVERIFY(store.removeGroup(QStringLiteral("admins")).isSuccess());
    QVERIFY(!store.groupMembers(QStringLiteral("admins")).has_value());
    QCOMPARE(rawQuery(path(), QStringLiteral("SELECT COUNT(*) FROM group_members")).toInt(), 0);
}

void tst_HistoryStore::refusesNewerSchema()
{
    {
        HistoryStore store;
        QVERIFY(store.open(path()).isSuccess());
    }
    rawQuery(path(), QStringLiteral("PRAGMA user_version=99"));
    HistoryStore store;
    const Outcome outcome = store.open(path());
    QCOMPARE(outcome.code(), quint32(Code::NotSupported));
    QVERIFY(outcome.detail().contains(QLatin1String("99")));
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
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
