#pragma once

#include "command.h"

namespace netmsg::cli {

// netmsg transports: every transport found, whether it works here and why not.
class TransportsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::cli::TransportsCommand)
public:
    QString name() const override { return QStringLiteral("transports"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &) override {}
    int execute(const QCommandLineParser &parser, CliSession &session) override;
};

} // namespace netmsg::cli
