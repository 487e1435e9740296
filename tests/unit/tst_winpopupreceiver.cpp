#include "winpopuptransportfixture.h"

using namespace netmsg;
using namespace netmsg::testing;

// The receiver inside one process against misbehaving peers (oversized,
// malformed, idle, trickling, never reading) and a store that keeps messages
// later: it answers only what it kept, and each fault closes only its own
// connection.
class TestWinPopupReceiver : public QObject, protected WinPopupTransportFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void oversizedMessageClosesOnlyThatConnection();
    void malformedPeerClosesOnlyThatConnection();
    void directSmbWithoutSessionChecksToName();
    void connectionLimit();
    void idleConnectionIsClosed();
    void tricklingPeerIsClosedAtTheIdleTimeout_data();
    void tricklingPeerIsClosedAtTheIdleTimeout();
    void peerThatNeverReadsIsClosed();
    void replyWaitsForTheAcceptFuture();
    void failedAcceptIsRefusedOnTheWire_data();
    void failedAcceptIsRefusedOnTheWire();
    void pendingAcceptHoldsFurtherRequests();
    void pendingAcceptIsNotIdle();
    void manyPeersAnsweredInOneBatch();
    void peerLeavingWhileAcceptPendsIsForgotten();
    void receiverGoneWhileAcceptPends_data();
    void receiverGoneWhileAcceptPends();
};

void TestWinPopupReceiver::oversizedMessageClosesOnlyThatConnection()
{
    ReceiverOptions options;
    options.maxMessageBytes = 200;
    startReceiver(options);
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    const SendResult tooBig =
        awaitSend(m_sender->send(messageTo(QStringLiteral("OPS"), QString(300, QLatin1Char('x')))));
    QCOMPARE(tooBig.outcome.code(), quint32(Code::NoSystemResources)); // ERRSRV/ERRnoroom
    QCOMPARE(tooBig.state, DeliveryState::Failed);
    QCOMPARE(received.size(), 0);
    QVERIFY(await(m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("fits"))))
                .isSuccess());
    QCOMPARE(received.size(), 1);
}

void TestWinPopupReceiver::malformedPeerClosesOnlyThatConnection()
{
    startReceiver();
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    QTcpSocket garbage;
    garbage.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(garbage.waitForConnected(2000));
    QTcpSocket honest;
    honest.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(honest.waitForConnected(2000));
    // A session request in order on one connection, junk on the other.
    honest.write(NetbiosSession::sessionRequest("OPS", 0x03, "RAW", 0x00));
    garbage.write(QByteArray::fromHex("81000044") + QByteArray(68, 'Z'));
    QTRY_COMPARE(garbage.state(), QAbstractSocket::UnconnectedState);
    QTRY_VERIFY(honest.bytesAvailable() >= 4);
    QCOMPARE(honest.readAll(), NetbiosSession::positiveResponse());
    // The honest peer carries on with a whole message on its session.
    honest.write(NetbiosSession::sessionMessage(SmbMessageCodec::startRequest("RAW", "OPS")));
    QTRY_VERIFY(honest.bytesAvailable() > 0);
    const auto start = SmbMessageCodec::parse(honest.readAll().mid(4));
    QVERIFY(start && start->status.isSuccess() && start->words.size() == 1);
    const quint16 group = start->words.first();
    honest.write(NetbiosSession::sessionMessage(SmbMessageCodec::textRequest(group, "still here")));
    honest.write(NetbiosSession::sessionMessage(SmbMessageCodec::endRequest(group)));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<ReceivedMessage>().text, QStringLiteral("still here"));
    QCOMPARE(received.first().first().value<ReceivedMessage>().sender, QStringLiteral("RAW"));
}

void TestWinPopupReceiver::directSmbWithoutSessionChecksToName()
{
    startReceiver();
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    // What smbclient -M does on a port other than 139: no session request.
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(peer.waitForConnected(2000));
    peer.write(NetbiosSession::sessionMessage(SmbMessageCodec::startRequest("RAW", "NOBODY")));
    QTRY_VERIFY(peer.bytesAvailable() > 0);
    const auto refused = SmbMessageCodec::parse(peer.readAll().mid(4));
    QVERIFY(refused);
    QCOMPARE(refused->status.errorClass, quint8(DosError::ClassServer));
    QCOMPARE(refused->status.errorCode, quint16(DosError::InvalidNetName));
    peer.write(NetbiosSession::sessionMessage(SmbMessageCodec::startRequest("RAW", "ops")));
    QTRY_VERIFY(peer.bytesAvailable() > 0);
    const auto start = SmbMessageCodec::parse(peer.readAll().mid(4));
    QVERIFY(start && start->status.isSuccess() && start->words.size() == 1);
    peer.write(NetbiosSession::sessionMessage(
        SmbMessageCodec::textRequest(start->words.first(), "direct")));
    peer.write(NetbiosSession::sessionMessage(SmbMessageCodec::endRequest(start->words.first())));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<ReceivedMessage>().text, QStringLiteral("direct"));
    QCOMPARE(received.first().first().value<ReceivedMessage>().alias, QStringLiteral("OPS"));
}

void TestWinPopupReceiver::connectionLimit()
{
    ReceiverOptions options;
    options.maxConnections = 2;
    startReceiver(options);
    QTcpSocket first;
    QTcpSocket second;
    for (QTcpSocket *socket : {&first, &second}) {
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket->waitForConnected(2000));
    }
    QTest::qWait(100); // let the receiver accept both
    const Outcome busy =
        await(m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("hi"))));
    QCOMPARE(busy.code(), quint32(Code::NetworkBusy)); // 0x83 insufficient resources
    first.abort();
    QTRY_VERIFY(
        await(m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("hi")))).isSuccess());
}

void TestWinPopupReceiver::idleConnectionIsClosed()
{
    ReceiverOptions options;
    options.idleTimeoutMs = 300;
    startReceiver(options);
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(idle.waitForConnected(2000));
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(timer.elapsed() >= 250);
}

void TestWinPopupReceiver::tricklingPeerIsClosedAtTheIdleTimeout_data()
{
    QTest::addColumn<QByteArray>("stream");
    // A session request one byte at a time (slowloris) never completes a packet.
    QTest::newRow("one byte at a time") << NetbiosSession::sessionRequest("OPS", 0x03, "RAW", 0x00);
    // Keepalives are whole packets, but they ask for nothing.
    QByteArray keepalives;
    for (int i = 0; i < 20; ++i)
        keepalives += QByteArray::fromHex("85000000");
    QTest::newRow("keepalives only") << keepalives;
}

void TestWinPopupReceiver::tricklingPeerIsClosedAtTheIdleTimeout()
{
    QFETCH(QByteArray, stream);
    ReceiverOptions options;
    options.idleTimeoutMs = 300;
    startReceiver(options);
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(peer.waitForConnected(2000));
    // A byte every 50 ms: the whole stream would last well past 2 s.
    int sent = 0;
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, &peer, [&] {
        if (sent < stream.size() && peer.state() == QAbstractSocket::ConnectedState)
            peer.write(stream.mid(sent++, 1));
    });
    trickle.start(50);
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::UnconnectedState, 2000);
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY2(sent < stream.size(), "the peer got to send everything");
}

void TestWinPopupReceiver::peerThatNeverReadsIsClosed()
{
#ifdef Q_OS_WIN
    // Under Wine the sender's writes never back up (Wine keeps taking them),
    // so the unread replies this test counts on never pile up there.
    if (QLibrary::resolve(QStringLiteral("ntdll"), "wine_get_version"))
        QSKIP("Wine's sockets do not pass TCP backpressure on to the writer");
#endif
    ReceiverOptions options;
    options.idleTimeoutMs = 60000;
    startReceiver(options);
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(peer.waitForConnected(2000));
    // Read nothing, and let the kernel hold little of what we do not read.
    peer.setReadBufferSize(4096);
    peer.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    peer.write(NetbiosSession::sessionRequest("OPS", 0x03, "RAW", 0x00));
    // Requests that each earn a reply (an unknown command: ERRDOS/ERRbadfunc),
    // far more of them than any client leaves unanswered.
    QByteArray smb(32, '\0');
    smb.replace(0, 5, QByteArray::fromHex("ff534d422b"));       // SMB_COM_ECHO, which we lack
    smb += QByteArray::fromHex("003c00") + QByteArray(60, 'x'); // WCT 0, BCC 60
    const QByteArray request = NetbiosSession::sessionMessage(smb);
    QByteArray flood;
    for (int i = 0; i < 4096; ++i)
        flood += request;
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    while (peer.state() == QAbstractSocket::ConnectedState && written < 64 * 1024 * 1024 &&
           timer.elapsed() < 20000) {
        if (peer.bytesToWrite() < 4 * flood.size()) {
            peer.write(flood);
            written += flood.size();
        }
        QTest::qWait(1);
    }
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::UnconnectedState, 5000);
}

// The peer is told "delivered" only once our store has the message: the
// reply waits for the accept future, and messageReceived() follows the reply.
void TestWinPopupReceiver::replyWaitsForTheAcceptFuture()
{
    auto inbox = std::make_shared<SlowInbox>();
    ReceiverOptions options;
    options.accept = SlowInbox::acceptInto(inbox);
    startReceiver(options);
    QStringList events;
    connect(m_receiver.get(), &IMessageTransport::messageReceived, this, [&] {
        qint64 queued = 0;
        for (const QTcpSocket *socket : m_receiver->findChildren<QTcpSocket *>())
            queued += socket->bytesToWrite();
        events.append(queued > 0 ? QStringLiteral("received, reply queued")
                                 : QStringLiteral("received before the reply"));
    });
    QFuture<SendResult> future =
        m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("keep me")));
    QTRY_COMPARE(inbox->pendingCount(), 1);
    QTimer::singleShot(200, this, [&] {
        events.append(future.isFinished() ? QStringLiteral("stored after the sender finished")
                                          : QStringLiteral("stored"));
        QCOMPARE(future.progressValue(), int(SendProgress::HandedOver));
        inbox->resolveAll();
    });
    const SendResult sent = awaitSend(future);
    events.append(QStringLiteral("sender confirmed"));
    QCOMPARE(sent.state, DeliveryState::Delivered);
    QTRY_COMPARE(events.size(), 3);
    QCOMPARE(events,
             (QStringList{QStringLiteral("stored"), QStringLiteral("received, reply queued"),
                          QStringLiteral("sender confirmed")}));
}

void TestWinPopupReceiver::failedAcceptIsRefusedOnTheWire_data()
{
    QTest::addColumn<bool>("atOnce");
    QTest::addColumn<bool>("withResult");
    QTest::newRow("failure, later") << false << true;
    QTest::newRow("failure, at once") << true << true;
    QTest::newRow("no result, later") << false << false;
    QTest::newRow("no result, at once") << true << false;
}

void TestWinPopupReceiver::failedAcceptIsRefusedOnTheWire()
{
    QFETCH(bool, atOnce);
    QFETCH(bool, withResult);
    const Outcome diskFull(Code::NotEnoughMemory, QStringLiteral("disk full"));
    auto inbox = std::make_shared<SlowInbox>();
    ReceiverOptions options;
    if (atOnce && withResult)
        options.accept = [diskFull](const ReceivedMessage &) {
            return QtFuture::makeReadyFuture(diskFull);
        };
    else if (atOnce)
        options.accept = [](const ReceivedMessage &) {
            return QFuture<Outcome>();
        };
    else
        options.accept = SlowInbox::acceptInto(inbox);
    startReceiver(options);
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    QFuture<SendResult> future =
        m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("lost?")));
    if (!atOnce) {
        QTRY_COMPARE(inbox->pendingCount(), 1);
        if (withResult)
            inbox->resolveAll(diskFull);
        else
            inbox->abandonAll();
    }
    const SendResult sent = awaitSend(future);
    QCOMPARE(sent.outcome.code(), quint32(Code::NoSystemResources)); // ERRSRV/ERRnoroom
    QCOMPARE(sent.state, DeliveryState::Failed);
    QVERIFY2(sent.outcome.detail().contains(QLatin1String("SMBsendend")),
             qPrintable(sent.outcome.detail()));
    QTest::qWait(50);
    QCOMPARE(received.size(), 0);
}

// A peer that sends its next request before our store answered (pipelining)
// gets it handled only after the pending one is answered.
void TestWinPopupReceiver::pendingAcceptHoldsFurtherRequests()
{
    auto inbox = std::make_shared<SlowInbox>();
    ReceiverOptions options;
    options.accept = SlowInbox::acceptInto(inbox);
    startReceiver(options);
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(peer.waitForConnected(2000));
    peer.write(NetbiosSession::sessionMessage(SmbMessageCodec::startRequest("RAW", "OPS")));
    QTRY_VERIFY(peer.bytesAvailable() > 0);
    QByteArray stream = peer.readAll();
    const auto start = SmbMessageCodec::parse(stream.mid(4));
    QVERIFY(start && start->words.size() == 1);
    const quint16 group = start->words.first();
    // The whole first message and the start of a second one, in one go.
    peer.write(NetbiosSession::sessionMessage(SmbMessageCodec::textRequest(group, "first")) +
               NetbiosSession::sessionMessage(SmbMessageCodec::endRequest(group)) +
               NetbiosSession::sessionMessage(SmbMessageCodec::startRequest("RAW", "OPS")));
    QTRY_COMPARE(inbox->offeredCount(), 1);
    // And one more that arrives on its own while the store works.
    peer.write(NetbiosSession::sessionMessage(SmbMessageCodec::startRequest("RAW", "OPS")));
    QTest::qWait(100);
    stream += peer.readAll();
    QCOMPARE(replyCommands(stream), (QList<quint8>{SmbCommand::SendStart, SmbCommand::SendText}));
    inbox->resolveAll();
    QTRY_COMPARE(replyCommands(stream += peer.readAll()).size(), 5);
    // END answered before the later STARTs: nothing overtook the pending one.
    QCOMPARE(replyCommands(stream),
             (QList<quint8>{SmbCommand::SendStart, SmbCommand::SendText, SmbCommand::SendEnd,
                            SmbCommand::SendStart, SmbCommand::SendStart}));
    QCOMPARE(received.size(), 1);
}

// Waiting on our own store is not the peer's silence: a store slower than the
// idle timeout must not cost the peer its answer.
void TestWinPopupReceiver::pendingAcceptIsNotIdle()
{
    auto inbox = std::make_shared<SlowInbox>();
    ReceiverOptions options;
    options.idleTimeoutMs = 300;
    options.accept = SlowInbox::acceptInto(inbox);
    startReceiver(options);
    QFuture<SendResult> future =
        m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("slow store")));
    QTRY_COMPARE(inbox->pendingCount(), 1);
    QTimer::singleShot(900, this, [&] { inbox->resolveAll(); });
    const SendResult sent = awaitSend(future);
    QVERIFY2(sent.outcome.isSuccess(), qPrintable(sent.outcome.toString()));
    QCOMPARE(sent.state, DeliveryState::Delivered);
}

// Fifty peers wait at once; one batch (a group commit) answers them all.
void TestWinPopupReceiver::manyPeersAnsweredInOneBatch()
{
    constexpr int Peers = 50;
    auto inbox = std::make_shared<SlowInbox>();
    ReceiverOptions options;
    options.accept = SlowInbox::acceptInto(inbox);
    startReceiver(options);
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    QList<QFuture<SendResult>> futures;
    for (int i = 0; i < Peers; ++i)
        futures.append(m_sender->send(messageTo(QStringLiteral("OPS"), QString::number(i))));
    int finishedBeforeCommit = -1;
    QTimer commit;
    connect(&commit, &QTimer::timeout, this, [&] {
        if (inbox->pendingCount() < Peers)
            return;
        commit.stop();
        finishedBeforeCommit = 0;
        for (const auto &future : futures)
            finishedBeforeCommit += future.isFinished() ? 1 : 0;
        inbox->resolveAll();
    });
    commit.start(10);
    for (const auto &future : futures) {
        const SendResult sent = awaitSend(future);
        QVERIFY2(sent.state == DeliveryState::Delivered, qPrintable(sent.outcome.toString()));
    }
    QCOMPARE(finishedBeforeCommit, 0);
    QCOMPARE(received.size(), Peers);
    QSet<QString> texts;
    for (const auto &arguments : received)
        texts.insert(arguments.first().value<ReceivedMessage>().text);
    QCOMPARE(texts.size(), Peers);
}

// The peer hangs up while its message is being stored: the connection goes,
// and when the store answers nobody is answered and nothing is announced.
void TestWinPopupReceiver::peerLeavingWhileAcceptPendsIsForgotten()
{
    auto inbox = std::make_shared<SlowInbox>();
    ReceiverOptions options;
    options.accept = SlowInbox::acceptInto(inbox);
    startReceiver(options);
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    {
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(peer.waitForConnected(2000));
        peer.write(NetbiosSession::sessionMessage(SmbMessageCodec::startRequest("RAW", "OPS")));
        QTRY_VERIFY(peer.bytesAvailable() > 0);
        const auto start = SmbMessageCodec::parse(peer.readAll().mid(4));
        QVERIFY(start && start->words.size() == 1);
        peer.write(NetbiosSession::sessionMessage(
            SmbMessageCodec::textRequest(start->words.first(), "gone")));
        peer.write(
            NetbiosSession::sessionMessage(SmbMessageCodec::endRequest(start->words.first())));
        QTRY_COMPARE(inbox->pendingCount(), 1);
        peer.abort();
    }
    QTRY_VERIFY(m_receiver->findChildren<WinPopupConnection *>().isEmpty());
    inbox->resolveAll();
    QTest::qWait(50);
    QCOMPARE(received.size(), 0);
    // The receiver carries on for everyone else.
    QFuture<SendResult> next =
        m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("still here")));
    QTRY_COMPARE(inbox->pendingCount(), 1);
    inbox->resolveAll();
    QCOMPARE(awaitSend(next).state, DeliveryState::Delivered);
    QCOMPARE(received.size(), 1);
}

void TestWinPopupReceiver::receiverGoneWhileAcceptPends_data()
{
    QTest::addColumn<bool>("destroyTransport");
    QTest::newRow("stopReceiving") << false;
    QTest::newRow("transport destroyed") << true;
}

// Stopping the receiver while messages wait on the store still answers their
// peers once they are stored (they are in the inbox); destroying the
// transport crashes nothing, and its senders, who handed their messages over,
// hear no confirmation.
void TestWinPopupReceiver::receiverGoneWhileAcceptPends()
{
    QFETCH(bool, destroyTransport);
    auto inbox = std::make_shared<SlowInbox>();
    ReceiverOptions options;
    options.accept = SlowInbox::acceptInto(inbox);
    startReceiver(options);
    int received = 0;
    connect(m_receiver.get(), &IMessageTransport::messageReceived, this, [&] { ++received; });
    QList<QFuture<SendResult>> futures;
    for (int i = 0; i < 3; ++i)
        futures.append(m_sender->send(messageTo(QStringLiteral("OPS"), QString::number(i))));
    QTRY_COMPARE(inbox->pendingCount(), 3);
    if (destroyTransport) {
        m_receiver.reset();
        for (const auto &future : futures) {
            const SendResult sent = awaitSend(future);
            QCOMPARE(sent.state, DeliveryState::Unconfirmed);
            QCOMPARE(sent.outcome.code(), quint32(Code::NetNameDeleted));
        }
        inbox->resolveAll();
    } else {
        m_receiver->stopReceiving();
        QVERIFY(m_receiver->receiverAddress().isEmpty()); // no new peers
        inbox->resolveAll();
        for (const auto &future : futures)
            QCOMPARE(awaitSend(future).state, DeliveryState::Delivered);
    }
    QTest::qWait(50);
    QCOMPARE(received, 0); // nobody listens for a stopped receiver's messages
}

QTEST_GUILESS_MAIN(TestWinPopupReceiver)
#include "tst_winpopupreceiver.moc"
