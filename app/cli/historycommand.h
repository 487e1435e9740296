#pragma once

#include "command.h"

namespace netmsg::cli {

// netmsg history: sent messages with their per-recipient results, or the inbox.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::cli::HistoryCommand)
public:
    QString name() const override { return QStringLiteral("history"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliSession &session) override;
};

} // namespace netmsg::cli
