#include "historyschema.h"

#include "historysql.h"

#include <QSqlQuery>

namespace netmsg {

namespace {

// Part of step 2, so never to be changed: every insert, update and delete on
// `table` counts one change of `counter` in table_versions.
QStringList versionTriggers(const QString &table, const QString &counter)
{
    QStringList statements;
    for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
        const QString name = QString::fromLatin1(event).toLower();
        statements.append(QStringLiteral("CREATE TRIGGER %1_%2_counted AFTER %3 ON %1 BEGIN"
                                         " UPDATE table_versions SET version = version + 1"
                                         " WHERE name = '%4'; END")
                              .arg(table, name, QLatin1String(event), counter));
    }
    return statements;
}

QStringList step2()
{
    QStringList statements{
        // Each recipient's state (DeliveryStates::name), the transport that
        // ended its route, every step of the route (routeToJson) and how many
        // parts went out. Rows from version 1 know only their code.
        QStringLiteral("ALTER TABLE deliveries ADD COLUMN state TEXT NOT NULL DEFAULT 'failed'"),
        QStringLiteral("ALTER TABLE deliveries ADD COLUMN transport TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE deliveries ADD COLUMN route TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE deliveries ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE deliveries SET"
                       " state = CASE code WHEN 0 THEN 'delivered' ELSE 'failed' END,"
                       " parts_sent = CASE code WHEN 0 THEN parts ELSE 0 END,"
                       " transport = (SELECT transport FROM messages"
                       " WHERE messages.id = deliveries.message_id)"),
        // Per-state totals, kept by every recordDeliveries, so that a page of
        // messages with its totals never counts over all deliveries.
        QStringLiteral(
            "ALTER TABLE messages ADD COLUMN delivered_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN failed_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "ALTER TABLE messages ADD COLUMN unconfirmed_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE messages SET"
                       " delivered_count = (SELECT COUNT(*) FROM deliveries"
                       " WHERE message_id = messages.id AND state = 'delivered'),"
                       " failed_count = (SELECT COUNT(*) FROM deliveries"
                       " WHERE message_id = messages.id AND state = 'failed')"),
        // The console's filters, each newest first: an index on a column holds
        // the rowid (id) after it, so an equality on it walks in id order and
        // a page costs its own rows. Paging by id alone uses the table itself.
        QStringLiteral("DROP INDEX deliveries_message"),
        QStringLiteral("CREATE INDEX deliveries_message_state ON deliveries(message_id, state)"),
        QStringLiteral("CREATE INDEX deliveries_state ON deliveries(state)"),
        QStringLiteral("CREATE INDEX deliveries_transport ON deliveries(transport)"),
        QStringLiteral("CREATE INDEX deliveries_finished_at ON deliveries(finished_at)"),
        // LIKE is case-insensitive: a NOCASE index serves a prefix, and a
        // substring scans this index rather than the table, for deliveries
        // and (with message_id) for messages alike.
        QStringLiteral("CREATE INDEX deliveries_recipient ON deliveries(recipient COLLATE NOCASE,"
                       " message_id)"),
        QStringLiteral("CREATE INDEX messages_created_at ON messages(created_at)"),
        // The inbox pages by id (the table itself); the unread count counts
        // only the unread rows.
        QStringLiteral("CREATE INDEX inbox_unread ON inbox(id) WHERE read = 0"),
        QStringLiteral("CREATE TABLE table_versions (name TEXT PRIMARY KEY,"
                       " version INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO table_versions (name) VALUES ('messages'), ('deliveries'),"
                       " ('inbox'), ('contacts'), ('groups')"),
    };
    for (const char *table : {"messages", "deliveries", "inbox", "contacts", "groups"})
        statements += versionTriggers(QLatin1String(table), QLatin1String(table));
    statements += versionTriggers(QStringLiteral("group_members"), QStringLiteral("groups"));
    return statements;
}

// Each entry moves the schema one version up; never edit a released step, add one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 1: the first schema.
        {
            QStringLiteral(
                "CREATE TABLE messages (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL,"
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
        // 2: delivery states, routes, per-message totals, filter indices and
        // change counters.
        step2(),
        // 3: the dispatch ledger, so that a job killed half-way can be resumed
        // without sending anyone the message twice: every recipient of a sent
        // message by its position in the list, and whether an attempt to it
        // was started (written before the attempt starts); each delivery row
        // names the position it answers. Rows from before know neither.
        {
            QStringLiteral("CREATE TABLE dispatch (message_id INTEGER NOT NULL"
                           " REFERENCES messages(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
                           " recipient TEXT NOT NULL, started INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (message_id, position)) WITHOUT ROWID"),
            QStringLiteral("ALTER TABLE deliveries ADD COLUMN position INTEGER"),
            QStringLiteral("CREATE INDEX deliveries_position ON deliveries(message_id, position)"),
        },
    };
    return steps;
}

const struct
{
    HistoryStore::Table table;
    const char *name;
} tableNames[] = {
    {HistoryStore::Table::Messages, "messages"}, {HistoryStore::Table::Deliveries, "deliveries"},
    {HistoryStore::Table::Inbox, "inbox"},       {HistoryStore::Table::Contacts, "contacts"},
    {HistoryStore::Table::Groups, "groups"},
};

} // namespace

int HistorySchema::currentVersion()
{
    return int(migrations().size());
}

Outcome HistorySchema::readVersion(const QSqlDatabase &db, int *version)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return HistorySql::error(db, QStringLiteral("PRAGMA user_version"), query.lastError());
    *version = query.value(0).toInt();
    return Outcome::success();
}

Outcome HistorySchema::refuseNewer(const QSqlDatabase &db, int version)
{
    return Outcome(Code::NotSupported,
                   tr("the history %1 has schema version %2, newer than this netmsg knows (%3)")
                       .arg(db.databaseName())
                       .arg(version)
                       .arg(currentVersion()));
}

Outcome HistorySchema::migrate(const QSqlDatabase &db, int *version)
{
    Outcome outcome = readVersion(db, version);
    while (outcome.isSuccess() && *version < currentVersion())
        outcome = runStep(db, version);
    if (outcome.isSuccess() && *version > currentVersion())
        return refuseNewer(db, *version);
    return outcome;
}

// One step in one transaction, judged on the version read inside it: another
// process opening the same file at the same time may have migrated it already.
Outcome HistorySchema::runStep(const QSqlDatabase &db, int *version)
{
    const QString what = tr("migration to version %1").arg(*version + 1);
    Outcome outcome = HistorySql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!outcome.isSuccess())
        return outcome;
    outcome = readVersion(db, version);
    const bool stepping = outcome.isSuccess() && *version < currentVersion();
    if (stepping) {
        QSqlQuery query(db);
        for (const QString &statement : migrations().at(*version)) {
            if (!query.exec(statement)) {
                outcome = HistorySql::error(db, what, query.lastError());
                break;
            }
        }
    }
    if (stepping && outcome.isSuccess())
        outcome = HistorySql::exec(db, QStringLiteral("PRAGMA user_version=%1").arg(*version + 1));
    if (outcome.isSuccess())
        outcome = HistorySql::exec(db, QStringLiteral("COMMIT"));
    if (!outcome.isSuccess()) {
        HistorySql::exec(db, QStringLiteral("ROLLBACK"));
        return outcome;
    }
    if (stepping) {
        ++*version;
        qCInfo(lcHistory).noquote()
            << "history" << db.databaseName() << "migrated to schema version" << *version;
    }
    return outcome;
}

std::optional<HistoryTableVersions> HistorySchema::tableVersions(const QSqlDatabase &db)
{
    // Twice in every group commit: prepared once.
    QSqlQuery *query = HistorySql::prepared(
        db, QStringLiteral("SELECT name, version FROM table_versions"), nullptr);
    if (!query)
        return std::nullopt;
    query->setForwardOnly(true);
    if (!query->exec()) {
        HistorySql::error(db, QStringLiteral("table_versions"), query->lastError());
        return std::nullopt;
    }
    HistoryTableVersions versions;
    while (query->next()) {
        const QString name = query->value(0).toString();
        for (const auto &entry : tableNames) {
            if (name == QLatin1String(entry.name))
                versions.insert(entry.table, query->value(1).toLongLong());
        }
    }
    const bool read =
        HistorySql::finished(db, *query, QStringLiteral("table_versions")).isSuccess();
    query->finish(); // no read left open on the connection
    if (!read)
        return std::nullopt;
    return versions;
}

} // namespace netmsg
