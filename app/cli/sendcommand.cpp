#include "sendcommand.h"

#include "clisession.h"

#include "deliveryjob.h"
#include "imessagetransport.h"
#include "validation.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace netmsg::cli {

namespace {
// Ctrl-C (or a polite kill) cancels the job instead of killing the process,
// so every recipient still gets its result, "cancelled", in history.
std::atomic_bool interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stream));
#else
    Q_UNUSED(stream);
    return false;
#endif
}

// Reads --to values: a list as typed, or @file when that file exists.
std::optional<QString> recipientText(const QStringList &values, CliSession &session)
{
    QStringList parts;
    for (const QString &value : values) {
        if (value.startsWith(QLatin1Char('@')) && QFileInfo(value.mid(1)).isFile()) {
            QFile file(value.mid(1));
            if (!file.open(QIODevice::ReadOnly)) {
                session.printError(QCoreApplication::translate("netmsg::cli::SendCommand",
                                                               "cannot read recipients from %1: %2")
                                       .arg(file.fileName(), file.errorString()));
                return std::nullopt;
            }
            parts.append(QString::fromUtf8(file.readAll()));
        } else {
            parts.append(value);
        }
    }
    return parts.join(QLatin1Char('\n'));
}

bool parseNumber(const QCommandLineParser &parser, const QString &option, int minimum, int maximum,
                 int *value, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        *error = QCoreApplication::translate("netmsg::cli::SendCommand",
                                             "--%1 '%2' is not a number from %3 to %4")
                     .arg(option, parser.value(option), QString::number(minimum),
                          QString::number(maximum));
        return false;
    }
    *value = number;
    return true;
}
} // namespace

QString SendCommand::description() const
{
    return tr("Send a message to one or more recipients.");
}

void SendCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("server"), tr("Server to send from (default: this computer)."),
         QStringLiteral("name")},
        {QStringLiteral("from"), tr("Sender name (default: from settings)."),
         QStringLiteral("name")},
        {QStringLiteral("to"),
         tr("Recipients: NAME, NAME@host[:port], @group, lists separated by commas, semicolons or "
            "new lines, or @file (repeatable)."),
         QStringLiteral("recipients")},
        {QStringLiteral("concurrency"), tr("Recipients in flight at once (1-256)."),
         QStringLiteral("n")},
        {QStringLiteral("timeout"), tr("Timeout per attempt in milliseconds."),
         QStringLiteral("ms")},
        {QStringLiteral("retries"), tr("Extra attempts for transient failures (0-10)."),
         QStringLiteral("n")},
        {QStringLiteral("codepage"), tr("Wire code page for OEM transports, e.g. CP850."),
         QStringLiteral("name")},
        {QStringLiteral("port"), tr("Port for recipients given without one."),
         QStringLiteral("port")},
        {QStringLiteral("over-limit"),
         tr("Over the transport's length limit: refuse (default) or split."),
         QStringLiteral("policy")},
        {QStringLiteral("dry-run"), tr("Check and show what would be sent; send nothing.")},
    });
}

int SendCommand::execute(const QCommandLineParser &parser, CliSession &session)
{
    DeliveryOptions options;
    options.concurrency = session.settings().concurrency();
    options.timeoutMs = session.settings().timeoutMs();
    options.retries = session.settings().retries();
    int port = 0;
    QString error;
    if (!parseNumber(parser, QStringLiteral("concurrency"), 1, 256, &options.concurrency, &error) ||
        !parseNumber(parser, QStringLiteral("timeout"), 1, 3600000, &options.timeoutMs, &error) ||
        !parseNumber(parser, QStringLiteral("retries"), 0, 10, &options.retries, &error) ||
        !parseNumber(parser, QStringLiteral("port"), 1, 65535, &port, &error))
        return usageError(session, error);
    const QString policy = parser.value(QStringLiteral("over-limit"));
    if (policy == QLatin1String("split"))
        options.overLimit = OverLimitPolicy::Split;
    else if (!policy.isEmpty() && policy != QLatin1String("refuse"))
        return usageError(session,
                          tr("--over-limit '%1' is neither 'refuse' nor 'split'").arg(policy));
    if (!parser.isSet(QStringLiteral("to")))
        return usageError(session, tr("no recipients: give --to"));

    QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (parser.positionalArguments().isEmpty() || text == QLatin1String("-")) {
        if (isTerminal(stdin))
            return usageError(session,
                              tr("no message text: give it as an argument or on standard input"));
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return usageError(session, tr("cannot read standard input"));
        text = QString::fromUtf8(input.readAll());
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
    }

    QVariantMap extra;
    if (parser.isSet(QStringLiteral("codepage")))
        extra.insert(QStringLiteral("codePage"), parser.value(QStringLiteral("codepage")));
    int exitCode = ExitOk;
    IMessageTransport *transport = session.transport(&exitCode, extra);
    if (!transport)
        return exitCode;
    if (!transport->hasCapability(Capability::Send)) {
        session.printError(tr("the %1 transport cannot send messages").arg(transport->id()));
        return ExitUnavailable;
    }

    Message prototype;
    prototype.server = parser.value(QStringLiteral("server"));
    prototype.sender = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                            : session.settings().senderName();
    prototype.port = quint16(port);
    prototype.text = text;
    const TransportLimits limits = transport->limits();
    for (const auto &[value, kind] : {std::pair{prototype.sender, NameKind::Sender},
                                      std::pair{prototype.server, NameKind::Server}}) {
        if (value.isEmpty())
            continue;
        const Outcome check = Validation::checkName(value, kind, limits);
        if (!check.isSuccess()) {
            session.printError(Validation::kindName(kind), check);
            return ExitBadInput;
        }
    }

    const auto recipientInput = recipientText(parser.values(QStringLiteral("to")), session);
    if (!recipientInput)
        return ExitBadInput;
    HistoryStore *history =
        parser.isSet(QStringLiteral("dry-run")) ? nullptr : session.history(&exitCode);
    if (!history && !parser.isSet(QStringLiteral("dry-run")))
        return exitCode;
    HistoryStore groupSource;
    const HistoryStore *groups = history;
    if (!groups && groupSource.open(session.settings().historyPath()).isSuccess())
        groups = &groupSource;
    RecipientList recipients =
        RecipientList::parse(*recipientInput, [groups](const QString &group) {
            return groups ? groups->groupMembers(group) : std::optional<QStringList>();
        });
    recipients.validate(limits, transport->capabilities());
    if (!recipients.rejected().isEmpty()) {
        for (const RejectedEntry &rejected : recipients.rejected())
            session.printError(rejected.line > 0
                                   ? tr("recipient '%1' (line %2)")
                                         .arg(rejected.entry, QString::number(rejected.line))
                                   : tr("recipient '%1'").arg(rejected.entry),
                               rejected.reason);
        session.printError(tr("nothing was sent: %n recipient(s) rejected", nullptr,
                              int(recipients.rejected().size())));
        return ExitBadInput;
    }
    if (recipients.isEmpty())
        return usageError(session, tr("no recipients: --to is empty"));

    if (parser.isSet(QStringLiteral("dry-run"))) {
        // The same check DeliveryJob::start() makes: a broadcast has its own limit.
        const bool broadcast =
            std::any_of(recipients.recipients().begin(), recipients.recipients().end(),
                        [](const Recipient &r) { return Validation::isBroadcast(r.name); });
        const Outcome textCheck = Validation::checkText(text, limits, broadcast);
        if (!textCheck.isSuccess() && !(textCheck.code() == Code::MessageExceedsMaxSize &&
                                        options.overLimit == OverLimitPolicy::Split)) {
            session.printError(tr("message"), textCheck);
            return ExitBadInput;
        }
        for (const Recipient &recipient : recipients.recipients()) {
            if (session.json())
                session.printJson({{QStringLiteral("recipient"), recipient.address()},
                                   {QStringLiteral("dryRun"), true}});
            else
                session.out() << tr("would send to %1").arg(recipient.address()) << '\n';
        }
        return ExitOk;
    }

    DeliveryJob job(transport, history);
    job.setOptions(options);
    const bool showProgress =
        !session.json() && isTerminal(stderr) && recipients.recipients().size() > 1;
    int delivered = 0;
    QObject::connect(&job, &DeliveryJob::recipientFinished, [&](const DeliveryResult &result) {
        if (result.outcome.isSuccess())
            ++delivered;
        if (session.json()) {
            QJsonObject object = CliSession::outcomeJson(result.outcome);
            object.insert(QStringLiteral("recipient"), result.recipient.address());
            object.insert(QStringLiteral("elapsedMs"), result.elapsedMs);
            object.insert(QStringLiteral("attempts"), result.attempts);
            object.insert(QStringLiteral("parts"), result.parts);
            session.printJson(object);
        } else {
            session.out() << result.recipient.address() << ": " << result.outcome.toString()
                          << '\n';
        }
    });
    QObject::connect(&job, &DeliveryJob::progress, [&](int done, int total) {
        if (showProgress)
            session.err() << '\r' << tr("%1 of %2 done").arg(done).arg(total) << Qt::flush;
    });
    QEventLoop loop;
    QObject::connect(&job, &DeliveryJob::finished, &loop, &QEventLoop::quit);
    interrupted = false;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &job, [&] {
        if (interrupted.exchange(false)) {
            session.printError(tr("interrupted: cancelling the remaining recipients"));
            job.cancel();
        }
    });
    interruptPoll.start(50);
    const Outcome started = job.start(prototype, recipients.recipients());
    if (!started.isSuccess()) {
        session.printError(tr("message"), started);
        if (!job.historyOutcome().isSuccess())
            return ExitIoError;
        return started.category() == OutcomeCategory::InvalidInput ? ExitBadInput : ExitAllFailed;
    }
    if (job.isRunning())
        loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    session.out().flush();
    if (showProgress)
        session.err() << Qt::endl;
    // Results that history refused are lost once this process ends: say so
    // with the exit code the README gives for it, whatever was delivered.
    if (!job.historyOutcome().isSuccess()) {
        session.printError(tr("history"), job.historyOutcome());
        return ExitIoError;
    }
    if (delivered == job.total())
        return ExitOk;
    return delivered == 0 ? ExitAllFailed : ExitSomeFailed;
}

} // namespace netmsg::cli
