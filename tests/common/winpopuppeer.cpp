#include "winpopuppeer.h"

#include "netbiosframereader.h"
#include "netbiossession.h"

#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
// <windows.h>, which Winsock includes, renames SendMessage to SendMessageW,
// among them SmbCommand::SendMessage.
#undef SendMessage
#else
#include <sys/socket.h>
#endif

namespace netmsg::testing {

// What the peer knows about one connection.
struct WinPopupPeer::Session
{
    NetbiosFrameReader reader;
    QByteArray calledName;
    Behaviour behaviour = Behaviour::AnswerAll;
    bool sessionSeen = false;
    bool closed = false;
    bool stalled = false; // a Stall fault struck: read on, answer nothing
    // Dribbled bytes not yet written, and whether to hang up after them.
    QByteArray dribble;
    bool hangUpAfterDribble = false;
    // The multi-block message under way.
    bool started = false;
    Message message;
};

WinPopupPeer::WinPopupPeer(QObject *parent)
    : QObject(parent)
    , m_errorCommand(SmbCommand::SendEnd)
    , m_errorClass(DosError::ClassServer)
    , m_errorCode(DosError::NoRoom)
{
    // Many senders at once (a bench's 1,000 targets) must not overflow the
    // kernel's accept queue; every pending connection is taken at once.
    m_server.setListenBacklogSize(4096);
    m_server.setMaxPendingConnections(1 << 20);
    connect(&m_server, &QTcpServer::newConnection, this, &WinPopupPeer::onNewConnection);
    connect(&m_dribbleTimer, &QTimer::timeout, this, &WinPopupPeer::onDribble);
    listen();
}

WinPopupPeer::~WinPopupPeer()
{
    for (QTcpSocket *socket : m_sessions.keys())
        socket->disconnect(this);
}

bool WinPopupPeer::listen(const QHostAddress &address, quint16 port)
{
    m_server.close();
    return m_server.listen(address, port);
}

void WinPopupPeer::setBehaviour(const QByteArray &calledName, Behaviour behaviour)
{
    m_behaviourByName.insert(calledName.toUpper(), behaviour);
}

void WinPopupPeer::setError(quint8 command, quint8 errorClass, quint16 errorCode)
{
    m_errorCommand = command;
    m_errorClass = errorClass;
    m_errorCode = errorCode;
}

void WinPopupPeer::setFault(Step step, Fault fault, const QByteArray &bytes)
{
    m_faults.insert(step, FaultAt{fault, bytes});
}

void WinPopupPeer::setDribble(int intervalMs)
{
    m_dribbleMs = intervalMs;
    m_dribbleTimer.setInterval(intervalMs);
}

void WinPopupPeer::reset(QTcpSocket *socket)
{
    // With a zero linger time, closing sends RST and drops what is unsent.
    linger option{};
    option.l_onoff = 1;
    option.l_linger = 0;
    ::setsockopt(socket->socketDescriptor(), SOL_SOCKET, SO_LINGER,
                 reinterpret_cast<const char *>(&option), sizeof option);
    socket->abort();
}

int WinPopupPeer::requestCount(quint8 command) const
{
    int count = 0;
    for (const SmbPacket &request : m_requests)
        count += request.command == command ? 1 : 0;
    return count;
}

int WinPopupPeer::messageCount(const QByteArray &destination) const
{
    int count = 0;
    for (const Message &message : m_messages)
        count += message.destination.compare(destination, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

void WinPopupPeer::closeAll()
{
    for (QTcpSocket *socket : m_sessions.keys())
        hangUp(socket);
}

void WinPopupPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connectionCount;
        auto session = std::make_shared<Session>();
        session->behaviour = m_behaviour;
        m_sessions.insert(socket, session);
        // A dribble is a byte per write, not a byte per delayed ACK (Nagle).
        if (m_dribbleMs > 0)
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_sessions.remove(socket);
            socket->deleteLater();
        });
        Q_EMIT connectionAccepted();
        if (const FaultAt *fault = faultFor(Step::Accept))
            strike(socket, *session, *fault, nullptr);
    }
}

void WinPopupPeer::onReadyRead(QTcpSocket *socket)
{
    const std::shared_ptr<Session> session = m_sessions.value(socket);
    if (!session || session->closed) {
        socket->readAll();
        return;
    }
    const QByteArray bytes = socket->readAll();
    m_bytesReceived += bytes.size();
    if (session->stalled)
        return;
    session->reader.append(bytes);
    NetbiosFrame frame;
    while (!session->closed && session->reader.next(&frame) == NetbiosFrameReader::Status::Frame) {
        if (frame.type == NetbiosSession::SessionRequest) {
            handleSessionRequest(socket, *session, frame.payload);
            continue;
        }
        if (frame.type != NetbiosSession::SessionMessage)
            continue; // keepalives and the like ask for nothing
        const std::optional<SmbPacket> request = SmbMessageCodec::parse(frame.payload);
        if (request && !handleSmb(socket, *session, *request))
            return;
    }
}

void WinPopupPeer::handleSessionRequest(QTcpSocket *socket, Session &session,
                                        const QByteArray &payload)
{
    QByteArray name;
    quint8 suffix = 0;
    NetbiosSession::decodeName(payload, 0, &name, &suffix);
    m_calledNames.append({name, suffix});
    session.sessionSeen = true;
    session.calledName = name;
    session.behaviour = behaviourFor(name);
    if (onSession) {
        const QByteArray answer = onSession(name, suffix);
        if (!answer.isEmpty())
            send(socket, session, answer);
        return;
    }
    if (const FaultAt *fault = faultFor(Step::Session)) {
        strike(socket, session, *fault, nullptr);
        return;
    }
    if (session.behaviour != Behaviour::NeverAnswer)
        send(socket, session, NetbiosSession::positiveResponse());
}

bool WinPopupPeer::handleSmb(QTcpSocket *socket, Session &session, const SmbPacket &request)
{
    m_requests.append(request);
    // smbclient -M skips the session request on ports other than 139
    // (docs/protocol.md §1.1): then SEND_START's To name picks the behaviour.
    if (!session.sessionSeen && request.command == SmbCommand::SendStart) {
        QByteArray originator;
        QByteArray destination;
        const int used = SmbMessageCodec::readString(request.bytes, 0, &originator);
        if (used && SmbMessageCodec::readString(request.bytes, used, &destination))
            session.behaviour = behaviourFor(destination);
    }
    const bool completes = track(session, request);
    const std::optional<Step> step = stepOf(request.command);
    const FaultAt *fault = !onSmb && step ? faultFor(*step) : nullptr;
    if (fault) {
        // Only an error reply refuses the message; after any other fault the
        // peer has it, as a receiver that died before answering would.
        if (completes && fault->fault != Fault::Error) {
            m_messages.append(session.message);
            Q_EMIT messageKept(session.message.destination);
        }
        const bool open = strike(socket, session, *fault, &request);
        Q_EMIT requestReceived(request.command);
        return open;
    }
    std::optional<QByteArray> answer;
    if (onSmb) {
        const QByteArray scripted = onSmb(request);
        if (!scripted.isEmpty())
            answer = scripted;
    } else {
        answer = answerFor(session, request);
    }
    // Kept when it is complete and not refused: what a receiver delivers.
    if (completes) {
        const std::optional<SmbPacket> reply =
            answer ? SmbMessageCodec::parse(*answer) : std::nullopt;
        if (!reply || reply->status.isSuccess()) {
            m_messages.append(session.message);
            Q_EMIT messageKept(session.message.destination);
        }
    }
    const bool closes = !onSmb && ((session.behaviour == Behaviour::CloseAfterEnd && completes) ||
                                   (session.behaviour == Behaviour::CloseAfterStart &&
                                    request.command == SmbCommand::SendStart));
    if (answer)
        send(socket, session, NetbiosSession::sessionMessage(*answer));
    if (closes)
        hangUp(socket);
    Q_EMIT requestReceived(request.command);
    return !closes;
}

std::optional<QByteArray> WinPopupPeer::answerFor(const Session &session,
                                                  const SmbPacket &request) const
{
    const bool completes =
        request.command == SmbCommand::SendEnd || request.command == SmbCommand::SendMessage;
    switch (session.behaviour) {
    case Behaviour::NeverAnswer:
    case Behaviour::StallAfterSession:
        return std::nullopt;
    case Behaviour::StallAfterEnd:
    case Behaviour::CloseAfterEnd:
        if (completes)
            return std::nullopt;
        break;
    case Behaviour::CloseAfterStart:
        if (request.command == SmbCommand::SendStart)
            return std::nullopt;
        break;
    case Behaviour::ErrorTo:
        if (request.command == m_errorCommand)
            return SmbMessageCodec::errorResponse(request, m_errorClass, m_errorCode);
        break;
    case Behaviour::AnswerAll:
        break;
    }
    if (request.command == SmbCommand::Negotiate)
        return SmbMessageCodec::successResponse(request, {0}); // the first dialect offered
    if (request.command == SmbCommand::SendStart && m_startGroupId)
        return SmbMessageCodec::successResponse(request, {*m_startGroupId});
    return SmbMessageCodec::successResponse(request);
}

bool WinPopupPeer::track(Session &session, const SmbPacket &request)
{
    switch (request.command) {
    case SmbCommand::SendStart: {
        // A new start discards any message under way, as smbd does (docs/protocol.md §2).
        session.message = Message{session.calledName, {}, {}, {}};
        const int used = SmbMessageCodec::readString(request.bytes, 0, &session.message.originator);
        session.started =
            used && SmbMessageCodec::readString(request.bytes, used, &session.message.destination);
        return false;
    }
    case SmbCommand::SendText: {
        QByteArray block;
        if (session.started && SmbMessageCodec::readDataBlock(request.bytes, 0, &block))
            session.message.text += block;
        return false;
    }
    case SmbCommand::SendEnd:
        if (!session.started)
            return false;
        session.started = false;
        return true;
    case SmbCommand::SendMessage: {
        session.message = Message{session.calledName, {}, {}, {}};
        int offset = SmbMessageCodec::readString(request.bytes, 0, &session.message.originator);
        const int toUsed = offset ? SmbMessageCodec::readString(request.bytes, offset,
                                                                &session.message.destination)
                                  : 0;
        return toUsed && SmbMessageCodec::readDataBlock(request.bytes, offset + toUsed,
                                                        &session.message.text);
    }
    default:
        return false;
    }
}

WinPopupPeer::Behaviour WinPopupPeer::behaviourFor(const QByteArray &name) const
{
    return m_behaviourByName.value(name.toUpper(), m_behaviour);
}

const WinPopupPeer::FaultAt *WinPopupPeer::faultFor(Step step) const
{
    const auto it = m_faults.constFind(step);
    return it == m_faults.constEnd() ? nullptr : &it.value();
}

std::optional<WinPopupPeer::Step> WinPopupPeer::stepOf(quint8 command)
{
    switch (command) {
    case SmbCommand::Negotiate:
        return Step::Negotiate;
    case SmbCommand::SendStart:
        return Step::Start;
    case SmbCommand::SendText:
        return Step::Text;
    case SmbCommand::SendEnd:
        return Step::End;
    case SmbCommand::SendMessage:
        return Step::Single;
    default:
        return std::nullopt;
    }
}

bool WinPopupPeer::strike(QTcpSocket *socket, Session &session, const FaultAt &fault,
                          const SmbPacket *request)
{
    switch (fault.fault) {
    case Fault::Stall:
        session.stalled = true;
        return true;
    case Fault::Close:
        hangUp(socket);
        return false;
    case Fault::Reset:
        session.closed = true;
        reset(socket);
        return false;
    case Fault::Bytes:
        send(socket, session, fault.bytes);
        return true;
    case Fault::Error:
        if (request)
            send(socket, session,
                 NetbiosSession::sessionMessage(
                     SmbMessageCodec::errorResponse(*request, m_errorClass, m_errorCode)));
        return true;
    case Fault::WrongCommand:
        if (request) {
            // The reply of the command that usually comes next (or before).
            SmbPacket other = *request;
            const quint8 command = request->command == SmbCommand::SendText
                                       ? quint8(SmbCommand::SendEnd)
                                       : quint8(SmbCommand::SendText);
            other.header[4] = char(command);
            send(socket, session,
                 NetbiosSession::sessionMessage(SmbMessageCodec::successResponse(other)));
        }
        return true;
    }
    return true;
}

void WinPopupPeer::send(QTcpSocket *socket, Session &session, const QByteArray &bytes)
{
    if (m_dribbleMs <= 0) {
        socket->write(bytes);
        return;
    }
    session.dribble += bytes;
    if (!m_dribbleTimer.isActive())
        m_dribbleTimer.start();
}

void WinPopupPeer::onDribble()
{
    bool more = false;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        QTcpSocket *socket = it.key();
        Session &session = *it.value();
        if (session.dribble.isEmpty())
            continue;
        socket->write(session.dribble.left(1));
        session.dribble.remove(0, 1);
        if (!session.dribble.isEmpty())
            more = true;
        else if (session.hangUpAfterDribble)
            QMetaObject::invokeMethod(socket, &QTcpSocket::disconnectFromHost,
                                      Qt::QueuedConnection);
    }
    if (!more)
        m_dribbleTimer.stop();
}

void WinPopupPeer::hangUp(QTcpSocket *socket)
{
    const std::shared_ptr<Session> session = m_sessions.value(socket);
    if (session)
        session->closed = true;
    if (session && !session->dribble.isEmpty()) {
        session->hangUpAfterDribble = true;
        return;
    }
    // What was written still goes out first; then the peer sees the close.
    socket->disconnectFromHost();
}

} // namespace netmsg::testing
