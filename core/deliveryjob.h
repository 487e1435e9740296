#pragma once

#include "deliverystate.h"
#include "imessagetransport.h"
#include "message.h"
#include "netmsg_core_export.h"
#include "outcome.h"
#include "recipientlist.h"
#include "route.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace netmsg {

class SendLock;

class HistoryStore;
struct DeliveryRecord;
struct HistoryWrite;

enum class OverLimitPolicy { Refuse, Split };

struct DeliveryOptions
{
    int concurrency = 8;
    // Per attempt, counted from when the attempt starts. One that a busy
    // transport has not started within twice this gives up (failed: it never
    // left).
    int timeoutMs = 15000;
    int retries = 0; // extra attempts for failed transient results
    int retryDelayMs = 500;
    OverLimitPolicy overLimit = OverLimitPolicy::Refuse;
    // Longer texts are refused before anything is sent, whatever the policy.
    int maxTextCharacters = 64 * 1024;
    // When valid: failed transient results are held and retried (the delay
    // doubling up to a minute) until this time, instead of `retries` times.
    QDateTime holdUntil;
};

// What a send would do for one recipient (a dry run): the transport that
// would take it and the parts it would get, or why none can.
struct PlannedDelivery
{
    Recipient recipient;
    Outcome outcome;
    QString transport;
    QStringList parts;
};

struct DeliveryResult
{
    int index = 0;
    Recipient recipient;
    Outcome outcome;
    DeliveryState state = DeliveryState::Pending;
    QString transport;      // the step whose answer ended the route
    QList<RouteStep> route; // every step's answer, skipped ones included
    int attempts = 0;       // sends made, retries and route steps included
    int parts = 1;          // parts the text was split into for that transport
    int partsSent = 0;      // parts that went out (a failing part stops the rest)
    qint64 elapsedMs = 0;
};

// One message to many recipients over a route of transports: bounded
// concurrency, a timeout per attempt, cancel, retry of what provably did not
// arrive, and hold-and-retry until a deadline. Every result is written to
// history in batches; recipientFinished() is emitted only once its row is on
// disk, so whatever was reported as done is not lost. With history, the
// message's recipients are written with it (its dispatch ledger), and each
// recipient is marked started on disk, in batches, before its first attempt:
// a job killed half-way leaves who was never tried, who may have been, and
// who finished, for resume().
//
// The job holds what it uses through guarded pointers: a transport or a
// store deleted while it runs ends the affected recipients with an error
// instead of a crash. Listeners may delete the job from any of its signals.
class NETMSG_CORE_EXPORT DeliveryJob : public QObject
{
    Q_OBJECT
public:
    DeliveryJob(const QList<RouteEntry> &route, HistoryStore *history, QObject *parent = nullptr);
    // A route of one transport.
    DeliveryJob(IMessageTransport *transport, HistoryStore *history, QObject *parent = nullptr);
    ~DeliveryJob() override;

    void setOptions(const DeliveryOptions &options) { m_options = options; }
    const DeliveryOptions &options() const { return m_options; }
    const QList<RouteEntry> &route() const { return m_route; }

    // What start() would refuse, without starting: the text (too long, not
    // encodable, over the limit with the refuse policy) for every usable step
    // of the route, or success with the parts each step would send.
    Outcome checkText(const QString &text, bool broadcast) const;
    // Whether some usable step of the route can address `recipient`; if not,
    // why (each step's reason).
    Outcome checkRecipient(const Recipient &recipient) const;
    // What start() would send to whom, without sending or recording anything.
    QList<PlannedDelivery> plan(const Message &prototype, const QList<Recipient> &recipients) const;

    // Checks the text and recipients against the route (refusing or splitting
    // per policy); on an error nothing is sent or recorded. Otherwise records
    // the message and then starts sending; finished() comes at the end even
    // if history refused the message (historyOutcome() then says why, and
    // nothing was sent).
    Outcome start(const Message &prototype, const QList<Recipient> &recipients);
    // Goes on with a message already in history (a job that was killed): sends
    // to `recipients`, each recorded at its `positions` entry in the message's
    // dispatch ledger. The caller picks them (those never started); the
    // message row is not written again.
    // The job holds the message's SendLock while it runs: `lock` when given
    // (a ResumePlan took it before reading the ledger), else it takes it and
    // refuses (ERROR_BUSY) when another process sends the message.
    Outcome resume(qint64 messageId, const Message &prototype, const QList<Recipient> &recipients,
                   const QList<int> &positions, std::shared_ptr<SendLock> lock = {});
    // Ends every recipient still under way: failed if its message was not yet
    // handed over, unconfirmed if it was.
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 messageId() const { return m_messageId; }
    int total() const { return int(m_recipients.size()); }
    int finishedCount() const { return m_reported; }
    const QList<DeliveryResult> &results() const { return m_results; }
    // Reported results per state.
    int count(DeliveryState state) const;
    // Success unless history refused a write of this job: then the first such
    // error, and the results reported since are not all on disk.
    const Outcome &historyOutcome() const { return m_historyOutcome; }
    // The text parts each recipient gets through the first usable step.
    QStringList parts() const;

    static QStringList splitText(const QString &text, const QString &encoding, int maxBytes);

Q_SIGNALS:
    void started(int total);
    // A failed transient result is held; the next attempt comes at `retryAt`.
    void held(int index, const QDateTime &retryAt, const netmsg::Outcome &outcome);
    void recipientFinished(const netmsg::DeliveryResult &result);
    void progress(int done, int total);
    void finished();

private:
    struct Step;
    struct Slot;
    QList<Step> stepsFor(const QString &text) const;
    // Whether `entry` can carry `text` (split if the policy allows), and in
    // which parts; for a broadcast, within the broadcast limit.
    Outcome fitText(const RouteEntry &entry, const QString &text, bool broadcast,
                    QStringList *parts) const;
    Outcome prepareRun(const Message &prototype, const QList<Recipient> &recipients,
                       const QList<int> &positions);
    void launchMore();
    // Writes the next batch of starts to the ledger; launchMore() goes on
    // once they are on disk.
    void markMore();
    void refuseUnstarted(const Outcome &outcome);
    void beginRecipient(int index);
    void sendPart(Slot *slot);
    // `started`: the attempt's own timeout; else how long it may wait to start.
    void armTimeout(Slot *slot, quint64 generation, bool started);
    int queuedTimeoutMs() const;
    void onTimeout(Slot *slot);
    void onAnswer(Slot *slot, const SendResult &result);
    bool scheduleRetry(Slot *slot, const SendResult &result);
    void stepDone(Slot *slot, const SendResult &result);
    void nextStep(Slot *slot, const SendResult &soFar);
    void complete(Slot *slot, const SendResult &result);
    void completeUnstarted(int index, const Outcome &outcome);
    Slot *freeSlot();
    void queueReport(int index);
    void flush();
    void onFlushed(const QList<int> &batch, const Outcome &stored);
    QList<DeliveryRecord> recordsFor(const QList<int> &batch) const;
    void recordMessage();
    void onMessageRecorded();
    bool takeMessageWrite();
    void finishIfDone();

    QList<RouteEntry> m_route;
    QList<Step> m_steps;
    QPointer<HistoryStore> m_history;
    bool m_hasHistory = false; // a store was given (it may be gone since)
    QFutureWatcher<HistoryWrite> *m_messageWrite = nullptr;
    QFutureWatcher<HistoryWrite> *m_batchWrite = nullptr;
    QFutureWatcher<HistoryWrite> *m_markWrite = nullptr;
    DeliveryOptions m_options;
    Message m_prototype;
    QList<Recipient> m_recipients;
    QList<int> m_positions; // each recipient's place in the message's dispatch ledger
    QList<DeliveryResult> m_results;
    QList<Slot *> m_slots;
    QList<int> m_pendingReport;
    QTimer m_flushTimer;
    Outcome m_historyOutcome;
    qint64 m_messageId = 0;
    int m_next = 0;
    int m_startAllowed = 0; // recipients before this one are recorded as started
    bool m_ledger = false;  // starts are recorded (the job has history)
    bool m_marking = false; // a batch of starts is being written
    int m_inFlight = 0;
    int m_reported = 0;
    bool m_recording = false; // the message row is being written
    bool m_flushing = false;  // a batch is being written
    bool m_running = false;
    bool m_cancelled = false;
    bool m_personal = false;              // the text has {recipient}: each recipient gets its own
    std::shared_ptr<SendLock> m_sendLock; // held while the job sends its message
};

} // namespace netmsg

Q_DECLARE_METATYPE(netmsg::DeliveryResult)
