#pragma once

#include "deliveryjob.h"
#include "historystore.h"
#include "netmsg_core_export.h"
#include "sendlock.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

namespace netmsg {

// What resuming a sent message does, read from its dispatch ledger in history
// (the CLI's `send --resume` and the console's Resume use it alike): a
// recipient whose attempt was marked started but has no result was under way
// when the sender died, so it may have got the message: it is recorded
// unconfirmed (ERROR_PROCESS_ABORTED) and never sent again. A recipient never
// started is sent, at its old position. One that has a result is left alone.
struct NETMSG_CORE_EXPORT ResumePlan
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::ResumePlan)
public:
    enum class Problem {
        None,
        ReadFailed,    // the history could not be read (outcome says why)
        NoSuchMessage, // no message with that id
        NoLedger,      // sent by a netmsg before schema 3: nothing says who was started
        BadRecipient,  // a ledger entry does not read back as one recipient
        Busy,          // another job (a sender still running, a resume) has the message
    };

    Problem problem = Problem::None;
    Outcome outcome; // success, or why the message cannot be resumed
    qint64 messageId = 0;
    SentMessageRecord message;
    QList<DeliveryRecord> inFlight; // to record as unconfirmed before anything is sent
    QList<Recipient> rest;          // never started: to send
    QList<int> positions;           // rest[i]'s place in the message's list
    // Held from before the ledger was read: hand it to DeliveryJob::resume,
    // and nobody else sends this message until that job ends.
    std::shared_ptr<SendLock> lock;

    bool isResumable() const { return problem == Problem::None; }
    bool hasWork() const { return !inFlight.isEmpty() || !rest.isEmpty(); }
    // The message as it was sent (server, sender, text) and its policy for a
    // text over the limit.
    Message prototype() const;
    OverLimitPolicy overLimit() const;
    // The route the message was sent over, as transport ids.
    QStringList routeIds() const;
    // Writes the in-flight records (a ready success when there are none);
    // nothing may be sent before this is on disk.
    QFuture<HistoryWrite> recordInFlight(HistoryStore &history) const;
    // The in-flight records as the results a job reports (for printing and tables).
    QList<DeliveryResult> inFlightResults() const;

    // Builds the plan from what the history holds for message `id`.
    static ResumePlan from(qint64 id, const HistoryRead<ResumeSource> &read,
                           const QString &historyPath);
    // Takes the message's SendLock, then reads and builds the plan off the
    // caller's thread (on the history's reader).
    static QFuture<ResumePlan> read(const HistoryStore &history, qint64 id);
};

} // namespace netmsg
