#include "sendcommand.h"

#include "clisession.h"

#include "deliveryjob.h"
#include "historystore.h"
#include "imessagetransport.h"
#include "recipientlist.h"
#include "resumeplan.h"
#include "route.h"
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
        {QStringLiteral("max-text"),
         tr("Longest text accepted, in characters (default: the settings', 65536)."),
         QStringLiteral("n")},
        {QStringLiteral("hold"),
         tr("Hold transient failures and retry them for up to this many seconds (instead of "
            "--retries)."),
         QStringLiteral("seconds")},
        {QStringLiteral("dry-run"), tr("Check and show what would be sent; send nothing.")},
        {QStringLiteral("resume"),
         tr("Go on with message <id> from history, whose send was killed: send to the "
            "recipients it never started; never again to one it did."),
         QStringLiteral("id")},
    });
}

int SendCommand::execute(const QCommandLineParser &parser, CliSession &session)
{
    DeliveryOptions options;
    options.concurrency = session.settings().concurrency();
    options.timeoutMs = session.settings().timeoutMs();
    options.retries = session.settings().retries();
    options.maxTextCharacters = session.settings().maxTextCharacters();
    int port = 0;
    int holdSeconds = 0;
    QString error;
    if (!parseNumber(parser, QStringLiteral("concurrency"), 1, 256, &options.concurrency, &error) ||
        !parseNumber(parser, QStringLiteral("timeout"), 1, 3600000, &options.timeoutMs, &error) ||
        !parseNumber(parser, QStringLiteral("retries"), 0, 10, &options.retries, &error) ||
        !parseNumber(parser, QStringLiteral("port"), 1, 65535, &port, &error) ||
        !parseNumber(parser, QStringLiteral("max-text"), 1, 16 * 1024 * 1024,
                     &options.maxTextCharacters, &error) ||
        !parseNumber(parser, QStringLiteral("hold"), 1, 7 * 24 * 3600, &holdSeconds, &error))
        return usageError(session, error);
    const QString policy = parser.value(QStringLiteral("over-limit"));
    if (policy == QLatin1String("split"))
        options.overLimit = OverLimitPolicy::Split;
    else if (!policy.isEmpty() && policy != QLatin1String("refuse"))
        return usageError(session,
                          tr("--over-limit '%1' is neither 'refuse' nor 'split'").arg(policy));
    if (parser.isSet(QStringLiteral("resume")))
        return resume(parser, session, options, holdSeconds);
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

    int exitCode = ExitOk;
    // Unset, the settings' code page is the language's (Settings::codePage).
    const QString codePage = parser.isSet(QStringLiteral("codepage"))
                                 ? parser.value(QStringLiteral("codepage"))
                                 : session.settings().codePage();
    const std::optional<QList<RouteEntry>> route =
        session.route(&exitCode, codePage, parser.isSet(QStringLiteral("codepage")));
    if (!route)
        return exitCode;

    Message prototype;
    prototype.server = parser.value(QStringLiteral("server"));
    prototype.sender = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                            : session.settings().senderName();
    prototype.port = quint16(port);
    prototype.text = text;
    const auto first = std::find_if(route->begin(), route->end(),
                                    [](const RouteEntry &entry) { return entry.isUsable(); });
    const TransportLimits limits = first->transport->limits();
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

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const auto recipientInput = recipientText(parser.values(QStringLiteral("to")), session);
    if (!recipientInput)
        return ExitBadInput;
    HistoryStore *history = dryRun ? nullptr : session.history(&exitCode);
    if (!history && !dryRun)
        return exitCode;
    HistoryStore groupSource;
    const HistoryStore *groups = history;
    if (!groups && groupSource.open(session.settings().historyPath()).isSuccess())
        groups = &groupSource;
    RecipientList recipients =
        RecipientList::parse(*recipientInput, [groups](const QString &group) {
            return groups ? groups->groupMembers(group) : std::optional<QStringList>();
        });

    DeliveryJob job(*route, history);
    job.setOptions(options);
    if (!reportRejected(session, recipients, job))
        return ExitBadInput;
    if (recipients.isEmpty())
        return usageError(session, tr("no recipients: --to is empty"));
    if (dryRun)
        return printPlan(session, job.plan(prototype, recipients.recipients()));
    const QList<Recipient> &list = recipients.recipients();
    return runJob(
        session, job, list, [&] { return job.start(prototype, list); }, holdSeconds);
}

bool SendCommand::reportRejected(CliSession &session, const RecipientList &recipients,
                                 const DeliveryJob &job) const
{
    QList<RejectedEntry> rejected = recipients.rejected();
    for (const Recipient &recipient : recipients.recipients()) {
        const Outcome reachable = job.checkRecipient(recipient);
        if (!reachable.isSuccess())
            rejected.append({recipient.address(), 0, reachable});
    }
    for (const RejectedEntry &entry : std::as_const(rejected))
        session.printError(
            entry.line > 0
                ? tr("recipient '%1' (line %2)").arg(entry.entry, QString::number(entry.line))
                : tr("recipient '%1'").arg(entry.entry),
            entry.reason);
    if (rejected.isEmpty())
        return true;
    session.printError(
        tr("nothing was sent: %n recipient(s) rejected", nullptr, int(rejected.size())));
    return false;
}

int SendCommand::printPlan(CliSession &session, const QList<PlannedDelivery> &plan) const
{
    for (const PlannedDelivery &delivery : plan) {
        if (!delivery.outcome.isSuccess()) {
            session.printError(tr("message"), delivery.outcome);
            return ExitBadInput;
        }
    }
    for (const PlannedDelivery &delivery : plan) {
        if (session.json())
            session.printJson({{QStringLiteral("recipient"), delivery.recipient.address()},
                               {QStringLiteral("dryRun"), true},
                               {QStringLiteral("transport"), delivery.transport},
                               {QStringLiteral("parts"), int(delivery.parts.size())}});
        else
            session.out() << tr("would send to %1 through %2 in %n part(s)", nullptr,
                                int(delivery.parts.size()))
                                 .arg(delivery.recipient.address(), delivery.transport)
                          << '\n';
    }
    return ExitOk;
}

void SendCommand::printResult(CliSession &session, const DeliveryResult &result) const
{
    if (session.json()) {
        QJsonObject object = CliSession::outcomeJson(result.outcome);
        object.insert(QStringLiteral("recipient"), result.recipient.address());
        object.insert(QStringLiteral("state"), DeliveryStates::name(result.state));
        object.insert(QStringLiteral("transport"), result.transport);
        object.insert(QStringLiteral("route"), routeToJson(result.route));
        object.insert(QStringLiteral("elapsedMs"), result.elapsedMs);
        object.insert(QStringLiteral("attempts"), result.attempts);
        object.insert(QStringLiteral("parts"), result.parts);
        object.insert(QStringLiteral("partsSent"), result.partsSent);
        session.printJson(object);
        return;
    }
    QString line =
        tr("%1: %2").arg(result.recipient.address(), DeliveryStates::displayName(result.state));
    if (!result.transport.isEmpty())
        line += QLatin1Char(' ') + tr("through %1").arg(result.transport);
    if (result.parts > 1)
        line +=
            QLatin1Char(' ') + tr("(%1 of %n parts)", nullptr, result.parts).arg(result.partsSent);
    session.out() << line << ": " << result.outcome.toString() << '\n';
    for (const RouteStep &step : result.route) {
        if (step.transport == result.transport && !step.skipped)
            continue;
        session.out() << "  "
                      << tr("%1 %2: %3")
                             .arg(step.transport, step.skipped ? tr("skipped") : tr("tried"),
                                  Outcome(step.code, step.detail).toString())
                      << '\n';
    }
}

int SendCommand::runJob(CliSession &session, DeliveryJob &job, const QList<Recipient> &recipients,
                        const std::function<Outcome()> &start, int holdSeconds) const
{
    const bool showProgress = !session.json() && isTerminal(stderr) && recipients.size() > 1;
    QObject::connect(&job, &DeliveryJob::recipientFinished,
                     [&](const DeliveryResult &result) { printResult(session, result); });
    QObject::connect(&job, &DeliveryJob::progress, [&](int done, int total) {
        if (showProgress)
            session.err() << '\r' << tr("%1 of %2 done").arg(done).arg(total) << Qt::flush;
    });
    QObject::connect(
        &job, &DeliveryJob::held, [&](int index, const QDateTime &retryAt, const Outcome &outcome) {
            if (!session.json())
                session.err() << tr("netmsg: %1: %2; held, next try at %3")
                                     .arg(recipients.at(index).address(), outcome.toString(),
                                          retryAt.toLocalTime().toString(Qt::ISODate))
                              << Qt::endl;
        });
    QEventLoop loop;
    QObject::connect(&job, &DeliveryJob::finished, &loop, &QEventLoop::quit);
    interrupted = false;
    // signal() fails only for an invalid signal number: its result may be ignored
    // (CERT ERR33-C, exception EX1).
    (void)std::signal(SIGINT, onInterrupt);
    (void)std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &job, [&] {
        if (interrupted.exchange(false)) {
            session.printError(tr("interrupted: cancelling the remaining recipients"));
            job.cancel();
        }
    });
    interruptPoll.start(50);
    if (holdSeconds > 0) {
        // The hold runs from the send's start, not from when the options were
        // read: opening history and loading plugins take their time too.
        DeliveryOptions held = job.options();
        held.holdUntil = QDateTime::currentDateTimeUtc().addSecs(holdSeconds);
        job.setOptions(held);
    }
    const Outcome started = start();
    if (!started.isSuccess()) {
        session.printError(tr("message"), started);
        return started.category() == OutcomeCategory::InvalidInput ? ExitBadInput : ExitAllFailed;
    }
    if (job.isRunning())
        loop.exec();
    (void)std::signal(SIGINT, SIG_DFL);
    (void)std::signal(SIGTERM, SIG_DFL);
    if (showProgress)
        session.err() << Qt::endl;
    const int delivered = job.count(DeliveryState::Delivered);
    if (!session.json() && job.finishedCount() > 1)
        session.out() << tr("%1 of %n delivered, %2 failed, %3 unconfirmed", nullptr, job.total())
                             .arg(delivered)
                             .arg(job.count(DeliveryState::Failed))
                             .arg(job.count(DeliveryState::Unconfirmed))
                      << '\n';
    session.out().flush();
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

int SendCommand::resume(const QCommandLineParser &parser, CliSession &session,
                        const DeliveryOptions &options, int holdSeconds) const
{
    bool ok = false;
    const QString given = parser.value(QStringLiteral("resume"));
    const qint64 id = given.toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(session, tr("--resume '%1' is not a message id").arg(given));
    if (parser.isSet(QStringLiteral("to")) || !parser.positionalArguments().isEmpty() ||
        parser.isSet(QStringLiteral("dry-run")))
        return usageError(session, tr("--resume takes the recipients and the text from history: "
                                      "give no --to, text or --dry-run with it"));
    int exitCode = ExitOk;
    HistoryStore *history = session.history(&exitCode);
    if (!history)
        return exitCode;
    const ResumePlan plan = ResumePlan::read(*history, id).result();
    switch (plan.problem) {
    case ResumePlan::Problem::None:
        break;
    case ResumePlan::Problem::ReadFailed:
        session.printError(tr("history"), plan.outcome);
        return ExitIoError;
    case ResumePlan::Problem::NoSuchMessage:
    case ResumePlan::Problem::NoLedger:
    case ResumePlan::Problem::BadRecipient:
    case ResumePlan::Problem::Busy:
        session.printError(plan.outcome.detail());
        return ExitBadInput;
    }

    // Who was under way when the sender died may have got it: recorded as
    // unconfirmed now, never sent again. Who was never started is sent.
    if (!plan.inFlight.isEmpty()) {
        QFuture<HistoryWrite> written = plan.recordInFlight(*history);
        written.waitForFinished();
        const Outcome stored = written.resultCount() > 0
                                   ? written.result().outcome
                                   : Outcome(Code::InternalError, tr("the history was closed"));
        if (!stored.isSuccess()) {
            session.printError(tr("history"), stored);
            return ExitIoError;
        }
        for (const DeliveryResult &result : plan.inFlightResults())
            printResult(session, result);
    }
    if (plan.rest.isEmpty()) {
        if (!session.json())
            session.out() << tr("message %1: every recipient was started before; nothing is left "
                                "to send")
                                 .arg(id)
                          << '\n';
        session.out().flush();
        return plan.inFlight.isEmpty() ? ExitOk : ExitSomeFailed;
    }

    const QStringList routeIds = plan.routeIds();
    const std::optional<QList<RouteEntry>> route = session.route(&exitCode, {}, false, routeIds);
    if (!route)
        return exitCode;
    const Message prototype = plan.prototype();
    DeliveryOptions resumed = options;
    resumed.overLimit = plan.overLimit();
    DeliveryJob job(*route, history);
    job.setOptions(resumed);
    if (!session.json())
        session.out() << tr("message %1: sending to the %n recipient(s) never started", nullptr,
                            int(plan.rest.size()))
                             .arg(id)
                      << '\n';
    const int code = runJob(
        session, job, plan.rest,
        [&] { return job.resume(id, prototype, plan.rest, plan.positions, plan.lock); },
        holdSeconds);
    return code == ExitOk && !plan.inFlight.isEmpty() ? ExitSomeFailed : code;
}

} // namespace netmsg::cli
