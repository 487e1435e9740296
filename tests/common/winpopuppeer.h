#pragma once

// WinPopupPeer: a scriptable, hostile WinPopup receiver for tests and benches.
//
// It listens on one TCP port and speaks the receiving half of the exchange
// (docs/protocol.md §1.1, §1.3): the NetBIOS session response, then the replies to
// SMBnegprot, SEND_START, SEND_TEXT, SEND_END and the single-block
// SEND_MESSAGE. How it answers is chosen per test with a Behaviour, for every
// session or only for those that call one name:
//
//     netmsg::testing::WinPopupPeer peer;             // listens on 127.0.0.1:any
//     peer.setBehaviour(WinPopupPeer::Behaviour::StallAfterEnd);
//     peer.setBehaviour("NIGHT", WinPopupPeer::Behaviour::CloseAfterStart);
//     ... send to OPS@127.0.0.1:<peer.port()> and NIGHT@127.0.0.1:<peer.port()> ...
//     QTRY_COMPARE(peer.messageCount(), 1);           // OPS's message is complete there
//
// Any called name is answered (many recipients share one port) and every
// connection is served at once, event-driven on the thread that owns the
// peer: a bench can point 1,000 targets at one NeverAnswer peer (mind the
// process's file descriptor limit: two sockets per target in one process).
// Qt only, but for the one socket option a reset needs (SO_LINGER).
//
// It counts what it saw: connections, SMB requests (per command), bytes, and
// the messages it received completely and kept (SEND_END or SEND_MESSAGE
// seen and not answered with an error: what smbd or netmsg's receiver would
// have delivered, docs/protocol.md §2). For shapes no Behaviour covers, onSession
// and onSmb script the answers themselves.
//
// Faults strike at one step of the exchange, in place of the answer there,
// for every session; they take precedence over the Behaviour:
//
//     peer.setFault(WinPopupPeer::Step::Start, WinPopupPeer::Fault::Reset);  // RST, no reply
//     peer.setFault(WinPopupPeer::Step::Session, WinPopupPeer::Fault::Bytes,
//                   QByteArray::fromHex("00ffffff"));                        // a 16 MB length
//     peer.setDribble(5);   // whatever it writes goes out one byte every 5 ms

#include "smbmessagecodec.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace netmsg::testing {

class WinPopupPeer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        AnswerAll,         // positive session response, success to every SMB
        NeverAnswer,       // accepts the connection, reads everything, answers nothing
        StallAfterSession, // answers the session request, then nothing
        StallAfterEnd,     // answers everything but SEND_END / SEND_MESSAGE (kept, unanswered)
        CloseAfterEnd,     // closes instead of answering SEND_END / SEND_MESSAGE (kept)
        CloseAfterStart,   // closes instead of answering SEND_START
        ErrorTo,           // the error set with setError() to its command, success otherwise
    };
    Q_ENUM(Behaviour)

    // Where a fault strikes: as soon as the connection is accepted, in place of
    // the answer to the session request, or of the reply to one SMB command
    // (every time that command comes).
    enum class Step { Accept, Session, Negotiate, Start, Text, End, Single };
    Q_ENUM(Step)
    enum class Fault {
        Stall,        // answers nothing from then on; reads on
        Close,        // closes cleanly (FIN) after what was already written
        Reset,        // resets the connection (RST: SO_LINGER 0, then abort)
        Bytes,        // writes the fault's bytes as they are (garbage, a bad header, junk)
        Error,        // the SMB error set with setError() (SMB steps only)
        WrongCommand, // a success reply, but for another command (SMB steps only)
    };
    Q_ENUM(Fault)

    // One message as the peer received it (names and text as on the wire).
    struct Message
    {
        QByteArray calledName; // from the session request; empty without one
        QByteArray originator;
        QByteArray destination;
        QByteArray text;
    };

    // Listens on 127.0.0.1 at a free port at once (listen() again to move).
    explicit WinPopupPeer(QObject *parent = nullptr);
    ~WinPopupPeer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }

    // For every session (default AnswerAll) ...
    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    // ... or only for sessions that call `calledName` (upper case, no suffix;
    // a session without a request is matched by SEND_START's To name).
    void setBehaviour(const QByteArray &calledName, Behaviour behaviour);
    // What ErrorTo answers, and to which command. Default: ERRSRV/ERRnoroom
    // to SEND_END.
    void setError(quint8 command, quint8 errorClass, quint16 errorCode);
    // The group id in the SEND_START reply, as Windows answers; nullopt
    // answers WordCount 0, as Samba does (docs/protocol.md §2 "sendstrt").
    // Default 0x4242.
    void setStartGroupId(std::optional<quint16> groupId) { m_startGroupId = groupId; }

    // At `step`, `fault` instead of the answer; `bytes` for Fault::Bytes.
    void setFault(Step step, Fault fault, const QByteArray &bytes = {});
    void clearFaults() { m_faults.clear(); }
    // Every byte the peer writes goes out on its own, `intervalMs` apart (0:
    // at once); a hang-up waits until the last byte is out.
    void setDribble(int intervalMs);

    // Scripted answers, in place of the behaviour when set: return the whole
    // NetBIOS packet for a session request, or the SMB (without NBSS header)
    // for a request; an empty array sends nothing.
    std::function<QByteArray(const QByteArray &calledName, quint8 suffix)> onSession;
    std::function<QByteArray(const SmbPacket &request)> onSmb;

    int connectionCount() const { return m_connectionCount; } // accepted so far
    int openConnectionCount() const { return int(m_sessions.size()); }
    qint64 bytesReceived() const { return m_bytesReceived; }
    int requestCount() const { return int(m_requests.size()); }
    int requestCount(quint8 command) const;
    QList<SmbPacket> requests() const { return m_requests; }
    QList<QPair<QByteArray, quint8>> calledNames() const { return m_calledNames; }
    int messageCount() const { return int(m_messages.size()); }
    int messageCount(const QByteArray &destination) const;
    QList<Message> messages() const { return m_messages; }

    // Hangs up on every connection now (a receiver that goes away).
    void closeAll();
    // Resets `socket`'s connection: the other end sees RST, not FIN (SO_LINGER 0).
    static void reset(QTcpSocket *socket);

Q_SIGNALS:
    void connectionAccepted();
    // After the peer has reacted to the request (answered, stalled or closed).
    void requestReceived(quint8 command);
    void messageKept(const QByteArray &destination);

private:
    struct Session;
    struct FaultAt
    {
        Fault fault;
        QByteArray bytes;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleSessionRequest(QTcpSocket *socket, Session &session, const QByteArray &payload);
    // False once the socket was closed.
    bool handleSmb(QTcpSocket *socket, Session &session, const SmbPacket &request);
    // The reply `session`'s behaviour gives, or nullopt for none.
    std::optional<QByteArray> answerFor(const Session &session, const SmbPacket &request) const;
    // Tracks the message under way; true when `request` completed one.
    bool track(Session &session, const SmbPacket &request);
    Behaviour behaviourFor(const QByteArray &name) const;
    // The fault set for `step`, if any.
    const FaultAt *faultFor(Step step) const;
    static std::optional<Step> stepOf(quint8 command);
    // Strikes with `fault` on `socket` (an SMB fault also needs `request`).
    // False once the socket is closed or reset.
    bool strike(QTcpSocket *socket, Session &session, const FaultAt &fault,
                const SmbPacket *request);
    // Writes at once, or queues the bytes for the dribble.
    void send(QTcpSocket *socket, Session &session, const QByteArray &bytes);
    void onDribble();
    void hangUp(QTcpSocket *socket);

    QTcpServer m_server;
    Behaviour m_behaviour = Behaviour::AnswerAll;
    QHash<QByteArray, Behaviour> m_behaviourByName;
    quint8 m_errorCommand;
    quint8 m_errorClass;
    quint16 m_errorCode;
    std::optional<quint16> m_startGroupId = quint16(0x4242);
    QMap<Step, FaultAt> m_faults;
    int m_dribbleMs = 0;
    QTimer m_dribbleTimer;
    QHash<QTcpSocket *, std::shared_ptr<Session>> m_sessions;
    int m_connectionCount = 0;
    qint64 m_bytesReceived = 0;
    QList<SmbPacket> m_requests;
    QList<QPair<QByteArray, quint8>> m_calledNames;
    QList<Message> m_messages;
};

} // namespace netmsg::testing
