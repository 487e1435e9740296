#pragma once

#include "command.h"

namespace netmsg::cli {

// netmsg alias list|add|del: the messenger aliases of a server.
class AliasCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::cli::AliasCommand)
public:
    QString name() const override { return QStringLiteral("alias"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("list | add NAME... | del NAME...");
    }
    int execute(const QCommandLineParser &parser, CliSession &session) override;
};

} // namespace netmsg::cli
