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

Outcome WinPopupReceiver::listen(const ReceiverOptions &options, const QString &codePage)
{
    close();
    TextCodec codec(codePage);
    if (!codec.isValid())
        return Outcome(Code::InvalidParameter, tr("unknown code page %1").arg(codePage));
    if (options.maxConnections < 1 || options.maxMessageBytes < 1 || options.idleTimeoutMs < 1)
        return Outcome(Code::InvalidParameter,
                       tr("receiver limits must be positive (connections, bytes, idle ms)"));
    m_codec = codec;
    m_maxConnections = options.maxConnections;
    m_rules.aliases = m_aliases;
    m_rules.codec = &m_codec;
    m_rules.maxMessageBytes = options.maxMessageBytes;
    m_rules.idleTimeoutMs = options.idleTimeoutMs;
    m_rules.accept = options.accept;
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
    qCInfo(lcWinPopup) << "receiving on" << m_server.serverAddress().toString()
                       << m_server.serverPort() << "in" << m_codec.name();
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
        if (m_connections >= m_maxConnections) {
            // Tell the peer why before hanging up (RFC 1002 §4.3.4).
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write(NetbiosSession::negativeResponse(NetbiosSession::InsufficientResources));
            socket->disconnectFromHost();
            qCDebug(lcWinPopup) << "refusing a connection: limit of" << m_maxConnections;
            continue;
        }
        ++m_connections;
        auto *connection = new WinPopupConnection(socket, m_rules, this);
        connect(connection, &WinPopupConnection::messageReceived, this,
                &WinPopupReceiver::messageReceived);
        connect(connection, &WinPopupConnection::closed, this, [this, connection] {
            --m_connections;
            connection->deleteLater();
        });
    }
}

} // namespace netmsg
