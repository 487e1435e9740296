#include "winpopupsender.h"

#include "netbiossession.h"
#include "winpopuperror.h"
#include "winpopuplog.h"
#include "winpopuptext.h"

#include <QHostInfo>
#include <QTcpSocket>

namespace netmsg {

namespace {

// A retarget response may point elsewhere; follow a few hops, not a loop.
constexpr int MaxRetargets = 3;
// Samba's client retries a refused session once with this called name
// (docs/protocol.md §1.1, nb_connect_done).
const QByteArray ServerName = QByteArrayLiteral("*SMBSERVER");

// Offered in a negotiate before the single-block command: the core dialect for
// receivers such as netmsg's own, NT LM 0.12 for smbd with server min protocol
// = NT1 (docs/protocol.md §2 "Pre-negprot acceptance").
const QList<QByteArray> Dialects = {QByteArrayLiteral("PC NETWORK PROGRAM 1.0"),
                                    QByteArrayLiteral("NT LM 0.12")};

} // namespace

WinPopupSender::WinPopupSender(WinPopupTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_reader(NetbiosSession::MaxPayloadLength)
    , m_calledName(m_target.calledName)
    , m_calledSuffix(NetbiosSession::MessengerSuffix)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WinPopupSender::onTimeout);
    m_promise.start();
    // A job's timeout or cancel stops the exchange at once instead of leaving
    // the socket to run on (write() also checks, for a reply already queued).
    connect(&m_cancelWatcher, &QFutureWatcherBase::canceled, this,
            [this] { abort(Outcome(Code::Cancelled)); });
    m_cancelWatcher.setFuture(m_promise.future());
}

WinPopupSender::~WinPopupSender()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_state != State::Done) {
        dropSocket();
        const Outcome gone(Code::Cancelled,
                           tr("the transport was closed while sending to %1").arg(peer()));
        m_state = State::Done;
        m_promise.addResult(resultFor(gone));
        m_promise.finish();
    }
}

void WinPopupSender::start()
{
    m_promise.setProgressValue(SendProgress::Started);
    m_port = m_target.port;
    const QHostAddress literal(m_target.host);
    if (!literal.isNull()) {
        connectTo(literal, m_port);
        return;
    }
    m_state = State::Resolving;
    m_timer.start(m_target.connectTimeoutMs);
    m_lookupId = QHostInfo::lookupHost(m_target.host, this, &WinPopupSender::onLookedUp);
}

void WinPopupSender::abort(const Outcome &outcome)
{
    if (m_state != State::Done)
        finish(outcome);
}

void WinPopupSender::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_state != State::Resolving)
        return;
    // Prefer IPv4: NetBIOS over TCP is an IPv4 service in practice.
    QHostAddress chosen;
    for (const QHostAddress &address : info.addresses()) {
        if (chosen.isNull() || (address.protocol() == QAbstractSocket::IPv4Protocol &&
                                chosen.protocol() != QAbstractSocket::IPv4Protocol))
            chosen = address;
    }
    if (info.error() != QHostInfo::NoError || chosen.isNull()) {
        const QString detail = tr("cannot resolve %1: %2").arg(m_target.host, info.errorString());
        finish(Outcome(m_target.hostIsRecipientName ? Code::NerrNameNotFound : Code::BadNetPath,
                       detail));
        return;
    }
    connectTo(chosen, m_port);
}

void WinPopupSender::connectTo(const QHostAddress &address, quint16 port)
{
    dropSocket();
    if (m_targetAddress.isNull())
        m_targetAddress = address;
    m_address = address;
    m_port = port;
    m_reader = NetbiosFrameReader(NetbiosSession::MaxPayloadLength);
    m_socket = createSocket();
    connect(m_socket, &QTcpSocket::connected, this, &WinPopupSender::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &WinPopupSender::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &WinPopupSender::onSocketError);
    m_state = State::Connecting;
    m_timer.start(m_target.connectTimeoutMs);
    qCDebug(lcWinPopup) << "connecting to" << peer();
    m_socket->connectToHost(address, port);
}

QTcpSocket *WinPopupSender::createSocket()
{
    return new QTcpSocket(this);
}

void WinPopupSender::onConnected()
{
    // Small request/reply exchanges: never let Nagle hold a request back.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_state = State::AwaitSession;
    m_timer.start(m_target.replyTimeoutMs);
    write(NetbiosSession::sessionRequest(m_calledName, m_calledSuffix, m_target.callingName,
                                         NetbiosSession::WorkstationSuffix));
}

void WinPopupSender::onReadyRead()
{
    m_reader.append(m_socket->readAll());
    NetbiosFrame frame;
    while (m_socket && m_state != State::Done) {
        const auto status = m_reader.next(&frame);
        if (status == NetbiosFrameReader::Status::NeedMore)
            return;
        if (status == NetbiosFrameReader::Status::Malformed) {
            finish(WinPopupError::protocolViolation(
                tr("malformed NetBIOS packet from %1").arg(peer())));
            return;
        }
        if (!handleFrame(frame))
            return;
    }
}

bool WinPopupSender::handleFrame(const NetbiosFrame &frame)
{
    if (frame.type == NetbiosSession::Keepalive)
        return true;
    if (m_state == State::AwaitSession)
        return handleSessionResponse(frame);
    if (frame.type != NetbiosSession::SessionMessage) {
        finish(WinPopupError::protocolViolation(tr("unexpected NetBIOS packet type 0x%1 from %2")
                                                    .arg(QString::number(frame.type, 16), peer())));
        return false;
    }
    const std::optional<SmbPacket> reply = SmbMessageCodec::parse(frame.payload);
    if (!reply || !(reply->flags & SmbMessageCodec::FlagReply) ||
        reply->command != m_pendingCommand) {
        finish(WinPopupError::protocolViolation(
            tr("%1 from %2 got no valid reply")
                .arg(WinPopupError::commandName(m_pendingCommand), peer())));
        return false;
    }
    return handleSmbReply(*reply);
}

bool WinPopupSender::handleSessionResponse(const NetbiosFrame &frame)
{
    switch (frame.type) {
    case NetbiosSession::PositiveResponse:
        if (m_target.singleBlock && m_target.text.size() <= SmbMessageCodec::MaxTextBlock)
            sendSmb(SmbMessageCodec::negotiateRequest(Dialects), State::AwaitNegotiate);
        else
            sendStart();
        return true;
    case NetbiosSession::NegativeResponse:
        handleRefusal(WinPopupError::fromSessionRefusal(
            frame.payload.isEmpty() ? quint8(NetbiosSession::UnspecifiedError)
                                    : quint8(frame.payload.at(0))));
        return false;
    case NetbiosSession::RetargetResponse:
        handleRetarget(frame.payload);
        return false;
    default:
        finish(WinPopupError::protocolViolation(tr("no session response from %1 (packet type 0x%2)")
                                                    .arg(peer(), QString::number(frame.type, 16))));
        return false;
    }
}

void WinPopupSender::handleRetarget(const QByteArray &payload)
{
    QHostAddress address;
    quint16 port = 0;
    if (!NetbiosSession::parseRetarget(payload, &address, &port) || ++m_retargets > MaxRetargets) {
        finish(WinPopupError::protocolViolation(
            tr("bad or endless session retarget from %1").arg(peer())));
        return;
    }
    // smbd retargets to whatever host its configuration names (docs/protocol.md
    // §2.3); a hostile peer could name any. Another port of the host we were
    // sent to is followed, another host only if the operator allows it.
    if (!m_target.retargetOtherHosts &&
        !address.isEqual(m_targetAddress, QHostAddress::TolerantConversion)) {
        finish(Outcome(Code::AccessDenied,
                       tr("%1 retargets the session to %2:%3, another host; not followed "
                          "(winpopup option retargetOtherHosts allows it)")
                           .arg(peer(), address.toString())
                           .arg(port)));
        return;
    }
    qCDebug(lcWinPopup) << peer() << "retargets to" << address << port;
    connectTo(address, port);
}

void WinPopupSender::handleRefusal(const Outcome &refusal)
{
    // Like Samba, try once more with *SMBSERVER<20>; if that is refused too,
    // the first refusal is the one that says what is wrong with the name.
    if (!m_triedServerName) {
        m_triedServerName = true;
        m_firstRefusal = refusal;
        m_calledName = ServerName;
        m_calledSuffix = NetbiosSession::ServerSuffix;
        qCDebug(lcWinPopup) << peer() << "refused" << m_target.calledName << "; retrying as"
                            << ServerName;
        connectTo(m_address, m_port);
        return;
    }
    finish(m_firstRefusal.isSuccess() ? refusal : m_firstRefusal);
}

bool WinPopupSender::handleSmbReply(const SmbPacket &reply)
{
    const Outcome status = WinPopupError::fromSmbStatus(reply.status, reply.command);
    if (!status.isSuccess()) {
        finishRefused(status);
        return false;
    }
    switch (m_state) {
    case State::AwaitNegotiate:
        if (reply.words.isEmpty() || reply.words.first() == 0xFFFF) {
            finish(Outcome(Code::NotSupported,
                           tr("%1 accepted none of our SMB dialects").arg(peer())));
            return false;
        }
        sendSmb(SmbMessageCodec::singleRequest(m_target.originator, m_target.destination,
                                               m_target.text),
                State::AwaitSingle);
        return true;
    case State::AwaitStart:
        // Windows answers with a group id, Samba with none (WordCount 0); echo
        // what came, 0 otherwise (docs/protocol.md §1.3).
        m_groupId = reply.words.isEmpty() ? 0 : reply.words.first();
        m_blocks = WinPopupText::blocks(m_target.text, SmbMessageCodec::MaxTextBlock);
        m_nextBlock = 0;
        sendNextBlock();
        return true;
    case State::AwaitText:
        sendNextBlock();
        return true;
    case State::AwaitEnd:
    case State::AwaitSingle:
        finish(Outcome::success());
        return false;
    default:
        finish(WinPopupError::protocolViolation(tr("unsolicited SMB reply from %1").arg(peer())));
        return false;
    }
}

void WinPopupSender::sendStart()
{
    sendSmb(SmbMessageCodec::startRequest(m_target.originator, m_target.destination),
            State::AwaitStart);
}

void WinPopupSender::sendNextBlock()
{
    if (m_nextBlock < m_blocks.size()) {
        sendSmb(SmbMessageCodec::textRequest(m_groupId, m_blocks.at(m_nextBlock++)),
                State::AwaitText);
        return;
    }
    sendSmb(SmbMessageCodec::endRequest(m_groupId), State::AwaitEnd);
}

void WinPopupSender::sendSmb(const QByteArray &payload, State next)
{
    m_state = next;
    m_pendingCommand = quint8(payload.at(4));
    m_timer.start(m_target.replyTimeoutMs);
    // The peer delivers on SEND_END or the single block (docs/protocol.md §2
    // "sendend", "sends"): from this write on, silence may mean it arrived.
    const bool completesMessage =
        m_pendingCommand == SmbCommand::SendEnd || m_pendingCommand == SmbCommand::SendMessage;
    if (completesMessage && !m_promise.isCanceled()) {
        m_handedOver = true;
        m_promise.setProgressValue(SendProgress::HandedOver);
    }
    write(NetbiosSession::sessionMessage(payload));
}

bool WinPopupSender::write(const QByteArray &bytes)
{
    // A cancel is reported to m_cancelWatcher through the event loop, maybe
    // after a reply that asks for our next request: check before every write.
    if (m_promise.isCanceled()) {
        abort(Outcome(Code::Cancelled));
        return false;
    }
    m_socket->write(bytes);
    return true;
}

void WinPopupSender::onSocketError()
{
    if (m_state == State::Done || !m_socket)
        return;
    const auto error = m_socket->error();
    QString detail = tr("%1: %2").arg(peer(), m_socket->errorString());
    if (error == QAbstractSocket::RemoteHostClosedError && m_state == State::AwaitSession)
        detail =
            tr("%1 closed the connection instead of answering the session request").arg(peer());
    else if (error == QAbstractSocket::RemoteHostClosedError)
        detail = tr("%1 closed the connection while waiting for the %2 reply")
                     .arg(peer(), WinPopupError::commandName(m_pendingCommand));
    finish(WinPopupError::fromSocketError(error, detail));
}

void WinPopupSender::onTimeout()
{
    switch (m_state) {
    case State::Resolving:
        finish(Outcome(Code::Timeout, tr("resolving %1 took longer than %2 ms")
                                          .arg(m_target.host)
                                          .arg(m_target.connectTimeoutMs)));
        break;
    case State::Connecting:
        finish(Outcome(Code::Timeout, tr("connecting to %1 took longer than %2 ms")
                                          .arg(peer())
                                          .arg(m_target.connectTimeoutMs)));
        break;
    case State::AwaitSession:
        finish(Outcome(Code::Timeout, tr("%1 did not answer the session request within %2 ms")
                                          .arg(peer())
                                          .arg(m_target.replyTimeoutMs)));
        break;
    case State::Done:
    case State::Idle:
        break;
    default:
        finish(Outcome(Code::Timeout, tr("%1 did not answer %2 within %3 ms")
                                          .arg(peer(), WinPopupError::commandName(m_pendingCommand))
                                          .arg(m_target.replyTimeoutMs)));
        break;
    }
}

SendResult WinPopupSender::resultFor(const Outcome &outcome) const
{
    if (outcome.isSuccess())
        return SendResult::delivered(outcome.detail());
    if (!m_handedOver)
        return SendResult::failed(outcome);
    return SendResult::unconfirmed(
        Outcome(outcome.code(), tr("the message was handed over to %1 but not confirmed: %2")
                                    .arg(peer(), outcome.detail())));
}

void WinPopupSender::finish(const Outcome &outcome)
{
    complete(resultFor(outcome));
}

void WinPopupSender::finishRefused(const Outcome &refusal)
{
    complete(SendResult::failed(refusal));
}

void WinPopupSender::complete(const SendResult &result)
{
    const Outcome &outcome = result.outcome;
    const bool success = outcome.isSuccess();
    m_state = State::Done;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        // Every request was answered, so nothing is left to flush: close cleanly
        // after success, cut the connection after a failure.
        if (success)
            m_socket->close();
        else
            m_socket->abort();
    }
    if (!success)
        qCDebug(lcWinPopup) << "delivery to" << m_target.calledName
                            << DeliveryStates::name(result.state) << outcome.toString();
    m_promise.addResult(result);
    m_promise.finish();
    deleteLater();
}

void WinPopupSender::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

QString WinPopupSender::peer() const
{
    QString address = m_address.isNull() ? m_target.host : m_address.toString();
    if (address.contains(QLatin1Char(':')))
        address = QLatin1Char('[') + address + QLatin1Char(']');
    return address + QLatin1Char(':') + QString::number(m_port);
}

} // namespace netmsg
