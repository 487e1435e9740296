// DeliveryJob and its history: the message row with its dispatch ledger,
// each batch of starts on disk before those attempts, and results committed
// in batches before they are reported.

#include "deliveryjob_p.h"

#include "historystore.h"
#include "sendlock.h"

#include <QPointer>

namespace netmsg {

namespace {
// Results are committed in batches: whatever arrives within this window, or
// this many rows, goes to disk in one transaction before it is reported.
constexpr int flushDelayMs = 20;
constexpr int flushBatchRows = 256;
// Starts are written ahead in batches of twice the concurrency (at least
// this many), the next asked for while one batch's worth is still left. A
// recipient marked but not yet tried when the process dies counts as under
// way on resume (never sent twice, but not sent), so batches stay small.
constexpr int minStartBatch = 16;

QString policyName(OverLimitPolicy policy)
{
    return policy == OverLimitPolicy::Split ? QStringLiteral("split") : QStringLiteral("refuse");
}
} // namespace

void DeliveryJob::markMore()
{
    const int total = int(m_recipients.size());
    if (m_marking || m_startAllowed >= total)
        return;
    const int end =
        qMin(total, m_startAllowed + qMax(minStartBatch, 2 * qMax(1, m_options.concurrency)));
    if (!m_history) {
        refuseUnstarted(
            Outcome(Code::InternalError, tr("the history was closed while the job ran; not sent")));
        return;
    }
    QList<int> positions;
    positions.reserve(end - m_startAllowed);
    for (int i = m_startAllowed; i < end; ++i)
        positions.append(m_positions.at(i));
    m_marking = true;
    delete m_markWrite;
    m_markWrite = new QFutureWatcher<HistoryWrite>(this);
    connect(m_markWrite, &QFutureWatcherBase::finished, this, [this, end] {
        const QFuture<HistoryWrite> write = m_markWrite->future();
        m_marking = false;
        const Outcome stored = write.resultCount() > 0
                                   ? write.result().outcome
                                   : Outcome(Code::InternalError, tr("the history was closed"));
        if (!stored.isSuccess()) {
            // Sending what history cannot record as started would let a
            // resume send it again.
            refuseUnstarted(Outcome(stored.code(), tr("not sent: history could not record the "
                                                      "start (%1)")
                                                       .arg(stored.detail())));
            return;
        }
        m_startAllowed = end;
        launchMore();
    });
    m_markWrite->setFuture(m_history->markStarted(m_messageId, positions));
}

void DeliveryJob::refuseUnstarted(const Outcome &outcome)
{
    qCCritical(lcDelivery).noquote() << "recipients not started:" << outcome.toString();
    if (m_historyOutcome.isSuccess())
        m_historyOutcome = outcome;
    while (m_next < m_recipients.size())
        completeUnstarted(m_next++, outcome);
    m_startAllowed = int(m_recipients.size());
    if (!m_recording)
        flush();
}

void DeliveryJob::recordMessage()
{
    SentMessageRecord record;
    QStringList ids;
    for (const RouteEntry &entry : std::as_const(m_route))
        ids.append(entry.id);
    record.transport = ids.join(QLatin1Char(','));
    record.server = m_prototype.server;
    record.sender = m_prototype.sender;
    record.text = m_prototype.text;
    record.overLimitPolicy = policyName(m_options.overLimit);
    record.recipientCount = int(m_recipients.size());
    record.recipients.reserve(m_recipients.size());
    for (const Recipient &recipient : std::as_const(m_recipients))
        record.recipients.append(recipient.address());
    m_recording = true;
    delete m_messageWrite;
    m_messageWrite = new QFutureWatcher<HistoryWrite>(this);
    connect(m_messageWrite, &QFutureWatcherBase::finished, this, &DeliveryJob::onMessageRecorded);
    m_messageWrite->setFuture(m_history->recordMessage(record));
}

bool DeliveryJob::takeMessageWrite()
{
    m_recording = false;
    const QFuture<HistoryWrite> write = m_messageWrite->future();
    const HistoryWrite written =
        write.resultCount() > 0
            ? write.result()
            : HistoryWrite{Outcome(Code::InternalError, tr("the history was closed")), 0};
    if (written.outcome.isSuccess()) {
        m_messageId = written.id;
        return true;
    }
    // Nothing was sent: a job whose message cannot be kept sends nothing.
    m_historyOutcome = written.outcome;
    m_running = false;
    m_pendingReport.clear();
    qCCritical(lcDelivery).noquote()
        << "message not stored in history:" << written.outcome.toString();
    return false;
}

void DeliveryJob::onMessageRecorded()
{
    if (m_messageWrite && m_recording && !takeMessageWrite()) {
        emit finished();
        return;
    }
    if (!m_running)
        return;
    Outcome busy;
    if (m_history && !m_sendLock)
        m_sendLock = SendLock::take(m_history->path(), m_messageId, &busy);
    const QPointer<DeliveryJob> alive(this);
    emit started(int(m_recipients.size()));
    if (!alive)
        return;
    if (m_history && !m_sendLock) // a resume of this very message got in first
        refuseUnstarted(Outcome(busy.code(), tr("not sent: %1").arg(busy.detail())));
    else if (m_cancelled)
        flush(); // cancelled while the message row was written: report them now
    else
        launchMore();
}

void DeliveryJob::queueReport(int index)
{
    m_pendingReport.append(index);
    // Never flush from here: flushing reports, a listener may delete the job
    // when it hears the last result, and the caller still has work to do.
    if (m_pendingReport.size() >= flushBatchRows)
        m_flushTimer.start(0);
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(flushDelayMs);
}

QList<DeliveryRecord> DeliveryJob::recordsFor(const QList<int> &batch) const
{
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
        record.partsSent = result.partsSent;
        record.elapsedMs = result.elapsedMs;
        record.finishedAt = now;
        record.state = result.state;
        record.transport = result.transport;
        record.route = result.route;
        record.position = m_positions.value(index, -1);
        records.append(record);
    }
    return records;
}

void DeliveryJob::flush()
{
    m_flushTimer.stop();
    // One batch at a time, in order; the next goes when this one is on disk.
    if (m_flushing || m_recording || m_pendingReport.isEmpty())
        return;
    const QList<int> batch = std::exchange(m_pendingReport, {});
    if (!m_history || !m_messageId) {
        onFlushed(batch, m_hasHistory ? Outcome(Code::InternalError,
                                                tr("the history was closed while the job ran; "
                                                   "these results are not on disk"))
                                      : Outcome::success());
        return;
    }
    m_flushing = true;
    delete m_batchWrite;
    m_batchWrite = new QFutureWatcher<HistoryWrite>(this);
    connect(m_batchWrite, &QFutureWatcherBase::finished, this, [this, batch] {
        const QFuture<HistoryWrite> write = m_batchWrite->future();
        m_flushing = false;
        onFlushed(batch, write.resultCount() > 0
                             ? write.result().outcome
                             : Outcome(Code::InternalError, tr("the history was closed")));
    });
    m_batchWrite->setFuture(m_history->recordDeliveries(recordsFor(batch)));
}

void DeliveryJob::onFlushed(const QList<int> &batch, const Outcome &stored)
{
    if (!stored.isSuccess()) {
        qCCritical(lcDelivery).noquote() << "results not stored in history:" << stored.toString();
        // The results are still reported (the caller must learn them), but
        // the caller must also learn that they are not on disk.
        if (m_historyOutcome.isSuccess())
            m_historyOutcome = stored;
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
    if (!alive)
        return;
    if (!m_pendingReport.isEmpty())
        m_flushTimer.start(0);
    finishIfDone();
}

} // namespace netmsg
