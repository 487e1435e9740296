#include "winpopupreceiver.h"

#include "netbiossession.h"
#include "winpopuplog.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

namespace netmsg {

WinPopupReceiver::WinPopupReceiver(const AliasStore *aliases, QObject *parent)
    : QObject(parent)
    , m_aliases(aliases)
    , m_codec(QStringLiteral("CP850"))
{
    connect(&m_server, &QTcpServer::newConnection, this, &WinPopupReceiver::onNewConnection);
}

WinPopupReceiver::~WinPopupReceiver() = default;

Outcome WinPopupReceiver::listen(const ReceiverOptions &options, const QString &codePage,
                                 const PeerLimits &peerLimits)
{
    close();
    TextCodec codec(codePage);
    if (!codec.isValid())
        return Outcome(Code::InvalidParameter, tr("unknown code page %1").arg(codePage));
    if (options.maxConnections < 1 || options.maxMessageBytes < 1 || options.idleTimeoutMs < 1 ||
        peerLimits.sessionTimeoutMs < 1)
        return Outcome(Code::InvalidParameter,
                       tr("receiver limits must be positive (connections, bytes, idle ms, "
                          "session ms)"));
    m_codec = codec;
    m_maxConnections = options.maxConnections;
    m_rules.aliases = m_aliases;
    m_rules.codec = &m_codec;
    m_rules.maxMessageBytes = options.maxMessageBytes;
    m_rules.idleTimeoutMs = options.idleTimeoutMs;
    m_rules.sessionTimeoutMs = peerLimits.sessionTimeoutMs;
    m_rules.accept = options.accept;
    m_admission = PeerAdmission(peerLimits);
    m_clock.start();
    // A burst of senders must not overflow the kernel's accept queue.
    m_server.setListenBacklogSize(qMax(128, options.maxConnections));
    if (!m_server.listen(options.address, options.port)) {
        const auto error = m_server.serverError();
        const QString detail = tr("cannot listen on %1:%2: %3")
                                   .arg(options.address.toString())
                                   .arg(options.port)
                                   .arg(m_server.errorString());
        if (error == QAbstractSocket::SocketAccessError)
            return Outcome(Code::AccessDenied, detail);
        if (error == QAbstractSocket::AddressInUseError)
            return Outcome(Code::NerrDuplicateName, detail);
        return Outcome(Code::InvalidParameter, detail);
    }
    qCInfo(lcWinPopup).nospace().noquote()
        << "receiving on " << m_server.serverAddress().toString() << ":" << m_server.serverPort()
        << " in " << m_codec.name() << " (at most " << m_maxConnections
        << " connections; per address " << peerLimits.maxConnectionsPerAddress << " at once and "
        << peerLimits.connectionsPerAddressPerMinute << " a minute"
        << (peerLimits.limitLoopback ? "" : ", not for loopback peers") << ", 0 = unlimited)";
    return Outcome::success();
}

void WinPopupReceiver::close()
{
    m_server.close();
}

void WinPopupReceiver::stop()
{
    close();
    for (WinPopupConnection *connection : findChildren<WinPopupConnection *>())
        connection->stop();
}

void WinPopupReceiver::retire(int graceMs)
{
    stop();
    const auto pending = [this] {
        const QList<WinPopupConnection *> connections = findChildren<WinPopupConnection *>();
        return std::any_of(connections.cbegin(), connections.cend(),
                           [](const WinPopupConnection *c) { return c->isAwaitingAccept(); });
    };
    if (!pending()) {
        deleteLater();
        return;
    }
    auto *check = new QTimer(this);
    QElapsedTimer *waited = new QElapsedTimer;
    waited->start();
    connect(check, &QTimer::timeout, this, [this, check, waited, pending, graceMs] {
        if (pending() && waited->elapsed() < graceMs)
            return;
        delete waited;
        check->stop();
        deleteLater();
    });
    check->start(50);
}

void WinPopupReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        const QHostAddress peer = socket->peerAddress();
        if (m_connections >= m_maxConnections) {
            refuse(socket, tr("the receiver is full (%1 connections)").arg(m_maxConnections),
                   false);
            continue;
        }
        const PeerLimits &limits = m_admission.limits();
        switch (m_admission.admit(peer, m_clock.elapsed())) {
        case PeerAdmission::Verdict::TooManyOpen:
            refuse(
                socket,
                tr("%1 connections from this address already").arg(limits.maxConnectionsPerAddress),
                m_admission.firstRefusal(peer));
            continue;
        case PeerAdmission::Verdict::TooFast:
            refuse(socket,
                   tr("more than %1 new connections a minute from this address")
                       .arg(limits.connectionsPerAddressPerMinute),
                   m_admission.firstRefusal(peer));
            continue;
        case PeerAdmission::Verdict::Denied:
            refuse(socket, tr("the address is in a denied network"),
                   m_admission.firstRefusal(peer));
            continue;
        case PeerAdmission::Verdict::NotAllowed:
            refuse(socket, tr("the address is in no allowed network"),
                   m_admission.firstRefusal(peer));
            continue;
        case PeerAdmission::Verdict::Admit:
            break;
        }
        ++m_connections;
        auto *connection = new WinPopupConnection(socket, m_rules, this);
        connect(connection, &WinPopupConnection::messageReceived, this,
                &WinPopupReceiver::messageReceived);
        connect(connection, &WinPopupConnection::closed, this, [this, connection, peer] {
            --m_connections;
            m_admission.release(peer);
            connection->deleteLater();
        });
    }
}

void WinPopupReceiver::refuse(QTcpSocket *socket, const QString &reason, bool firstFromPeer)
{
    // Every refusal at debug level; the first from an address also above it,
    // so a flood shows in the log without filling it.
    const QString peer = PeerAdmission::keyFor(socket->peerAddress());
    // Tell the peer why before hanging up (RFC 1002 §4.3.4).
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(NetbiosSession::negativeResponse(NetbiosSession::InsufficientResources));
    socket->disconnectFromHost();
    if (firstFromPeer)
        qCInfo(lcWinPopup).noquote() << "refusing connections from" << peer << ":" << reason
                                     << "(each further refusal logged at debug level)";
    qCDebug(lcWinPopup).noquote() << "refusing a connection from" << peer << ":" << reason;
}

} // namespace netmsg
