#pragma once

#include "message.h"
#include "netbiosframereader.h"
#include "outcome.h"
#include "smbmessagecodec.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace netmsg {

class AliasStore;
class TextCodec;

// What every connection of one receiver shares.
struct WinPopupConnectionRules
{
    const AliasStore *aliases = nullptr;
    const TextCodec *codec = nullptr;
    int maxMessageBytes = 4096;
    int idleTimeoutMs = 30000;
    int sessionTimeoutMs = 60000;                                    // see PeerLimits
    std::function<QFuture<Outcome>(const ReceivedMessage &)> accept; // see ReceiverOptions
};

// One peer talking to our receiver, as a state machine on its socket: the
// session request (only for names in the alias list; peers on a port other
// than 139 may skip it), then the multi-block exchange or, after a negprot,
// the single block, whose To name must be an alias too (docs/protocol.md §1, §2,
// MS-MSRP 3.2.4.5). Whatever
// the peer sends is untrusted: a malformed or oversized exchange, or silence
// past the idle timeout, closes this connection and nothing else; so does
// the end of its session time, however busy it is.
// A complete message goes to the rules' accept() (the caller stores it,
// maybe later and on another thread); the peer is answered only when that
// future finishes, and meanwhile this connection buffers what the peer sends
// but handles none of it, and is not idle: it waits on us.
class WinPopupConnection : public QObject
{
    Q_OBJECT
public:
    WinPopupConnection(QTcpSocket *socket, const WinPopupConnectionRules &rules,
                       QObject *parent = nullptr);
    ~WinPopupConnection() override;

    // Handles no further request from the peer; the one under way (even one
    // whose messageReceived() is being handled now) still gets its reply.
    void stop();
    // A message is being stored and its peer has not had its answer yet.
    bool isAwaitingAccept() const { return m_awaitingAccept; }

Q_SIGNALS:
    void messageReceived(const netmsg::ReceivedMessage &message);
    void closed();

private:
    void onReadyRead();
    // Handles the buffered requests until one must wait for accept().
    void processFrames();
    bool handleFrame(const NetbiosFrame &frame);
    bool handleSessionRequest(const NetbiosFrame &frame);
    bool handleSmb(const SmbPacket &request);
    bool handleNegotiate(const SmbPacket &request);
    bool handleStart(const SmbPacket &request);
    bool handleText(const SmbPacket &request);
    bool handleEnd(const SmbPacket &request);
    bool handleSingle(const SmbPacket &request);
    // The alias `destination` names, or empty if it is none of ours.
    QString aliasFor(const QByteArray &destination) const;
    // Hands the message to accept() and answers `request` once it is kept
    // (or refused). False while that answer is pending: handle nothing more.
    bool deliver(const SmbPacket &request, const QByteArray &originator, const QString &alias,
                 const QByteArray &text);
    void answerDelivery(const SmbPacket &request, const ReceivedMessage &message,
                        const QFuture<Outcome> &accepted);
    void onAccepted(const SmbPacket &request, const ReceivedMessage &message,
                    const QFuture<Outcome> &accepted);
    // Wraps one SMB reply in a NetBIOS session message.
    void reply(const QByteArray &smb);
    // Answers with a DOS error; `fatal` also ends the connection.
    bool refuse(const SmbPacket &request, quint8 errorClass, quint16 errorCode, bool fatal);
    void close(const char *reason);
    void onSessionTimeout();

    QTcpSocket *m_socket;
    WinPopupConnectionRules m_rules;
    NetbiosFrameReader m_reader;
    QTimer m_idleTimer;
    QTimer m_sessionTimer;
    QString m_peerAddress;
    bool m_inSession = false;
    bool m_negotiated = false;
    bool m_closing = false;
    // A message is with accept() and its peer not answered yet.
    bool m_awaitingAccept = false;
    // The session time ended while a message was being stored: close once
    // its peer has the answer.
    bool m_sessionExpired = false;
    // The multi-block message under way (docs/protocol.md §2 "Per command").
    bool m_started = false;
    quint16 m_groupId = 0;
    QByteArray m_originator;
    QString m_alias;
    QByteArray m_text;
};

} // namespace netmsg
