#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace netmsg::cli {

class CliSession;

// sysexits-style codes, as the CLI documents them.
enum ExitCode : int {
    ExitOk = 0,
    ExitSomeFailed = 1,
    ExitAllFailed = 2,
    ExitUsage = 64,
    ExitBadInput = 65,
    ExitUnavailable = 69,
    ExitSoftware = 70,
    ExitIoError = 74,
};

// One subcommand of `netmsg`. The base owns option parsing (with the options
// every command shares), help and usage errors; a subclass adds its options and
// does its work in execute().
class Command
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::cli::Command)
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;

    // arguments[0] is the program name; the rest are the command's arguments
    // together with any global options given before the command name.
    int run(const QStringList &arguments);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual QString positionalSyntax() const { return {}; }
    virtual int execute(const QCommandLineParser &parser, CliSession &session) = 0;

    // For subclasses: report a usage error (exit 64).
    int usageError(CliSession &session, const QString &message) const;
};

// Options shared by every command (also accepted before the command name).
void addGlobalOptions(QCommandLineParser &parser);

} // namespace netmsg::cli
