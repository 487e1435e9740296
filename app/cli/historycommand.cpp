#include "historycommand.h"

#include "clisession.h"
#include "historyjson.h"

#include <QJsonArray>

#include <algorithm>

namespace netmsg::cli {

namespace {
constexpr int deliveryPageSize = 1000;

template <typename T> HistoryRead<T> resultOf(QFuture<HistoryRead<T>> future)
{
    future.waitForFinished();
    return future.result();
}
} // namespace

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
    return parser.isSet(QStringLiteral("inbox")) ? showInbox(session, *history, limit)
                                                 : showMessages(session, *history, limit);
}

int HistoryCommand::showInbox(CliSession &session, const HistoryStore &history, int limit)
{
    const HistoryRead<QList<InboxRecord>> inbox = resultOf(history.inbox(0, limit));
    if (!inbox.outcome.isSuccess()) {
        session.printError(tr("history"), inbox.outcome);
        return ExitIoError;
    }
    for (const InboxRecord &record : inbox.rows) {
        const ReceivedMessage &m = record.message;
        if (session.json()) {
            session.printJson(
                {{QStringLiteral("id"), record.id},
                 {QStringLiteral("receivedAt"), m.receivedAt.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("transport"), m.transport},
                 {QStringLiteral("sender"), m.sender},
                 {QStringLiteral("alias"), m.alias},
                 {QStringLiteral("peer"), m.peerAddress},
                 {QStringLiteral("text"), m.text},
                 {QStringLiteral("read"), record.read}});
        } else {
            session.out() << m.receivedAt.toLocalTime().toString(Qt::ISODate) << "  "
                          << tr("from %1 (%2) to %3")
                                 .arg(CliSession::escapeControls(m.sender), m.peerAddress, m.alias)
                          << "\n  " << CliSession::escapeControls(m.text) << '\n';
        }
    }
    return ExitOk;
}

int HistoryCommand::showMessages(CliSession &session, const HistoryStore &history, int limit)
{
    const HistoryRead<QList<MessageSummary>> messages = resultOf(history.messages({}, 0, limit));
    if (!messages.outcome.isSuccess()) {
        session.printError(tr("history"), messages.outcome);
        return ExitIoError;
    }
    for (const MessageSummary &summary : messages.rows) {
        const SentMessageRecord &message = summary.message;
        const HistoryRead<QList<DeliveryRecord>> deliveries = deliveriesOf(history, message.id);
        if (!deliveries.outcome.isSuccess()) {
            session.printError(tr("history"), deliveries.outcome);
            return ExitIoError;
        }
        if (session.json()) {
            session.printJson(HistoryJson::message(summary, deliveries.rows));
            continue;
        }
        session.out() << '#' << message.id << "  "
                      << message.createdAt.toLocalTime().toString(Qt::ISODate) << "  "
                      << message.transport << "  " << summaryText(summary) << "\n  "
                      << CliSession::escapeControls(message.text) << '\n';
        for (const DeliveryRecord &delivery : deliveries.rows) {
            const QString state = DeliveryStates::displayName(delivery.state);
            session.out() << "    " << delivery.recipient << ": "
                          << (delivery.transport.isEmpty()
                                  ? state
                                  : tr("%1 (%2)").arg(state, delivery.transport))
                          << ", " << Outcome(delivery.code, delivery.detail).toString() << '\n';
        }
    }
    return ExitOk;
}

HistoryRead<QList<DeliveryRecord>> HistoryCommand::deliveriesOf(const HistoryStore &history,
                                                                qint64 messageId)
{
    HistoryFilter filter;
    filter.messageId = messageId;
    HistoryRead<QList<DeliveryRecord>> all;
    for (int offset = 0;; offset += deliveryPageSize) {
        const HistoryRead<QList<DeliveryRecord>> page =
            resultOf(history.deliveries(filter, offset, deliveryPageSize));
        if (!page.outcome.isSuccess())
            return page;
        all.rows += page.rows;
        if (page.rows.size() < deliveryPageSize)
            break;
    }
    // Pages come newest first; people read a message's results in order.
    std::reverse(all.rows.begin(), all.rows.end());
    return all;
}

QString HistoryCommand::summaryText(const MessageSummary &summary)
{
    QString text =
        tr("%1 of %2 delivered").arg(summary.delivered).arg(summary.message.recipientCount);
    if (summary.failed > 0)
        text += QStringLiteral(", ") + tr("%1 failed").arg(summary.failed);
    if (summary.unconfirmed > 0)
        text += QStringLiteral(", ") + tr("%1 unconfirmed").arg(summary.unconfirmed);
    if (summary.pending() > 0)
        text += QStringLiteral(", ") + tr("%1 pending").arg(summary.pending());
    return text;
}

} // namespace netmsg::cli
