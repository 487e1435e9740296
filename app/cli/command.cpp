#include "command.h"

#include "clisession.h"

namespace netmsg::cli {

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("t"), QStringLiteral("transport")},
                      QCoreApplication::translate("netmsg::cli::Command",
                                                  "Transport to use (see 'netmsg transports')."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("route"),
                      QCoreApplication::translate(
                          "netmsg::cli::Command",
                          "Transports to try per recipient, in order, e.g. netapi32,wts,winpopup."),
                      QStringLiteral("ids")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("transport-option")},
                      QCoreApplication::translate(
                          "netmsg::cli::Command",
                          "Transport option [ID.]KEY=VALUE (repeatable; ID. when the route has "
                          "several transports)."),
                      QStringLiteral("key=value")});
    parser.addOption(
        {QStringLiteral("json"),
         QCoreApplication::translate("netmsg::cli::Command", "Print JSON, one object per line.")});
}

int Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    addGlobalOptions(parser);
    addOptions(parser);
    const QString syntax = positionalSyntax();
    if (!syntax.isEmpty())
        parser.addPositionalArgument(QStringLiteral("arguments"), syntax, syntax);

    QStringList withCommand = arguments;
    if (!withCommand.isEmpty())
        withCommand[0] = withCommand.at(0) + QLatin1Char(' ') + name();
    const bool parsed = parser.parse(withCommand);
    CliSession session(parser);
    if (!parsed)
        return usageError(session, parser.errorText());
    if (parser.isSet(help)) {
        session.out() << parser.helpText();
        return ExitOk;
    }
    return execute(parser, session);
}

int Command::usageError(CliSession &session, const QString &message) const
{
    session.printError(name() + QStringLiteral(": ") + message);
    session.err() << tr("Try 'netmsg %1 --help'.").arg(name()) << Qt::endl;
    return ExitUsage;
}

} // namespace netmsg::cli
