#include "aliascommand.h"
#include "clisession.h"
#include "command.h"
#include "historycommand.h"
#include "sendcommand.h"
#include "transportscommand.h"

#include "settings.h"
#include "translations.h"
#ifdef NETMSG_HAVE_LISTEN
#include "listencommand.h"
#endif

#include <QCoreApplication>
#include <QLoggingCategory>
#ifdef Q_OS_WIN
#include "dllsearchpath.h"
#endif

#include <memory>
#include <vector>

using namespace netmsg::cli;

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<SendCommand>());
    commands.push_back(std::make_unique<AliasCommand>());
#ifdef NETMSG_HAVE_LISTEN
    commands.push_back(std::make_unique<ListenCommand>());
#endif
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<TransportsCommand>());
    return commands;
}

QString commandHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = QCoreApplication::translate("main", "Commands:") + QLatin1Char('\n');
    for (const auto &command : commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -12).arg(command->description());
    text += QLatin1Char('\n') +
            QCoreApplication::translate("main",
                                        "Run 'netmsg COMMAND --help' for a command's options.") +
            QLatin1Char('\n');
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Before anything loads a DLL by name: none from the working folder or PATH.
    if (const netmsg::Outcome restricted = netmsg::DllSearchPath::restrictToSafeFolders();
        !restricted.isSuccess())
        qWarning("netmsg: %s", qPrintable(restricted.toString()));
#endif
    // Diagnostics stay quiet unless asked for with QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(QStringLiteral("netmsg.*.debug=false\nnetmsg.*.info=false"));
    // Qt's own event dispatcher rather than GLib's: the CLI integrates with no
    // GLib library, and a bulk send or a busy receiver spends a third less
    // CPU per message in it (tests/bench/product_bench). A user's own
    // QT_NO_GLIB setting wins.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netmsg"));
    QCoreApplication::setOrganizationName(QStringLiteral("netmsg"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETMSG_VERSION));
    // --json output is for programs: its texts (details, errors) stay in
    // English whatever the language, like its keys and numeric codes.
    if (!QCoreApplication::arguments().contains(QStringLiteral("--json")))
        netmsg::Translations::install(netmsg::Settings().language());

    const auto commands = allCommands();
    // Global options may come before the command name; the command's own
    // parser sees them again, together with its arguments.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Send and receive net send style network messages."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "The command to run."),
                                 QStringLiteral("command [options]"));

    const QStringList arguments = QCoreApplication::arguments();
    if (!parser.parse(arguments)) {
        CliSession(parser).printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        // Not showVersion(): on Windows without a console window (a pipe, a
        // service, Wine) it shows a message box instead of printing.
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        QTextStream out(parser.isSet(help) ? stdout : stderr);
        out << parser.helpText() << '\n' << commandHelp(commands);
        return parser.isSet(help) ? ExitOk : ExitUsage;
    }
    const QString &name = positional.first();
    for (const auto &command : commands) {
        if (command->name() != name)
            continue;
        const qsizetype commandIndex = arguments.size() - positional.size();
        QStringList commandArguments = arguments.mid(0, commandIndex);
        commandArguments += positional.mid(1);
        return command->run(commandArguments);
    }
    CliSession(parser).printError(
        QCoreApplication::translate("main", "unknown command '%1'").arg(name));
    QTextStream(stderr) << commandHelp(commands);
    return ExitUsage;
}
