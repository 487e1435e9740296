#pragma once

#include "command.h"

#include "historystore.h"

#include <QJsonObject>

namespace netmsg::cli {

// netmsg history: sent messages with their per-recipient results, or the inbox.
// A history that cannot be read exits 74 with the reason, never as an empty one.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::cli::HistoryCommand)
public:
    QString name() const override { return QStringLiteral("history"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliSession &session) override;

private:
    static int showInbox(CliSession &session, const HistoryStore &history, int limit);
    static int showMessages(CliSession &session, const HistoryStore &history, int limit);
    // Every delivery of `messageId`, oldest first, read page by page.
    static HistoryRead<QList<DeliveryRecord>> deliveriesOf(const HistoryStore &history,
                                                           qint64 messageId);
    static QString summaryText(const MessageSummary &summary);
};

} // namespace netmsg::cli
