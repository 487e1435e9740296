#pragma once

#include "deliveryjob.h"
#include "historystore.h"
#include "imessagetransport.h"
#include "route.h"
#include "settings.h"
#include "transportregistry.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace netmsg::gui {

// What every part of the console shares: the settings, the transport
// registry, the history and the receiver that runs inside the console. The
// tabs ask it, never a plugin by name: the route, the transports on it and
// what each can do (ARCHITECTURE.md "app decides nothing about protocols").
class ConsoleContext : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleContext(QObject *parent = nullptr);
    ~ConsoleContext() override;

    // Puts `language` in use (Translations::install; empty: the system's)
    // and lays the window out in its direction: right to left for Arabic.
    // Returns the language in use.
    static QString installLanguage(const QString &language);

    // Discovers the transports, opens the history and, when the settings say
    // so (the embedded default), starts the receiver. Returns the history's
    // outcome: the console runs without a history only to say why.
    Outcome start();

    Settings &settings() { return m_settings; }
    TransportRegistry &registry() { return m_registry; }
    HistoryStore *history() { return m_history.get(); }
    const Outcome &historyOutcome() const { return m_historyOutcome; }

    // The route from the settings, resolved: each step's transport or why
    // this system has none. Re-resolved when the settings change.
    const QList<RouteEntry> &route() const { return m_route; }
    QStringList routeIds() const;
    // Every transport the registry knows, for pickers: available or not.
    QList<RouteEntry> allTransports();
    // A job's options as the settings have them (concurrency, timeout,
    // retries, text cap); the over-limit policy is the caller's.
    DeliveryOptions deliveryOptions() const;
    // The first usable transport that can do `capability`, or null.
    IMessageTransport *firstWith(Capability capability) const;

    // The receiver inside the console (the first transport that can receive).
    bool isReceiving() const { return m_receiving; }
    QString receiverDescription() const;
    const Outcome &receiverOutcome() const { return m_receiverOutcome; }
    Outcome restartReceiver();
    void stopReceiver();

    // After the settings changed: re-resolve the route, restart the receiver.
    void applySettings();

Q_SIGNALS:
    void routeChanged();
    void receiverChanged();
    void messageReceived(const netmsg::ReceivedMessage &message);
    // A received message is in the inbox (committed) with this id.
    void messageStored(qint64 inboxId, const netmsg::ReceivedMessage &message);

private:
    void applyTransportOptions();
    QFuture<Outcome> acceptMessage(const ReceivedMessage &message);
    // What the receiver was started with: address, port, name, route.
    QString receiverKey() const;

    Settings m_settings;
    TransportRegistry m_registry;
    std::unique_ptr<HistoryStore> m_history;
    Outcome m_historyOutcome;
    QList<RouteEntry> m_route;
    QPointer<IMessageTransport> m_receiver;
    Outcome m_receiverOutcome;
    QString m_receiverAlias;
    QString m_receiverKey;
    bool m_receiving = false;
};

} // namespace netmsg::gui
