#include "netapi32transport.h"

#include <QPromise>

namespace netmsg {

namespace {

std::wstring wide(const QString &text)
{
    return text.toStdWString();
}

QString fromWide(const std::wstring &text)
{
    return QString::fromStdWString(text);
}

QString forwardingDescription(const netapi32::MessengerName &name)
{
    if (name.forwardFlag & MSGNAME_FORWARDED_TO)
        return QStringLiteral("%1 forwarded to %2")
            .arg(fromWide(name.name), fromWide(name.forwardedTo));
    if (name.forwardFlag & MSGNAME_FORWARDED_FROM)
        return QStringLiteral("%1 forwarded from another computer").arg(fromWide(name.name));
    return QStringLiteral("%1 not forwarded").arg(fromWide(name.name));
}

} // namespace

Netapi32Transport *Netapi32Transport::createForThisSystem(QObject *parent)
{
    auto library = std::make_unique<netapi32::Netapi32Library>();
    auto *transport = new Netapi32Transport(library->functions(), netapi32::wineVersion(), parent);
    transport->m_library = std::move(library);
    return transport;
}

Netapi32Transport::Netapi32Transport(const netapi32::Netapi32Functions &functions,
                                     const std::string &wineVersion, QObject *parent)
    : IMessageTransport(parent)
    , m_api(std::make_shared<const netapi32::MessengerApi>(functions, wineVersion))
{}

Netapi32Transport::~Netapi32Transport() = default;

Capabilities Netapi32Transport::capabilities() const
{
    return Capability::Send | Capability::Broadcast | Capability::RemoteServer |
           Capability::ListAliases | Capability::AddAlias | Capability::DeleteAlias;
}

TransportLimits Netapi32Transport::limits() const
{
    TransportLimits limits;
    limits.maxNameBytes = 15; // NetMessageNameAdd: msgname up to 15 characters (§3)
    // The service hands the text on in OEM, at most 652 bytes (MS-MSRP 3.2.4.4),
    // so 652 characters of UTF-16.
    limits.maxMessageBytes = 652 * 2;
    // net send * is limited to 128 characters (§6); the API takes UTF-16.
    limits.maxBroadcastBytes = 128 * 2;
    limits.wireEncoding = QStringLiteral("UTF-16LE");
    return limits;
}

Outcome Netapi32Transport::availability() const
{
    QMutexLocker locker(&m_availabilityMutex);
    if (!m_availability)
        m_availability = availabilityFor(m_api->probeAvailability());
    return *m_availability;
}

Outcome Netapi32Transport::availabilityFor(const netapi32::MessengerAvailability &probe) const
{
    using Reason = netapi32::MessengerAvailability::Reason;
    switch (probe.reason) {
    case Reason::Available:
        if (probe.probeStatus == NERR_Success || probe.probeStatus == ERROR_MORE_DATA ||
            probe.probeStatus == ERROR_ACCESS_DENIED)
            return Outcome::success();
        return Outcome::success(
            tr("this computer's Messenger service answered %1: sends executed here may fail, "
               "on a remote server they may work")
                .arg(Outcome::isKnownCode(probe.probeStatus) ? Outcome(probe.probeStatus).symbol()
                                                             : QString::number(probe.probeStatus)));
    case Reason::RunningUnderWine:
        return Outcome(Code::NotSupported,
                       tr("running under Wine %1, whose Messenger functions (netapi32.dll "
                          "NetMessage*) are unimplemented stubs that abort the process")
                           .arg(QString::fromStdString(probe.detail)));
    case Reason::ExportsMissing:
        if (m_library && !m_library->isLoaded())
            return Outcome(
                Code::NotSupported,
                tr("netapi32.dll could not be loaded (error %1)").arg(m_library->loadError()));
        return Outcome(Code::NotSupported,
                       tr("netapi32.dll lacks %1").arg(QString::fromStdString(probe.detail)));
    case Reason::NotSupportedByWindows:
        return Outcome(Code::NotSupported,
                       tr("this Windows has no Messenger service (Windows Vista and later answer "
                          "ERROR_NOT_SUPPORTED)"));
    }
    return Outcome(Code::InternalError);
}

Outcome Netapi32Transport::outcomeFor(quint32 status, const QString &function)
{
    if (status == NERR_Success)
        return Outcome::success();
    return Outcome(status, QStringLiteral("%1 returned %2").arg(function).arg(status));
}

QFuture<SendResult> Netapi32Transport::send(const Message &message)
{
    const Outcome available = availability();
    if (!available.isSuccess())
        return refused(available);
    return runSendOn(m_calls.pool(), [api = m_api, library = m_library, message] {
        return outcomeFor(api->send(wide(message.server), wide(message.recipient),
                                    wide(message.sender), wide(message.text)),
                          QStringLiteral("NetMessageBufferSend"));
    });
}

QFuture<AliasListing> Netapi32Transport::listAliases(const QString &server)
{
    const Outcome available = availability();
    if (!available.isSuccess())
        return ready(AliasListing{available, {}});
    return runOn<AliasListing>(m_calls.pool(), [api = m_api, library = m_library, server] {
        const netapi32::MessengerNameList list = api->listNames(wide(server), 0);
        AliasListing listing;
        listing.outcome = outcomeFor(list.status, QStringLiteral("NetMessageNameEnum"));
        for (const netapi32::MessengerName &name : list.names)
            listing.aliases.append(fromWide(name.name));
        return listing;
    });
}

QFuture<Outcome> Netapi32Transport::addAlias(const QString &server, const QString &name)
{
    const Outcome available = availability();
    if (!available.isSuccess())
        return ready(available);
    return runOn<Outcome>(m_calls.pool(), [api = m_api, library = m_library, server, name] {
        return outcomeFor(api->addName(wide(server), wide(name)),
                          QStringLiteral("NetMessageNameAdd"));
    });
}

QFuture<Outcome> Netapi32Transport::deleteAlias(const QString &server, const QString &name)
{
    const Outcome available = availability();
    if (!available.isSuccess())
        return ready(available);
    return runOn<Outcome>(m_calls.pool(), [api = m_api, library = m_library, server, name] {
        return outcomeFor(api->deleteName(wide(server), wide(name)),
                          QStringLiteral("NetMessageNameDel"));
    });
}

QFuture<Outcome> Netapi32Transport::aliasInfo(const QString &server, const QString &name)
{
    const Outcome available = availability();
    if (!available.isSuccess())
        return ready(available);
    return runOn<Outcome>(m_calls.pool(), [api = m_api, library = m_library, server, name] {
        const netapi32::MessengerNameInfo info = api->nameInfo(wide(server), wide(name), 1);
        if (info.status != NERR_Success)
            return outcomeFor(info.status, QStringLiteral("NetMessageNameGetInfo"));
        return Outcome::success(forwardingDescription(info.name));
    });
}

} // namespace netmsg
