// DeliveryJob's life: checks before start, start and resume, and cancel. Its
// history (the message row, the dispatch ledger, results in batches) is in
// deliveryhistory.cpp; one recipient's way along the route in
// deliveryattempt.cpp.

#include "deliveryjob_p.h"

#include "historystore.h"
#include "messagetemplate.h"
#include "sendlock.h"
#include "validation.h"

#include <QPointer>

#include <numeric>

Q_LOGGING_CATEGORY(lcDelivery, "netmsg.delivery")

namespace netmsg {

DeliveryJob::DeliveryJob(const QList<RouteEntry> &route, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_route(route)
    , m_history(history)
    , m_hasHistory(history != nullptr)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &DeliveryJob::flush);
}

DeliveryJob::DeliveryJob(IMessageTransport *transport, HistoryStore *history, QObject *parent)
    : DeliveryJob(QList<RouteEntry>{RouteEntry{
                      transport ? transport->id() : QString(), transport,
                      transport ? transport->availability()
                                : Outcome(Code::InvalidParameter, tr("no transport was given"))}},
                  history, parent)
{}

DeliveryJob::~DeliveryJob()
{
    // A job destroyed while running still leaves a result for every recipient
    // in history ("cancelled"), but tells nobody: its listeners may be gone.
    blockSignals(true);
    if (m_messageWrite && m_recording) {
        m_messageWrite->disconnect(this);
        m_messageWrite->waitForFinished();
        takeMessageWrite();
    }
    cancel();
    if (m_history && m_messageId && !m_pendingReport.isEmpty())
        m_history->recordDeliveries(recordsFor(m_pendingReport)); // finished by the store
    for (Slot *slot : std::as_const(m_slots)) {
        slot->watcher.disconnect();
        slot->watcher.cancel();
    }
    qDeleteAll(m_slots);
}

Outcome DeliveryJob::fitText(const RouteEntry &entry, const QString &text, bool broadcast,
                             QStringList *parts) const
{
    *parts = {text};
    if (!entry.isUsable())
        return entry.availability;
    const TransportLimits limits = entry.transport->limits();
    const Outcome check = Validation::checkText(text, limits, broadcast);
    if (broadcast || check.code() != Code::MessageExceedsMaxSize ||
        m_options.overLimit != OverLimitPolicy::Split)
        return check;
    const QStringList split = splitText(text, limits.wireEncoding, limits.maxMessageBytes);
    if (split.isEmpty())
        return check;
    *parts = split;
    return Outcome::success();
}

QList<DeliveryJob::Step> DeliveryJob::stepsFor(const QString &text) const
{
    QList<Step> steps;
    for (const RouteEntry &entry : std::as_const(m_route)) {
        Step step;
        step.entry = entry;
        QStringList whole;
        step.broadcastOutcome = fitText(entry, text, true, &whole);
        step.textOutcome = fitText(entry, text, false, &step.parts);
        steps.append(step);
    }
    return steps;
}

QList<PlannedDelivery> DeliveryJob::plan(const Message &prototype,
                                         const QList<Recipient> &recipients) const
{
    // The same text for everyone is fitted once per transport; a personal one
    // ({recipient}) per recipient.
    const bool personal = MessageTemplate::isPersonal(prototype.text);
    const QList<Step> shared = stepsFor(prototype.text);
    QList<PlannedDelivery> planned;
    planned.reserve(recipients.size());
    for (const Recipient &recipient : recipients) {
        const QString text = personal
                                 ? MessageTemplate::forRecipient(prototype.text, recipient.name)
                                 : prototype.text;
        PlannedDelivery delivery{recipient, checkRecipient(recipient), {}, {}};
        if (delivery.outcome.isSuccess() && text.size() > m_options.maxTextCharacters)
            delivery.outcome = checkText(text, false);
        const bool broadcast = Validation::isBroadcast(recipient.name);
        for (const Step &step : shared) {
            if (!delivery.outcome.isSuccess())
                break;
            if (!step.entry.isUsable() ||
                !step.entry.transport->checkAddress(recipient).isSuccess())
                continue;
            QStringList parts = step.parts;
            const Outcome fits = personal    ? fitText(step.entry, text, broadcast, &parts)
                                 : broadcast ? step.broadcastOutcome
                                             : step.textOutcome;
            if (!fits.isSuccess()) {
                delivery.outcome = fits;
                continue;
            }
            delivery.outcome = Outcome::success();
            delivery.transport = step.entry.id;
            delivery.parts = parts;
            break;
        }
        planned.append(delivery);
    }
    return planned;
}

Outcome DeliveryJob::checkText(const QString &text, bool broadcast) const
{
    if (text.size() > m_options.maxTextCharacters)
        return Outcome(Code::MessageExceedsMaxSize,
                       tr("the text has %L1 characters; the limit is %L2")
                           .arg(text.size())
                           .arg(m_options.maxTextCharacters));
    Outcome reason(Code::NotSupported, tr("no transport on the route can be used here"));
    bool usable = false;
    for (const RouteEntry &entry : m_route) {
        QStringList parts;
        const Outcome fits = fitText(entry, text, broadcast, &parts);
        if (fits.isSuccess())
            return fits;
        // A step that cannot carry the text is a better reason than one that
        // is not there at all.
        if (entry.isUsable() && !usable) {
            reason = fits;
            usable = true;
        } else if (!usable && reason.code() == Code::NotSupported) {
            reason = fits;
        }
    }
    return reason;
}

Outcome DeliveryJob::checkRecipient(const Recipient &recipient) const
{
    // The reasons of the transports that are here; those that are not are
    // named once, without their (long) reasons.
    QStringList reasons;
    QStringList absent;
    Outcome first;
    for (const RouteEntry &entry : m_route) {
        if (!entry.isUsable()) {
            absent.append(entry.id);
            if (first.isSuccess())
                first = entry.availability;
            continue;
        }
        const Outcome check = entry.transport->checkAddress(recipient);
        if (check.isSuccess())
            return check;
        if (reasons.isEmpty())
            first = check;
        reasons.append(m_route.size() > 1 ? entry.id + QStringLiteral(": ") + check.detail()
                                          : check.detail());
    }
    if (m_route.size() <= 1)
        return first;
    if (!absent.isEmpty())
        reasons.append(tr("%1: not available here").arg(absent.join(QStringLiteral(", "))));
    return Outcome(first.code(), reasons.join(QStringLiteral("; ")));
}

Outcome DeliveryJob::start(const Message &prototype, const QList<Recipient> &recipients)
{
    QList<int> positions(recipients.size());
    std::iota(positions.begin(), positions.end(), 0);
    const Outcome ready = prepareRun(prototype, recipients, positions);
    if (!ready.isSuccess())
        return ready;
    if (m_history) {
        recordMessage();
    } else {
        // Answer start() first, as with a store.
        QMetaObject::invokeMethod(this, &DeliveryJob::onMessageRecorded, Qt::QueuedConnection);
    }
    return Outcome::success();
}

Outcome DeliveryJob::resume(qint64 messageId, const Message &prototype,
                            const QList<Recipient> &recipients, const QList<int> &positions,
                            std::shared_ptr<SendLock> lock)
{
    if (!m_history)
        return Outcome(Code::InvalidParameter, tr("a resume needs the history the message is in"));
    if (messageId <= 0 || positions.size() != recipients.size())
        return Outcome(Code::InvalidParameter, tr("a resume needs the message and each "
                                                  "recipient's position in its list"));
    if (!lock) {
        Outcome busy;
        lock = SendLock::take(m_history->path(), messageId, &busy);
        if (!lock)
            return busy;
    }
    const Outcome ready = prepareRun(prototype, recipients, positions);
    if (!ready.isSuccess())
        return ready;
    m_sendLock = std::move(lock);
    m_messageId = messageId; // the message and its ledger are in history already
    QMetaObject::invokeMethod(this, &DeliveryJob::onMessageRecorded, Qt::QueuedConnection);
    return Outcome::success();
}

Outcome DeliveryJob::prepareRun(const Message &prototype, const QList<Recipient> &recipients,
                                const QList<int> &positions)
{
    if (m_running)
        return Outcome(Code::InvalidFunction, tr("this delivery job is already running"));
    if (m_route.isEmpty())
        return Outcome(Code::InvalidParameter, tr("the route names no transport"));
    if (recipients.isEmpty())
        return Outcome(Code::InvalidParameter, tr("there are no recipients"));
    if (m_hasHistory && !m_history)
        return Outcome(Code::InternalError, tr("the history was closed"));

    bool broadcast = false;
    bool directed = false;
    QString longest;
    for (const Recipient &recipient : recipients) {
        const Outcome reachable = checkRecipient(recipient);
        if (!reachable.isSuccess())
            return reachable;
        (Validation::isBroadcast(recipient.name) ? broadcast : directed) = true;
        if (recipient.name.size() > longest.size())
            longest = recipient.name;
    }
    // A personal text is checked as the longest recipient would get it.
    m_personal = MessageTemplate::isPersonal(prototype.text);
    const QString checked =
        m_personal ? MessageTemplate::forRecipient(prototype.text, longest) : prototype.text;
    for (const bool asBroadcast : {false, true}) {
        if (asBroadcast ? broadcast : directed) {
            const Outcome text = checkText(checked, asBroadcast);
            if (!text.isSuccess())
                return text;
        }
    }
    m_steps = stepsFor(prototype.text);

    m_prototype = prototype;
    m_recipients = recipients;
    m_positions = positions;
    m_results = QList<DeliveryResult>(recipients.size());
    for (int i = 0; i < m_results.size(); ++i) {
        m_results[i].index = i;
        m_results[i].recipient = recipients.at(i);
    }
    m_historyOutcome = Outcome::success();
    m_next = m_inFlight = m_reported = 0;
    // With history, nobody is sent to before their start is on disk.
    m_ledger = m_history != nullptr;
    m_startAllowed = m_ledger ? 0 : int(recipients.size());
    m_marking = false;
    m_messageId = 0;
    m_cancelled = false;
    m_running = true;
    qCDebug(lcDelivery) << "sending to" << recipients.size() << "recipients over" << m_route.size()
                        << "route step(s)";
    return Outcome::success();
}

void DeliveryJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (Slot *slot : std::as_const(m_slots)) {
        if (slot->index < 0)
            continue;
        const QFuture<SendResult> future = slot->watcher.future();
        // A retry that waits has nothing out; an attempt under way may.
        const bool underWay = !slot->retry.isActive() && slot->step >= 0;
        ++slot->generation;
        slot->watcher.disconnect();
        slot->watcher.cancel();
        // Read after the cancel, which freezes it: an answer that is in
        // counts, and a send whose hand-over did not come first never goes out.
        SendResult result;
        if (underWay && future.isFinished() && future.resultCount() > 0) {
            result = future.result();
            if (result.state != DeliveryState::Failed)
                ++slot->partsSent;
            if (result.state == DeliveryState::Delivered && slot->part + 1 < slot->parts.size())
                result =
                    SendResult::failed(Outcome(Code::Cancelled, tr("cancelled after %1 of %2 parts")
                                                                    .arg(slot->partsSent)
                                                                    .arg(slot->parts.size())));
        } else if (underWay && future.progressValue() >= SendProgress::HandedOver) {
            ++slot->partsSent;
            result = SendResult::unconfirmed(
                Outcome(Code::Cancelled,
                        tr("cancelled after the message was handed over; it may have arrived")));
        } else {
            result = SendResult::failed(Outcome(Code::Cancelled, tr("cancelled")));
        }
        if (slot->step >= 0 && slot->step < m_steps.size()) {
            slot->lastTried = slot->step;
            slot->route.append(RouteStep{m_steps.at(slot->step).entry.id, result.outcome.code(),
                                         result.state, result.outcome.detail(), false});
        }
        complete(slot, result);
    }
    while (m_next < m_recipients.size())
        completeUnstarted(m_next++, Outcome(Code::Cancelled, tr("cancelled before it was sent")));
    // While the message row is still being written nothing went out; the
    // results follow once it is there.
    if (!m_recording)
        flush();
}

int DeliveryJob::count(DeliveryState state) const
{
    int n = 0;
    for (const DeliveryResult &result : m_results)
        n += result.state == state ? 1 : 0;
    return n;
}

QStringList DeliveryJob::parts() const
{
    for (const Step &step : m_steps) {
        if (step.entry.isUsable() && step.textOutcome.isSuccess())
            return step.parts;
    }
    return {m_prototype.text};
}

void DeliveryJob::finishIfDone()
{
    if (!m_running || m_reported < m_recipients.size())
        return;
    m_running = false;
    m_sendLock.reset(); // every result is on disk: a resume may look now
    emit finished();
}

} // namespace netmsg
