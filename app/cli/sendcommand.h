#pragma once

#include "command.h"

namespace netmsg::cli {

// netmsg send: one message to one or many recipients through a DeliveryJob.
class SendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::cli::SendCommand)
public:
    QString name() const override { return QStringLiteral("send"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    QString positionalSyntax() const override { return QStringLiteral("[text...]"); }
    int execute(const QCommandLineParser &parser, CliSession &session) override;
};

} // namespace netmsg::cli
