// One recipient's way along a DeliveryJob's route: each step's attempts, the
// per-attempt timeout counted from when the attempt starts, retries of what
// provably did not arrive, and the move to the next transport when this one
// cannot reach the target.

#include "deliveryjob_p.h"

#include "messagetemplate.h"
#include "validation.h"

#include <QPointer>

#include <limits>

namespace netmsg {

namespace {
// Held transient failures wait longer each time, up to this.
constexpr int maxHoldDelayMs = 60000;
// An attempt's timeout counts from its start, but a transport whose threads
// are all held by calls that never return (the ones this job timed out among
// them) would never start it: waiting this many timeouts to start, it gives up.
constexpr qint64 queuedTimeouts = 2;
} // namespace

void DeliveryJob::launchMore()
{
    const int concurrency = qMax(1, m_options.concurrency);
    while (m_running && !m_cancelled && m_inFlight < concurrency && m_next < m_recipients.size() &&
           m_next < m_startAllowed) {
        ++m_inFlight;
        beginRecipient(m_next++);
    }
    // The next batch of starts goes to disk while this one is being sent.
    if (m_running && !m_cancelled && m_ledger && m_startAllowed < m_recipients.size() &&
        m_next + concurrency >= m_startAllowed)
        markMore();
    finishIfDone();
}

DeliveryJob::Slot *DeliveryJob::freeSlot()
{
    for (Slot *slot : std::as_const(m_slots)) {
        if (slot->index < 0)
            return slot;
    }
    auto *slot = new Slot;
    slot->timeout.setSingleShot(true);
    slot->retry.setSingleShot(true);
    m_slots.append(slot);
    return slot;
}

void DeliveryJob::beginRecipient(int index)
{
    Slot *slot = freeSlot();
    slot->index = index;
    slot->step = -1;
    slot->lastTried = -1;
    slot->part = 0;
    slot->partsSent = 0;
    slot->stepAttempts = 0;
    slot->attempts = 0;
    slot->route.clear();
    slot->parts.clear();
    slot->elapsed.start();
    nextStep(slot, SendResult::failed(Outcome(Code::NotSupported)));
}

void DeliveryJob::nextStep(Slot *slot, const SendResult &soFar)
{
    const Recipient &recipient = m_recipients.at(slot->index);
    const bool broadcast = Validation::isBroadcast(recipient.name);
    while (++slot->step < m_steps.size()) {
        const Step &step = m_steps.at(slot->step);
        Outcome skip = step.entry.availability;
        if (skip.isSuccess() && !step.entry.transport)
            skip = Outcome(Code::NotSupported, tr("the transport was unloaded"));
        if (skip.isSuccess())
            skip = step.entry.transport->checkAddress(recipient);
        if (skip.isSuccess()) {
            if (m_personal) {
                QStringList parts;
                skip = fitText(step.entry,
                               MessageTemplate::forRecipient(m_prototype.text, recipient.name),
                               broadcast, &parts);
                if (skip.isSuccess())
                    slot->parts = parts;
            } else {
                skip = broadcast ? step.broadcastOutcome : step.textOutcome;
                slot->parts = step.parts;
            }
        }
        if (!skip.isSuccess()) {
            slot->route.append(
                RouteStep{step.entry.id, skip.code(), DeliveryState::Failed, skip.detail(), true});
            continue;
        }
        slot->part = 0;
        slot->stepAttempts = 0;
        slot->partsSent = 0;
        slot->retryDelayMs = qMax(0, m_options.retryDelayMs);
        sendPart(slot);
        return;
    }
    if (slot->lastTried >= 0) {
        slot->step = slot->lastTried;
        complete(slot, soFar);
        return;
    }
    // Nothing on the route could take it (start() checked that something
    // could; a transport may have gone since).
    QStringList reasons;
    for (const RouteStep &step : std::as_const(slot->route))
        reasons.append(step.transport + QStringLiteral(": ") + Outcome(step.code).description() +
                       (step.detail.isEmpty() ? QString() : QStringLiteral(" ") + step.detail));
    const quint32 code =
        slot->route.isEmpty() ? quint32(Code::NotSupported) : slot->route.constFirst().code;
    complete(slot,
             SendResult::failed(Outcome(code, tr("no transport on the route could take it (%1)")
                                                  .arg(reasons.join(QStringLiteral("; "))))));
}

void DeliveryJob::sendPart(Slot *slot)
{
    const Step &step = m_steps.at(slot->step);
    IMessageTransport *transport = step.entry.transport;
    if (!transport) {
        stepDone(slot,
                 SendResult::failed(Outcome(
                     Code::InternalError,
                     tr("the %1 transport was unloaded while the job ran").arg(step.entry.id))));
        return;
    }
    const quint64 generation = ++slot->generation;
    const Recipient &recipient = m_recipients.at(slot->index);
    Message message = m_prototype;
    message.recipient = recipient.name;
    message.host = recipient.host;
    if (recipient.port)
        message.port = recipient.port;
    message.text = slot->parts.at(slot->part);
    ++slot->attempts;
    ++slot->stepAttempts;
    slot->timing = false;
    slot->timeout.stop();
    slot->watcher.disconnect();
    connect(&slot->watcher, &QFutureWatcherBase::finished, this, [this, slot, generation] {
        if (slot->generation != generation)
            return;
        const QFuture<SendResult> future = slot->watcher.future();
        if (future.resultCount() > 0) {
            onAnswer(slot, future.result());
            return;
        }
        const Outcome none(Code::InternalError, tr("the transport gave no result"));
        onAnswer(slot, future.progressValue() >= SendProgress::HandedOver
                           ? SendResult::unconfirmed(none)
                           : SendResult::failed(none));
    });
    // The attempt's time counts from when it starts, not from when a
    // transport queued it behind others.
    connect(&slot->watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, slot, generation](int value) {
                if (slot->generation == generation && !slot->timing &&
                    value >= SendProgress::Started)
                    armTimeout(slot, generation, true);
            });
    const QFuture<SendResult> future = transport->send(message);
    slot->watcher.setFuture(future);
    armTimeout(slot, generation,
               future.progressValue() >= SendProgress::Started || future.isFinished());
}

int DeliveryJob::queuedTimeoutMs() const
{
    return int(qMin<qint64>(queuedTimeouts * qMax(1, m_options.timeoutMs),
                            std::numeric_limits<int>::max()));
}

void DeliveryJob::armTimeout(Slot *slot, quint64 generation, bool started)
{
    slot->timing = started;
    slot->timeout.disconnect();
    connect(&slot->timeout, &QTimer::timeout, this, [this, slot, generation] {
        if (slot->generation == generation)
            onTimeout(slot);
    });
    // Precise: a coarse timer may fire up to 5 % early, and a timeout the
    // user set is a promise not to give up sooner.
    slot->timeout.setTimerType(Qt::PreciseTimer);
    slot->timeout.start(started ? qMax(1, m_options.timeoutMs) : queuedTimeoutMs());
}

void DeliveryJob::onTimeout(Slot *slot)
{
    QFuture<SendResult> future = slot->watcher.future();
    // An answer that is in but not yet delivered to us still counts.
    if (future.isFinished() && future.resultCount() > 0) {
        onAnswer(slot, future.result());
        return;
    }
    ++slot->generation; // a late answer of this attempt is ignored from now on
    slot->watcher.disconnect();
    // Stops the attempt; queued work never runs. Read its state only after
    // this: from the cancel on it stays as it is, so a hand-over or an answer
    // that came first counts, and nothing can follow unseen.
    future.cancel();
    if (future.resultCount() > 0) {
        onAnswer(slot, future.result());
        return;
    }
    const int progress = future.progressValue();
    if (progress < SendProgress::Started) {
        onAnswer(slot, SendResult::failed(Outcome(
                           Code::Timeout, tr("not started within %1 ms: the transport's threads "
                                             "were all busy")
                                              .arg(queuedTimeoutMs()))));
        return;
    }
    const bool handedOver = progress >= SendProgress::HandedOver;
    const QString wait = QString::number(m_options.timeoutMs);
    onAnswer(slot, handedOver
                       ? SendResult::unconfirmed(Outcome(
                             Code::Timeout, tr("no answer within %1 ms after the message was "
                                               "handed over; it may have arrived")
                                                .arg(wait)))
                       : SendResult::failed(
                             Outcome(Code::Timeout, tr("no answer within %1 ms").arg(wait))));
}

void DeliveryJob::onAnswer(Slot *slot, const SendResult &result)
{
    slot->timeout.stop();
    ++slot->generation;
    switch (result.state) {
    case DeliveryState::Delivered:
        ++slot->partsSent;
        if (slot->part + 1 < slot->parts.size() && !m_cancelled) {
            ++slot->part;
            slot->stepAttempts = 0;
            slot->retryDelayMs = qMax(0, m_options.retryDelayMs);
            sendPart(slot);
            return;
        }
        break;
    case DeliveryState::Unconfirmed:
        ++slot->partsSent; // it went out; whether it arrived nobody knows
        break;
    case DeliveryState::Failed:
    case DeliveryState::Pending:
        if (scheduleRetry(slot, result))
            return;
        break;
    }
    stepDone(slot, result);
}

bool DeliveryJob::scheduleRetry(Slot *slot, const SendResult &result)
{
    // Only what provably did not arrive, and only when waiting may help.
    if (m_cancelled || result.state != DeliveryState::Failed || !result.outcome.isTransient())
        return false;
    int delay = slot->retryDelayMs;
    // One reading of the clock: the next try announced is never past the hold.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_options.holdUntil.isValid()) {
        const qint64 left = now.msecsTo(m_options.holdUntil);
        if (left <= 0)
            return false;
        delay = int(qMin<qint64>(delay, left));
        slot->retryDelayMs = qMin(maxHoldDelayMs, qMax(1, slot->retryDelayMs) * 2);
    } else if (slot->stepAttempts > m_options.retries) {
        return false;
    }
    const quint64 waiting = slot->generation;
    slot->retry.disconnect();
    connect(&slot->retry, &QTimer::timeout, this, [this, slot, waiting] {
        if (slot->generation == waiting && !m_cancelled)
            sendPart(slot);
    });
    slot->retry.start(delay);
    if (m_options.holdUntil.isValid()) {
        const QPointer<DeliveryJob> alive(this);
        emit held(slot->index, now.addMSecs(delay), result.outcome);
        if (!alive)
            return true;
    }
    return true;
}

void DeliveryJob::stepDone(Slot *slot, const SendResult &result)
{
    const Step &step = m_steps.at(slot->step);
    slot->lastTried = slot->step;
    slot->route.append(RouteStep{step.entry.id, result.outcome.code(), result.state,
                                 result.outcome.detail(), false});
    // Never switch transports in the middle of a split message.
    if (Route::tryNext(result) && slot->partsSent == 0 && !m_cancelled) {
        nextStep(slot, result);
        return;
    }
    complete(slot, result);
}

void DeliveryJob::complete(Slot *slot, const SendResult &result)
{
    const int index = slot->index;
    DeliveryResult &done = m_results[index];
    done.outcome = result.outcome;
    done.state = result.state == DeliveryState::Pending ? DeliveryState::Failed : result.state;
    const bool onRoute = slot->step >= 0 && slot->step < m_steps.size();
    done.transport = onRoute ? m_steps.at(slot->step).entry.id : QString();
    done.route = slot->route;
    done.attempts = slot->attempts;
    done.parts = onRoute ? qMax(1, int(slot->parts.size())) : 1;
    done.partsSent = slot->partsSent;
    done.elapsedMs = slot->elapsed.elapsed();
    slot->index = -1;
    ++slot->generation;
    slot->timeout.stop();
    slot->retry.stop();
    slot->watcher.disconnect();
    --m_inFlight;
    queueReport(index);
    if (!m_cancelled)
        QMetaObject::invokeMethod(this, &DeliveryJob::launchMore, Qt::QueuedConnection);
}

void DeliveryJob::completeUnstarted(int index, const Outcome &outcome)
{
    DeliveryResult &done = m_results[index];
    done.outcome = outcome;
    done.state = DeliveryState::Failed;
    done.attempts = 0;
    done.partsSent = 0;
    queueReport(index);
}

} // namespace netmsg
