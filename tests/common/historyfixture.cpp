#include "historyfixture.h"

#include "deliverystate.h"
#include "historystore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <array>

namespace netmsg {

namespace {

Outcome failed(const QString &what, const QSqlError &error)
{
    return Outcome(Code::InternalError, QStringLiteral("%1: %2").arg(what, error.text()));
}

DeliveryState pickState(QRandomGenerator &random)
{
    const quint32 roll = random.bounded(100u);
    if (roll < 80)
        return DeliveryState::Delivered;
    return roll < 95 ? DeliveryState::Failed : DeliveryState::Unconfirmed;
}

struct Statements
{
    explicit Statements(const QSqlDatabase &db)
        : message(db)
        , delivery(db)
    {}
    QSqlQuery message;
    QSqlQuery delivery;
};

Outcome prepare(Statements &statements)
{
    if (!statements.message.prepare(QStringLiteral(
            "INSERT INTO messages (id, created_at, transport, server, sender, text,"
            " over_limit_policy, recipient_count, delivered_count, failed_count,"
            " unconfirmed_count) VALUES (?, ?, ?, '', 'ADMIN', ?, 'refuse', ?, ?, ?, ?)")))
        return failed(QStringLiteral("prepare"), statements.message.lastError());
    if (!statements.delivery.prepare(QStringLiteral(
            "INSERT INTO deliveries (message_id, recipient, code, detail, attempts, parts,"
            " parts_sent, elapsed_ms, finished_at, state, transport, route)"
            " VALUES (?, ?, ?, '', 1, 1, ?, ?, ?, ?, ?, ?)")))
        return failed(QStringLiteral("prepare"), statements.delivery.lastError());
    return Outcome::success();
}

Outcome fill(Statements &statements, const HistoryFixtureShape &shape)
{
    QRandomGenerator random(shape.seed);
    const QStringList transports = HistoryFixture::transports();
    const QDateTime start = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    for (int m = 0; m < shape.messages; ++m) {
        const qint64 messageId = m + 1;
        const QDateTime created = start.addSecs(qint64(m) * 600);
        std::array<int, 3> totals{};
        for (int i = 0; i < shape.deliveriesPerMessage; ++i) {
            const DeliveryState state = pickState(random);
            const QString transport =
                transports.at(int(random.bounded(quint32(transports.size()))));
            const quint32 code = state == DeliveryState::Failed        ? Code::NerrNameNotFound
                                 : state == DeliveryState::Unconfirmed ? Code::Timeout
                                                                       : Code::Success;
            totals[state == DeliveryState::Delivered ? 0
                   : state == DeliveryState::Failed  ? 1
                                                     : 2]++;
            const RouteStep step{transport, code, state, {}, false};
            QSqlQuery &query = statements.delivery;
            query.bindValue(0, messageId);
            query.bindValue(1, HistoryFixture::recipientName(
                                   int(random.bounded(quint32(shape.distinctRecipients)))));
            query.bindValue(2, code);
            query.bindValue(3, state == DeliveryState::Delivered ? 1 : 0);
            query.bindValue(4, int(random.bounded(2000u)));
            query.bindValue(5, created.addMSecs(i * 20).toString(Qt::ISODateWithMs));
            query.bindValue(6, DeliveryStates::name(state));
            query.bindValue(7, transport);
            query.bindValue(8,
                            QString::fromUtf8(
                                QJsonDocument(routeToJson({step})).toJson(QJsonDocument::Compact)));
            if (!query.exec())
                return failed(QStringLiteral("delivery"), query.lastError());
        }
        QSqlQuery &query = statements.message;
        query.bindValue(0, messageId);
        query.bindValue(1, created.toString(Qt::ISODateWithMs));
        query.bindValue(2, transports.at(m % transports.size()));
        query.bindValue(3, QStringLiteral("Generated message %1: maintenance window at %2")
                               .arg(m)
                               .arg(created.toString(QStringLiteral("HH:mm"))));
        query.bindValue(4, shape.deliveriesPerMessage);
        query.bindValue(5, totals[0]);
        query.bindValue(6, totals[1]);
        query.bindValue(7, totals[2]);
        if (!query.exec())
            return failed(QStringLiteral("message"), query.lastError());
    }
    return Outcome::success();
}

// The indices and triggers of deliveries, which are far cheaper to build once
// after a bulk insert than to keep row by row: dropped here, their SQL kept.
QList<QPair<QString, QString>> dropDeliveryExtras(const QSqlDatabase &db, Outcome *outcome)
{
    QList<QPair<QString, QString>> extras;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE"
                                   " tbl_name = 'deliveries' AND type IN ('index', 'trigger')"
                                   " AND sql IS NOT NULL"))) {
        *outcome = failed(QStringLiteral("schema"), query.lastError());
        return {};
    }
    QStringList drops;
    while (query.next()) {
        drops.append(QStringLiteral("DROP %1 %2")
                         .arg(query.value(0).toString().toUpper(), query.value(1).toString()));
        extras.append({query.value(1).toString(), query.value(2).toString()});
    }
    for (const QString &drop : drops) {
        if (!query.exec(drop)) {
            *outcome = failed(drop, query.lastError());
            return {};
        }
    }
    return extras;
}

Outcome restore(const QSqlDatabase &db, const QList<QPair<QString, QString>> &extras,
                qint64 deliveries)
{
    QSqlQuery query(db);
    for (const auto &[name, sql] : extras) {
        if (!query.exec(sql))
            return failed(name, query.lastError());
    }
    // What the dropped triggers would have counted.
    query.prepare(QStringLiteral(
        "UPDATE table_versions SET version = version + ? WHERE name = 'deliveries'"));
    query.addBindValue(deliveries);
    if (!query.exec())
        return failed(QStringLiteral("table_versions"), query.lastError());
    return Outcome::success();
}

} // namespace

QString HistoryFixture::recipientName(int index)
{
    static const char *const prefixes[] = {"PC", "SRV", "OPS", "LAB", "DESK"};
    return QStringLiteral("%1%2")
        .arg(QLatin1String(prefixes[index % 5]))
        .arg(index, 4, 10, QLatin1Char('0'));
}

QStringList HistoryFixture::transports()
{
    return {QStringLiteral("winpopup"), QStringLiteral("netapi32"), QStringLiteral("wts"),
            QStringLiteral("loopback")};
}

Outcome HistoryFixture::generate(const QString &path, const HistoryFixtureShape &shape)
{
    {
        HistoryStore store;
        const Outcome opened = store.open(path);
        if (!opened.isSuccess())
            return opened;
    }
    const QString name = QStringLiteral("history-fixture-") + QUuid::createUuid().toString();
    Outcome outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return failed(QStringLiteral("open"), db.lastError());
        QSqlQuery pragma(db);
        // A fixture, not a record: durability is not wanted here, speed is.
        pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        pragma.exec(QStringLiteral("PRAGMA cache_size=-200000"));
        // Messages go in after their deliveries (to carry their totals).
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        db.transaction();
        const auto extras = dropDeliveryExtras(db, &outcome);
        if (outcome.isSuccess()) {
            Statements statements(db);
            outcome = prepare(statements);
            if (outcome.isSuccess())
                outcome = fill(statements, shape);
        }
        if (outcome.isSuccess())
            outcome = restore(db, extras, qint64(shape.messages) * shape.deliveriesPerMessage);
        if (outcome.isSuccess() && !db.commit())
            outcome = failed(QStringLiteral("commit"), db.lastError());
        if (!outcome.isSuccess())
            db.rollback();
        pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace netmsg
