#include "historyjson.h"

#include "deliverystate.h"

#include <QJsonArray>

namespace netmsg::HistoryJson {

namespace {
QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject delivery(const DeliveryRecord &delivery)
{
    const Outcome outcome(delivery.code, delivery.detail);
    return {{QStringLiteral("id"), delivery.id},
            {QStringLiteral("recipient"), delivery.recipient},
            {QStringLiteral("state"), DeliveryStates::name(delivery.state)},
            {QStringLiteral("code"), qint64(delivery.code)},
            {QStringLiteral("symbol"), outcome.symbol()},
            {QStringLiteral("category"), Outcome::categoryName(outcome.category())},
            {QStringLiteral("description"), outcome.description()},
            {QStringLiteral("detail"), delivery.detail},
            {QStringLiteral("transport"), delivery.transport},
            {QStringLiteral("route"), routeToJson(delivery.route)},
            {QStringLiteral("attempts"), delivery.attempts},
            {QStringLiteral("parts"), delivery.parts},
            {QStringLiteral("partsSent"), delivery.partsSent},
            {QStringLiteral("elapsedMs"), delivery.elapsedMs},
            {QStringLiteral("finishedAt"), timestamp(delivery.finishedAt)}};
}

QJsonObject message(const MessageSummary &summary, const QList<DeliveryRecord> &deliveries)
{
    const SentMessageRecord &message = summary.message;
    QJsonArray rows;
    for (const DeliveryRecord &record : deliveries)
        rows.append(delivery(record));
    return {{QStringLiteral("id"), message.id},
            {QStringLiteral("createdAt"), timestamp(message.createdAt)},
            {QStringLiteral("transport"), message.transport},
            {QStringLiteral("server"), message.server},
            {QStringLiteral("sender"), message.sender},
            {QStringLiteral("text"), message.text},
            {QStringLiteral("overLimitPolicy"), message.overLimitPolicy},
            {QStringLiteral("recipientCount"), message.recipientCount},
            {QStringLiteral("delivered"), summary.delivered},
            {QStringLiteral("failed"), summary.failed},
            {QStringLiteral("unconfirmed"), summary.unconfirmed},
            {QStringLiteral("pending"), summary.pending()},
            {QStringLiteral("deliveries"), rows}};
}

} // namespace netmsg::HistoryJson
