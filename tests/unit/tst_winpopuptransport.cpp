#include "winpopuptransportfixture.h"

using namespace netmsg;
using namespace netmsg::testing;

// The transport end to end inside one process: configuring it, preparing and
// sending to netmsg's own receiver on 127.0.0.1, the sender against peers that
// refuse, stall or vanish, and the alias list.
class TestWinPopupTransport : public QObject, protected WinPopupTransportFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void configureRefusesUnknownKeys();
    void configureRefusesBadValues();
    void prepareReportsUnencodableCharacters();
    void prepareRefusesOverLimit();
    void prepareSplitsAddress();
    void sendsToOwnReceiver_data();
    void sendsToOwnReceiver();
    void manyTargetsAtOnce();
    void unknownAliasIsRefused();
    void closedPortIsRefused();
    void stalledPeerTimesOut();
    void cancelStopsTheExchange();
    void refusedSendFailsAtOnce();
    void sendReportsStartedBeforeReturning();
    void peerSilentAfterEndIsUnconfirmed();
    void silentPeerBehindManyNames();
    void destroyingTheTransportFinishesItsSends();
    void aliasesAreLocalAndPersist();
    void bareNameOfOwnAliasReachesOwnReceiver();
    void stoppingFromTheMessageHandlerIsSafe();
};

void TestWinPopupTransport::configureRefusesUnknownKeys()
{
    const Outcome outcome =
        m_sender->configure({{QStringLiteral("colour"), QStringLiteral("red")},
                             {QStringLiteral("codePage"), QStringLiteral("CP866")}});
    QCOMPARE(outcome.code(), quint32(Code::InvalidParameter));
    QVERIFY(outcome.detail().contains(QLatin1String("colour")));
    QCOMPARE(m_sender->limits().wireEncoding, QStringLiteral("CP850")); // nothing changed
    QVERIFY(
        m_sender->configure({{QStringLiteral("codePage"), QStringLiteral("cp866")}}).isSuccess());
    QCOMPARE(m_sender->limits().wireEncoding, QStringLiteral("CP866"));
}

void TestWinPopupTransport::configureRefusesBadValues()
{
    const QList<QPair<QString, QVariant>> bad = {
        {QStringLiteral("codePage"), QStringLiteral("UTF-16LE")},
        {QStringLiteral("codePage"), QStringLiteral("klingon")},
        {QStringLiteral("lineBreaks"), QStringLiteral("unix")},
        {QStringLiteral("defaultPort"), 70000},
        {QStringLiteral("replyTimeoutMs"), QStringLiteral("soon")},
        {QStringLiteral("singleBlock"), QStringLiteral("maybe")},
    };
    for (const auto &[key, value] : bad) {
        const Outcome outcome = m_sender->configure({{key, value}});
        QCOMPARE(outcome.code(), quint32(Code::InvalidParameter));
        QVERIFY2(outcome.detail().contains(key), qPrintable(outcome.detail()));
    }
}

void TestWinPopupTransport::prepareReportsUnencodableCharacters()
{
    WinPopupTarget target;
    const Outcome outcome =
        m_sender->prepare(messageTo(QStringLiteral("OPS"), QStringLiteral("ok € and ✓")), &target);
    QCOMPARE(outcome.code(), quint32(Code::NoUnicodeTranslation));
    QVERIFY2(outcome.detail().contains(QLatin1String("at 3")) &&
                 outcome.detail().contains(QLatin1String("at 9")),
             qPrintable(outcome.detail()));
}

void TestWinPopupTransport::prepareRefusesOverLimit()
{
    QVERIFY(m_sender
                ->configure({{QStringLiteral("maxMessageBytes"), 10},
                             {QStringLiteral("lineBreaks"), QStringLiteral("smbclient")}})
                .isSuccess());
    WinPopupTarget target;
    QCOMPARE(
        m_sender->prepare(messageTo(QStringLiteral("OPS"), QStringLiteral("1234567890\n")), &target)
            .code(),
        quint32(Code::MessageExceedsMaxSize));
    QVERIFY(
        m_sender->prepare(messageTo(QStringLiteral("OPS"), QStringLiteral("12345678\n")), &target)
            .isSuccess());
    QCOMPARE(target.text, QByteArray("12345678\r\n"));
    // Fits only with one byte a break, as core counts it: bare LF instead of CRLF.
    QVERIFY(
        m_sender->prepare(messageTo(QStringLiteral("OPS"), QStringLiteral("1234\n5678\n")), &target)
            .isSuccess());
    QCOMPARE(target.text, QByteArray("1234\n5678\n"));
}

void TestWinPopupTransport::prepareSplitsAddress()
{
    Message message;
    message.recipient = QStringLiteral("ops@127.0.0.5:2139");
    message.sender = QStringLiteral("Bob");
    WinPopupTarget target;
    QVERIFY(m_sender->prepare(message, &target).isSuccess());
    QCOMPARE(target.host, QStringLiteral("127.0.0.5"));
    QCOMPARE(target.port, quint16(2139));
    QCOMPARE(target.calledName, QByteArray("OPS"));
    QCOMPARE(target.callingName, QByteArray("BOB"));
    message.recipient = QStringLiteral("ops");
    QVERIFY(m_sender->prepare(message, &target).isSuccess());
    QCOMPARE(target.host, QStringLiteral("ops")); // resolved through DNS/hosts
    QVERIFY(target.hostIsRecipientName);
    QCOMPARE(target.port, quint16(139));
    message.recipient = QStringLiteral("ops@host:notaport");
    QCOMPARE(m_sender->prepare(message, &target).code(), quint32(Code::InvalidParameter));
    message.recipient = QStringLiteral("ops");
    message.server = QStringLiteral("FILESERVER");
    QCOMPARE(m_sender->prepare(message, &target).code(), quint32(Code::NotSupported));
    message.server.clear();
    message.recipient = QStringLiteral("*");
    QCOMPARE(m_sender->prepare(message, &target).code(), quint32(Code::NotSupported));
}

void TestWinPopupTransport::sendsToOwnReceiver_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariantMap>("options");
    const QVariantMap none;
    QTest::newRow("ascii") << QStringLiteral("Backup done") << none;
    QTest::newRow("german") << QStringLiteral("Grüße, Ärger, Öl") << none;
    QTest::newRow("empty") << QString() << none;
    QTest::newRow("lines default") << QStringLiteral("one\ntwo\n\nfour") << none;
    QTest::newRow("lines windows")
        << QStringLiteral("one\ntwo\n\nfour")
        << QVariantMap{{QStringLiteral("lineBreaks"), QStringLiteral("windows")}};
    QTest::newRow("lines smbclient")
        << QStringLiteral("one\ntwo")
        << QVariantMap{{QStringLiteral("lineBreaks"), QStringLiteral("smbclient")}};
    QString longText;
    for (int i = 0; longText.size() < 1500; ++i)
        longText += QStringLiteral("line %1 of a long report; ").arg(i);
    QTest::newRow("multi-block") << longText.left(1500) << none;
    QTest::newRow("single block") << QStringLiteral("short")
                                  << QVariantMap{{QStringLiteral("singleBlock"), true}};
}

void TestWinPopupTransport::sendsToOwnReceiver()
{
    QFETCH(QString, text);
    QFETCH(QVariantMap, options);
    startReceiver();
    QVERIFY(m_sender->configure(options).isSuccess());
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    const SendResult sent = awaitSend(m_sender->send(messageTo(QStringLiteral("ops"), text)));
    QVERIFY2(sent.outcome.isSuccess(), qPrintable(sent.outcome.toString()));
    QCOMPARE(sent.state, DeliveryState::Delivered);
    QCOMPARE(received.size(), 1);
    const auto message = received.first().first().value<ReceivedMessage>();
    QCOMPARE(message.text, text);
    QCOMPARE(message.sender, QStringLiteral("ALICE"));
    QCOMPARE(message.alias, QStringLiteral("OPS"));
    QCOMPARE(message.peerAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(message.transport, QStringLiteral("winpopup"));
    QVERIFY(message.receivedAt.isValid());
}

// The embedded default: a console that answers to ALICE sends to "ALICE"
// and the message lands in its own inbox, without DNS or NetBIOS.
void TestWinPopupTransport::bareNameOfOwnAliasReachesOwnReceiver()
{
    startReceiver();
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    Message message;
    message.recipient = QStringLiteral("ops");
    message.sender = QStringLiteral("alice");
    message.text = QStringLiteral("to myself");
    WinPopupTarget target;
    QVERIFY(m_receiver->prepare(message, &target).isSuccess());
    QCOMPARE(target.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(target.port, m_port);
    const SendResult sent = awaitSend(m_receiver->send(message));
    QVERIFY2(sent.outcome.isSuccess(), qPrintable(sent.outcome.toString()));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<ReceivedMessage>().text, QStringLiteral("to myself"));
    // A name it does not answer to still goes through name resolution.
    message.recipient = QStringLiteral("someoneelse");
    QVERIFY(m_receiver->prepare(message, &target).isSuccess());
    QCOMPARE(target.host, QStringLiteral("someoneelse"));
}

void TestWinPopupTransport::manyTargetsAtOnce()
{
    startReceiver();
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    QList<QFuture<SendResult>> futures;
    for (int i = 0; i < 40; ++i)
        futures.append(m_sender->send(messageTo(QStringLiteral("OPS"), QString::number(i))));
    QSet<QString> texts;
    for (const auto &future : futures)
        QVERIFY(await(future).isSuccess());
    for (const auto &arguments : received)
        texts.insert(arguments.first().value<ReceivedMessage>().text);
    QCOMPARE(texts.size(), 40);
}

void TestWinPopupTransport::unknownAliasIsRefused()
{
    startReceiver();
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    const SendResult sent =
        awaitSend(m_sender->send(messageTo(QStringLiteral("NOBODY"), QStringLiteral("hi"))));
    // Refused as "called name not present", also after the *SMBSERVER retry.
    QCOMPARE(sent.outcome.code(), quint32(Code::NerrNameNotFound));
    QCOMPARE(sent.state, DeliveryState::Failed);
    QVERIFY(sent.outcome.detail().contains(QLatin1String("0x82")));
    QCOMPARE(received.size(), 0);
}

void TestWinPopupTransport::closedPortIsRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_port = probe.serverPort();
    probe.close();
    const Outcome outcome =
        await(m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("hi"))));
    QCOMPARE(outcome.code(), quint32(Code::ConnectionRefused));
}

void TestWinPopupTransport::stalledPeerTimesOut()
{
    // Accepts and reads, never answers.
    QTcpServer stalled;
    QVERIFY(stalled.listen(QHostAddress::LocalHost));
    m_port = stalled.serverPort();
    QVERIFY(m_sender->configure({{QStringLiteral("replyTimeoutMs"), 300}}).isSuccess());
    QElapsedTimer timer;
    timer.start();
    const SendResult sent =
        awaitSend(m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("hi"))));
    QCOMPARE(sent.outcome.code(), quint32(Code::Timeout));
    QCOMPARE(sent.state, DeliveryState::Failed);
    QVERIFY(sent.outcome.detail().contains(QLatin1String("session request")));
    QVERIFY(timer.elapsed() >= 280 && timer.elapsed() < 5000);
}

void TestWinPopupTransport::cancelStopsTheExchange()
{
    QTcpServer stalled;
    QVERIFY(stalled.listen(QHostAddress::LocalHost));
    m_port = stalled.serverPort();
    QFuture<SendResult> future =
        m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("hi")));
    QTRY_VERIFY(stalled.hasPendingConnections());
    QTcpSocket *peer = stalled.nextPendingConnection();
    QTRY_VERIFY(peer->bytesAvailable() > 0); // the session request came
    future.cancel();
    QTRY_COMPARE(peer->state(), QAbstractSocket::UnconnectedState);
    QVERIFY(future.isCanceled());
}

// Refused before anything happens: failed, finished when send() returns,
// nothing handed over. (Qt counts a ready future's result as progress 1, so
// only "not handed over" can be asserted.)
void TestWinPopupTransport::refusedSendFailsAtOnce()
{
    QFuture<SendResult> future =
        m_sender->send(messageTo(QStringLiteral("bad|name"), QStringLiteral("hi")));
    QVERIFY(future.isFinished());
    QCOMPARE(future.result().state, DeliveryState::Failed);
    QCOMPARE(future.result().outcome.code(), quint32(Code::InvalidName));
    QVERIFY(future.progressValue() < SendProgress::HandedOver);
}

// The job's per-attempt timeout counts from Started, so an event-driven
// transport reports it before send() returns.
void TestWinPopupTransport::sendReportsStartedBeforeReturning()
{
    WinPopupPeer peer;
    m_port = peer.port();
    QFuture<SendResult> future =
        m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("hi")));
    QCOMPARE(future.progressValue(), int(SendProgress::Started));
    QVERIFY(!future.isFinished());
    const SendResult sent = awaitSend(future);
    QCOMPARE(sent.state, DeliveryState::Delivered);
    QCOMPARE(future.progressValue(), int(SendProgress::HandedOver));
}

void TestWinPopupTransport::peerSilentAfterEndIsUnconfirmed()
{
    WinPopupPeer peer;
    peer.setBehaviour(WinPopupPeer::Behaviour::StallAfterEnd);
    m_port = peer.port();
    QVERIFY(m_sender->configure({{QStringLiteral("replyTimeoutMs"), 300}}).isSuccess());
    QFuture<SendResult> future =
        m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("maybe")));
    const SendResult sent = awaitSend(future);
    QCOMPARE(peer.messageCount(), 1);
    QCOMPARE(sent.state, DeliveryState::Unconfirmed);
    QCOMPARE(sent.outcome.code(), quint32(Code::Timeout));
    QCOMPARE(future.progressValue(), int(SendProgress::HandedOver));
}

// The bench's shape: many recipients, one port, a peer that accepts and never
// answers. Every attempt fails with ERROR_TIMEOUT before anything was handed
// over, and the peer saw each one call its own name.
void TestWinPopupTransport::silentPeerBehindManyNames()
{
    constexpr int Targets = 200;
    WinPopupPeer peer;
    peer.setBehaviour(WinPopupPeer::Behaviour::NeverAnswer);
    m_port = peer.port();
    QVERIFY(m_sender->configure({{QStringLiteral("replyTimeoutMs"), 500}}).isSuccess());
    QList<QFuture<SendResult>> futures;
    for (int i = 0; i < Targets; ++i)
        futures.append(
            m_sender->send(messageTo(QStringLiteral("PC%1").arg(i), QStringLiteral("hi"))));
    for (const auto &future : futures) {
        const SendResult sent = awaitSend(future);
        QCOMPARE(sent.state, DeliveryState::Failed);
        QCOMPARE(sent.outcome.code(), quint32(Code::Timeout));
        QCOMPARE(future.progressValue(), int(SendProgress::Started));
    }
    QCOMPARE(peer.connectionCount(), Targets);
    QSet<QByteArray> names;
    for (const auto &called : peer.calledNames())
        names.insert(called.first);
    QCOMPARE(names.size(), Targets);
    QCOMPARE(peer.requestCount(), 0);
    QTRY_COMPARE(peer.openConnectionCount(), 0);
}

void TestWinPopupTransport::destroyingTheTransportFinishesItsSends()
{
    WinPopupPeer peer;
    peer.setBehaviour(WinPopupPeer::Behaviour::StallAfterSession);
    m_port = peer.port();
    QList<QFuture<SendResult>> futures;
    for (int i = 0; i < 5; ++i)
        futures.append(m_sender->send(messageTo(QStringLiteral("OPS"), QString::number(i))));
    QTRY_COMPARE(peer.requestCount(SmbCommand::SendStart), 5);
    m_sender.reset();
    for (const QFuture<SendResult> &future : futures) {
        QVERIFY(future.isFinished());
        QCOMPARE(future.result().state, DeliveryState::Failed);
        QCOMPARE(future.result().outcome.code(), quint32(Code::Cancelled));
    }
    QTRY_COMPARE(peer.openConnectionCount(), 0);
}

void TestWinPopupTransport::aliasesAreLocalAndPersist()
{
    QCOMPARE(m_receiver->addAlias({}, QStringLiteral("ops")).result().code(),
             quint32(Code::NerrAlreadyExists));
    QVERIFY(m_receiver->addAlias(QStringLiteral("localhost"), QStringLiteral("night"))
                .result()
                .isSuccess());
    QCOMPARE(m_receiver->addAlias({}, QStringLiteral("bad|name")).result().code(),
             quint32(Code::InvalidName));
    QCOMPARE(m_receiver->addAlias(QStringLiteral("far-away-server"), QStringLiteral("x"))
                 .result()
                 .code(),
             quint32(Code::NotSupported));
    TransportContext context;
    context.dataDirectory = m_dir->filePath(QStringLiteral("receiver"));
    WinPopupTransport restarted(context);
    const AliasListing listing = restarted.listAliases({}).result();
    QVERIFY(listing.outcome.isSuccess());
    QCOMPARE(listing.aliases, (QStringList{QStringLiteral("OPS"), QStringLiteral("NIGHT")}));
    QVERIFY(restarted.deleteAlias({}, QStringLiteral("night")).result().isSuccess());
    QCOMPARE(restarted.deleteAlias({}, QStringLiteral("night")).result().code(),
             quint32(Code::NerrNotLocalName));
}

// A console that stops listening as a message comes in (a "stop after this
// one" button) does so from inside the receiver's signal: the connection that
// emitted it must outlive the call, answer its peer, and then go.
void TestWinPopupTransport::stoppingFromTheMessageHandlerIsSafe()
{
    startReceiver();
    int received = 0;
    connect(m_receiver.get(), &IMessageTransport::messageReceived, this, [&] {
        ++received;
        m_receiver->stopReceiving();
    });
    const Outcome first =
        await(m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("last one"))));
    QVERIFY2(first.isSuccess(), qPrintable(first.toString()));
    QCOMPARE(received, 1);
    QVERIFY(m_receiver->receiverAddress().isEmpty());
    const Outcome second =
        await(m_sender->send(messageTo(QStringLiteral("OPS"), QStringLiteral("too late"))));
    QCOMPARE(second.code(), quint32(Code::ConnectionRefused));
    QCOMPARE(received, 1);
    // Listening again on the same port works at once.
    ReceiverOptions options;
    options.port = m_port;
    startReceiver(options);
}

QTEST_GUILESS_MAIN(TestWinPopupTransport)
#include "tst_winpopuptransport.moc"
