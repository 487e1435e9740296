#include "aliascommand.h"

#include "clisession.h"

#include "imessagetransport.h"
#include "validation.h"

#include <QJsonArray>

namespace netmsg::cli {

QString AliasCommand::description() const
{
    return tr("List, add or delete the messenger aliases of a server.");
}

void AliasCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("server"),
                      tr("Server whose aliases to manage (default: this computer)."),
                      QStringLiteral("name")});
}

int AliasCommand::execute(const QCommandLineParser &parser, CliSession &session)
{
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return usageError(session, tr("say what to do: list, add or del"));
    const QString action = arguments.takeFirst();
    const QString server = parser.value(QStringLiteral("server"));
    const bool list = action == QLatin1String("list");
    const bool add = action == QLatin1String("add");
    const bool remove = action == QLatin1String("del") || action == QLatin1String("delete");
    if (!list && !add && !remove)
        return usageError(session, tr("unknown action '%1' (list, add or del)").arg(action));
    if (list && !arguments.isEmpty())
        return usageError(session, tr("'alias list' takes no names"));
    if (!list && arguments.isEmpty())
        return usageError(session, tr("'alias %1' needs at least one NAME").arg(action));

    int exitCode = ExitOk;
    const Capability needed = list  ? Capability::ListAliases
                              : add ? Capability::AddAlias
                                    : Capability::DeleteAlias;
    IMessageTransport *transport = session.transport(&exitCode, needed);
    if (!transport)
        return exitCode;
    const TransportLimits limits = transport->limits();
    if (!server.isEmpty()) {
        const Outcome check = Validation::checkName(server, NameKind::Server, limits);
        if (!check.isSuccess()) {
            session.printError(tr("server"), check);
            return ExitBadInput;
        }
    }

    if (list) {
        const AliasListing listing = awaitResult(transport->listAliases(server));
        if (!listing.outcome.isSuccess()) {
            session.printError(tr("listing aliases"), listing.outcome);
            return ExitAllFailed;
        }
        if (session.json()) {
            QJsonObject object = CliSession::outcomeJson(listing.outcome);
            object.insert(QStringLiteral("server"), server);
            object.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(listing.aliases));
            session.printJson(object);
        } else {
            // A remote host's node status answer is untrusted, like a received
            // message: its names must not drive the terminal either.
            for (const QString &alias : listing.aliases)
                session.out() << CliSession::escapeControls(alias) << '\n';
        }
        return ExitOk;
    }

    // Every name is checked before anything changes.
    for (const QString &alias : std::as_const(arguments)) {
        const Outcome check = Validation::checkName(alias, NameKind::Alias, limits);
        if (!check.isSuccess()) {
            session.printError(tr("alias"), check);
            return ExitBadInput;
        }
    }
    int failed = 0;
    for (const QString &alias : std::as_const(arguments)) {
        const Outcome outcome = awaitResult(add ? transport->addAlias(server, alias)
                                                : transport->deleteAlias(server, alias));
        if (!outcome.isSuccess())
            ++failed;
        if (session.json()) {
            QJsonObject object = CliSession::outcomeJson(outcome);
            object.insert(QStringLiteral("alias"), alias.toUpper());
            object.insert(QStringLiteral("server"), server);
            object.insert(QStringLiteral("action"),
                          add ? QStringLiteral("add") : QStringLiteral("del"));
            session.printJson(object);
        } else if (outcome.isSuccess()) {
            session.out() << (add ? tr("added %1").arg(alias.toUpper())
                                  : tr("deleted %1").arg(alias.toUpper()))
                          << '\n';
        } else {
            session.printError(add ? tr("adding %1").arg(alias.toUpper())
                                   : tr("deleting %1").arg(alias.toUpper()),
                               outcome);
        }
    }
    if (failed == 0)
        return ExitOk;
    return failed == arguments.size() ? ExitAllFailed : ExitSomeFailed;
}

} // namespace netmsg::cli
