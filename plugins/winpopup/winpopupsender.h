#pragma once

#include "imessagetransport.h"
#include "netbiosframereader.h"
#include "outcome.h"
#include "smbmessagecodec.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QObject>
#include <QPromise>
#include <QTimer>

class QHostInfo;
class QTcpSocket;

namespace netmsg {

// Everything one delivery needs, already validated and encoded by the transport.
struct WinPopupTarget
{
    QString host;           // IP address or DNS/hosts name
    quint16 port = 139;     // NetBIOS session service (docs/protocol.md §1.1)
    QByteArray calledName;  // OEM bytes, upper-cased, at most 15
    QByteArray callingName; // OEM bytes, upper-cased, at most 15
    QByteArray originator;  // SEND_START OriginatorName
    QByteArray destination; // SEND_START DestinationName
    QByteArray text;        // wire bytes with line breaks applied
    bool singleBlock = false;
    int connectTimeoutMs = 5000;
    int replyTimeoutMs = 5000;
    // A name that did not resolve counts as "name not found" rather than "bad path".
    bool hostIsRecipientName = false;
    // A retarget response is followed to another port of the host the session
    // went to, and to another host only when this is set (issue 10: a peer
    // must not send our message on to a machine the operator did not name).
    bool retargetOtherHosts = false;
};

// One delivery to one target as a state machine on QTcpSocket signals, in the
// shape of Samba's climessage.c: session request, then start, text blocks and
// end (or negprot and the single block), each step waiting for its reply under
// a timer. Never blocks; many run side by side on one thread. It reports once,
// through its future, and then deletes itself.
//
// The future's progress is SendProgress::Started from start() on, and
// HandedOver once the request that completes the message on the peer is
// written: SEND_END, or the single-block SEND_MESSAGE (receivers deliver on
// it, docs/protocol.md §2). The result says what is known: delivered when the peer
// confirmed; failed when the peer answered an SMB error, or when anything went
// wrong before the hand-over; unconfirmed when, after the hand-over, no valid
// answer came (timeout, closed or reset connection, a malformed reply). The
// Outcome code stays the real one either way. Cancelling the future stops the
// exchange at once: nothing more is written to the peer.
class WinPopupSender : public QObject
{
    Q_OBJECT
public:
    explicit WinPopupSender(WinPopupTarget target, QObject *parent = nullptr);
    // A sender destroyed before its end (its transport goes) finishes its
    // future as cancelled: failed, or unconfirmed after the hand-over.
    ~WinPopupSender() override;

    QFuture<SendResult> future() { return m_promise.future(); }
    void start();
    // Stops at once with `outcome` (e.g. cancelled); harmless after the end.
    void abort(const Outcome &outcome);

protected:
    // The socket of each connection (a retarget or the *SMBSERVER retry opens
    // another): a QTcpSocket; tests/fuzz hands in one without a network.
    virtual QTcpSocket *createSocket();

private:
    enum class State {
        Idle,
        Resolving,
        Connecting,
        AwaitSession,
        AwaitNegotiate,
        AwaitStart,
        AwaitText,
        AwaitEnd,
        AwaitSingle,
        Done,
    };

    void onLookedUp(const QHostInfo &info);
    void connectTo(const QHostAddress &address, quint16 port);
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onTimeout();
    bool handleFrame(const NetbiosFrame &frame);
    bool handleSessionResponse(const NetbiosFrame &frame);
    void handleRetarget(const QByteArray &payload);
    void handleRefusal(const Outcome &refusal);
    bool handleSmbReply(const SmbPacket &reply);
    void sendSmb(const QByteArray &payload, State next);
    void sendNextBlock();
    void sendStart();
    // Writes `bytes` unless the future was cancelled; then it aborts instead.
    bool write(const QByteArray &bytes);
    // Ends with what `outcome` means at this point: delivered on success,
    // otherwise failed before the hand-over and unconfirmed after it.
    void finish(const Outcome &outcome);
    // Ends with the peer's own refusal: failed, whenever it came.
    void finishRefused(const Outcome &refusal);
    void complete(const SendResult &result);
    SendResult resultFor(const Outcome &outcome) const;
    void dropSocket();
    QString peer() const;

    WinPopupTarget m_target;
    QPromise<SendResult> m_promise;
    QFutureWatcher<SendResult> m_cancelWatcher;
    State m_state = State::Idle;
    bool m_handedOver = false;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    NetbiosFrameReader m_reader;
    QHostAddress m_address;
    quint16 m_port = 0;
    // The host the session was sent to, before any retarget.
    QHostAddress m_targetAddress;
    int m_lookupId = -1;
    QByteArray m_calledName;
    quint8 m_calledSuffix;
    Outcome m_firstRefusal;
    bool m_triedServerName = false;
    int m_retargets = 0;
    QList<QByteArray> m_blocks;
    int m_nextBlock = 0;
    quint16 m_groupId = 0;
    quint8 m_pendingCommand = 0;
};

} // namespace netmsg
