#pragma once

#include "message.h"
#include "netmsg_core_export.h"
#include "outcome.h"
#include "recipientlist.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

namespace netmsg {

class HistoryStore;
class IMessageTransport;

enum class OverLimitPolicy { Refuse, Split };

struct DeliveryOptions
{
    int concurrency = 8;
    int timeoutMs = 15000; // per attempt
    int retries = 0;       // extra attempts for transient failures
    int retryDelayMs = 500;
    OverLimitPolicy overLimit = OverLimitPolicy::Refuse;
};

struct DeliveryResult
{
    int index = 0;
    Recipient recipient;
    Outcome outcome;
    int attempts = 0;
    int parts = 1;
    qint64 elapsedMs = 0;
};

// One message to many recipients: bounded concurrency, a timeout per attempt,
// cancel, optional retry of transient failures. Every result is written to
// history in batched transactions; recipientFinished() is emitted only after its
// row is committed, so whatever was reported as done is on disk.
class NETMSG_CORE_EXPORT DeliveryJob : public QObject
{
    Q_OBJECT
public:
    DeliveryJob(IMessageTransport *transport, HistoryStore *history, QObject *parent = nullptr);
    ~DeliveryJob() override;

    void setOptions(const DeliveryOptions &options) { m_options = options; }
    const DeliveryOptions &options() const { return m_options; }

    // Checks the text against the transport (refusing or splitting per policy),
    // records the message, then starts. On an error nothing is sent or recorded.
    Outcome start(const Message &prototype, const QList<Recipient> &recipients);
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 messageId() const { return m_messageId; }
    int total() const { return m_recipients.size(); }
    int finishedCount() const { return m_reported; }
    const QList<DeliveryResult> &results() const { return m_results; }
    // Success unless history refused a write of this job: then the first such
    // error, and the results reported since are not all on disk.
    const Outcome &historyOutcome() const { return m_historyOutcome; }
    // The text parts each recipient gets (one unless split).
    const QStringList &parts() const { return m_parts; }

    static QStringList splitText(const QString &text, const QString &encoding, int maxBytes);

Q_SIGNALS:
    void started(int total);
    void recipientFinished(const netmsg::DeliveryResult &result);
    void progress(int done, int total);
    void finished();

private:
    struct Slot;
    void launchMore();
    void startAttempt(int index);
    void sendPart(int index);
    void onPartDone(int index, quint64 generation, const Outcome &outcome);
    void complete(int index, const Outcome &outcome);
    void flush();
    void finishIfDone();

    IMessageTransport *m_transport;
    HistoryStore *m_history;
    DeliveryOptions m_options;
    Message m_prototype;
    QStringList m_parts;
    QList<Recipient> m_recipients;
    QList<DeliveryResult> m_results;
    QList<Slot *> m_slots;
    QList<int> m_pendingReport;
    QTimer m_flushTimer;
    Outcome m_historyOutcome;
    qint64 m_messageId = 0;
    int m_next = 0;
    int m_inFlight = 0;
    int m_completed = 0;
    int m_reported = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace netmsg

Q_DECLARE_METATYPE(netmsg::DeliveryResult)
