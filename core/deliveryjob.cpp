#include "deliveryjob.h"

#include "historystore.h"
#include "imessagetransport.h"
#include "textcodec.h"
#include "validation.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDelivery, "netmsg.delivery")

namespace netmsg {

namespace {
// Results are committed in batches: whatever arrives within this window, or
// this many rows, goes to disk in one transaction before it is reported.
constexpr int flushDelayMs = 20;
constexpr int flushBatchRows = 256;
} // namespace

// One recipient in flight: its watcher, its timeout and where it is.
struct DeliveryJob::Slot
{
    int index = -1;
    quint64 generation = 0;
    int part = 0;
    int attempts = 0;
    QElapsedTimer elapsed;
    QFutureWatcher<Outcome> watcher;
    QTimer timeout;
};

DeliveryJob::DeliveryJob(IMessageTransport *transport, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_history(history)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &DeliveryJob::flush);
}

DeliveryJob::~DeliveryJob()
{
    // A job destroyed while running still leaves a result for every recipient
    // in history ("cancelled"), but tells nobody: its listeners may be gone.
    blockSignals(true);
    cancel();
    flush();
    for (Slot *slot : std::as_const(m_slots)) {
        slot->watcher.disconnect();
        slot->watcher.cancel();
    }
    qDeleteAll(m_slots);
}

QStringList DeliveryJob::splitText(const QString &text, const QString &encoding, int maxBytes)
{
    const TextCodec codec(encoding);
    if (maxBytes <= 0 || codec.encodedSize(text) <= maxBytes)
        return {text};
    // Parts are numbered "(i/n) "; the prefix length depends on n, so grow n
    // until the split is stable.
    for (int guess = 2;; ++guess) {
        const QString widest = QStringLiteral("(%1/%1) ").arg(guess);
        const int room = maxBytes - int(codec.encodedSize(widest));
        if (room <= 0)
            return {};
        QStringList parts;
        int start = 0;
        while (start < text.size()) {
            int end = start;
            int bytes = 0;
            while (end < text.size()) {
                const int width = text.at(end).isHighSurrogate() && end + 1 < text.size() ? 2 : 1;
                const int size = int(codec.encodedSize(text.mid(end, width)));
                if (bytes + size > room)
                    break;
                bytes += size;
                end += width;
            }
            // A character wider than the room left for text (a surrogate pair
            // in UTF-16 with a few bytes to spare) can never be sent.
            if (end == start)
                return {};
            // Prefer to break after a space in the last fifth of the part.
            const int space = int(text.lastIndexOf(QLatin1Char(' '), end - 1));
            if (end < text.size() && space > start + (end - start) * 4 / 5)
                end = space + 1;
            parts.append(text.mid(start, end - start));
            start = end;
        }
        if (parts.size() <= guess) {
            for (int i = 0; i < parts.size(); ++i)
                parts[i] = QStringLiteral("(%1/%2) ").arg(i + 1).arg(parts.size()) + parts[i];
            return parts;
        }
    }
}

Outcome DeliveryJob::start(const Message &prototype, const QList<Recipient> &recipients)
{
    if (m_running)
        return Outcome(Code::InvalidFunction, tr("this delivery job is already running"));
    if (!m_transport)
        return Outcome(Code::InvalidParameter, tr("no transport was given"));
    const Outcome available = m_transport->availability();
    if (!available.isSuccess())
        return available;
    if (recipients.isEmpty())
        return Outcome(Code::InvalidParameter, tr("there are no recipients"));
    m_historyOutcome = Outcome::success();

    const TransportLimits limits = m_transport->limits();
    const bool broadcast =
        std::any_of(recipients.begin(), recipients.end(),
                    [](const Recipient &r) { return Validation::isBroadcast(r.name); });
    m_parts = {prototype.text};
    const Outcome textCheck = Validation::checkText(prototype.text, limits, broadcast);
    if (!textCheck.isSuccess()) {
        if (textCheck.code() != Code::MessageExceedsMaxSize ||
            m_options.overLimit != OverLimitPolicy::Split)
            return textCheck;
        m_parts = splitText(prototype.text, limits.wireEncoding, limits.maxMessageBytes);
        if (m_parts.isEmpty())
            return textCheck;
    }

    m_prototype = prototype;
    m_recipients = recipients;
    m_results = QList<DeliveryResult>(recipients.size());
    for (int i = 0; i < m_results.size(); ++i) {
        m_results[i].index = i;
        m_results[i].recipient = recipients.at(i);
    }
    if (m_history) {
        SentMessageRecord record;
        record.transport = m_transport->id();
        record.server = prototype.server;
        record.sender = prototype.sender;
        record.text = prototype.text;
        record.overLimitPolicy = m_options.overLimit == OverLimitPolicy::Split
                                     ? QStringLiteral("split")
                                     : QStringLiteral("refuse");
        record.recipientCount = int(recipients.size());
        // Waits for the commit for now; the job's rewrite stops blocking here.
        const HistoryWrite recorded = m_history->recordMessage(record).result();
        m_historyOutcome = recorded.outcome;
        if (!recorded.outcome.isSuccess())
            return recorded.outcome;
        m_messageId = recorded.id;
    }
    m_next = m_inFlight = m_completed = m_reported = 0;
    m_cancelled = false;
    m_running = true;
    qCDebug(lcDelivery) << "sending to" << recipients.size() << "recipients through"
                        << m_transport->id() << "in" << m_parts.size() << "part(s)";
    emit started(int(recipients.size()));
    launchMore();
    return Outcome::success();
}

void DeliveryJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    const Outcome cancelled(Code::Cancelled, tr("cancelled by the user"));
    for (Slot *slot : std::as_const(m_slots)) {
        if (slot->index >= 0) {
            ++slot->generation;
            slot->watcher.disconnect();
            slot->watcher.cancel();
            complete(slot->index, cancelled);
        }
    }
    while (m_next < m_recipients.size()) {
        ++m_inFlight; // complete() counts it out again
        complete(m_next++, cancelled);
    }
    flush();
}

void DeliveryJob::launchMore()
{
    const int concurrency = qMax(1, m_options.concurrency);
    while (!m_cancelled && m_inFlight < concurrency && m_next < m_recipients.size()) {
        ++m_inFlight;
        startAttempt(m_next++);
    }
    finishIfDone();
}

void DeliveryJob::startAttempt(int index)
{
    Slot *slot = nullptr;
    for (Slot *candidate : std::as_const(m_slots)) {
        if (candidate->index < 0) {
            slot = candidate;
            break;
        }
    }
    if (!slot) {
        slot = new Slot;
        slot->timeout.setSingleShot(true);
        m_slots.append(slot);
    }
    slot->index = index;
    slot->part = 0;
    slot->attempts = 1;
    slot->elapsed.start();
    sendPart(index);
}

void DeliveryJob::sendPart(int index)
{
    auto it = std::find_if(m_slots.begin(), m_slots.end(),
                           [index](Slot *s) { return s->index == index; });
    if (it == m_slots.end())
        return;
    Slot *slot = *it;
    const quint64 generation = ++slot->generation;
    const Recipient &recipient = m_recipients.at(index);
    Message message = m_prototype;
    message.recipient = recipient.name;
    message.host = recipient.host;
    if (recipient.port)
        message.port = recipient.port;
    message.text = m_parts.at(slot->part);

    slot->watcher.disconnect();
    slot->timeout.disconnect();
    connect(&slot->watcher, &QFutureWatcherBase::finished, this, [this, slot, index, generation] {
        if (slot->generation != generation || slot->index != index)
            return;
        const QFuture<Outcome> future = slot->watcher.future();
        const Outcome outcome =
            future.resultCount() > 0
                ? future.result()
                : Outcome(Code::InternalError, tr("the transport gave no result"));
        onPartDone(index, generation, outcome);
    });
    connect(&slot->timeout, &QTimer::timeout, this, [this, slot, index, generation] {
        if (slot->generation != generation || slot->index != index)
            return;
        slot->watcher.disconnect();
        slot->watcher.cancel();
        onPartDone(index, generation,
                   Outcome(Code::Timeout, tr("no answer within %1 ms").arg(m_options.timeoutMs)));
    });
    slot->timeout.start(qMax(1, m_options.timeoutMs));
    slot->watcher.setFuture(m_transport->send(message));
}

void DeliveryJob::onPartDone(int index, quint64 generation, const Outcome &outcome)
{
    auto it = std::find_if(m_slots.begin(), m_slots.end(),
                           [index](Slot *s) { return s->index == index; });
    if (it == m_slots.end() || (*it)->generation != generation)
        return;
    Slot *slot = *it;
    slot->timeout.stop();
    ++slot->generation; // late answers of this attempt are ignored from now on
    if (outcome.isSuccess() && slot->part + 1 < m_parts.size()) {
        ++slot->part;
        sendPart(index);
        return;
    }
    if (!outcome.isSuccess() && outcome.isTransient() && slot->attempts <= m_options.retries &&
        !m_cancelled) {
        ++slot->attempts;
        const quint64 waiting = slot->generation;
        QTimer::singleShot(qMax(0, m_options.retryDelayMs), this, [this, slot, index, waiting] {
            if (slot->index == index && slot->generation == waiting && !m_cancelled)
                sendPart(index);
        });
        return;
    }
    complete(index, outcome);
}

void DeliveryJob::complete(int index, const Outcome &outcome)
{
    DeliveryResult &result = m_results[index];
    result.outcome = outcome;
    result.parts = int(m_parts.size());
    for (Slot *slot : std::as_const(m_slots)) {
        if (slot->index == index) {
            result.attempts = slot->attempts;
            result.elapsedMs = slot->elapsed.elapsed();
            slot->timeout.stop();
            slot->index = -1;
            ++slot->generation;
        }
    }
    --m_inFlight;
    ++m_completed;
    m_pendingReport.append(index);
    // Never flush from here: flushing reports, a listener may delete the job
    // when it hears the last result, and this function still has work to do.
    if (m_pendingReport.size() >= flushBatchRows)
        m_flushTimer.start(0);
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(flushDelayMs);
    if (!m_cancelled)
        QMetaObject::invokeMethod(this, &DeliveryJob::launchMore, Qt::QueuedConnection);
}

void DeliveryJob::flush()
{
    m_flushTimer.stop();
    if (m_pendingReport.isEmpty())
        return;
    const QList<int> batch = std::exchange(m_pendingReport, {});
    if (m_history && m_messageId) {
        QList<DeliveryRecord> records;
        records.reserve(batch.size());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int index : batch) {
            const DeliveryResult &result = m_results.at(index);
            DeliveryRecord record;
            record.messageId = m_messageId;
            record.recipient = result.recipient.address();
            record.code = result.outcome.code();
            record.detail = result.outcome.detail();
            record.attempts = result.attempts;
            record.parts = result.parts;
            record.partsSent = result.outcome.isSuccess() ? result.parts : 0;
            record.state =
                result.outcome.isSuccess() ? DeliveryState::Delivered : DeliveryState::Failed;
            record.transport = m_transport->id();
            record.elapsedMs = result.elapsedMs;
            record.finishedAt = now;
            records.append(record);
        }
        const Outcome stored = m_history->recordDeliveries(records).result().outcome;
        if (!stored.isSuccess()) {
            qCCritical(lcDelivery).noquote()
                << "results not stored in history:" << stored.toString();
            // The results are still reported (the caller must learn them), but
            // the caller must also learn that they are not on disk.
            if (m_historyOutcome.isSuccess())
                m_historyOutcome = stored;
        }
    }
    // Listeners may delete the job from any of these signals.
    const QPointer<DeliveryJob> alive(this);
    for (int index : batch) {
        ++m_reported;
        emit recipientFinished(m_results.at(index));
        if (!alive)
            return;
    }
    emit progress(m_reported, int(m_recipients.size()));
    if (alive)
        finishIfDone();
}

void DeliveryJob::finishIfDone()
{
    if (!m_running || m_reported < m_recipients.size())
        return;
    m_running = false;
    emit finished();
}

} // namespace netmsg
