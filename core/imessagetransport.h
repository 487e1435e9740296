#pragma once

#include "capabilities.h"
#include "message.h"
#include "netmsg_core_export.h"
#include "outcome.h"
#include "transportlimits.h"

#include <QFuture>
#include <QHostAddress>
#include <QObject>
#include <QPromise>
#include <QStringList>
#include <QThreadPool>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace netmsg {

// The aliases of one server, or why they could not be listed.
struct AliasListing
{
    Outcome outcome;
    QStringList aliases;
};

// Where and how a transport's receiver listens.
struct ReceiverOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = the transport's default
    QString codePage; // empty = the transport's configured code page
    int maxConnections = 64;
    int maxMessageBytes = 4096;
    int idleTimeoutMs = 30000;
    // Called for every message before the peer is told it arrived (e.g. to
    // store it in the inbox). A failure is refused on the wire, so a peer is
    // never told "delivered" about a message that was lost. Empty: accept all.
    std::function<Outcome(const ReceivedMessage &)> accept;
};

// One way of delivering messages. Operations are asynchronous: blocking OS calls
// run on the transport's own thread pool, socket transports are event-driven.
// Every result is an Outcome from the core catalogue.
class NETMSG_CORE_EXPORT IMessageTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~IMessageTransport() override;

    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual Capabilities capabilities() const = 0;
    virtual TransportLimits limits() const = 0;
    // Can it work on this system now, and if not, why.
    virtual Outcome availability() const = 0;

    // Transport-specific settings ("latencyMs", "codePage", ...). Unknown keys or
    // bad values are refused with ERROR_INVALID_PARAMETER naming the key; nothing
    // changes then.
    virtual Outcome configure(const QVariantMap &options);

    virtual QFuture<Outcome> send(const Message &message) = 0;
    virtual QFuture<AliasListing> listAliases(const QString &server);
    virtual QFuture<Outcome> addAlias(const QString &server, const QString &name);
    virtual QFuture<Outcome> deleteAlias(const QString &server, const QString &name);

    // Receivers (Capability::Receive) hand every incoming message out through
    // messageReceived().
    virtual Outcome startReceiving(const ReceiverOptions &options);
    virtual void stopReceiving();
    // Where the receiver listens once started, e.g. "127.0.0.1:1139".
    virtual QString receiverAddress() const { return {}; }

    bool hasCapability(Capability capability) const { return capabilities().testFlag(capability); }

Q_SIGNALS:
    void messageReceived(const netmsg::ReceivedMessage &message);

protected:
    // A finished future carrying `outcome`, for operations a transport refuses at once.
    static QFuture<Outcome> ready(const Outcome &outcome);
    static QFuture<AliasListing> ready(const AliasListing &listing);
    Outcome notSupported(const QString &what) const;

    // Runs blocking `work` (an OS call) on the transport's own `pool` and hands
    // its result back through a future, so no caller's thread ever blocks.
    template <typename Result, typename Work>
    static QFuture<Result> runOn(QThreadPool &pool, Work work)
    {
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        pool.start([promise, work = std::move(work)]() {
            promise->addResult(work());
            promise->finish();
        });
        return future;
    }
};

} // namespace netmsg
