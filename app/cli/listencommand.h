#pragma once

#include "command.h"

namespace netmsg::cli {

// netmsg listen: runs a transport's receiver in the foreground, stores every
// message in the inbox and prints it as it arrives (text or one JSON object
// per line). What a peer sends is untrusted: control characters are printed
// escaped, and the sender is shown beside the peer address it came from.
class ListenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::cli::ListenCommand)
public:
    QString name() const override { return QStringLiteral("listen"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliSession &session) override;
};

} // namespace netmsg::cli
