#include "winpopuptransport.h"

#include "nodestatusquery.h"
#include "validation.h"
#include "winpopuplog.h"
#include "winpopupprobe.h"
#include "winpopupreceiver.h"
#include "winpopupsender.h"

#include <QSysInfo>

namespace netmsg {

namespace {

// Splits "NAME@host[:port]" (or "NAME@[v6]:port") when the caller passed the
// whole address as the recipient; false if the port part is not a port.
bool splitAddress(const QString &address, QString *name, QString *host, quint16 *port)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at < 0) {
        *name = address;
        return true;
    }
    *name = address.left(at);
    QString rest = address.mid(at + 1);
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        portText = rest.mid(close + 1);
        rest = rest.mid(1, close - 1);
        if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':')))
            return false;
        portText = portText.mid(1);
    } else if (rest.count(QLatin1Char(':')) == 1) {
        portText = rest.section(QLatin1Char(':'), 1);
        rest = rest.section(QLatin1Char(':'), 0, 0);
    }
    *host = rest;
    if (portText.isEmpty())
        return !rest.isEmpty();
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number == 0 || number > 65535)
        return false;
    *port = quint16(number);
    return !rest.isEmpty();
}

QString describeUnencodable(const QList<UnencodableCharacter> &characters, const QString &codePage)
{
    QStringList parts;
    for (const UnencodableCharacter &c : characters)
        parts.append(WinPopupTransport::tr("%1 at %2")
                         .arg(c.character.size() == 1
                                  ? Validation::describeCharacter(c.character.at(0))
                                  : c.character)
                         .arg(c.position));
    return WinPopupTransport::tr("not representable in %1: %2")
        .arg(codePage, parts.join(QLatin1String(", ")));
}

// The alias file in the data folder, or none (the list stays in memory) where
// it would not be private; says why.
QString aliasFileIn(const QString &dataDirectory)
{
    QString why;
    const QString path = AliasStore::filePathIn(dataDirectory, &why);
    if (path.isEmpty() && !dataDirectory.isEmpty())
        qCWarning(lcWinPopup).noquote() << "aliases kept in memory only:" << why;
    else if (path.isEmpty())
        qCInfo(lcWinPopup).noquote() << "aliases kept in memory only:" << why;
    return path;
}

} // namespace

WinPopupTransport::WinPopupTransport(const TransportContext &context, QObject *parent)
    : IMessageTransport(parent)
    , m_codec(m_options.codePage)
    , m_limits(limitsFor(m_options))
    , m_aliases(aliasFileIn(context.dataDirectory))
{
    const Outcome loaded = m_aliases.load();
    if (!loaded.isSuccess())
        qCWarning(lcWinPopup) << "alias list not loaded:" << loaded.toString();
}

WinPopupTransport::~WinPopupTransport() = default;

Capabilities WinPopupTransport::capabilities() const
{
    return Capability::Send | Capability::ListAliases | Capability::AddAlias |
           Capability::DeleteAlias | Capability::Receive;
}

TransportLimits WinPopupTransport::limits() const
{
    // Read from the console's worker threads too (IMessageTransport::limits).
    QReadLocker locker(&m_limitsLock);
    return m_limits;
}

TransportLimits WinPopupTransport::limitsFor(const WinPopupOptions &options)
{
    TransportLimits limits;
    limits.maxNameBytes = SmbMessageCodec::MaxNameBytes;
    limits.maxMessageBytes = options.maxMessageBytes;
    limits.maxBroadcastBytes = 0; // no broadcast over a directed session
    limits.wireEncoding = options.codePage;
    limits.canSplitLongMessages = true;
    return limits;
}

Outcome WinPopupTransport::availability() const
{
    // Plain TCP sockets: nothing on the system can be missing.
    return Outcome::success();
}

Outcome WinPopupTransport::configure(const QVariantMap &options)
{
    WinPopupOptions next = m_options;
    const Outcome applied = next.apply(options);
    if (!applied.isSuccess())
        return applied;
    m_options = next;
    m_codec = TextCodec(m_options.codePage);
    QWriteLocker locker(&m_limitsLock);
    m_limits = limitsFor(m_options);
    return Outcome::success();
}

Outcome WinPopupTransport::prepare(const Message &message, WinPopupTarget *target) const
{
    // The session goes straight to the target; no other server relays it.
    if (!isLocalServer(message.server))
        return checkLocal(message.server, tr("sending through another server"));
    QString name = message.recipient;
    QString host = message.host;
    quint16 port = message.port;
    if (host.isEmpty() && !splitAddress(message.recipient, &name, &host, &port))
        return Outcome(Code::InvalidParameter,
                       tr("\"%1\" is not NAME@host[:port]").arg(message.recipient));
    if (Validation::isBroadcast(name))
        return notSupported(tr("broadcast (the WinPopup session is sent to one name)"));
    const TransportLimits wire = limits();
    const Outcome nameCheck =
        Validation::checkName(name, NameKind::Recipient, wire, capabilities());
    if (!nameCheck.isSuccess())
        return nameCheck;
    const QString sender = message.sender.isEmpty() ? defaultSenderName() : message.sender;
    const Outcome senderCheck =
        Validation::checkName(sender, NameKind::Sender, wire, capabilities());
    if (!senderCheck.isSuccess())
        return senderCheck;

    // Nothing goes out unless every character fits the code page (issue 4).
    const QList<UnencodableCharacter> unencodable = m_codec.unencodable(message.text);
    if (!unencodable.isEmpty())
        return Outcome(Code::NoUnicodeTranslation,
                       describeUnencodable(unencodable, m_options.codePage));
    QByteArray text = WinPopupText::encode(message.text, m_codec, m_options.lineBreaks);
    // Core measures a line break as one byte (Validation::checkText,
    // DeliveryJob::splitText). A text that fits that way but not with CRLF
    // goes with bare LF, which smbd and netmsg read alike, instead of refusing
    // a part that the job cut to fit.
    if (text.size() > m_options.maxMessageBytes &&
        m_options.lineBreaks == LineBreakStyle::Smbclient)
        text = WinPopupText::encode(message.text, m_codec, LineBreakStyle::LineFeed);
    if (text.size() > m_options.maxMessageBytes)
        return Outcome(Code::MessageExceedsMaxSize,
                       tr("%1 bytes in %2 with %3 line breaks; the limit is %4 bytes")
                           .arg(text.size())
                           .arg(m_options.codePage, WinPopupText::styleName(m_options.lineBreaks))
                           .arg(m_options.maxMessageBytes));

    // Called name NAME<03>, calling name SENDER<00>, both upper-cased OEM
    // (docs/protocol.md §1.1); the same names travel in SEND_START (§1.3).
    target->calledName = m_codec.encode(name.toUpper());
    target->callingName = m_codec.encode(sender.toUpper());
    target->originator = target->callingName;
    target->destination = target->calledName;
    target->text = text;
    target->hostIsRecipientName = host.isEmpty();
    target->host = host.isEmpty() ? name : host;
    target->port = port ? port : m_options.defaultPort;
    // A bare name this machine's own receiver answers to is found here, as a
    // name registered on this machine is found first by NetBIOS (docs/protocol.md §1.4).
    if (host.isEmpty() && m_receiver && m_receiver->isListening() && m_aliases.contains(name)) {
        target->host = m_receiver->address().toString();
        target->port = m_receiver->port();
        target->hostIsRecipientName = false;
    }
    target->singleBlock = m_options.singleBlock;
    target->retargetOtherHosts = m_options.retargetOtherHosts;
    target->connectTimeoutMs = m_options.connectTimeoutMs;
    target->replyTimeoutMs = m_options.replyTimeoutMs;
    return Outcome::success();
}

QFuture<SendResult> WinPopupTransport::send(const Message &message)
{
    WinPopupTarget target;
    const Outcome prepared = prepare(message, &target);
    if (!prepared.isSuccess())
        return refused(prepared);
    // A child of the transport: destroying the transport finishes every
    // future still running (WinPopupSender's destructor).
    auto *sender = new WinPopupSender(std::move(target), this);
    QFuture<SendResult> future = sender->future();
    sender->start();
    return future;
}

Outcome WinPopupTransport::checkAddress(const Recipient &recipient) const
{
    return Validation::checkName(recipient.name, NameKind::Recipient, limits(), capabilities());
}

QFuture<Outcome> WinPopupTransport::probe(const Recipient &recipient)
{
    const Outcome address = checkAddress(recipient);
    if (!address.isSuccess())
        return ready(address);
    // Where a send would connect: prepare() decides, for both (its own
    // receiver's names included).
    Message message;
    message.recipient = recipient.name;
    message.host = recipient.host;
    message.port = recipient.port;
    WinPopupTarget target;
    const Outcome prepared = prepare(message, &target);
    if (!prepared.isSuccess())
        return ready(prepared);
    auto *probe = new WinPopupProbe(target.host, target.port, target.hostIsRecipientName,
                                    m_options.connectTimeoutMs, this);
    QFuture<Outcome> future = probe->future();
    probe->start();
    return future;
}

AliasAccess WinPopupTransport::aliasAccess(const QString &server) const
{
    if (isLocalServer(server))
        return {Capability::ListAliases | Capability::AddAlias | Capability::DeleteAlias,
                tr("the names this computer's receiver answers to")};
    return {Capability::ListAliases, tr("listing only, through NetBIOS node status")};
}

bool WinPopupTransport::isLocalServer(const QString &server)
{
    QString name = server.trimmed();
    while (name.startsWith(QLatin1Char('\\')))
        name.remove(0, 1);
    if (name.isEmpty() || name == QLatin1String(".") ||
        name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // An address, even 127.0.0.1, names a host to ask over the network:
    // whatever NetBIOS name service answers there.
    if (!QHostAddress(name).isNull())
        return false;
    const QString host = QSysInfo::machineHostName();
    return name.compare(host, Qt::CaseInsensitive) == 0 ||
           name.compare(host.section(QLatin1Char('.'), 0, 0), Qt::CaseInsensitive) == 0;
}

Outcome WinPopupTransport::checkLocal(const QString &server, const QString &what) const
{
    if (isLocalServer(server))
        return Outcome::success();
    return Outcome(Code::NotSupported,
                   tr("%1 on %2: the winpopup transport manages only its own receiver's names")
                       .arg(what, server));
}

QFuture<AliasListing> WinPopupTransport::listAliases(const QString &server)
{
    if (isLocalServer(server))
        return ready(AliasListing{Outcome::success(), m_aliases.aliases()});
    // Another host: ask its NetBIOS name service, as nmblookup -A does.
    QString host = server.trimmed();
    while (host.startsWith(QLatin1Char('\\')))
        host.remove(0, 1);
    auto *query = new NodeStatusQuery(host, m_options.nodeStatusPort, m_options.connectTimeoutMs,
                                      m_codec, this);
    QFuture<AliasListing> future = query->future();
    query->start();
    return future;
}

QFuture<Outcome> WinPopupTransport::addAlias(const QString &server, const QString &name)
{
    const Outcome local = checkLocal(server, tr("adding an alias"));
    if (!local.isSuccess())
        return ready(local);
    const Outcome valid = Validation::checkName(name, NameKind::Alias, limits(), capabilities());
    if (!valid.isSuccess())
        return ready(valid);
    return ready(m_aliases.add(name));
}

QFuture<Outcome> WinPopupTransport::deleteAlias(const QString &server, const QString &name)
{
    const Outcome local = checkLocal(server, tr("deleting an alias"));
    if (!local.isSuccess())
        return ready(local);
    return ready(m_aliases.remove(name));
}

Outcome WinPopupTransport::startReceiving(const ReceiverOptions &options)
{
    stopReceiving();
    ReceiverOptions resolved = options;
    if (resolved.port == 0)
        resolved.port = m_options.listenerPort;
    QString codePage = m_options.codePage;
    if (!options.codePage.isEmpty()) {
        codePage = TextCodec::canonicalName(options.codePage);
        if (codePage.isEmpty() || !codePage.startsWith(QLatin1String("CP")))
            return Outcome(Code::InvalidParameter,
                           tr("unknown OEM code page %1").arg(options.codePage));
    }
    auto *receiver = new WinPopupReceiver(&m_aliases, this);
    const Outcome listening = receiver->listen(resolved, codePage, m_options.peerLimits);
    if (!listening.isSuccess()) {
        delete receiver;
        return listening;
    }
    connect(receiver, &WinPopupReceiver::messageReceived, this,
            &IMessageTransport::messageReceived);
    m_receiver = receiver;
    return Outcome::success();
}

void WinPopupTransport::stopReceiving()
{
    if (!m_receiver)
        return;
    // The caller may be handling messageReceived(), emitted by one of the
    // receiver's connections that is still on the stack: stop listening and
    // reporting now, and let the receiver go once control is back in the loop
    // and every message being stored has had its answer.
    disconnect(m_receiver, nullptr, this, nullptr);
    m_receiver->retire();
    m_receiver = nullptr;
}

QString WinPopupTransport::receiverAddress() const
{
    if (!m_receiver || !m_receiver->isListening())
        return {};
    const QHostAddress address = m_receiver->address();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(m_receiver->port());
}

QString WinPopupTransport::defaultSenderName() const
{
    // The machine's short name, as a Windows sender would use its computer name.
    QString name = QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0).toUpper();
    name.truncate(SmbMessageCodec::MaxNameBytes);
    return name.isEmpty() ? QStringLiteral("NETMSG") : name;
}

} // namespace netmsg
