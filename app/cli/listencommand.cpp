#include "listencommand.h"

#include "clisession.h"

#include "imessagetransport.h"
#include "validation.h"

#include <QEventLoop>
#include <QFuture>
#include <QHostAddress>
#include <QJsonArray>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace netmsg::cli {

namespace {

// Ctrl-C or a polite kill stops listening cleanly: the loop ends, the
// receiver closes, and every message already printed is in the inbox.
std::atomic_bool stopRequested{false};

extern "C" void onStopSignal(int)
{
    stopRequested = true;
}

} // namespace

QString ListenCommand::description() const
{
    return tr("Receive messages: store each in the inbox and print it as it arrives.");
}

void ListenCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("address"), tr("Address to listen on (default: the settings', 127.0.0.1)."),
         QStringLiteral("address")},
        {QStringLiteral("port"), tr("Port to listen on (default: the settings', 1139)."),
         QStringLiteral("port")},
        {QStringLiteral("alias"),
         tr("Answer to NAME as well; added to the stored alias list (repeatable)."),
         QStringLiteral("name")},
        {QStringLiteral("codepage"), tr("Code page of incoming text, e.g. CP850."),
         QStringLiteral("name")},
        {QStringLiteral("count"), tr("Stop after N messages (default: run until interrupted)."),
         QStringLiteral("n")},
        {QStringLiteral("max-connections"), tr("Peers served at once (default 64)."),
         QStringLiteral("n")},
        {QStringLiteral("max-bytes"), tr("Longest message accepted, in bytes (default 4096)."),
         QStringLiteral("n")},
        {QStringLiteral("idle-timeout"),
         tr("Close a peer's connection after this many silent seconds (default 30)."),
         QStringLiteral("seconds")},
    });
}

int ListenCommand::execute(const QCommandLineParser &parser, CliSession &session)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(session, tr("listen takes no arguments"));
    ReceiverOptions options;
    const QString addressText = parser.isSet(QStringLiteral("address"))
                                    ? parser.value(QStringLiteral("address"))
                                    : session.settings().listenerAddress();
    options.address = QHostAddress(addressText);
    if (options.address.isNull())
        return usageError(session, tr("--address '%1' is not an IP address").arg(addressText));
    bool ok = true;
    const uint port = parser.isSet(QStringLiteral("port"))
                          ? parser.value(QStringLiteral("port")).toUInt(&ok)
                          : session.settings().listenerPort();
    if (!ok || port == 0 || port > 65535)
        return usageError(session, tr("--port must be a number from 1 to 65535"));
    options.port = quint16(port);
    options.codePage = parser.value(QStringLiteral("codepage"));
    int count = 0;
    if (parser.isSet(QStringLiteral("count"))) {
        count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1)
            return usageError(session, tr("--count must be a positive number"));
    }

    const struct
    {
        const char *option;
        int *value;
        int scale;
    } limits[] = {{"max-connections", &options.maxConnections, 1},
                  {"max-bytes", &options.maxMessageBytes, 1},
                  {"idle-timeout", &options.idleTimeoutMs, 1000}};
    for (const auto &limit : limits) {
        const QString option = QLatin1String(limit.option);
        if (!parser.isSet(option))
            continue;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 1 || value > 1000000)
            return usageError(session, tr("--%1 must be a positive number").arg(option));
        *limit.value = value * limit.scale;
    }

    int exitCode = ExitOk;
    IMessageTransport *transport = session.transport(&exitCode, Capability::Receive);
    if (!transport)
        return exitCode;
    HistoryStore *history = session.history(&exitCode);
    if (!history)
        return exitCode;

    const QStringList newAliases = parser.values(QStringLiteral("alias"));
    for (const QString &alias : newAliases) {
        const Outcome check = Validation::checkName(alias, NameKind::Alias, transport->limits());
        if (!check.isSuccess()) {
            session.printError(tr("alias"), check);
            return ExitBadInput;
        }
    }
    for (const QString &alias : newAliases) {
        const Outcome added = awaitResult(transport->addAlias({}, alias));
        if (!added.isSuccess() && added.code() != Code::NerrAlreadyExists) {
            session.printError(tr("adding alias %1").arg(alias.toUpper()), added);
            return CliSession::exitCodeFor(added);
        }
    }
    const AliasListing aliases = awaitResult(transport->listAliases({}));
    if (aliases.outcome.isSuccess() && aliases.aliases.isEmpty())
        session.err() << tr("netmsg: warning: no aliases: every session will be refused (use "
                            "--alias NAME)")
                      << Qt::endl;

    int received = 0;
    Outcome storeFailure;
    QEventLoop loop;
    const auto print = [&session](const ReceivedMessage &message, qint64 inboxId) {
        if (session.json()) {
            session.printJson({
                {QStringLiteral("receivedAt"), message.receivedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("transport"), message.transport},
                {QStringLiteral("sender"), message.sender},
                {QStringLiteral("alias"), message.alias},
                {QStringLiteral("peerAddress"), message.peerAddress},
                {QStringLiteral("text"), message.text},
                {QStringLiteral("inboxId"), inboxId},
            });
            return;
        }
        session.out() << tr("[%1] %2 (%3) to %4:")
                             .arg(message.receivedAt.toLocalTime().toString(Qt::ISODate),
                                  CliSession::escapeControls(message.sender), message.peerAddress,
                                  message.alias)
                      << '\n'
                      << CliSession::escapeControls(message.text) << "\n\n";
        session.out().flush();
    };
    // Stored before the peer is answered, together with whatever else arrives
    // meanwhile (one commit for a burst); a message the inbox refuses is
    // refused to its sender too, so nobody is told "delivered" about it. It is
    // printed once it is in the inbox.
    options.accept = [&](const ReceivedMessage &message) {
        // The store outlives this loop and finishes its writes before it goes.
        return history->recordReceived(message).then(
            history, [&, message](const HistoryWrite &written) {
                if (!written.outcome.isSuccess()) {
                    session.printError(tr("storing a message from %1").arg(message.peerAddress),
                                       written.outcome);
                    if (storeFailure.isSuccess())
                        storeFailure = written.outcome;
                    // An inbox that cannot keep messages ends the listener
                    // (exit 74) rather than refusing every sender from now on.
                    QTimer::singleShot(0, &loop, &QEventLoop::quit);
                    return written.outcome;
                }
                print(message, written.id);
                return written.outcome;
            });
    };
    // Counted once the peer has its answer, so that --count never stops the
    // receiver before the last reply is on its way.
    QObject::connect(transport, &IMessageTransport::messageReceived, &loop, [&] {
        if (count > 0 && ++received == count)
            QTimer::singleShot(0, &loop, &QEventLoop::quit);
    });

    const Outcome started = transport->startReceiving(options);
    if (!started.isSuccess()) {
        session.printError(tr("listening on %1:%2").arg(addressText).arg(port), started);
        return CliSession::exitCodeFor(started);
    }
    // A line, not a page: a receiver with thousands of aliases names the
    // first few and counts the rest (`netmsg alias list` shows them all).
    constexpr int Named = 10;
    QString names = aliases.aliases.mid(0, Named).join(QLatin1String(", "));
    if (aliases.aliases.size() > Named)
        names = tr("%1 and %n more", nullptr, int(aliases.aliases.size()) - Named).arg(names);
    session.err() << tr("netmsg: listening on %1 (%2) for %3")
                         .arg(transport->receiverAddress(), transport->id(), names)
                  << Qt::endl;
    // Loopback is the default; anything wider is said once, plainly.
    if (!options.address.isLoopback())
        session.err() << tr("netmsg: warning: %1 is not loopback: other computers can send to "
                            "these names (limit who with --transport-option "
                            "winpopup.allowNetworks=NET/PREFIX,...)")
                             .arg(options.address.toString())
                      << Qt::endl;

    stopRequested = false;
    // signal() fails only for an invalid signal number: its result may be ignored
    // (CERT ERR33-C, exception EX1).
    (void)std::signal(SIGINT, onStopSignal);
    (void)std::signal(SIGTERM, onStopSignal);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &loop, [&] {
        if (stopRequested)
            loop.quit();
    });
    stopPoll.start(100);
    loop.exec();
    (void)std::signal(SIGINT, SIG_DFL);
    (void)std::signal(SIGTERM, SIG_DFL);
    transport->stopReceiving();
    // README: 74 when the history is not writable; a message that is not in
    // the inbox was shown once and is gone.
    return storeFailure.isSuccess() ? ExitOk : ExitIoError;
}

} // namespace netmsg::cli
