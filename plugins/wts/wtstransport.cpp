#include "wtstransport.h"

#include "msgexe.h"
#include "textcodec.h"

#include <QPromise>

namespace netmsg {

namespace {

std::wstring wide(const QString &text)
{
    return text.toStdWString();
}

// "\\TS01" and "TS01" name the same server; WTSOpenServerW and msg.exe want the bare name.
QString bareServer(const QString &server)
{
    QString name = server.trimmed();
    while (name.startsWith(QLatin1Char('\\')))
        name.remove(0, 1);
    return name;
}

QString stateName(WTS_CONNECTSTATE_CLASS state)
{
    static const char *const names[] = {"active",       "connected", "connect-query", "shadow",
                                        "disconnected", "idle",      "listen",        "reset",
                                        "down",         "init"};
    const auto index = static_cast<unsigned>(state);
    return index < std::size(names) ? QString::fromLatin1(names[index])
                                    : QStringLiteral("state %1").arg(index);
}

Outcome outcomeFor(const wts::Failure &failure)
{
    QString detail = QStringLiteral("%1 failed").arg(QString::fromLatin1(failure.call));
    if (failure.withoutErrorCode)
        detail += QStringLiteral(" without an error code");
    return Outcome(failure.error, detail);
}

// Failures where the API itself is unusable, not the request: msg.exe may still
// get through (it has its own way to the session manager).
bool msgExeCanCover(const wts::Failure &failure)
{
    return failure.withoutErrorCode || failure.error == ERROR_NOT_SUPPORTED ||
           failure.error == ERROR_CALL_NOT_IMPLEMENTED;
}

QString sessionLine(const wts::SessionDelivery &delivery)
{
    const QString result =
        delivery.failure.failed()
            ? outcomeFor(delivery.failure).symbol()
            : QString::fromStdString(wts::TerminalServices::responseName(delivery.response));
    return QStringLiteral("session %1: %2").arg(delivery.sessionId).arg(result);
}

// Success when any session got the box (sending again would show it twice
// there), with every session's result in the detail; otherwise the first
// failure.
Outcome outcomeFor(const wts::TargetDelivery &delivery)
{
    QStringList lines;
    const wts::SessionDelivery *firstFailure = nullptr;
    bool anyShown = false;
    for (const wts::SessionDelivery &session : delivery.sessions) {
        lines << sessionLine(session);
        if (session.failure.failed() && !firstFailure)
            firstFailure = &session;
        anyShown = anyShown || !session.failure.failed();
    }
    const QString detail = lines.join(QStringLiteral("; "));
    if (!firstFailure || anyShown)
        return Outcome::success(detail);
    return Outcome(firstFailure->failure.error, outcomeFor(firstFailure->failure).detail() +
                                                    QStringLiteral(" (") + detail +
                                                    QLatin1Char(')'));
}

bool everySessionNeedsFallback(const wts::TargetDelivery &delivery)
{
    if (delivery.sessions.empty())
        return false;
    for (const wts::SessionDelivery &session : delivery.sessions) {
        if (!session.failure.failed() || !msgExeCanCover(session.failure))
            return false;
    }
    return true;
}

} // namespace

WtsTransport *WtsTransport::createForThisSystem(QObject *parent)
{
    auto library = std::make_unique<wts::WtsLibrary>();
    auto *transport = new WtsTransport(library->functions(), wts::wineVersion(),
                                       QString::fromStdWString(wts::msgExePath()), parent);
    transport->m_library = std::move(library);
    return transport;
}

WtsTransport::WtsTransport(const wts::WtsFunctions &functions, const std::string &wineVersion,
                           const QString &msgExePath, QObject *parent)
    : IMessageTransport(parent)
    , m_services(std::make_shared<const wts::TerminalServices>(functions, wineVersion))
    , m_msgExePath(msgExePath)
{
    m_settings.title = tr("Message");
    m_settings.stdinEncoding = QStringLiteral("CP%1").arg(wts::oemCodePage());
}

WtsTransport::~WtsTransport() = default;

Capabilities WtsTransport::capabilities() const
{
    return Capability::Send | Capability::Broadcast | Capability::RemoteServer |
           Capability::SessionTargets;
}

TransportLimits WtsTransport::limits() const
{
    TransportLimits limits;
    limits.maxNameBytes = 32;     // WINSTATIONNAME_LENGTH; user names are shorter
    limits.maxMessageBytes = 0;   // a message box has no documented limit
    limits.maxBroadcastBytes = 0; // "*" is one box per session, not a broadcast datagram
    limits.wireEncoding = QStringLiteral("UTF-16LE");
    return limits;
}

Outcome WtsTransport::availability() const
{
    using Reason = wts::WtsAvailability::Reason;
    const wts::WtsAvailability api = m_services->availability();
    if (api.reason == Reason::RunningUnderWine)
        return Outcome(Code::NotSupported,
                       tr("running under Wine %1, whose WTSSendMessageW is a stub that shows "
                          "nothing, and which has no msg.exe")
                           .arg(QString::fromStdString(api.detail)));
    const QString noMsgExe = tr("no msg.exe in System32 (Windows Home editions do not ship it)");
    if (api.reason == Reason::ExportsMissing) {
        const QString why =
            m_library && !m_library->isLoaded()
                ? tr("wtsapi32.dll could not be loaded (error %1)").arg(m_library->loadError())
                : tr("wtsapi32.dll lacks %1").arg(QString::fromStdString(api.detail));
        if (m_msgExePath.isEmpty())
            return Outcome(Code::NotSupported, why + QStringLiteral("; ") + noMsgExe);
        return Outcome::success(why + QStringLiteral("; sending through ") + m_msgExePath);
    }
    if (m_msgExePath.isEmpty())
        return Outcome::success(tr("no fallback: %1").arg(noMsgExe));
    return Outcome::success();
}

Outcome WtsTransport::configure(const QVariantMap &options)
{
    QMutexLocker locker(&m_settingsMutex);
    Settings next = m_settings;
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QString &key = it.key();
        bool ok = true;
        if (key == QLatin1String("title")) {
            next.title = it.value().toString();
        } else if (key == QLatin1String("timeoutSeconds")) {
            next.timeoutSeconds = it.value().toInt(&ok);
            ok = ok && next.timeoutSeconds >= 0 && next.timeoutSeconds <= 86400;
        } else if (key == QLatin1String("wait")) {
            ok = it.value().canConvert<bool>();
            next.wait = it.value().toBool();
        } else if (key == QLatin1String("stdinEncoding")) {
            next.stdinEncoding = TextCodec::canonicalName(it.value().toString());
            ok = !next.stdinEncoding.isEmpty();
        } else {
            return Outcome(Code::InvalidParameter,
                           tr("transport 'wts' has no option '%1'").arg(key));
        }
        if (!ok)
            return Outcome(Code::InvalidParameter,
                           tr("option '%1' of transport 'wts' cannot be '%2'")
                               .arg(key, it.value().toString()));
    }
    if (next.wait && (next.timeoutSeconds < 1 || next.timeoutSeconds > MaxWaitSeconds))
        return Outcome(Code::InvalidParameter,
                       tr("option 'wait' of transport 'wts' needs 'timeoutSeconds' from 1 to %1: a "
                          "message box nobody answers would block its thread for good")
                           .arg(MaxWaitSeconds));
    m_settings = next;
    return Outcome::success();
}

QFuture<SendResult> WtsTransport::send(const Message &message)
{
    const Outcome available = availability();
    if (!available.isSuccess())
        return refused(available);
    Settings settings;
    {
        QMutexLocker locker(&m_settingsMutex);
        settings = m_settings;
    }
    MsgExeRequest fallback;
    fallback.program = m_msgExePath;
    fallback.server = bareServer(message.server);
    fallback.target = message.recipient;
    fallback.text = message.text;
    fallback.timeoutSeconds = settings.timeoutSeconds;
    fallback.wait = settings.wait;
    fallback.stdinEncoding = settings.stdinEncoding;
    const bool apiUsable =
        m_services->availability().reason == wts::WtsAvailability::Reason::Available;

    return runSendOn(m_calls.pool(),
                     [services = m_services, library = m_library, settings, fallback, apiUsable] {
                         if (!apiUsable)
                             return MsgExe::run(fallback);
                         const auto answer = [](const Outcome &outcome) {
                             return outcome.isSuccess() ? SendResult::delivered(outcome.detail())
                                                        : SendResult::failed(outcome);
                         };
                         wts::MessageOptions options;
                         options.title = wide(settings.title);
                         options.timeoutSeconds = DWORD(settings.timeoutSeconds);
                         options.wait = settings.wait;
                         const wts::TargetDelivery delivery =
                             services->sendToTarget(wide(fallback.server), wide(fallback.target),
                                                    wide(fallback.text), options);
                         const bool canFallBack = !fallback.program.isEmpty();
                         if (delivery.failure.failed()) {
                             if (canFallBack && msgExeCanCover(delivery.failure))
                                 return MsgExe::run(fallback);
                             return answer(outcomeFor(delivery.failure));
                         }
                         if (canFallBack && everySessionNeedsFallback(delivery))
                             return MsgExe::run(fallback);
                         return answer(outcomeFor(delivery));
                     });
}

QFuture<Outcome> WtsTransport::probe(const Recipient &recipient)
{
    if (m_services->availability().reason != wts::WtsAvailability::Reason::Available)
        return IMessageTransport::probe(recipient);
    const Outcome address = checkAddress(recipient);
    if (!address.isSuccess())
        return ready(address);
    return runOn<Outcome>(
        m_calls.pool(), [services = m_services, library = m_library, target = recipient.name] {
            const wts::SessionList list = services->listSessions(std::wstring());
            if (list.failure.failed())
                return outcomeFor(list.failure);
            const std::vector<DWORD> ids =
                wts::TerminalServices::matchingSessions(list.sessions, wide(target));
            if (ids.empty())
                return Outcome(Code::NerrNameNotFound,
                               tr("no session on this computer matches %1").arg(target));
            QStringList names;
            for (DWORD id : ids)
                names.append(QString::number(id));
            return Outcome::success(tr("%n session(s) match %1: %2", nullptr, int(ids.size()))
                                        .arg(target, names.join(QStringLiteral(", "))));
        });
}

QFuture<SessionListing> WtsTransport::listSessions(const QString &server)
{
    return runOn<SessionListing>(
        m_calls.pool(), [services = m_services, library = m_library, server = bareServer(server)] {
            const wts::SessionList list = services->listSessions(wide(server));
            SessionListing listing;
            listing.outcome = list.failure.failed() ? outcomeFor(list.failure) : Outcome::success();
            for (const wts::Session &session : list.sessions) {
                listing.sessions.append({session.id, QString::fromStdWString(session.stationName),
                                         stateName(session.state),
                                         QString::fromStdWString(session.userName)});
            }
            return listing;
        });
}

} // namespace netmsg
