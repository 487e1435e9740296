#include "peerswarm.h"

#include "netbiosframereader.h"
#include "netbiossession.h"
#include "smbmessagecodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#ifdef Q_OS_WIN
#include <winsock2.h>
// <windows.h>, which Winsock includes, renames SendMessage to SendMessageW,
// among them SmbCommand::SendMessage.
#undef SendMessage
#else
#include <sys/socket.h>
#endif

namespace netmsg::testing {

QByteArray SwarmStats::line() const
{
    return QByteArrayLiteral("stats") + " connected=" + QByteArray::number(connected) +
           " refused=" + QByteArray::number(refused) + " closed=" + QByteArray::number(closed) +
           " delivered=" + QByteArray::number(delivered) + " failed=" + QByteArray::number(failed);
}

SwarmStats SwarmStats::parse(const QByteArray &line)
{
    SwarmStats stats;
    for (const QByteArray &field : line.trimmed().split(' ')) {
        const qsizetype equals = field.indexOf('=');
        const QByteArray key = field.left(equals);
        const int value = field.mid(equals + 1).toInt();
        if (key == "connected")
            stats.connected = value;
        else if (key == "refused")
            stats.refused = value;
        else if (key == "closed")
            stats.closed = value;
        else if (key == "delivered")
            stats.delivered = value;
        else if (key == "failed")
            stats.failed = value;
    }
    return stats;
}

namespace {

enum class Mode { Dribble, Silent, HalfClose, Busy, Flood };

// Connections opened at once: the receiver's accept queue takes them all.
constexpr int Batch = 50;

QByteArray sessionRequest()
{
    return NetbiosSession::sessionRequest("OPS", NetbiosSession::MessengerSuffix, "SLOW",
                                          NetbiosSession::WorkstationSuffix);
}

// A whole SMB the receiver answers with ERRDOS/ERRbadfunc and stays open
// (docs/protocol.md §9.1 "anything else"): SMB_COM_ECHO, which it lacks.
QByteArray unknownSmb()
{
    QByteArray smb(32, '\0');
    smb.replace(0, 5, QByteArray::fromHex("ff534d422b"));
    smb += QByteArray::fromHex("000000"); // WordCount 0, ByteCount 0
    return NetbiosSession::sessionMessage(smb);
}

QByteArray floodMessage()
{
    return sessionRequest() +
           NetbiosSession::sessionMessage(
               SmbMessageCodec::negotiateRequest({QByteArrayLiteral("PC NETWORK PROGRAM 1.0")})) +
           NetbiosSession::sessionMessage(SmbMessageCodec::singleRequest("FLOOD", "OPS", "flood"));
}

void shutdownWrite(QTcpSocket *socket)
{
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#endif
}

class Swarm : public QObject
{
public:
    Swarm(Mode mode, quint16 port, int count, QList<QHostAddress> sources, int intervalMs,
          int inFlight)
        : m_mode(mode)
        , m_port(port)
        , m_count(count)
        , m_sources(std::move(sources))
        , m_inFlight(inFlight)
    {
        connect(&m_tick, &QTimer::timeout, this, &Swarm::onTick);
        m_tick.start(intervalMs);
        connect(&m_report, &QTimer::timeout, this, &Swarm::report);
        m_report.start(100);
    }

    void start()
    {
        if (m_mode == Mode::Flood) {
            for (int i = 0; i < m_inFlight && m_opened < m_count; ++i)
                open();
        } else {
            openBatch();
        }
    }

private:
    struct Client
    {
        QTcpSocket *socket = nullptr;
        NetbiosFrameReader reader;
        int sent = 0;
        bool connected = false;
        bool leaving = false;
        bool settled = false;
    };

    void openBatch()
    {
        for (int i = 0; i < Batch && m_opened < m_count; ++i)
            open();
    }

    void open()
    {
        auto client = std::make_shared<Client>();
        client->socket = new QTcpSocket(this);
        m_clients.push_back(client);
        Client *c = client.get();
        const QHostAddress source = m_sources.at(m_opened % m_sources.size());
        ++m_opened;
        connect(c->socket, &QTcpSocket::connected, this, [this, c] { onConnected(*c); });
        connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(*c); });
        connect(c->socket, &QTcpSocket::disconnected, this, [this, c] { onDisconnected(*c); });
        connect(c->socket, &QTcpSocket::errorOccurred, this, [this, c] {
            if (!c->connected && !c->settled) {
                ++m_stats.failed;
                settle(*c);
            }
        });
        if (!c->socket->bind(source)) {
            ++m_stats.failed;
            settle(*c);
            return;
        }
        c->socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void onConnected(Client &client)
    {
        client.connected = true;
        ++m_stats.connected;
        switch (m_mode) {
        case Mode::Busy:
            client.socket->write(sessionRequest());
            break;
        case Mode::HalfClose:
            client.socket->write(sessionRequest().left(30));
            client.socket->flush();
            shutdownWrite(client.socket);
            break;
        case Mode::Flood:
            client.socket->write(floodMessage());
            break;
        case Mode::Dribble:
        case Mode::Silent:
            break;
        }
        settle(client);
    }

    void onReadyRead(Client &client)
    {
        client.reader.append(client.socket->readAll());
        NetbiosFrame frame;
        while (client.reader.next(&frame) == NetbiosFrameReader::Status::Frame) {
            if (frame.type == NetbiosSession::NegativeResponse) {
                ++m_stats.refused;
                continue;
            }
            if (frame.type != NetbiosSession::SessionMessage)
                continue;
            const auto reply = SmbMessageCodec::parse(frame.payload);
            if (m_mode == Mode::Flood && reply && reply->command == SmbCommand::SendMessage &&
                reply->status.isSuccess()) {
                ++m_stats.delivered;
                client.leaving = true;
                client.socket->disconnectFromHost();
                return;
            }
        }
    }

    void onDisconnected(Client &client)
    {
        if (!client.leaving)
            ++m_stats.closed;
        client.leaving = true;
        if (m_mode != Mode::Flood)
            return;
        ++m_finished;
        if (m_opened < m_count)
            open();
        else if (m_finished == m_count)
            say("done");
    }

    void settle(Client &client)
    {
        if (client.settled)
            return;
        client.settled = true;
        ++m_settled;
        if (m_mode == Mode::Flood)
            return;
        if (m_settled == m_opened && m_opened < m_count)
            openBatch();
        else if (m_settled == m_count)
            say("ready");
    }

    void onTick()
    {
        for (const auto &client : m_clients) {
            if (!client->connected || client->leaving ||
                client->socket->state() != QAbstractSocket::ConnectedState)
                continue;
            if (m_mode == Mode::Dribble && client->sent < sessionRequest().size())
                client->socket->write(sessionRequest().mid(client->sent++, 1));
            else if (m_mode == Mode::Busy)
                client->socket->write(unknownSmb());
        }
    }

    void report()
    {
        const QByteArray line = m_stats.line();
        if (line != m_lastReport)
            say(line);
        m_lastReport = line;
    }

    static void say(const QByteArray &line)
    {
        std::fputs((line + '\n').constData(), stdout);
        std::fflush(stdout);
    }

    Mode m_mode;
    quint16 m_port;
    int m_count;
    QList<QHostAddress> m_sources;
    int m_inFlight;
    std::vector<std::shared_ptr<Client>> m_clients;
    int m_opened = 0;
    int m_settled = 0;
    int m_finished = 0;
    SwarmStats m_stats;
    QByteArray m_lastReport;
    QTimer m_tick;
    QTimer m_report;
};

} // namespace

int runSwarm(const QStringList &arguments)
{
    if (arguments.size() < 5) {
        std::fputs("usage: --swarm MODE PORT COUNT SOURCES INTERVAL_MS [IN_FLIGHT]\n", stderr);
        return 64;
    }
    const QString name = arguments.at(0);
    Mode mode = Mode::Dribble;
    if (name == QLatin1String("silent"))
        mode = Mode::Silent;
    else if (name == QLatin1String("halfclose"))
        mode = Mode::HalfClose;
    else if (name == QLatin1String("busy"))
        mode = Mode::Busy;
    else if (name == QLatin1String("flood"))
        mode = Mode::Flood;
    QList<QHostAddress> sources;
    for (const QString &source : arguments.at(3).split(QLatin1Char(',')))
        sources.append(QHostAddress(source));
    Swarm swarm(mode, quint16(arguments.at(1).toUInt()), arguments.at(2).toInt(), sources,
                arguments.at(4).toInt(), arguments.size() > 5 ? arguments.at(5).toInt() : 1);
    swarm.start();
    return QCoreApplication::exec();
}

Delivery deliverFrom(const QHostAddress &source, quint16 port, const QByteArray &alias,
                     const QByteArray &text, int timeoutMs)
{
    Delivery delivery;
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    if (!socket.bind(source)) {
        delivery.what = QStringLiteral("cannot bind ") + source.toString();
        return delivery;
    }
    NetbiosFrameReader reader;
    NetbiosFrame frame;
    // Runs the event loop (the receiver may share this thread) until
    // `done`, a close or the deadline; QTest::qWaitFor would nap 10 ms a turn.
    const auto waitUntil = [&](const std::function<bool()> &done) {
        bool finished = done();
        while (!finished && socket.state() != QAbstractSocket::UnconnectedState &&
               clock.elapsed() < timeoutMs) {
            QEventLoop loop;
            QObject::connect(&socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
            QObject::connect(&socket, &QTcpSocket::stateChanged, &loop, &QEventLoop::quit);
            QTimer::singleShot(int(qMax<qint64>(1, timeoutMs - clock.elapsed())), &loop,
                               &QEventLoop::quit);
            loop.exec();
            finished = done();
        }
        return finished;
    };
    // The next whole packet from the receiver, or false at the deadline or a close.
    const auto next = [&] {
        return waitUntil([&] {
            reader.append(socket.readAll());
            return reader.next(&frame) == NetbiosFrameReader::Status::Frame;
        });
    };
    const auto reply = [&](quint8 command) -> std::optional<SmbPacket> {
        if (!next() || frame.type != NetbiosSession::SessionMessage)
            return std::nullopt;
        auto packet = SmbMessageCodec::parse(frame.payload);
        if (!packet || packet->command != command || !packet->status.isSuccess())
            return std::nullopt;
        return packet;
    };
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; })) {
        delivery.what = QStringLiteral("no connection");
        return delivery;
    }
    socket.write(NetbiosSession::sessionRequest(alias, NetbiosSession::MessengerSuffix, "HONEST",
                                                NetbiosSession::WorkstationSuffix));
    if (!next() || frame.type != NetbiosSession::PositiveResponse) {
        delivery.what = QStringLiteral("no positive session response (type 0x%1)")
                            .arg(QString::number(frame.type, 16));
        return delivery;
    }
    socket.write(NetbiosSession::sessionMessage(SmbMessageCodec::startRequest("HONEST", alias)));
    const auto started = reply(SmbCommand::SendStart);
    if (!started || started->words.isEmpty()) {
        delivery.what = QStringLiteral("SEND_START not answered");
        return delivery;
    }
    const quint16 group = started->words.first();
    socket.write(NetbiosSession::sessionMessage(SmbMessageCodec::textRequest(group, text)));
    if (!reply(SmbCommand::SendText)) {
        delivery.what = QStringLiteral("SEND_TEXT not answered");
        return delivery;
    }
    socket.write(NetbiosSession::sessionMessage(SmbMessageCodec::endRequest(group)));
    if (!reply(SmbCommand::SendEnd)) {
        delivery.what = QStringLiteral("SEND_END not answered");
        return delivery;
    }
    socket.disconnectFromHost();
    delivery.delivered = true;
    delivery.elapsedMs = clock.elapsed();
    return delivery;
}

} // namespace netmsg::testing
