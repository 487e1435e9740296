#include "consolecontext.h"

#include "translations.h"
#include "validation.h"
#include "widgets/whenfinished.h"

#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConsole, "netmsg.console")

namespace netmsg::gui {

ConsoleContext::ConsoleContext(QObject *parent)
    : QObject(parent)
{
    m_registry.setContext({Settings::dataDirectory(), {}});
}

ConsoleContext::~ConsoleContext()
{
    stopReceiver();
    // Every queued write ends while the transports and this object are still
    // whole; continuations still queued for this object are dropped with it.
    m_history.reset();
}

Outcome ConsoleContext::start()
{
    m_registry.discover();
    for (const RejectedPlugin &rejected : m_registry.rejected())
        qCWarning(lcConsole) << "refused plugin" << rejected.fileName << ":" << rejected.reason;
    applyTransportOptions();
    m_history = std::make_unique<HistoryStore>();
    m_historyOutcome = m_history->open(m_settings.historyPath());
    if (!m_historyOutcome.isSuccess()) {
        qCCritical(lcConsole).noquote() << "history:" << m_historyOutcome.toString();
        m_history.reset();
    }
    m_route = Route::resolve(m_registry, m_settings.route());
    if (m_settings.receiverEnabled())
        restartReceiver();
    return m_historyOutcome;
}

QStringList ConsoleContext::routeIds() const
{
    QStringList ids;
    for (const RouteEntry &entry : m_route)
        ids.append(entry.id);
    return ids;
}

DeliveryOptions ConsoleContext::deliveryOptions() const
{
    DeliveryOptions options;
    options.concurrency = m_settings.concurrency();
    options.timeoutMs = m_settings.timeoutMs();
    options.retries = m_settings.retries();
    options.maxTextCharacters = m_settings.maxTextCharacters();
    return options;
}

QList<RouteEntry> ConsoleContext::allTransports()
{
    QStringList ids;
    for (const TransportInfo &info : m_registry.transports())
        ids.append(info.id);
    return Route::resolve(m_registry, ids);
}

IMessageTransport *ConsoleContext::firstWith(Capability capability) const
{
    for (const RouteEntry &entry : m_route) {
        if (entry.isUsable() && entry.transport->hasCapability(capability))
            return entry.transport;
    }
    return nullptr;
}

QString ConsoleContext::receiverDescription() const
{
    if (!m_receiving || !m_receiver)
        return {};
    return tr("listening on %1 as %2").arg(m_receiver->receiverAddress(), m_receiverAlias);
}

QFuture<Outcome> ConsoleContext::acceptMessage(const ReceivedMessage &message)
{
    if (!m_history)
        return QtFuture::makeReadyFuture(
            Outcome(Code::NerrBadReceive, tr("the console has no history to keep the message in")));
    // Stored (with others arriving at the same time, in one commit) before
    // the peer is answered. The receiver answers from this thread anyway:
    // announcing the inbox id here costs the answer one event-loop turn.
    return m_history->recordReceived(message).then(this,
                                                   [this, message](const HistoryWrite &written) {
                                                       if (written.outcome.isSuccess())
                                                           emit messageStored(written.id, message);
                                                       return written.outcome;
                                                   });
}

Outcome ConsoleContext::restartReceiver()
{
    stopReceiver();
    // Every transport that can receive: the first available one on the route,
    // else any (loopback in tests).
    IMessageTransport *receiver = firstWith(Capability::Receive);
    if (!receiver) {
        for (const RouteEntry &entry : allTransports()) {
            if (entry.isUsable() && entry.transport->hasCapability(Capability::Receive)) {
                receiver = entry.transport;
                break;
            }
        }
    }
    if (!receiver) {
        m_receiverOutcome =
            Outcome(Code::NotSupported, tr("no transport here can receive messages"));
        emit receiverChanged();
        return m_receiverOutcome;
    }
    // Answers to the user's own name, so that a send to yourself arrives.
    m_receiverAlias = m_settings.senderName().toUpper();
    if (Validation::checkName(m_receiverAlias, NameKind::Alias, receiver->limits()).isSuccess() &&
        receiver->hasCapability(Capability::AddAlias)) {
        whenFinished(this, receiver->addAlias({}, m_receiverAlias),
                     [alias = m_receiverAlias](const Outcome &added) {
                         if (!added.isSuccess() && added.code() != Code::NerrAlreadyExists)
                             qCWarning(lcConsole).noquote() << "alias" << alias << added.toString();
                     });
    }
    ReceiverOptions options;
    options.address = QHostAddress(m_settings.listenerAddress());
    options.port = m_settings.listenerPort();
    options.accept = [this](const ReceivedMessage &message) {
        return acceptMessage(message);
    };
    m_receiverKey = receiverKey();
    m_receiverOutcome = receiver->startReceiving(options);
    m_receiving = m_receiverOutcome.isSuccess();
    if (m_receiving) {
        m_receiver = receiver;
        connect(receiver, &IMessageTransport::messageReceived, this,
                &ConsoleContext::messageReceived);
    } else {
        qCWarning(lcConsole).noquote() << "receiver:" << m_receiverOutcome.toString();
    }
    emit receiverChanged();
    return m_receiverOutcome;
}

QString ConsoleContext::receiverKey() const
{
    return QStringList{m_settings.listenerAddress(), QString::number(m_settings.listenerPort()),
                       m_settings.senderName().toUpper(), routeIds().join(QLatin1Char(','))}
        .join(QLatin1Char('|'));
}

void ConsoleContext::stopReceiver()
{
    if (m_receiver) {
        disconnect(m_receiver, &IMessageTransport::messageReceived, this,
                   &ConsoleContext::messageReceived);
        m_receiver->stopReceiving();
    }
    m_receiver = nullptr;
    m_receiving = false;
}

// Each transport's options from the settings, and the settings' code page
// (set, or the language's) for those that speak one, unless their own
// options name another.
void ConsoleContext::applyTransportOptions()
{
    const QString codePage = m_settings.codePage();
    for (const TransportInfo &info : m_registry.transports()) {
        QVariantMap options = m_settings.transportOptions(info.id);
        const IMessageTransport *transport = m_registry.transport(info.id);
        if (!options.contains(QStringLiteral("codePage")) && transport &&
            transport->limits().wireEncoding.startsWith(QLatin1String("CP")))
            options.insert(QStringLiteral("codePage"), codePage);
        const Outcome set = m_registry.setTransportOptions(info.id, options);
        if (!set.isSuccess())
            qCWarning(lcConsole).noquote() << info.id << "options:" << set.toString();
    }
}

void ConsoleContext::applySettings()
{
    applyTransportOptions();
    m_route = Route::resolve(m_registry, m_settings.route());
    emit routeChanged();
    if (m_settings.receiverEnabled()) {
        // Only what changed restarts it: a restart drops the peers connected now.
        if (!m_receiving || receiverKey() != m_receiverKey)
            restartReceiver();
    } else {
        stopReceiver();
        emit receiverChanged();
    }
}

QString ConsoleContext::installLanguage(const QString &language)
{
    const QString inUse = Translations::install(language);
    // Dates and numbers in the language netmsg speaks, right to left where it
    // reads so; in English (no catalogue: en_GB, sv_SE, ...) the system's own
    // formats, not the US's.
    const QLocale locale = inUse == QLatin1String("en") ? QLocale::system() : QLocale(inUse);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    return inUse;
}

} // namespace netmsg::gui
