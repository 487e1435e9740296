#include "historyqueries.h"

#include "historysql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace netmsg {

namespace {

// A WHERE clause built from fixed SQL and bound values; what a user typed is
// only ever a bound value.
struct Conditions
{
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause) { clauses.append(clause); }
    void add(const QString &clause, const QVariant &value)
    {
        clauses.append(clause);
        values.append(value);
    }
    QString where() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
    }
};

// What a delivery itself must match: recipient, state, transport.
Conditions deliveryCriteria(const HistoryFilter &filter)
{
    Conditions conditions;
    if (!filter.recipient.isEmpty())
        conditions.add(QStringLiteral("d.recipient LIKE ? ESCAPE '\\'"),
                       HistorySql::containsPattern(filter.recipient));
    if (filter.state)
        conditions.add(QStringLiteral("d.state = ?"), DeliveryStates::name(*filter.state));
    if (!filter.transport.isEmpty())
        conditions.add(QStringLiteral("d.transport = ?"), filter.transport);
    return conditions;
}

void addTimeRange(Conditions &conditions, const QString &column, const HistoryFilter &filter)
{
    if (filter.from.isValid())
        conditions.add(column + QStringLiteral(" >= ?"), HistorySql::timestamp(filter.from));
    if (filter.to.isValid())
        conditions.add(column + QStringLiteral(" < ?"), HistorySql::timestamp(filter.to));
}

Conditions deliveryConditions(const HistoryFilter &filter)
{
    Conditions conditions = deliveryCriteria(filter);
    addTimeRange(conditions, QStringLiteral("d.finished_at"), filter);
    if (filter.messageId > 0)
        conditions.add(QStringLiteral("d.message_id = ?"), filter.messageId);
    if (!filter.text.isEmpty())
        conditions.add(QStringLiteral("d.message_id IN (SELECT id FROM messages"
                                      " WHERE text LIKE ? ESCAPE '\\')"),
                       HistorySql::containsPattern(filter.text));
    return conditions;
}

// A message matches when one of its deliveries matches every delivery
// criterion (EXISTS); a state alone is answered by the message's totals.
Conditions messageConditions(const HistoryFilter &filter)
{
    Conditions conditions;
    if (!filter.text.isEmpty())
        conditions.add(QStringLiteral("m.text LIKE ? ESCAPE '\\'"),
                       HistorySql::containsPattern(filter.text));
    addTimeRange(conditions, QStringLiteral("m.created_at"), filter);
    if (filter.messageId > 0)
        conditions.add(QStringLiteral("m.id = ?"), filter.messageId);
    if (filter.recipient.isEmpty() && filter.transport.isEmpty() && filter.state) {
        switch (*filter.state) {
        case DeliveryState::Delivered:
            conditions.add(QStringLiteral("m.delivered_count > 0"));
            break;
        case DeliveryState::Failed:
            conditions.add(QStringLiteral("m.failed_count > 0"));
            break;
        case DeliveryState::Unconfirmed:
            conditions.add(QStringLiteral("m.unconfirmed_count > 0"));
            break;
        case DeliveryState::Pending:
            conditions.add(QStringLiteral("m.recipient_count > m.delivered_count"
                                          " + m.failed_count + m.unconfirmed_count"));
            break;
        }
        return conditions;
    }
    const Conditions criteria = deliveryCriteria(filter);
    if (!filter.recipient.isEmpty() && criteria.clauses.size() == 1) {
        // A recipient substring alone: one scan of the recipient index
        // (which holds message_id) rather than of every message's deliveries.
        conditions.add(QStringLiteral("m.id IN (SELECT d.message_id FROM deliveries d"
                                      " INDEXED BY deliveries_recipient WHERE ") +
                           criteria.clauses.first() + QLatin1Char(')'),
                       criteria.values.first());
        return conditions;
    }
    if (!criteria.clauses.isEmpty()) {
        conditions.clauses.append(QStringLiteral("EXISTS (SELECT 1 FROM deliveries d"
                                                 " WHERE d.message_id = m.id AND ") +
                                  criteria.clauses.join(QLatin1String(" AND ")) + QLatin1Char(')'));
        conditions.values += criteria.values;
    }
    return conditions;
}

// Runs `sql` with `values` bound and hands each row to `row`.
template <typename RowFunction>
Outcome select(const QSqlDatabase &db, const QString &what, const QString &sql,
               const QVariantList &values, RowFunction row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return HistorySql::error(db, what, query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return HistorySql::error(db, what, query.lastError());
    while (query.next())
        row(query);
    return HistorySql::finished(db, query, what);
}

// " LIMIT ? OFFSET ?", its values appended to `values`; a negative limit is none.
QString page(int offset, int limit, QVariantList &values)
{
    values << qMax(-1, limit) << qMax(0, offset);
    return QStringLiteral(" LIMIT ? OFFSET ?");
}

const QString messageColumns =
    QStringLiteral("m.id, m.created_at, m.transport, m.server, m.sender, m.text,"
                   " m.over_limit_policy, m.recipient_count");

SentMessageRecord messageFrom(const QSqlQuery &query)
{
    SentMessageRecord record;
    record.id = query.value(0).toLongLong();
    record.createdAt = HistorySql::fromTimestamp(query.value(1));
    record.transport = query.value(2).toString();
    record.server = query.value(3).toString();
    record.sender = query.value(4).toString();
    record.text = query.value(5).toString();
    record.overLimitPolicy = query.value(6).toString();
    record.recipientCount = query.value(7).toInt();
    return record;
}

const QString deliveryColumns = QStringLiteral(
    "d.id, d.message_id, d.recipient, d.code, d.detail, d.attempts, d.parts, d.parts_sent,"
    " d.elapsed_ms, d.finished_at, d.state, d.transport, d.route");

DeliveryRecord deliveryFrom(const QSqlQuery &query)
{
    DeliveryRecord record;
    record.id = query.value(0).toLongLong();
    record.messageId = query.value(1).toLongLong();
    record.recipient = query.value(2).toString();
    record.code = query.value(3).toUInt();
    record.detail = query.value(4).toString();
    record.attempts = query.value(5).toInt();
    record.parts = query.value(6).toInt();
    record.partsSent = query.value(7).toInt();
    record.elapsedMs = query.value(8).toLongLong();
    record.finishedAt = HistorySql::fromTimestamp(query.value(9));
    record.state =
        DeliveryStates::fromName(query.value(10).toString()).value_or(DeliveryState::Failed);
    record.transport = query.value(11).toString();
    record.route = routeFromJson(QJsonDocument::fromJson(query.value(12).toByteArray()).array());
    return record;
}

} // namespace

HistoryRead<QList<MessageSummary>>
HistoryQueries::messages(const QSqlDatabase &db, const HistoryFilter &filter, int offset, int limit)
{
    HistoryRead<QList<MessageSummary>> read;
    const Conditions conditions = messageConditions(filter);
    QVariantList values = conditions.values;
    const QString sql = QStringLiteral("SELECT ") + messageColumns +
                        QStringLiteral(", m.delivered_count, m.failed_count,"
                                       " m.unconfirmed_count FROM messages m") +
                        conditions.where() + QStringLiteral(" ORDER BY m.id DESC") +
                        page(offset, limit, values);
    read.outcome = select(db, tr("reading the messages"), sql, values, [&](const QSqlQuery &query) {
        MessageSummary summary;
        summary.message = messageFrom(query);
        summary.delivered = query.value(8).toInt();
        summary.failed = query.value(9).toInt();
        summary.unconfirmed = query.value(10).toInt();
        read.rows.append(summary);
    });
    if (!read.outcome.isSuccess())
        read.rows.clear();
    return read;
}

HistoryRead<std::optional<SentMessageRecord>> HistoryQueries::message(const QSqlDatabase &db,
                                                                      qint64 id)
{
    HistoryRead<std::optional<SentMessageRecord>> read;
    read.outcome = select(db, tr("reading the messages"),
                          QStringLiteral("SELECT ") + messageColumns +
                              QStringLiteral(" FROM messages m WHERE m.id = ?"),
                          {id}, [&](const QSqlQuery &query) { read.rows = messageFrom(query); });
    if (!read.outcome.isSuccess())
        read.rows.reset();
    return read;
}

// The page's ids first, then its rows: sorting or skipping ids (from an
// index) costs far less than sorting or skipping whole rows. A recipient
// substring alone can use no index to search, but scanning the small recipient
// index is about twice as fast as scanning the table when few rows match.
HistoryRead<QList<DeliveryRecord>> HistoryQueries::deliveries(const QSqlDatabase &db,
                                                              const HistoryFilter &filter,
                                                              int offset, int limit, Order order)
{
    HistoryRead<QList<DeliveryRecord>> read;
    const Conditions conditions = deliveryConditions(filter);
    const bool recipientOnly = !filter.recipient.isEmpty() && conditions.clauses.size() == 1;
    const QString orderBy = order == Order::NewestFirst ? QStringLiteral(" ORDER BY d.id DESC")
                                                        : QStringLiteral(" ORDER BY d.id");
    QVariantList values = conditions.values;
    const QString ids =
        QStringLiteral("SELECT d.id FROM deliveries d") +
        (recipientOnly ? QStringLiteral(" INDEXED BY deliveries_recipient") : QString()) +
        conditions.where() + orderBy + page(offset, limit, values);
    read.outcome = select(
        db, tr("reading the deliveries"),
        QStringLiteral("SELECT ") + deliveryColumns +
            QStringLiteral(" FROM deliveries d WHERE d.id IN (") + ids + QLatin1Char(')') + orderBy,
        values, [&](const QSqlQuery &query) { read.rows.append(deliveryFrom(query)); });
    if (!read.outcome.isSuccess())
        read.rows.clear();
    return read;
}

HistoryRead<qint64> HistoryQueries::countDeliveries(const QSqlDatabase &db,
                                                    const HistoryFilter &filter)
{
    HistoryRead<qint64> read;
    const Conditions conditions = deliveryConditions(filter);
    read.outcome = select(db, tr("counting the deliveries"),
                          QStringLiteral("SELECT COUNT(*) FROM deliveries d") + conditions.where(),
                          conditions.values,
                          [&](const QSqlQuery &query) { read.rows = query.value(0).toLongLong(); });
    if (!read.outcome.isSuccess())
        read.rows = 0;
    return read;
}

HistoryRead<QList<InboxRecord>> HistoryQueries::inbox(const QSqlDatabase &db, int offset, int limit)
{
    HistoryRead<QList<InboxRecord>> read;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT id, received_at, transport, sender, alias, text,"
                                       " peer_address, read FROM inbox ORDER BY id DESC") +
                        page(offset, limit, values);
    read.outcome = select(db, tr("reading the inbox"), sql, values, [&](const QSqlQuery &query) {
        InboxRecord record;
        record.id = query.value(0).toLongLong();
        record.message.receivedAt = HistorySql::fromTimestamp(query.value(1));
        record.message.transport = query.value(2).toString();
        record.message.sender = query.value(3).toString();
        record.message.alias = query.value(4).toString();
        record.message.text = query.value(5).toString();
        record.message.peerAddress = query.value(6).toString();
        record.read = query.value(7).toBool();
        read.rows.append(record);
    });
    if (!read.outcome.isSuccess())
        read.rows.clear();
    return read;
}

HistoryRead<int> HistoryQueries::unreadCount(const QSqlDatabase &db)
{
    HistoryRead<int> read;
    read.outcome = select(db, tr("reading the inbox"),
                          QStringLiteral("SELECT COUNT(*) FROM inbox WHERE read = 0"), {},
                          [&](const QSqlQuery &query) { read.rows = query.value(0).toInt(); });
    if (!read.outcome.isSuccess())
        read.rows = 0;
    return read;
}

HistoryRead<QList<Contact>> HistoryQueries::contacts(const QSqlDatabase &db)
{
    HistoryRead<QList<Contact>> read;
    read.outcome =
        select(db, tr("reading the contacts"),
               QStringLiteral("SELECT name, address, note FROM contacts ORDER BY name"), {},
               [&](const QSqlQuery &query) {
                   read.rows.append({query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).toString()});
               });
    if (!read.outcome.isSuccess())
        read.rows.clear();
    return read;
}

HistoryRead<QMap<QString, QStringList>> HistoryQueries::groups(const QSqlDatabase &db)
{
    HistoryRead<QMap<QString, QStringList>> read;
    const QString what = tr("reading the groups");
    read.outcome =
        select(db, what, QStringLiteral("SELECT name FROM groups"), {},
               [&](const QSqlQuery &query) { read.rows.insert(query.value(0).toString(), {}); });
    if (read.outcome.isSuccess())
        read.outcome =
            select(db, what,
                   QStringLiteral("SELECT group_name, member FROM group_members"
                                  " ORDER BY group_name, position"),
                   {}, [&](const QSqlQuery &query) {
                       read.rows[query.value(0).toString()].append(query.value(1).toString());
                   });
    if (!read.outcome.isSuccess())
        read.rows.clear();
    return read;
}

// Names compare without case; members hang off the stored spelling.
HistoryRead<std::optional<QStringList>> HistoryQueries::groupMembers(const QSqlDatabase &db,
                                                                     const QString &name)
{
    HistoryRead<std::optional<QStringList>> read;
    const QString what = tr("reading the groups");
    read.outcome = select(db, what, QStringLiteral("SELECT name FROM groups WHERE name = ?"),
                          {name}, [&](const QSqlQuery &) { read.rows = QStringList(); });
    if (read.outcome.isSuccess() && read.rows)
        read.outcome = select(
            db, what,
            QStringLiteral("SELECT member FROM group_members WHERE group_name ="
                           " (SELECT name FROM groups WHERE name = ?)"
                           " ORDER BY position"),
            {name}, [&](const QSqlQuery &query) { read.rows->append(query.value(0).toString()); });
    if (!read.outcome.isSuccess())
        read.rows.reset();
    return read;
}

HistoryRead<QList<DispatchEntry>> HistoryQueries::dispatch(const QSqlDatabase &db, qint64 messageId)
{
    HistoryRead<QList<DispatchEntry>> read;
    read.outcome = select(
        db, tr("reading the dispatch ledger"),
        QStringLiteral("SELECT d.position, d.recipient, d.started,"
                       " EXISTS (SELECT 1 FROM deliveries r"
                       " WHERE r.message_id = d.message_id AND r.position = d.position)"
                       " FROM dispatch d WHERE d.message_id = ? ORDER BY d.position"),
        {messageId}, [&](const QSqlQuery &query) {
            read.rows.append(DispatchEntry{query.value(0).toInt(), query.value(1).toString(),
                                           query.value(2).toBool(), query.value(3).toBool()});
        });
    if (!read.outcome.isSuccess())
        read.rows.clear();
    return read;
}

} // namespace netmsg
