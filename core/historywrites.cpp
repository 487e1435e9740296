#include "historywrites.h"

#include "historysql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <array>

namespace netmsg {

namespace {

// Runs a prepared statement with `values` bound; the new row's id on success.
HistoryWrite run(const QSqlDatabase &db, QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    const Outcome outcome = HistorySql::exec(db, query, HistoryWrites::tr("query"));
    return {outcome, outcome.isSuccess() ? query.lastInsertId().toLongLong() : 0};
}

HistoryWrite run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Outcome refused;
    QSqlQuery *query = HistorySql::prepared(db, sql, &refused);
    if (!query)
        return {refused, 0};
    return run(db, *query, values);
}

QString routeText(const QList<RouteStep> &route)
{
    return QString::fromUtf8(QJsonDocument(routeToJson(route)).toJson(QJsonDocument::Compact));
}

} // namespace

HistoryWrite HistoryWrites::recordMessage(const QSqlDatabase &db, const SentMessageRecord &message)
{
    const HistoryWrite written =
        run(db,
            QStringLiteral("INSERT INTO messages (created_at, transport, server, sender, text,"
                           " over_limit_policy, recipient_count) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {HistorySql::timestamp(message.createdAt), HistorySql::text(message.transport),
             HistorySql::text(message.server), HistorySql::text(message.sender),
             HistorySql::text(message.text),
             message.overLimitPolicy.isEmpty() ? QStringLiteral("refuse") : message.overLimitPolicy,
             message.recipientCount});
    if (!written.outcome.isSuccess() || message.recipients.isEmpty())
        return written;
    // The ledger in the same transaction: a message is never there without it.
    Outcome refused;
    QSqlQuery *query = HistorySql::prepared(
        db,
        QStringLiteral("INSERT INTO dispatch (message_id, position, recipient) VALUES (?, ?, ?)"),
        &refused);
    if (!query)
        return {refused, 0};
    for (int position = 0; position < message.recipients.size(); ++position) {
        const HistoryWrite row = run(
            db, *query, {written.id, position, HistorySql::text(message.recipients.at(position))});
        if (!row.outcome.isSuccess())
            return row;
    }
    return written;
}

HistoryWrite HistoryWrites::markStarted(const QSqlDatabase &db, qint64 messageId,
                                        const QList<int> &positions)
{
    Outcome refused;
    QSqlQuery *query = HistorySql::prepared(
        db, QStringLiteral("UPDATE dispatch SET started = 1 WHERE message_id = ? AND position = ?"),
        &refused);
    if (!query)
        return {refused, 0};
    for (int position : positions) {
        const HistoryWrite row = run(db, *query, {messageId, position});
        if (!row.outcome.isSuccess())
            return row;
    }
    return {Outcome::success(), 0};
}

HistoryWrite HistoryWrites::recordDeliveries(const QSqlDatabase &db,
                                             const QList<DeliveryRecord> &deliveries)
{
    Outcome refused;
    QSqlQuery *query = HistorySql::prepared(
        db,
        QStringLiteral(
            "INSERT INTO deliveries (message_id, recipient, code, detail, attempts, parts,"
            " parts_sent, elapsed_ms, finished_at, state, transport, route, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &refused);
    if (!query)
        return {refused, 0};
    HistoryWrite last{Outcome::success(), 0};
    for (const DeliveryRecord &delivery : deliveries) {
        last =
            run(db, *query,
                {delivery.messageId, HistorySql::text(delivery.recipient), delivery.code,
                 HistorySql::text(delivery.detail), delivery.attempts, delivery.parts,
                 delivery.partsSent, delivery.elapsedMs, HistorySql::timestamp(delivery.finishedAt),
                 DeliveryStates::name(delivery.state), HistorySql::text(delivery.transport),
                 routeText(delivery.route),
                 delivery.position >= 0 ? QVariant(delivery.position) : QVariant()});
        if (!last.outcome.isSuccess())
            return last;
    }
    const Outcome totals = addToTotals(db, deliveries);
    return totals.isSuccess() ? last : HistoryWrite{totals, 0};
}

// One UPDATE per message of the batch, not per row.
Outcome HistoryWrites::addToTotals(const QSqlDatabase &db, const QList<DeliveryRecord> &deliveries)
{
    QHash<qint64, std::array<int, 3>> totals;
    for (const DeliveryRecord &delivery : deliveries) {
        std::array<int, 3> &counts = totals[delivery.messageId];
        switch (delivery.state) {
        case DeliveryState::Delivered:
            ++counts[0];
            break;
        case DeliveryState::Failed:
            ++counts[1];
            break;
        case DeliveryState::Unconfirmed:
            ++counts[2];
            break;
        case DeliveryState::Pending:
            break;
        }
    }
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("UPDATE messages SET delivered_count = delivered_count + ?,"
                                      " failed_count = failed_count + ?,"
                                      " unconfirmed_count = unconfirmed_count + ? WHERE id = ?")))
        return HistorySql::error(db, tr("query"), query.lastError());
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.value() == std::array<int, 3>{})
            continue;
        const HistoryWrite updated =
            run(db, query, {it.value()[0], it.value()[1], it.value()[2], it.key()});
        if (!updated.outcome.isSuccess())
            return updated.outcome;
    }
    return Outcome::success();
}

HistoryWrite HistoryWrites::recordReceived(const QSqlDatabase &db, const ReceivedMessage &message)
{
    return run(db,
               QStringLiteral("INSERT INTO inbox (received_at, transport, sender, alias, text,"
                              " peer_address) VALUES (?, ?, ?, ?, ?, ?)"),
               {HistorySql::timestamp(message.receivedAt), HistorySql::text(message.transport),
                HistorySql::text(message.sender), HistorySql::text(message.alias),
                HistorySql::text(message.text), HistorySql::text(message.peerAddress)});
}

HistoryWrite HistoryWrites::markRead(const QSqlDatabase &db, qint64 inboxId, bool read)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE inbox SET read = ? WHERE id = ?"));
    HistoryWrite result = run(db, query, {read ? 1 : 0, inboxId});
    result.id = 0;
    if (result.outcome.isSuccess() && query.numRowsAffected() == 0)
        return {Outcome(Code::InvalidParameter, tr("there is no inbox message %1").arg(inboxId)),
                0};
    return result;
}

HistoryWrite HistoryWrites::saveContact(const QSqlDatabase &db, const Contact &contact)
{
    HistoryWrite result =
        run(db,
            QStringLiteral("INSERT INTO contacts (name, address, note) VALUES (?, ?, ?)"
                           " ON CONFLICT(name) DO UPDATE SET address = excluded.address,"
                           " note = excluded.note"),
            {contact.name.trimmed(), contact.address.trimmed(), HistorySql::text(contact.note)});
    result.id = 0;
    return result;
}

HistoryWrite HistoryWrites::deleteNamed(const QSqlDatabase &db, const QString &table,
                                        const QString &name, const QString &missing)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE name = ?").arg(table));
    HistoryWrite result = run(db, query, {name});
    result.id = 0;
    if (result.outcome.isSuccess() && query.numRowsAffected() == 0)
        return {Outcome(Code::NerrNameNotFound, missing), 0};
    return result;
}

HistoryWrite HistoryWrites::removeContact(const QSqlDatabase &db, const QString &name)
{
    return deleteNamed(db, QStringLiteral("contacts"), name,
                       tr("there is no contact named '%1'").arg(name));
}

// Names compare without case; members hang off the stored spelling.
HistoryWrite HistoryWrites::saveGroup(const QSqlDatabase &db, const QString &name,
                                      const QStringList &members)
{
    const QString group = name.trimmed();
    HistoryWrite result =
        run(db, QStringLiteral("INSERT OR IGNORE INTO groups (name) VALUES (?)"), {group});
    if (result.outcome.isSuccess())
        result = run(db,
                     QStringLiteral("DELETE FROM group_members WHERE group_name ="
                                    " (SELECT name FROM groups WHERE name = ?)"),
                     {group});
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO group_members (group_name, position, member)"
                                  " VALUES ((SELECT name FROM groups WHERE name = ?), ?, ?)"));
    for (int i = 0; i < members.size() && result.outcome.isSuccess(); ++i)
        result = run(db, insert, {group, i, members.at(i).trimmed()});
    result.id = 0;
    return result;
}

HistoryWrite HistoryWrites::removeGroup(const QSqlDatabase &db, const QString &name)
{
    return deleteNamed(db, QStringLiteral("groups"), name,
                       tr("there is no group named '%1'").arg(name));
}

} // namespace netmsg
