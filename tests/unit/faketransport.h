#pragma once

// A transport for DeliveryJob tests whose behaviour each recipient name
// chooses by its prefix, reporting SendProgress as a real one does:
//   OK...      delivered after `latencyMs`
//   FAIL...    failed, NERR_NameNotFound (2273), not transient
//   DENY...    failed, ERROR_ACCESS_DENIED (5)
//   FLAKY...   failed NERR_NetworkError (2136, transient) `flakyFailures` times, then delivered
//   BUSY...    always failed NERR_NetworkError (transient)
//   STALL...   taken (HandedOver) and never answered: "it may have arrived"
//   SILENT...  started and never answered: it never left
//   UNSUP...   failed, ERROR_NOT_SUPPORTED: this way cannot reach it
//   PARTFAIL.. delivered, but the second part of a split text fails (2136)
//   READY...   delivered at once: the future is finished when send() returns
// A send whose future is cancelled before its latency passed is dropped and
// never counted in `arrived`, as the real transports do.

#include "imessagetransport.h"

#include <QHash>
#include <QPromise>
#include <QTimer>

#include <functional>

class FakeTransport : public netmsg::IMessageTransport
{
    Q_OBJECT
public:
    explicit FakeTransport(QString id = QStringLiteral("fake"), QObject *parent = nullptr)
        : IMessageTransport(parent)
        , m_id(std::move(id))
    {}
    QString id() const override { return m_id; }
    QString displayName() const override { return m_id; }
    netmsg::Capabilities capabilities() const override
    {
        return netmsg::Capability::Send | netmsg::Capability::Broadcast;
    }
    netmsg::TransportLimits limits() const override { return m_limits; }
    netmsg::Outcome availability() const override { return m_availability; }
    netmsg::Outcome checkAddress(const netmsg::Recipient &recipient) const override
    {
        if (!acceptsHosts && !recipient.host.isEmpty())
            return netmsg::Outcome(netmsg::Code::NotSupported,
                                   QStringLiteral("%1 takes no hosts").arg(m_id));
        return IMessageTransport::checkAddress(netmsg::Recipient{recipient.name, {}, 0, {}});
    }

    QFuture<netmsg::SendResult> send(const netmsg::Message &message) override
    {
        using namespace netmsg;
        sent.append(message);
        if (onSend)
            onSend(message);
        auto promise = std::make_shared<QPromise<SendResult>>();
        promise->start();
        promises.append(promise);
        const QString name = deliverAll ? QStringLiteral("OK") : message.recipient;
        if (name.startsWith(QLatin1String("READY"))) {
            promise->setProgressValue(SendProgress::HandedOver);
            arrived.append(message);
            promise->addResult(SendResult::delivered());
            promise->finish();
            return promise->future();
        }
        if (!queued)
            promise->setProgressValue(SendProgress::Started);
        if (name.startsWith(QLatin1String("STALL"))) {
            promise->setProgressValue(SendProgress::HandedOver);
            return promise->future();
        }
        if (name.startsWith(QLatin1String("SILENT")))
            return promise->future();
        ++inFlight;
        maxInFlight = qMax(maxInFlight, inFlight);
        SendResult result = SendResult::delivered();
        if (name.startsWith(QLatin1String("FAIL")))
            result = SendResult::failed(Outcome(Code::NerrNameNotFound));
        else if (name.startsWith(QLatin1String("DENY")))
            result = SendResult::failed(Outcome(Code::AccessDenied));
        else if (name.startsWith(QLatin1String("UNSUP")))
            result = SendResult::failed(Outcome(Code::NotSupported));
        else if (name.startsWith(QLatin1String("BUSY")) ||
                 (name.startsWith(QLatin1String("FLAKY")) &&
                  ++flakyAttempts[name] <= flakyFailures) ||
                 (name.startsWith(QLatin1String("PARTFAIL")) &&
                  message.text.startsWith(QLatin1String("(2/"))))
            result = SendResult::failed(Outcome(Code::NerrNetworkError));
        QTimer::singleShot(latencyMs, this, [this, promise, result, message] {
            --inFlight;
            if (promise->isCanceled()) {
                ++dropped;
                promise->finish();
                return;
            }
            promise->setProgressValue(netmsg::SendProgress::HandedOver);
            if (result.state == netmsg::DeliveryState::Delivered)
                arrived.append(message);
            promise->addResult(result);
            promise->finish();
        });
        return promise->future();
    }

    // Marks every queued send as started now (a pool thread picking it up).
    void startQueued()
    {
        for (const auto &promise : std::as_const(promises))
            promise->setProgressValue(netmsg::SendProgress::Started);
    }

    netmsg::Outcome m_availability = netmsg::Outcome::success();
    netmsg::TransportLimits m_limits = [] {
        netmsg::TransportLimits limits;
        limits.wireEncoding = QStringLiteral("CP850");
        limits.maxMessageBytes = 40;
        limits.maxBroadcastBytes = 20;
        return limits;
    }();
    bool acceptsHosts = false;
    bool deliverAll = false; // every name behaves as OK...
    bool queued = false;     // sends wait as Queued until startQueued()
    QList<netmsg::Message> sent;
    std::function<void(const netmsg::Message &)> onSend; // called as each send begins
    QList<netmsg::Message> arrived;
    QList<std::shared_ptr<QPromise<netmsg::SendResult>>> promises;
    QHash<QString, int> flakyAttempts;
    int flakyFailures = 2;
    int latencyMs = 5;
    int inFlight = 0;
    int maxInFlight = 0;
    int dropped = 0;

private:
    QString m_id;
};
