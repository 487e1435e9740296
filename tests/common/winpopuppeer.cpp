#include "winpopuppeer.h"

#include "netbiosframereader.h"
#include "netbiossession.h"

#include <QTcpSocket>

namespace netmsg::testing {

// What the peer knows about one connection.
struct WinPopupPeer::Session
{
    NetbiosFrameReader reader;
    QByteArray calledName;
    Behaviour behaviour = Behaviour::AnswerAll;
    bool sessionSeen = false;
    bool closed = false;
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
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_sessions.remove(socket);
            socket->deleteLater();
        });
        Q_EMIT connectionAccepted();
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
            socket->write(answer);
        return;
    }
    if (session.behaviour != Behaviour::NeverAnswer)
        socket->write(NetbiosSession::positiveResponse());
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
        socket->write(NetbiosSession::sessionMessage(*answer));
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

void WinPopupPeer::hangUp(QTcpSocket *socket)
{
    const std::shared_ptr<Session> session = m_sessions.value(socket);
    if (session)
        session->closed = true;
    // What was written still goes out first; then the peer sees the close.
    socket->disconnectFromHost();
}

} // namespace netmsg::testing
