#include "historycommand.h"

#include "clisession.h"

#include <QJsonArray>

namespace netmsg::cli {

QString HistoryCommand::description() const
{
    return tr("Show sent messages with every recipient's result, or received messages.");
}

void HistoryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("limit"), tr("How many messages to show (default 20)."),
         QStringLiteral("n")},
        {QStringLiteral("inbox"), tr("Show received messages instead.")},
    });
}

int HistoryCommand::execute(const QCommandLineParser &parser, CliSession &session)
{
    int limit = 20;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(session, tr("--limit '%1' is not a positive number")
                                           .arg(parser.value(QStringLiteral("limit"))));
    }
    int exitCode = ExitOk;
    HistoryStore *history = session.history(&exitCode);
    if (!history)
        return exitCode;

    if (parser.isSet(QStringLiteral("inbox"))) {
        for (const InboxRecord &record : history->inbox(0, limit).result().rows) {
            const ReceivedMessage &m = record.message;
            if (session.json()) {
                session.printJson(
                    {{QStringLiteral("id"), record.id},
                     {QStringLiteral("receivedAt"), m.receivedAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("transport"), m.transport},
                     {QStringLiteral("sender"), m.sender},
                     {QStringLiteral("alias"), m.alias},
                     {QStringLiteral("peer"), m.peerAddress},
                     {QStringLiteral("text"), m.text}});
            } else {
                session.out() << m.receivedAt.toLocalTime().toString(Qt::ISODate) << "  "
                              << tr("from %1 (%2) to %3")
                                     .arg(CliSession::escapeControls(m.sender), m.peerAddress,
                                          m.alias)
                              << "\n  " << CliSession::escapeControls(m.text) << '\n';
            }
        }
        return ExitOk;
    }

    for (const MessageSummary &summary : history->messages({}, 0, limit).result().rows) {
        const SentMessageRecord &message = summary.message;
        const QList<DeliveryRecord> deliveries = history->deliveriesOf(message.id);
        if (session.json()) {
            QJsonArray rows;
            for (const DeliveryRecord &delivery : deliveries) {
                QJsonObject row = CliSession::outcomeJson(Outcome(delivery.code, delivery.detail));
                row.insert(QStringLiteral("recipient"), delivery.recipient);
                row.insert(QStringLiteral("attempts"), delivery.attempts);
                row.insert(QStringLiteral("parts"), delivery.parts);
                row.insert(QStringLiteral("elapsedMs"), delivery.elapsedMs);
                row.insert(QStringLiteral("finishedAt"),
                           delivery.finishedAt.toString(Qt::ISODateWithMs));
                rows.append(row);
            }
            session.printJson(
                {{QStringLiteral("id"), message.id},
                 {QStringLiteral("createdAt"), message.createdAt.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("transport"), message.transport},
                 {QStringLiteral("server"), message.server},
                 {QStringLiteral("sender"), message.sender},
                 {QStringLiteral("text"), message.text},
                 {QStringLiteral("overLimitPolicy"), message.overLimitPolicy},
                 {QStringLiteral("recipientCount"), message.recipientCount},
                 {QStringLiteral("deliveries"), rows}});
        } else {
            int ok = 0;
            for (const DeliveryRecord &delivery : deliveries)
                ok += delivery.code == 0 ? 1 : 0;
            session.out() << '#' << message.id << "  "
                          << message.createdAt.toLocalTime().toString(Qt::ISODate) << "  "
                          << message.transport << "  "
                          << tr("%1 of %2 delivered").arg(ok).arg(message.recipientCount) << "\n  "
                          << CliSession::escapeControls(message.text) << '\n';
            for (const DeliveryRecord &delivery : deliveries)
                session.out() << "    " << delivery.recipient << ": "
                              << Outcome(delivery.code, delivery.detail).toString() << '\n';
        }
    }
    return ExitOk;
}

} // namespace netmsg::cli
