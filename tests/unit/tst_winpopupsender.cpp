#include "netbiosframereader.h"
#include "netbiossession.h"
#include "smbmessagecodec.h"
#include "winpopupsender.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace netmsg;

namespace {

// A peer that answers whatever the test scripts: the session response for a
// called name, the reply for each SMB. Records what the sender sent.
class ScriptedPeer : public QObject
{
public:
    std::function<QByteArray(const QByteArray &name, quint8 suffix)> onSession =
        [](const QByteArray &, quint8) {
            return NetbiosSession::positiveResponse();
        };
    std::function<QByteArray(const SmbPacket &)> onSmb = [](const SmbPacket &request) {
        return request.command == SmbCommand::SendStart
                   ? SmbMessageCodec::successResponse(request, {0x4242})
                   : SmbMessageCodec::successResponse(request);
    };
    QList<QPair<QByteArray, quint8>> calledNames;
    QList<SmbPacket> requests;
    int connections = 0;

    ScriptedPeer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket *socket)
    {
        ++connections;
        auto reader = std::make_shared<NetbiosFrameReader>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, reader] {
            reader->append(socket->readAll());
            NetbiosFrame frame;
            while (reader->next(&frame) == NetbiosFrameReader::Status::Frame) {
                if (frame.type == NetbiosSession::SessionRequest) {
                    QByteArray name;
                    quint8 suffix = 0;
                    NetbiosSession::decodeName(frame.payload, 0, &name, &suffix);
                    calledNames.append({name, suffix});
                    socket->write(onSession(name, suffix));
                } else if (const auto request = SmbMessageCodec::parse(frame.payload)) {
                    requests.append(*request);
                    const QByteArray reply = onSmb(*request);
                    if (!reply.isEmpty())
                        socket->write(NetbiosSession::sessionMessage(reply));
                }
            }
        });
    }

    QTcpServer m_server;
};

WinPopupTarget targetAt(quint16 port, const QByteArray &text = "hello")
{
    WinPopupTarget target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = port;
    target.calledName = "OPS";
    target.callingName = "ALICE";
    target.originator = "ALICE";
    target.destination = "OPS";
    target.text = text;
    target.connectTimeoutMs = 2000;
    target.replyTimeoutMs = 1000;
    return target;
}

Outcome run(const WinPopupTarget &target)
{
    auto *sender = new WinPopupSender(target);
    QFuture<Outcome> future = sender->future();
    sender->start();
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        return Outcome(Code::Timeout, QStringLiteral("test gave up waiting"));
    return future.result();
}

} // namespace

// The sender state machine against scripted peers: every session response
// and reply shape that PROTOCOL.md §1 and §2 describe.
class TestWinPopupSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequenceWithWindowsGroupId();
    void startReplyWithoutGroupIdEchoesZero();
    void blocksOfAtMost128Bytes();
    void retriesRefusalAsStarSmbserver();
    void refusalOfBothNamesReportsTheFirst();
    void followsRetarget();
    void keepaliveIsIgnored();
    void dosErrorNotReceivingMessages();
    void garbageReplyIsAProtocolViolation();
    void unresolvableName();
};

void TestWinPopupSender::sequenceWithWindowsGroupId()
{
    ScriptedPeer peer;
    QVERIFY(run(targetAt(peer.port())).isSuccess());
    QCOMPARE(peer.calledNames.size(), 1);
    QCOMPARE(peer.calledNames.first(), qMakePair(QByteArray("OPS"), quint8(0x03)));
    QCOMPARE(peer.requests.size(), 3);
    QCOMPARE(peer.requests.at(0).command, quint8(SmbCommand::SendStart));
    QCOMPARE(peer.requests.at(1).command, quint8(SmbCommand::SendText));
    QCOMPARE(peer.requests.at(1).words, QList<quint16>{0x4242});
    QCOMPARE(peer.requests.at(2).command, quint8(SmbCommand::SendEnd));
    QCOMPARE(peer.requests.at(2).words, QList<quint16>{0x4242});
}

void TestWinPopupSender::startReplyWithoutGroupIdEchoesZero()
{
    ScriptedPeer peer;
    // Samba since 3.2: WordCount 0 (PROTOCOL.md §2).
    peer.onSmb = [](const SmbPacket &request) {
        return SmbMessageCodec::successResponse(request);
    };
    QVERIFY(run(targetAt(peer.port())).isSuccess());
    QCOMPARE(peer.requests.at(1).words, QList<quint16>{0});
    QCOMPARE(peer.requests.at(2).words, QList<quint16>{0});
}

void TestWinPopupSender::blocksOfAtMost128Bytes()
{
    ScriptedPeer peer;
    QVERIFY(run(targetAt(peer.port(), QByteArray(300, 'x'))).isSuccess());
    QCOMPARE(peer.requests.size(), 5); // start, 128 + 128 + 44, end
    QByteArray text;
    for (int i = 1; i <= 3; ++i) {
        QByteArray block;
        QVERIFY(SmbMessageCodec::readDataBlock(peer.requests.at(i).bytes, 0, &block));
        QVERIFY(block.size() <= 128);
        text += block;
    }
    QCOMPARE(text, QByteArray(300, 'x'));
}

void TestWinPopupSender::retriesRefusalAsStarSmbserver()
{
    ScriptedPeer peer;
    peer.onSession = [](const QByteArray &name, quint8) {
        return name == "*SMBSERVER" ? NetbiosSession::positiveResponse()
                                    : NetbiosSession::negativeResponse(0x80);
    };
    QVERIFY(run(targetAt(peer.port())).isSuccess());
    QCOMPARE(peer.connections, 2);
    QCOMPARE(peer.calledNames.at(1), qMakePair(QByteArray("*SMBSERVER"), quint8(0x20)));
    QCOMPARE(peer.requests.size(), 3);
}

void TestWinPopupSender::refusalOfBothNamesReportsTheFirst()
{
    ScriptedPeer peer;
    peer.onSession = [](const QByteArray &name, quint8) {
        return NetbiosSession::negativeResponse(name == "OPS" ? 0x82 : 0x8F);
    };
    const Outcome outcome = run(targetAt(peer.port()));
    QCOMPARE(outcome.code(), quint32(Code::NerrNameNotFound));
    QCOMPARE(peer.connections, 2);
    QVERIFY(peer.requests.isEmpty());
}

void TestWinPopupSender::followsRetarget()
{
    ScriptedPeer real;
    ScriptedPeer redirector;
    redirector.onSession = [&real](const QByteArray &, quint8) {
        return NetbiosSession::retargetResponse(QHostAddress::LocalHost, real.port());
    };
    QVERIFY(run(targetAt(redirector.port())).isSuccess());
    QCOMPARE(redirector.connections, 1);
    QCOMPARE(real.calledNames.first().first, QByteArray("OPS"));
    QCOMPARE(real.requests.size(), 3);
}

void TestWinPopupSender::keepaliveIsIgnored()
{
    ScriptedPeer peer;
    peer.onSession = [](const QByteArray &, quint8) {
        return NetbiosSession::packet(NetbiosSession::Keepalive, {}) +
               NetbiosSession::positiveResponse();
    };
    QVERIFY(run(targetAt(peer.port())).isSuccess());
}

void TestWinPopupSender::dosErrorNotReceivingMessages()
{
    ScriptedPeer peer;
    peer.onSmb = [](const SmbPacket &request) {
        return SmbMessageCodec::errorResponse(request, DosError::ClassServer,
                                              DosError::MessagesOff);
    };
    const Outcome outcome = run(targetAt(peer.port()));
    QCOMPARE(outcome.code(), quint32(Code::NerrMsgNotStarted));
    QVERIFY(outcome.detail().contains(QLatin1String("ERRmsgoff")));
    QCOMPARE(peer.requests.size(), 1); // nothing after the refused start
}

void TestWinPopupSender::garbageReplyIsAProtocolViolation()
{
    ScriptedPeer peer;
    peer.onSmb = [](const SmbPacket &) {
        return QByteArray("not an SMB at all, far too short");
    };
    QCOMPARE(run(targetAt(peer.port())).code(), quint32(Code::BadNetResponse));
}

void TestWinPopupSender::unresolvableName()
{
    WinPopupTarget target = targetAt(139);
    target.host = QStringLiteral("no-such-host.invalid"); // RFC 2606: never resolves
    target.connectTimeoutMs = 8000; // a slow resolver must not turn this into a timeout
    target.hostIsRecipientName = true;
    QCOMPARE(run(target).code(), quint32(Code::NerrNameNotFound));
    target.hostIsRecipientName = false;
    QCOMPARE(run(target).code(), quint32(Code::BadNetPath));
}

QTEST_GUILESS_MAIN(TestWinPopupSender)
#include "tst_winpopupsender.moc"
