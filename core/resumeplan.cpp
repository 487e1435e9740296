#include "resumeplan.h"

#include "recipientlist.h"
#include "route.h"

namespace netmsg {

Message ResumePlan::prototype() const
{
    Message prototype;
    prototype.server = message.server;
    prototype.sender = message.sender;
    prototype.text = message.text;
    return prototype;
}

OverLimitPolicy ResumePlan::overLimit() const
{
    return message.overLimitPolicy == QLatin1String("split") ? OverLimitPolicy::Split
                                                             : OverLimitPolicy::Refuse;
}

QStringList ResumePlan::routeIds() const
{
    QStringList ids;
    Route::parse(message.transport, &ids);
    return ids;
}

QFuture<HistoryWrite> ResumePlan::recordInFlight(HistoryStore &history) const
{
    if (inFlight.isEmpty())
        return QtFuture::makeReadyFuture(HistoryWrite{Outcome::success(), 0});
    return history.recordDeliveries(inFlight);
}

QList<DeliveryResult> ResumePlan::inFlightResults() const
{
    QList<DeliveryResult> results;
    results.reserve(inFlight.size());
    for (const DeliveryRecord &record : inFlight) {
        DeliveryResult result;
        result.index = record.position;
        result.recipient = RecipientList::parse(record.recipient).recipients().value(0);
        if (result.recipient.name.isEmpty())
            result.recipient.name = record.recipient;
        result.outcome = Outcome(record.code, record.detail);
        result.state = record.state;
        result.attempts = record.attempts;
        results.append(result);
    }
    return results;
}

ResumePlan ResumePlan::from(qint64 id, const HistoryRead<ResumeSource> &read,
                            const QString &historyPath)
{
    ResumePlan plan;
    plan.messageId = id;
    const auto refuse = [&plan](Problem problem, const Outcome &outcome) {
        plan.problem = problem;
        plan.outcome = outcome;
        plan.inFlight.clear();
        plan.rest.clear();
        plan.positions.clear();
        return plan;
    };
    if (!read.outcome.isSuccess())
        return refuse(Problem::ReadFailed, read.outcome);
    if (!read.rows.message)
        return refuse(Problem::NoSuchMessage,
                      Outcome(Code::InvalidParameter,
                              tr("there is no message %1 in %2").arg(id).arg(historyPath)));
    plan.message = *read.rows.message;
    if (read.rows.ledger.isEmpty())
        return refuse(Problem::NoLedger,
                      Outcome(Code::NotSupported,
                              tr("message %1 has no dispatch ledger (it was sent by an older "
                                 "netmsg); it cannot be resumed")
                                  .arg(id)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DispatchEntry &entry : read.rows.ledger) {
        if (entry.finished)
            continue;
        if (entry.started) {
            DeliveryRecord record;
            record.messageId = id;
            record.recipient = entry.recipient;
            record.code = Code::ProcessAborted;
            record.detail = tr("marked as under way when the sending process ended: it may have "
                               "arrived, so it is not sent again");
            record.attempts = 1;
            record.finishedAt = now;
            record.state = DeliveryState::Unconfirmed;
            record.position = entry.position;
            plan.inFlight.append(record);
            continue;
        }
        const QList<Recipient> parsed = RecipientList::parse(entry.recipient).recipients();
        if (parsed.size() != 1)
            return refuse(Problem::BadRecipient,
                          Outcome(Code::InvalidData,
                                  tr("message %1: the recipient '%2' at position %3 in history "
                                     "cannot be read back")
                                      .arg(id)
                                      .arg(entry.recipient)
                                      .arg(entry.position + 1)));
        plan.rest.append(parsed.first());
        plan.positions.append(entry.position);
    }
    return plan;
}

QFuture<ResumePlan> ResumePlan::read(const HistoryStore &history, qint64 id)
{
    const QString path = history.path();
    Outcome busy;
    std::shared_ptr<SendLock> lock = SendLock::take(path, id, &busy);
    if (!lock) {
        ResumePlan plan;
        plan.messageId = id;
        plan.problem = Problem::Busy;
        plan.outcome = busy;
        return QtFuture::makeReadyFuture(plan);
    }
    // Parsing a ledger is pure work: it may run on the reader, after its read.
    return history.resumeSource(id).then([id, path, lock](const HistoryRead<ResumeSource> &source) {
        ResumePlan plan = from(id, source, path);
        if (plan.isResumable())
            plan.lock = lock;
        return plan;
    });
}

} // namespace netmsg
