#include "historystore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcHistory, "netmsg.history")

namespace netmsg {

namespace {

// Each entry moves the schema one version up; never edit a released step, add one.
const QList<QStringList> migrations{
    // 1: the first schema.
    {
        QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL,"
                       " transport TEXT NOT NULL, server TEXT NOT NULL DEFAULT '',"
                       " sender TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,"
                       " over_limit_policy TEXT NOT NULL DEFAULT 'refuse',"
                       " recipient_count INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE deliveries (id INTEGER PRIMARY KEY,"
            " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
            " recipient TEXT NOT NULL, code INTEGER NOT NULL, detail TEXT NOT NULL DEFAULT '',"
            " attempts INTEGER NOT NULL DEFAULT 1, parts INTEGER NOT NULL DEFAULT 1,"
            " elapsed_ms INTEGER NOT NULL DEFAULT 0, finished_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX deliveries_message ON deliveries(message_id)"),
        QStringLiteral("CREATE TABLE inbox (id INTEGER PRIMARY KEY, received_at TEXT NOT NULL,"
                       " transport TEXT NOT NULL, sender TEXT NOT NULL, alias TEXT NOT NULL,"
                       " text TEXT NOT NULL, peer_address TEXT NOT NULL DEFAULT '',"
                       " read INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE contacts (name TEXT PRIMARY KEY COLLATE NOCASE,"
                       " address TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE groups (name TEXT PRIMARY KEY COLLATE NOCASE)"),
        QStringLiteral("CREATE TABLE group_members (group_name TEXT NOT NULL"
                       " REFERENCES groups(name) ON DELETE CASCADE ON UPDATE CASCADE,"
                       " position INTEGER NOT NULL, member TEXT NOT NULL,"
                       " PRIMARY KEY (group_name, position))"),
    },
};

QString timestamp(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

// SQLite stores a null QString as NULL; the schema wants text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime fromTimestamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Commits on success, rolls back otherwise.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    // A COMMIT that SQLite refuses (a deferred constraint, a busy or full
    // disk) leaves the transaction open: roll it back so that nothing of it
    // lingers for the next statement on this connection.
    bool commit()
    {
        m_open = false;
        if (m_db.commit())
            return true;
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    QString error() const { return m_error.isEmpty() ? m_db.lastError().text() : m_error; }

private:
    QSqlDatabase m_db;
    bool m_open;
    QString m_error;
};

} // namespace

HistoryStore::HistoryStore()
    : m_connectionName(QStringLiteral("netmsg-history-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryStore::~HistoryStore()
{
    close();
}

int HistoryStore::currentSchemaVersion()
{
    return int(migrations.size());
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Outcome HistoryStore::sqlError(const QString &what, const QString &error) const
{
    qCWarning(lcHistory) << what << error;
    return Outcome(Code::InternalError, tr("history %1 (%2) failed: %3").arg(what, m_path, error));
}

Outcome HistoryStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return Outcome::success();
    return sqlError(tr("query"), query.lastError().text());
}

Outcome HistoryStore::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Outcome(Code::AccessDenied,
                       tr("cannot create the folder %1 for the history").arg(info.absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = {};
            QSqlDatabase::removeDatabase(m_connectionName);
            return Outcome(Code::AccessDenied,
                           tr("cannot open the history %1: %2").arg(path, error));
        }
        QSqlQuery pragma(db);
        for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                      "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
            if (!pragma.exec(QString::fromLatin1(statement))) {
                const Outcome error =
                    sqlError(QString::fromLatin1(statement), pragma.lastError().text());
                close();
                return error;
            }
        }
    }
    const Outcome migrated = migrate();
    if (!migrated.isSuccess())
        close();
    return migrated;
}

Outcome HistoryStore::migrate()
{
    const int version = schemaVersion();
    if (version > currentSchemaVersion())
        return Outcome(Code::NotSupported,
                       tr("the history %1 has schema version %2, newer than this netmsg knows (%3)")
                           .arg(m_path)
                           .arg(version)
                           .arg(currentSchemaVersion()));
    for (int step = version; step < currentSchemaVersion(); ++step) {
        Transaction transaction(database());
        if (!transaction.isOpen())
            return sqlError(tr("migration to version %1").arg(step + 1), transaction.error());
        QSqlQuery query(database());
        for (const QString &statement : migrations.at(step)) {
            if (!query.exec(statement))
                return sqlError(tr("migration to version %1").arg(step + 1),
                                query.lastError().text());
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(step + 1)))
            return sqlError(tr("migration to version %1").arg(step + 1), query.lastError().text());
        if (!transaction.commit())
            return sqlError(tr("migration commit"), transaction.error());
        qCInfo(lcHistory) << "history" << m_path << "migrated to schema version" << step + 1;
    }
    return Outcome::success();
}

void HistoryStore::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

int HistoryStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QFuture<HistoryWrite> HistoryStore::recordMessage(const SentMessageRecord &record)
{
    SentMessageRecord message = record;
    if (!message.createdAt.isValid())
        message.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO messages (created_at, transport, server, sender, text, over_limit_policy,"
        " recipient_count) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(timestamp(message.createdAt));
    query.addBindValue(text(message.transport));
    query.addBindValue(text(message.server));
    query.addBindValue(text(message.sender));
    query.addBindValue(text(message.text));
    query.addBindValue(message.overLimitPolicy.isEmpty() ? QStringLiteral("refuse")
                                                         : message.overLimitPolicy);
    query.addBindValue(message.recipientCount);
    const Outcome result = exec(query);
    return QtFuture::makeReadyFuture(
        HistoryWrite{result, result.isSuccess() ? query.lastInsertId().toLongLong() : 0});
}

QFuture<HistoryWrite> HistoryStore::recordDeliveries(const QList<DeliveryRecord> &deliveries)
{
    return QtFuture::makeReadyFuture(HistoryWrite{recordDeliveriesNow(deliveries), 0});
}

Outcome HistoryStore::recordDeliveriesNow(const QList<DeliveryRecord> &deliveries)
{
    if (deliveries.isEmpty())
        return Outcome::success();
    Transaction transaction(database());
    if (!transaction.isOpen())
        return sqlError(tr("transaction"), transaction.error());
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO deliveries (message_id, recipient, code, detail, attempts, parts, elapsed_ms,"
        " finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DeliveryRecord &delivery : deliveries) {
        query.addBindValue(delivery.messageId);
        query.addBindValue(text(delivery.recipient));
        query.addBindValue(delivery.code);
        query.addBindValue(text(delivery.detail));
        query.addBindValue(delivery.attempts);
        query.addBindValue(delivery.parts);
        query.addBindValue(delivery.elapsedMs);
        query.addBindValue(timestamp(delivery.finishedAt));
        const Outcome result = exec(query);
        if (!result.isSuccess())
            return result;
    }
    if (!transaction.commit())
        return sqlError(tr("commit"), transaction.error());
    return Outcome::success();
}

Outcome HistoryStore::recordReceived(const ReceivedMessage &message, qint64 *id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO inbox (received_at, transport, sender, alias, text,"
                                 " peer_address) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(timestamp(message.receivedAt));
    query.addBindValue(text(message.transport));
    query.addBindValue(text(message.sender));
    query.addBindValue(text(message.alias));
    query.addBindValue(text(message.text));
    query.addBindValue(text(message.peerAddress));
    const Outcome result = exec(query);
    if (result.isSuccess() && id)
        *id = query.lastInsertId().toLongLong();
    return result;
}

Outcome HistoryStore::markRead(qint64 inboxId, bool read)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE inbox SET read = ? WHERE id = ?"));
    query.addBindValue(read ? 1 : 0);
    query.addBindValue(inboxId);
    const Outcome result = exec(query);
    if (result.isSuccess() && query.numRowsAffected() == 0)
        return Outcome(Code::InvalidParameter, tr("there is no inbox message %1").arg(inboxId));
    return result;
}

namespace {
SentMessageRecord messageFrom(const QSqlQuery &query)
{
    SentMessageRecord record;
    record.id = query.value(0).toLongLong();
    record.createdAt = fromTimestamp(query.value(1));
    record.transport = query.value(2).toString();
    record.server = query.value(3).toString();
    record.sender = query.value(4).toString();
    record.text = query.value(5).toString();
    record.overLimitPolicy = query.value(6).toString();
    record.recipientCount = query.value(7).toInt();
    return record;
}
const QString messageColumns = QStringLiteral(
    "id, created_at, transport, server, sender, text, over_limit_policy, recipient_count");
} // namespace

QList<SentMessageRecord> HistoryStore::messages(int limit, int offset) const
{
    QList<SentMessageRecord> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + messageColumns +
                  QStringLiteral(" FROM messages ORDER BY id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (query.exec()) {
        while (query.next())
            result.append(messageFrom(query));
    }
    return result;
}

std::optional<SentMessageRecord> HistoryStore::message(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT ") + messageColumns +
                  QStringLiteral(" FROM messages WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return messageFrom(query);
    return std::nullopt;
}

QList<DeliveryRecord> HistoryStore::deliveries(qint64 messageId) const
{
    QList<DeliveryRecord> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, message_id, recipient, code, detail, attempts, parts,"
                                 " elapsed_ms, finished_at FROM deliveries WHERE message_id = ?"
                                 " ORDER BY id"));
    query.addBindValue(messageId);
    if (query.exec()) {
        while (query.next()) {
            DeliveryRecord record;
            record.id = query.value(0).toLongLong();
            record.messageId = query.value(1).toLongLong();
            record.recipient = query.value(2).toString();
            record.code = query.value(3).toUInt();
            record.detail = query.value(4).toString();
            record.attempts = query.value(5).toInt();
            record.parts = query.value(6).toInt();
            record.elapsedMs = query.value(7).toLongLong();
            record.finishedAt = fromTimestamp(query.value(8));
            result.append(record);
        }
    }
    return result;
}

qint64 HistoryStore::deliveryCount(qint64 messageId) const
{
    QSqlQuery query(database());
    if (messageId < 0) {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM deliveries"));
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE message_id = ?"));
        query.addBindValue(messageId);
    }
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<InboxRecord> HistoryStore::inbox(int limit, int offset) const
{
    QList<InboxRecord> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, received_at, transport, sender, alias, text,"
                       " peer_address, read FROM inbox ORDER BY id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (query.exec()) {
        while (query.next()) {
            InboxRecord record;
            record.id = query.value(0).toLongLong();
            record.message.receivedAt = fromTimestamp(query.value(1));
            record.message.transport = query.value(2).toString();
            record.message.sender = query.value(3).toString();
            record.message.alias = query.value(4).toString();
            record.message.text = query.value(5).toString();
            record.message.peerAddress = query.value(6).toString();
            record.read = query.value(7).toBool();
            result.append(record);
        }
    }
    return result;
}

Outcome HistoryStore::saveContact(const Contact &contact)
{
    if (contact.name.trimmed().isEmpty())
        return Outcome(Code::InvalidName, tr("a contact needs a name"));
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO contacts (name, address, note) VALUES (?, ?, ?)"
                                 " ON CONFLICT(name) DO UPDATE SET address = excluded.address,"
                                 " note = excluded.note"));
    query.addBindValue(contact.name.trimmed());
    query.addBindValue(contact.address.trimmed());
    query.addBindValue(text(contact.note));
    return exec(query);
}

Outcome HistoryStore::deleteNamed(const QString &table, const QString &name, const QString &missing)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE name = ?").arg(table));
    query.addBindValue(name);
    const Outcome result = exec(query);
    if (result.isSuccess() && query.numRowsAffected() == 0)
        return Outcome(Code::NerrNameNotFound, missing);
    return result;
}

Outcome HistoryStore::removeContact(const QString &name)
{
    return deleteNamed(QStringLiteral("contacts"), name,
                       tr("there is no contact named '%1'").arg(name));
}

QList<Contact> HistoryStore::contacts() const
{
    QList<Contact> result;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT name, address, note FROM contacts ORDER BY name"))) {
        while (query.next())
            result.append(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return result;
}

Outcome HistoryStore::saveGroup(const QString &name, const QStringList &members)
{
    if (name.trimmed().isEmpty())
        return Outcome(Code::InvalidName, tr("a group needs a name"));
    Transaction transaction(database());
    if (!transaction.isOpen())
        return sqlError(tr("transaction"), transaction.error());
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO groups (name) VALUES (?)"));
    query.addBindValue(name.trimmed());
    Outcome result = exec(query);
    if (!result.isSuccess())
        return result;
    // Names compare without case; members hang off the stored spelling.
    query.prepare(QStringLiteral(
        "DELETE FROM group_members WHERE group_name = (SELECT name FROM groups WHERE name = ?)"));
    query.addBindValue(name.trimmed());
    result = exec(query);
    if (!result.isSuccess())
        return result;
    query.prepare(QStringLiteral("INSERT INTO group_members (group_name, position, member)"
                                 " VALUES ((SELECT name FROM groups WHERE name = ?), ?, ?)"));
    for (int i = 0; i < members.size(); ++i) {
        query.addBindValue(name.trimmed());
        query.addBindValue(i);
        query.addBindValue(members.at(i).trimmed());
        result = exec(query);
        if (!result.isSuccess())
            return result;
    }
    if (!transaction.commit())
        return sqlError(tr("commit"), transaction.error());
    return Outcome::success();
}

Outcome HistoryStore::removeGroup(const QString &name)
{
    return deleteNamed(QStringLiteral("groups"), name,
                       tr("there is no group named '%1'").arg(name));
}

QMap<QString, QStringList> HistoryStore::groups() const
{
    QMap<QString, QStringList> result;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT name FROM groups"))) {
        while (query.next())
            result.insert(query.value(0).toString(), {});
    }
    if (query.exec(QStringLiteral(
            "SELECT group_name, member FROM group_members ORDER BY group_name, position"))) {
        while (query.next())
            result[query.value(0).toString()].append(query.value(1).toString());
    }
    return result;
}

std::optional<QStringList> HistoryStore::groupMembers(const QString &name) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT name FROM groups WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QStringList members;
    query.prepare(QStringLiteral("SELECT member FROM group_members WHERE group_name ="
                                 " (SELECT name FROM groups WHERE name = ?) ORDER BY position"));
    query.addBindValue(name);
    if (query.exec()) {
        while (query.next())
            members.append(query.value(0).toString());
    }
    return members;
}

} // namespace netmsg
