#pragma once

#include "capabilities.h"
#include "deliverystate.h"
#include "message.h"
#include "netmsg_core_export.h"
#include "outcome.h"
#include "recipientlist.h"
#include "transportlimits.h"

#include <QFuture>
#include <QHostAddress>
#include <QObject>
#include <QPromise>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <type_traits>

namespace netmsg {

// How far one send() got, reported as its future's progress value, so that a
// job whose timeout or cancel comes first knows what to record:
// - Queued: nothing happened yet; a cancel drops the attempt (failed).
// - Started: the attempt runs; the job's per-attempt timeout counts from here.
// - HandedOver: the message has left (the last text block or the blocking OS
//   call is under way); from here silence means "it may have arrived".
// Event-driven transports report Started before send() returns.
namespace SendProgress {
enum : int { Queued = 0, Started = 1, HandedOver = 2 };
}

// How far one probe() got, reported as its future's progress value, so that a
// caller can tell "the name does not resolve" from "the port does not answer"
// without knowing the transport. One that looks names up and connects sets
// the progress range to [NotChecked, PortReached] first (without it, a
// future's progress just counts its results and says nothing), reports
// Resolving when it starts, then NameResolved (with the address as progress
// text) and PortReached as it gets there. One that checks neither (an
// in-process network, an OS API, the default) sets no range.
namespace ProbeProgress {
enum : int { NotChecked = 0, Resolving = 1, NameResolved = 2, PortReached = 3 };
}

// What a transport answers for one send: the Outcome code (the wire's or the
// OS's) and what it means for the operator (see DeliveryState).
struct SendResult
{
    Outcome outcome;
    DeliveryState state = DeliveryState::Failed;

    static SendResult delivered(QString detail = {})
    {
        return {Outcome::success(std::move(detail)), DeliveryState::Delivered};
    }
    static SendResult failed(Outcome outcome)
    {
        return {std::move(outcome), DeliveryState::Failed};
    }
    static SendResult unconfirmed(Outcome outcome)
    {
        return {std::move(outcome), DeliveryState::Unconfirmed};
    }
    // Success is delivered; a failure is unconfirmed once the message was
    // handed over, failed before.
    static SendResult from(Outcome outcome, bool handedOver)
    {
        if (outcome.isSuccess())
            return {std::move(outcome), DeliveryState::Delivered};
        return {std::move(outcome),
                handedOver ? DeliveryState::Unconfirmed : DeliveryState::Failed};
    }
};

// The aliases of one server, or why they could not be listed.
struct AliasListing
{
    Outcome outcome;
    QStringList aliases;
};

// What a transport can do with the aliases of one server, which may be less
// than its capabilities() say (a transport may manage its own receiver's
// names but only list another host's), and how, in words for the console.
struct AliasAccess
{
    Capabilities capabilities; // of ListAliases, AddAlias and DeleteAlias
    QString description;       // e.g. "listing only, through NetBIOS node status"
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
    // Called for every message before the peer is told it arrived: the caller
    // keeps it (e.g. stores it in the inbox, in batches, on another thread) and
    // the receiver answers the peer only when the future finishes. Success
    // gives the positive reply and then messageReceived(); a failure (or a
    // future without a result) is refused on the wire, so a peer is never told
    // "delivered" about a message that was lost. Empty: accept all at once.
    std::function<QFuture<Outcome>(const ReceivedMessage &)> accept;
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
    // capabilities(), limits() and checkAddress() may be called from any
    // thread (the console checks long recipient lists on a worker): they read
    // only state that configure() replaces under a lock, or none.
    virtual Capabilities capabilities() const = 0;
    virtual TransportLimits limits() const = 0;
    // Can it work on this system now, and if not, why.
    virtual Outcome availability() const = 0;

    // Transport-specific settings ("latencyMs", "codePage", ...). Unknown keys or
    // bad values are refused with ERROR_INVALID_PARAMETER naming the key; nothing
    // changes then.
    virtual Outcome configure(const QVariantMap &options);

    // The future reports SendProgress as it goes and ends with one SendResult.
    // Cancelling it stops the attempt; a transport never delivers a message
    // whose future was cancelled before it was handed over.
    virtual QFuture<SendResult> send(const Message &message) = 0;
    // Whether this transport can address `recipient` at all: its name, a
    // broadcast, a host and port. The default checks the name against limits()
    // and capabilities() and refuses an explicit host, which only transports
    // that talk to the target directly take (they override this).
    virtual Outcome checkAddress(const Recipient &recipient) const;
    // Could this transport reach `recipient` now, without sending anything:
    // success when it could, else why not, with the progress values above.
    // Cancelling the future stops the probe. The default says whether the
    // transport is available and can address the target, and that nothing
    // more can be checked for it.
    virtual QFuture<Outcome> probe(const Recipient &recipient);
    // `server` empty = this computer. The default: the alias capabilities,
    // none for another server without Capability::RemoteServer.
    virtual AliasAccess aliasAccess(const QString &server) const;
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
    // A send refused before anything happened (bad input, unavailable): failed.
    static QFuture<SendResult> refused(const Outcome &outcome);
    Outcome notSupported(const QString &what) const;

    // Runs blocking `work` (an OS call) on the transport's own `pool` and hands
    // its result back through a future, so no caller's thread ever blocks.
    // Work still queued when its future is cancelled never runs.
    template <typename Result, typename Work>
    static QFuture<Result> runOn(QThreadPool &pool, Work work)
    {
        return QtConcurrent::run(&pool, [work = std::move(work)](QPromise<Result> &promise) {
            promise.addResult(work());
        });
    }

    // A blocking send (`work` returns the OS's Outcome) on `pool`: cancelled
    // while queued, it never runs (failed); once it runs, the message counts
    // as handed over, so a job whose timeout passes meanwhile records it
    // unconfirmed, whatever the call answers later.
    // `work` may also answer a SendResult of its own (a helper program that
    // was killed after its deadline: unconfirmed).
    template <typename Work> static QFuture<SendResult> runSendOn(QThreadPool &pool, Work work)
    {
        return QtConcurrent::run(&pool, [work = std::move(work)](QPromise<SendResult> &promise) {
            // QtConcurrent checks for a cancel before it calls us; one that
            // comes after that but before the hand-over must stop the call
            // too. The progress value no longer changes once the future is
            // cancelled, so a job that reads it after its cancel and sees no
            // hand-over knows that the call never runs.
            promise.setProgressValue(SendProgress::HandedOver);
            if (promise.isCanceled())
                return;
            if constexpr (std::is_same_v<decltype(work()), SendResult>) {
                promise.addResult(work());
            } else {
                const Outcome outcome = work();
                promise.addResult(outcome.isSuccess() ? SendResult::delivered(outcome.detail())
                                                      : SendResult::failed(outcome));
            }
        });
    }
};

} // namespace netmsg
