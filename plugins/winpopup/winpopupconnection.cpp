#include "winpopupconnection.h"

#include "aliasstore.h"
#include "netbiossession.h"
#include "textcodec.h"
#include "winpopuplog.h"
#include "winpopuptext.h"

#include <QFutureWatcher>
#include <QTcpSocket>

#include <atomic>
#include <utility>

namespace netmsg {

namespace {

// The spec calls the group id "the NetBIOS session number"; any value the
// client echoes back will do, so one counter serves every receiver.
std::atomic<quint16> nextGroupId{1};

// A peer that goes quiet while we close gets this long to take our last reply.
constexpr int CloseGraceMs = 2000;
// Room for the SMB header, names and counts around the text of one packet.
constexpr int PacketOverhead = 512;
// A messenger client waits for each reply before its next request, so it never
// leaves more than one small reply unread; a peer that keeps sending without
// reading would otherwise grow our write buffer without bound.
constexpr qint64 MaxUnreadReplyBytes = qint64(64) * 1024;
// For the same reason it sends nothing while it waits for the reply to its
// last block; a peer that does is not waited for without bound either.
constexpr qsizetype MaxBufferedWhileAccepting = qsizetype(64) * 1024;

const QByteArray CoreDialect = QByteArrayLiteral("PC NETWORK PROGRAM 1.0");

QString plainAddress(const QHostAddress &address)
{
    bool isIpv4 = false;
    const QHostAddress v4(address.toIPv4Address(&isIpv4));
    return isIpv4 ? v4.toString() : address.toString();
}

} // namespace

WinPopupConnection::WinPopupConnection(QTcpSocket *socket, const WinPopupConnectionRules &rules,
                                       QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_rules(rules)
    , m_reader(qMin(NetbiosSession::MaxPayloadLength, rules.maxMessageBytes + PacketOverhead))
    , m_peerAddress(plainAddress(socket->peerAddress()))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_closing)
            m_socket->abort();
        else
            close("idle timeout");
    });
    m_sessionTimer.setSingleShot(true);
    connect(&m_sessionTimer, &QTimer::timeout, this, &WinPopupConnection::onSessionTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &WinPopupConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &WinPopupConnection::closed);
    m_idleTimer.start(m_rules.idleTimeoutMs);
    m_sessionTimer.start(m_rules.sessionTimeoutMs);
}

WinPopupConnection::~WinPopupConnection()
{
    // A receiver that stops right after a message (netmsg listen --count)
    // still hands the peer its last reply; flush() never blocks.
    m_socket->disconnect(this);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->flush();
}

void WinPopupConnection::onSessionTimeout()
{
    // A message being stored still gets its answer (our store is slow, not
    // the peer); the connection ends right after it.
    if (m_awaitingAccept)
        m_sessionExpired = true;
    else
        close("session time limit");
}

void WinPopupConnection::stop()
{
    m_closing = true;
}

void WinPopupConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_reader.append(m_socket->readAll());
    if (!m_awaitingAccept) {
        processFrames();
        return;
    }
    if (m_reader.buffered() > MaxBufferedWhileAccepting)
        close("sends on while its message is being stored");
}

void WinPopupConnection::processFrames()
{
    NetbiosFrame frame;
    while (!m_closing && !m_awaitingAccept) {
        const auto status = m_reader.next(&frame);
        if (status == NetbiosFrameReader::Status::NeedMore)
            return;
        if (status == NetbiosFrameReader::Status::Malformed) {
            close("malformed or oversized NetBIOS packet");
            return;
        }
        // Only a whole packet that asks for something counts as activity: a
        // peer that trickles a byte at a time (slowloris) or sends nothing
        // but keepalives is idle, and is closed when the idle timeout ends.
        if (frame.type != NetbiosSession::Keepalive)
            m_idleTimer.start(m_rules.idleTimeoutMs);
        if (!handleFrame(frame))
            return;
        if (m_socket->bytesToWrite() > MaxUnreadReplyBytes) {
            qCDebug(lcWinPopup) << "closing connection from" << m_peerAddress
                                << ": it does not read its replies";
            m_closing = true;
            m_idleTimer.stop();
            m_socket->abort();
            return;
        }
    }
}

bool WinPopupConnection::handleFrame(const NetbiosFrame &frame)
{
    if (frame.type == NetbiosSession::Keepalive)
        return true;
    if (!m_inSession) {
        if (frame.type == NetbiosSession::SessionRequest)
            return handleSessionRequest(frame);
        if (frame.type != NetbiosSession::SessionMessage) {
            close("neither a session request nor an SMB first");
            return false;
        }
        // smbclient -M sends the session request only to port 139 and starts
        // with the SMB on any other port, as on 445 (measured with Samba 4.17;
        // docs/protocol.md §1.1). The To name of SEND_START is then the only name
        // to check, and it is checked either way.
        m_inSession = true;
    }
    if (frame.type != NetbiosSession::SessionMessage) {
        close("unexpected NetBIOS packet in session");
        return false;
    }
    const std::optional<SmbPacket> request = SmbMessageCodec::parse(frame.payload);
    if (!request || (request->flags & SmbMessageCodec::FlagReply)) {
        close("malformed SMB packet");
        return false;
    }
    return handleSmb(*request);
}

bool WinPopupConnection::handleSessionRequest(const NetbiosFrame &frame)
{
    QByteArray called;
    QByteArray calling;
    quint8 calledSuffix = 0;
    quint8 callingSuffix = 0;
    const int consumed = NetbiosSession::decodeName(frame.payload, 0, &called, &calledSuffix);
    if (consumed == 0 ||
        NetbiosSession::decodeName(frame.payload, consumed, &calling, &callingSuffix) == 0) {
        m_socket->write(NetbiosSession::negativeResponse(NetbiosSession::UnspecifiedError));
        close("malformed session request");
        return false;
    }
    // Only names in the alias list, and only as messenger names <03>
    // (RFC 1002 §4.3.4 codes; docs/protocol.md §1.1).
    const QString alias = aliasFor(called);
    if (alias.isEmpty() || calledSuffix != NetbiosSession::MessengerSuffix) {
        const quint8 code = alias.isEmpty() ? quint8(NetbiosSession::CalledNameNotPresent)
                                            : quint8(NetbiosSession::NotListeningOnCalledName);
        qCDebug(lcWinPopup) << m_peerAddress << "called" << called << "suffix" << calledSuffix
                            << ": refused";
        m_socket->write(NetbiosSession::negativeResponse(code));
        close("called name refused");
        return false;
    }
    m_inSession = true;
    m_socket->write(NetbiosSession::positiveResponse());
    return true;
}

bool WinPopupConnection::handleSmb(const SmbPacket &request)
{
    switch (request.command) {
    case SmbCommand::Negotiate:
        return handleNegotiate(request);
    case SmbCommand::SendStart:
        return handleStart(request);
    case SmbCommand::SendText:
        return handleText(request);
    case SmbCommand::SendEnd:
        return handleEnd(request);
    case SmbCommand::SendMessage:
        return handleSingle(request);
    default:
        return refuse(request, DosError::ClassDos, DosError::BadFunction, false);
    }
}

bool WinPopupConnection::handleNegotiate(const SmbPacket &request)
{
    // We speak only the messenger commands, which need nothing from a dialect
    // but its existence: accept the core dialect when offered.
    const qsizetype index = SmbMessageCodec::readDialects(request.bytes).indexOf(CoreDialect);
    m_negotiated = index >= 0;
    reply(SmbMessageCodec::successResponse(request, {quint16(index >= 0 ? index : 0xFFFF)}));
    return true;
}

bool WinPopupConnection::handleStart(const SmbPacket &request)
{
    QByteArray originator;
    QByteArray destination;
    const int used = SmbMessageCodec::readString(request.bytes, 0, &originator);
    if (used == 0 || SmbMessageCodec::readString(request.bytes, used, &destination) == 0)
        return refuse(request, DosError::ClassDos, DosError::InvalidParameter, false);
    const QString alias = aliasFor(destination);
    if (alias.isEmpty())
        return refuse(request, DosError::ClassServer, DosError::InvalidNetName, false);
    // A new start discards any message under way, as smbd does.
    m_started = true;
    m_groupId = nextGroupId.fetch_add(1);
    m_originator = originator;
    m_alias = alias;
    m_text.clear();
    // Answer like Windows, with a group id (MS-MSRP 2.2.3.2.2).
    reply(SmbMessageCodec::successResponse(request, {m_groupId}));
    return true;
}

bool WinPopupConnection::handleText(const SmbPacket &request)
{
    QByteArray block;
    if (!m_started || request.words.isEmpty() || request.words.first() != m_groupId ||
        SmbMessageCodec::readDataBlock(request.bytes, 0, &block) == 0)
        return refuse(request, DosError::ClassDos, DosError::InvalidParameter, false);
    if (m_text.size() + block.size() > m_rules.maxMessageBytes)
        return refuse(request, DosError::ClassServer, DosError::NoRoom, true);
    m_text.append(block);
    reply(SmbMessageCodec::successResponse(request));
    return true;
}

bool WinPopupConnection::handleEnd(const SmbPacket &request)
{
    if (!m_started || request.words.isEmpty() || request.words.first() != m_groupId)
        return refuse(request, DosError::ClassDos, DosError::InvalidParameter, false);
    m_started = false;
    const QByteArray text = std::exchange(m_text, {});
    return deliver(request, m_originator, m_alias, text);
}

bool WinPopupConnection::handleSingle(const SmbPacket &request)
{
    // smbd drops a connection whose first SMB is not a negprot (docs/protocol.md §2);
    // so do we, so that senders learn the same rule from both.
    if (!m_negotiated) {
        close("single-block message without negprot");
        return false;
    }
    QByteArray originator;
    QByteArray destination;
    QByteArray text;
    int offset = SmbMessageCodec::readString(request.bytes, 0, &originator);
    const int toUsed =
        offset ? SmbMessageCodec::readString(request.bytes, offset, &destination) : 0;
    offset += toUsed;
    if (toUsed == 0 || SmbMessageCodec::readDataBlock(request.bytes, offset, &text) == 0)
        return refuse(request, DosError::ClassDos, DosError::InvalidParameter, false);
    if (text.size() > m_rules.maxMessageBytes)
        return refuse(request, DosError::ClassServer, DosError::NoRoom, true);
    const QString alias = aliasFor(destination);
    if (alias.isEmpty())
        return refuse(request, DosError::ClassServer, DosError::InvalidNetName, false);
    return deliver(request, originator, alias, text);
}

QString WinPopupConnection::aliasFor(const QByteArray &destination) const
{
    const QString name = m_rules.codec->decode(destination).trimmed().toUpper();
    return m_rules.aliases->contains(name) ? name : QString();
}

bool WinPopupConnection::deliver(const SmbPacket &request, const QByteArray &originator,
                                 const QString &alias, const QByteArray &text)
{
    ReceivedMessage message;
    message.receivedAt = QDateTime::currentDateTimeUtc();
    message.transport = QStringLiteral("winpopup");
    // Only what the peer claims; the peer address is kept beside it.
    message.sender = m_rules.codec->decode(originator);
    message.alias = alias;
    message.text = WinPopupText::decode(text, *m_rules.codec);
    message.peerAddress = m_peerAddress;
    if (!m_rules.accept) {
        answerDelivery(request, message, QtFuture::makeReadyFuture(Outcome::success()));
        return !m_closing;
    }
    const QFuture<Outcome> accepted = m_rules.accept(message);
    if (accepted.isFinished()) {
        answerDelivery(request, message, accepted);
        return !m_closing;
    }
    // Our own store is slow, not the peer: no idle timeout meanwhile. The
    // watcher goes with this connection, so a connection that is gone by
    // the time the store answers answers nobody.
    m_awaitingAccept = true;
    m_idleTimer.stop();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, message] {
        watcher->deleteLater();
        onAccepted(request, message, watcher->future());
    });
    watcher->setFuture(accepted);
    return false;
}

void WinPopupConnection::onAccepted(const SmbPacket &request, const ReceivedMessage &message,
                                    const QFuture<Outcome> &accepted)
{
    m_awaitingAccept = false;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcWinPopup) << m_peerAddress << "left before its message was answered";
        return;
    }
    answerDelivery(request, message, accepted);
    if (m_closing)
        return;
    if (m_sessionExpired) {
        close("session time limit");
        return;
    }
    m_idleTimer.start(m_rules.idleTimeoutMs);
    processFrames();
}

void WinPopupConnection::answerDelivery(const SmbPacket &request, const ReceivedMessage &message,
                                        const QFuture<Outcome> &accepted)
{
    // Stored by the caller before the reply: a peer told "delivered" never
    // has its message lost; one we could not keep is refused. A future with
    // no result (cancelled, or carrying an exception) kept nothing.
    const Outcome outcome =
        !accepted.isCanceled() && accepted.resultCount() > 0
            ? accepted.result()
            : Outcome(Code::InternalError, tr("the inbox gave no answer for the message"));
    if (!outcome.isSuccess()) {
        qCWarning(lcWinPopup).noquote()
            << "refusing a message from" << m_peerAddress << ":" << outcome.toString();
        refuse(request, DosError::ClassServer, DosError::NoRoom, false);
        return;
    }
    reply(SmbMessageCodec::successResponse(request));
    Q_EMIT messageReceived(message);
}

void WinPopupConnection::reply(const QByteArray &smb)
{
    m_socket->write(NetbiosSession::sessionMessage(smb));
}

bool WinPopupConnection::refuse(const SmbPacket &request, quint8 errorClass, quint16 errorCode,
                                bool fatal)
{
    reply(SmbMessageCodec::errorResponse(request, errorClass, errorCode));
    if (fatal) {
        close("message over the size limit");
        return false;
    }
    return true;
}

void WinPopupConnection::close(const char *reason)
{
    if (m_closing)
        return;
    qCDebug(lcWinPopup) << "closing connection from" << m_peerAddress << ":" << reason;
    m_closing = true;
    m_sessionTimer.stop();
    m_idleTimer.start(CloseGraceMs);
    m_socket->disconnectFromHost();
}

} // namespace netmsg
