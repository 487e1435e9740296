#pragma once

#include "imessagetransport.h"
#include "itransportfactory.h"
#include "loopbacknetwork.h"

#include <QHash>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace netmsg {

// A messenger with real semantics and injectable faults. Every server answers
// to its computer name (which can't be deleted) plus the aliases added to it;
// a send to an alias lands in that server's inbox, "*" reaches every alias of
// the server within the 128-byte broadcast limit. Answers come asynchronously
// after the configured latency; stalled names take the message and never
// answer (unconfirmed), silent names never take it (failed on timeout).
class LoopbackTransport : public IMessageTransport
{
    Q_OBJECT
public:
    LoopbackTransport(const TransportContext &context, QObject *parent);
    ~LoopbackTransport() override;

    QString id() const override { return QStringLiteral("loopback"); }
    QString displayName() const override { return tr("Loopback (test network)"); }
    Capabilities capabilities() const override;
    TransportLimits limits() const override;
    Outcome availability() const override { return Outcome::success(); }
    Outcome configure(const QVariantMap &options) override;

    QFuture<SendResult> send(const Message &message) override;
    Outcome checkAddress(const Recipient &recipient) const override;
    // NAME@SERVER (no host: this computer's server): offline, or no such
    // alias there, as a send would find it.
    QFuture<Outcome> probe(const Recipient &recipient) override;
    QFuture<AliasListing> listAliases(const QString &server) override;
    QFuture<Outcome> addAlias(const QString &server, const QString &name) override;
    QFuture<Outcome> deleteAlias(const QString &server, const QString &name) override;

    Outcome startReceiving(const ReceiverOptions &options) override;
    void stopReceiving() override;
    QString receiverAddress() const override;

    // The name the empty server means: this machine's name, as a NetBIOS name.
    QString localServer() const { return m_localServer; }
    // Sends dropped because their attempt was cancelled or timed out before
    // the latency passed: none of them reached an inbox.
    int droppedCount() const { return m_dropped; }

private:
    struct Faults
    {
        int latencyMs = 0;
        double failureRate = 0.0;
        quint32 failureCode = Code::NerrNetworkError;
        QHash<QString, quint32> failNames; // upper-cased name -> code
        QStringList stallNames;            // upper-cased; taken, never answered
        QStringList silentNames;           // upper-cased; never taken, never answered
        QStringList offlineServers;        // upper-cased; unreachable
        int maxAliases = 64;
    };

    QString serverName(const QString &server) const;
    Outcome checkServer(const QString &server) const;
    // Where a message goes: its server and the aliases it reaches, or why not.
    Outcome route(const Message &message, QString *server, QStringList *aliases);
    void deliver(const Message &message, const std::shared_ptr<QPromise<SendResult>> &promise);
    template <typename T> QFuture<T> later(std::function<T()> work);
    void scheduleFlush();
    // Writes the queued deliveries to the network file on m_writer: reading,
    // merging and writing a file of thousands of aliases takes tens of
    // milliseconds, which the caller's event loop (the console's) must not wait.
    void startFlush();
    void refreshNetwork();
    struct FlushResult;

    LoopbackNetwork m_network;
    Faults m_faults;
    QRandomGenerator m_random;
    QString m_localServer;
    QTimer m_flushTimer;
    QThreadPool m_writer;                    // one thread: the writes reach the file in order
    std::shared_ptr<FlushResult> m_flushing; // the write under way, if any
    ReceiverOptions m_receiverOptions;
    bool m_receiving = false;
    int m_dropped = 0;
};

} // namespace netmsg
