#pragma once

#include "imessagetransport.h"
#include "peeradmission.h"
#include "textcodec.h"
#include "winpopupconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>

namespace netmsg {

// The listening side of the winpopup transport: a QTcpServer that hands every
// accepted socket to its own WinPopupConnection, caps how many run at once (in
// all and per peer address, PeerLimits), and passes each complete message on
// through messageReceived(). A connection over a limit gets a negative session
// response (insufficient resources) and is closed; the log says which limit.
// Storing a message (inbox) is the caller's business, so the receiver never
// touches history: each connection hands the message to
// ReceiverOptions::accept and answers its peer when that future finishes,
// while the other connections carry on.
class WinPopupReceiver : public QObject
{
    Q_OBJECT
public:
    WinPopupReceiver(const AliasStore *aliases, QObject *parent = nullptr);
    ~WinPopupReceiver() override;

    // `options.port` must be resolved by the caller (0 = any free port).
    Outcome listen(const ReceiverOptions &options, const QString &codePage,
                   const PeerLimits &peerLimits = {});
    void close();
    // Closes the listener and lets no connection handle another request.
    void stop();
    // stop(), then deletes this receiver once every message being stored has
    // had its answer (at most `graceMs` later): a peer whose message is in
    // the inbox is told so, even when the receiver is stopped meanwhile.
    void retire(int graceMs = 10000);
    bool isListening() const { return m_server.isListening(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    void messageReceived(const netmsg::ReceivedMessage &message);

private:
    void onNewConnection();
    // Answers 0x83 and hangs up; logs `reason`.
    void refuse(QTcpSocket *socket, const QString &reason, bool firstFromPeer);

    QTcpServer m_server;
    const AliasStore *m_aliases;
    TextCodec m_codec;
    WinPopupConnectionRules m_rules;
    int m_maxConnections = 64;
    int m_connections = 0;
    PeerAdmission m_admission;
    QElapsedTimer m_clock;
};

} // namespace netmsg
