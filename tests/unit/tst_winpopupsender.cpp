#include "netbiossession.h"
#include "smbmessagecodec.h"
#include "winpopuppeer.h"
#include "winpopupsender.h"

#include <QTcpServer>
#include <QTest>

using namespace netmsg;
using netmsg::testing::WinPopupPeer;
using Behaviour = WinPopupPeer::Behaviour;

namespace {

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

// What one sender ended with, and how far its progress got.
struct Run
{
    SendResult result;
    int progress = SendProgress::Queued;
    bool finished = false;
};

Run run(const WinPopupTarget &target)
{
    auto *sender = new WinPopupSender(target);
    QFuture<SendResult> future = sender->future();
    sender->start();
    Run run;
    run.finished = QTest::qWaitFor([&] { return future.isFinished(); }, 10000);
    run.progress = future.progressValue();
    if (run.finished && future.resultCount() > 0)
        run.result = future.result();
    else
        run.result = SendResult::failed(Outcome(Code::Timeout, QStringLiteral("test gave up")));
    return run;
}

Outcome outcomeOf(const WinPopupTarget &target)
{
    return run(target).result.outcome;
}

} // namespace

// The sender state machine against scripted peers: every session response
// and reply shape that docs/protocol.md §1 and §2 describe, and what each ending
// means for the message (delivered, failed, unconfirmed).
class TestWinPopupSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequenceWithWindowsGroupId();
    void startReplyWithoutGroupIdEchoesZero();
    void blocksOfAtMost128Bytes();
    void singleBlockIsHandedOverOnSendMessage();
    void retriesRefusalAsStarSmbserver();
    void refusalOfBothNamesReportsTheFirst();
    void followsRetarget();
    void keepaliveIsIgnored();
    void dosErrorNotReceivingMessages();
    void errorToEndFails_data();
    void errorToEndFails();
    void garbageReplyIsAProtocolViolation();
    void garbageReplyToEndIsUnconfirmed();
    void stallAfterEndIsUnconfirmed();
    void unansweredSessionRequestFails();
    void closeAfterEndIsUnconfirmed();
    void closeAfterStartFails();
    void cancelBeforeHandOverWritesNothingMore();
    void destroyedSenderFinishesItsFuture();
    void unresolvableName();
};

void TestWinPopupSender::sequenceWithWindowsGroupId()
{
    WinPopupPeer peer;
    const Run sent = run(targetAt(peer.port()));
    QVERIFY2(sent.result.outcome.isSuccess(), qPrintable(sent.result.outcome.toString()));
    QCOMPARE(sent.result.state, DeliveryState::Delivered);
    QCOMPARE(sent.progress, int(SendProgress::HandedOver));
    QCOMPARE(peer.calledNames().size(), 1);
    QCOMPARE(peer.calledNames().first(), qMakePair(QByteArray("OPS"), quint8(0x03)));
    const QList<SmbPacket> requests = peer.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).command, quint8(SmbCommand::SendStart));
    QCOMPARE(requests.at(1).command, quint8(SmbCommand::SendText));
    QCOMPARE(requests.at(1).words, QList<quint16>{0x4242});
    QCOMPARE(requests.at(2).command, quint8(SmbCommand::SendEnd));
    QCOMPARE(requests.at(2).words, QList<quint16>{0x4242});
    QCOMPARE(peer.messageCount(), 1);
    QCOMPARE(peer.messages().first().text, QByteArray("hello"));
    QCOMPARE(peer.messages().first().originator, QByteArray("ALICE"));
}

void TestWinPopupSender::startReplyWithoutGroupIdEchoesZero()
{
    WinPopupPeer peer;
    peer.setStartGroupId(std::nullopt); // Samba since 3.2: WordCount 0 (docs/protocol.md §2)
    QVERIFY(outcomeOf(targetAt(peer.port())).isSuccess());
    QCOMPARE(peer.requests().at(1).words, QList<quint16>{0});
    QCOMPARE(peer.requests().at(2).words, QList<quint16>{0});
}

void TestWinPopupSender::blocksOfAtMost128Bytes()
{
    WinPopupPeer peer;
    QVERIFY(outcomeOf(targetAt(peer.port(), QByteArray(300, 'x'))).isSuccess());
    const QList<SmbPacket> requests = peer.requests();
    QCOMPARE(requests.size(), 5); // start, 128 + 128 + 44, end
    QByteArray text;
    for (int i = 1; i <= 3; ++i) {
        QByteArray block;
        QVERIFY(SmbMessageCodec::readDataBlock(requests.at(i).bytes, 0, &block));
        QVERIFY(block.size() <= 128);
        text += block;
    }
    QCOMPARE(text, QByteArray(300, 'x'));
}

// The single block completes the message on the peer as END does: a peer
// that never answers it may have delivered it.
void TestWinPopupSender::singleBlockIsHandedOverOnSendMessage()
{
    WinPopupPeer peer;
    peer.setBehaviour(Behaviour::StallAfterEnd);
    WinPopupTarget target = targetAt(peer.port());
    target.singleBlock = true;
    target.replyTimeoutMs = 300;
    const Run sent = run(target);
    QCOMPARE(peer.requestCount(SmbCommand::Negotiate), 1);
    QCOMPARE(peer.requestCount(SmbCommand::SendMessage), 1);
    QCOMPARE(peer.messageCount(), 1);
    QCOMPARE(sent.result.state, DeliveryState::Unconfirmed);
    QCOMPARE(sent.result.outcome.code(), quint32(Code::Timeout));
    QCOMPARE(sent.progress, int(SendProgress::HandedOver));
}

void TestWinPopupSender::retriesRefusalAsStarSmbserver()
{
    WinPopupPeer peer;
    peer.onSession = [](const QByteArray &name, quint8) {
        return name == "*SMBSERVER" ? NetbiosSession::positiveResponse()
                                    : NetbiosSession::negativeResponse(0x80);
    };
    QVERIFY(outcomeOf(targetAt(peer.port())).isSuccess());
    QCOMPARE(peer.connectionCount(), 2);
    QCOMPARE(peer.calledNames().at(1), qMakePair(QByteArray("*SMBSERVER"), quint8(0x20)));
    QCOMPARE(peer.requestCount(), 3);
}

void TestWinPopupSender::refusalOfBothNamesReportsTheFirst()
{
    WinPopupPeer peer;
    peer.onSession = [](const QByteArray &name, quint8) {
        return NetbiosSession::negativeResponse(name == "OPS" ? 0x82 : 0x8F);
    };
    const Run sent = run(targetAt(peer.port()));
    QCOMPARE(sent.result.outcome.code(), quint32(Code::NerrNameNotFound));
    QCOMPARE(sent.result.state, DeliveryState::Failed);
    QCOMPARE(peer.connectionCount(), 2);
    QCOMPARE(peer.requestCount(), 0);
}

void TestWinPopupSender::followsRetarget()
{
    WinPopupPeer real;
    WinPopupPeer redirector;
    redirector.onSession = [&real](const QByteArray &, quint8) {
        return NetbiosSession::retargetResponse(QHostAddress::LocalHost, real.port());
    };
    QVERIFY(outcomeOf(targetAt(redirector.port())).isSuccess());
    QCOMPARE(redirector.connectionCount(), 1);
    QCOMPARE(real.calledNames().first().first, QByteArray("OPS"));
    QCOMPARE(real.requestCount(), 3);
}

void TestWinPopupSender::keepaliveIsIgnored()
{
    WinPopupPeer peer;
    peer.onSession = [](const QByteArray &, quint8) {
        return NetbiosSession::packet(NetbiosSession::Keepalive, {}) +
               NetbiosSession::positiveResponse();
    };
    QVERIFY(outcomeOf(targetAt(peer.port())).isSuccess());
}

void TestWinPopupSender::dosErrorNotReceivingMessages()
{
    WinPopupPeer peer;
    peer.setBehaviour(Behaviour::ErrorTo);
    peer.setError(SmbCommand::SendStart, DosError::ClassServer, DosError::MessagesOff);
    const Run sent = run(targetAt(peer.port()));
    QCOMPARE(sent.result.outcome.code(), quint32(Code::NerrMsgNotStarted));
    QCOMPARE(sent.result.state, DeliveryState::Failed);
    QVERIFY(sent.result.outcome.detail().contains(QLatin1String("ERRmsgoff")));
    QCOMPARE(peer.requestCount(), 1); // nothing after the refused start
}

void TestWinPopupSender::errorToEndFails_data()
{
    QTest::addColumn<quint8>("errorClass");
    QTest::addColumn<quint16>("errorCode");
    QTest::addColumn<quint32>("code");
    QTest::newRow("ERRSRV/ERRnoroom") << quint8(DosError::ClassServer) << quint16(DosError::NoRoom)
                                      << quint32(Code::NoSystemResources);
    QTest::newRow("ERRDOS/invalid parameter")
        << quint8(DosError::ClassDos) << quint16(DosError::InvalidParameter)
        << quint32(Code::InvalidParameter);
}

// The peer saw the whole message and said no: provably not delivered, even
// though the text was handed over.
void TestWinPopupSender::errorToEndFails()
{
    QFETCH(quint8, errorClass);
    QFETCH(quint16, errorCode);
    QFETCH(quint32, code);
    WinPopupPeer peer;
    peer.setBehaviour(Behaviour::ErrorTo);
    peer.setError(SmbCommand::SendEnd, errorClass, errorCode);
    const Run sent = run(targetAt(peer.port()));
    QCOMPARE(sent.result.outcome.code(), code);
    QCOMPARE(sent.result.state, DeliveryState::Failed);
    QVERIFY2(sent.result.outcome.detail().contains(QLatin1String("SMBsendend")),
             qPrintable(sent.result.outcome.detail()));
    QCOMPARE(sent.progress, int(SendProgress::HandedOver));
    QCOMPARE(peer.requestCount(SmbCommand::SendEnd), 1);
    QCOMPARE(peer.messageCount(), 0); // refused, so not kept
}

void TestWinPopupSender::garbageReplyIsAProtocolViolation()
{
    WinPopupPeer peer;
    peer.onSmb = [](const SmbPacket &) {
        return QByteArray("not an SMB at all, far too short");
    };
    const Run sent = run(targetAt(peer.port()));
    QCOMPARE(sent.result.outcome.code(), quint32(Code::BadNetResponse));
    QCOMPARE(sent.result.state, DeliveryState::Failed); // the answer to START
}

void TestWinPopupSender::garbageReplyToEndIsUnconfirmed()
{
    WinPopupPeer peer;
    peer.onSmb = [](const SmbPacket &request) {
        if (request.command == SmbCommand::SendEnd)
            return QByteArray("not an SMB at all, far too short");
        return SmbMessageCodec::successResponse(request);
    };
    const Run sent = run(targetAt(peer.port()));
    QCOMPARE(sent.result.outcome.code(), quint32(Code::BadNetResponse));
    QCOMPARE(sent.result.state, DeliveryState::Unconfirmed);
}

// The peer has the whole message (smbd and netmsg deliver on END) but never
// confirms: it may have arrived, and a retry would show it twice.
void TestWinPopupSender::stallAfterEndIsUnconfirmed()
{
    WinPopupPeer peer;
    peer.setBehaviour(Behaviour::StallAfterEnd);
    WinPopupTarget target = targetAt(peer.port());
    target.replyTimeoutMs = 300;
    const Run sent = run(target);
    QVERIFY(sent.finished);
    QCOMPARE(peer.messageCount(), 1);
    QCOMPARE(sent.result.state, DeliveryState::Unconfirmed);
    QCOMPARE(sent.result.outcome.code(), quint32(Code::Timeout));
    QCOMPARE(sent.progress, int(SendProgress::HandedOver));
    QVERIFY2(sent.result.outcome.detail().contains(QLatin1String("handed over")),
             qPrintable(sent.result.outcome.detail()));
    QVERIFY2(sent.result.outcome.detail().contains(QLatin1String("SMBsendend")),
             qPrintable(sent.result.outcome.detail()));
}

void TestWinPopupSender::unansweredSessionRequestFails()
{
    WinPopupPeer peer;
    peer.setBehaviour(Behaviour::NeverAnswer);
    WinPopupTarget target = targetAt(peer.port());
    target.replyTimeoutMs = 300;
    const Run sent = run(target);
    QCOMPARE(sent.result.state, DeliveryState::Failed);
    QCOMPARE(sent.result.outcome.code(), quint32(Code::Timeout));
    QCOMPARE(sent.progress, int(SendProgress::Started));
    QVERIFY(peer.bytesReceived() > 0); // the session request came
    QCOMPARE(peer.requestCount(), 0);
}

void TestWinPopupSender::closeAfterEndIsUnconfirmed()
{
    WinPopupPeer peer;
    peer.setBehaviour(Behaviour::CloseAfterEnd);
    const Run sent = run(targetAt(peer.port()));
    QCOMPARE(peer.messageCount(), 1);
    QCOMPARE(sent.result.state, DeliveryState::Unconfirmed);
    QCOMPARE(sent.result.outcome.code(), quint32(Code::NetNameDeleted));
    QCOMPARE(sent.progress, int(SendProgress::HandedOver));
}

void TestWinPopupSender::closeAfterStartFails()
{
    WinPopupPeer peer;
    peer.setBehaviour(Behaviour::CloseAfterStart);
    const Run sent = run(targetAt(peer.port()));
    QCOMPARE(peer.messageCount(), 0);
    QCOMPARE(peer.requestCount(), 1);
    QCOMPARE(sent.result.state, DeliveryState::Failed);
    QCOMPARE(sent.result.outcome.code(), quint32(Code::NetNameDeleted));
    QCOMPARE(sent.progress, int(SendProgress::Started));
}

// A job's timeout cancels the future while the reply to START is already on
// its way: the sender must not answer it with the text.
void TestWinPopupSender::cancelBeforeHandOverWritesNothingMore()
{
    WinPopupPeer peer;
    auto *sender = new WinPopupSender(targetAt(peer.port(), QByteArray(300, 'x')));
    QFuture<SendResult> future = sender->future();
    qint64 bytesAtCancel = -1;
    connect(&peer, &WinPopupPeer::requestReceived, this, [&](quint8 command) {
        if (command == SmbCommand::SendStart && bytesAtCancel < 0) {
            bytesAtCancel = peer.bytesReceived();
            future.cancel();
        }
    });
    sender->start();
    QTRY_VERIFY(bytesAtCancel >= 0);
    QTRY_COMPARE(peer.openConnectionCount(), 0); // the sender hung up
    QTest::qWait(100);
    QVERIFY(future.isCanceled());
    QCOMPARE(peer.bytesReceived(), bytesAtCancel);
    QCOMPARE(peer.requestCount(), 1);
    QCOMPARE(peer.messageCount(), 0);
    QCOMPARE(future.progressValue(), int(SendProgress::Started));
}

// A transport that goes away takes its senders along; each one's future
// ends, with what was known: not sent yet is failed, handed over unconfirmed.
void TestWinPopupSender::destroyedSenderFinishesItsFuture()
{
    WinPopupPeer stalled;
    stalled.setBehaviour(Behaviour::StallAfterSession);
    WinPopupPeer silentAfterEnd;
    silentAfterEnd.setBehaviour(Behaviour::StallAfterEnd);
    WinPopupTarget earlyTarget = targetAt(stalled.port());
    WinPopupTarget lateTarget = targetAt(silentAfterEnd.port());
    earlyTarget.replyTimeoutMs = lateTarget.replyTimeoutMs = 10000; // gone long before
    auto *early = new WinPopupSender(earlyTarget);
    auto *late = new WinPopupSender(lateTarget);
    QFuture<SendResult> earlyFuture = early->future();
    QFuture<SendResult> lateFuture = late->future();
    early->start();
    late->start();
    QTRY_COMPARE(stalled.bytesReceived() > 0 && silentAfterEnd.messageCount() == 1, true);
    QTest::qWait(50); // the START reached the stalled peer too
    delete early;
    delete late;
    QVERIFY(earlyFuture.isFinished() && lateFuture.isFinished());
    QCOMPARE(earlyFuture.result().state, DeliveryState::Failed);
    QCOMPARE(earlyFuture.result().outcome.code(), quint32(Code::Cancelled));
    QCOMPARE(lateFuture.result().state, DeliveryState::Unconfirmed);
    QCOMPARE(lateFuture.result().outcome.code(), quint32(Code::Cancelled));
}

void TestWinPopupSender::unresolvableName()
{
    WinPopupTarget target = targetAt(139);
    target.host = QStringLiteral("no-such-host.invalid"); // RFC 2606: never resolves
    target.connectTimeoutMs = 8000; // a slow resolver must not turn this into a timeout
    target.hostIsRecipientName = true;
    const Run sent = run(target);
    QCOMPARE(sent.result.outcome.code(), quint32(Code::NerrNameNotFound));
    QCOMPARE(sent.result.state, DeliveryState::Failed);
    target.hostIsRecipientName = false;
    QCOMPARE(outcomeOf(target).code(), quint32(Code::BadNetPath));
}

QTEST_GUILESS_MAIN(TestWinPopupSender)
#include "tst_winpopupsender.moc"
