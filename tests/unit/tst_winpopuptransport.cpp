#include "netbiosframereader.h"
#include "netbiossession.h"
#include "smbmessagecodec.h"
#include "winpopupconnection.h"
#include "winpopuppeer.h"
#include "winpopupsender.h"
#include "winpopuptransport.h"

#include <QLibrary>
#include <QPromise>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace netmsg;
using netmsg::testing::WinPopupPeer;

namespace {

// An inbox that keeps messages later, as a group-commit store does: accept()
// hands out one future per message, which the test resolves when it likes.
class SlowInbox
{
public:
    static std::function<QFuture<Outcome>(const ReceivedMessage &)>
    acceptInto(const std::shared_ptr<SlowInbox> &inbox)
    {
        return [inbox](const ReceivedMessage &message) {
            auto promise = std::make_shared<QPromise<Outcome>>();
            promise->start();
            inbox->m_pending.append(promise);
            inbox->m_offered.append(message);
            return promise->future();
        };
    }
    int pendingCount() const { return int(m_pending.size()); }
    int offeredCount() const { return int(m_offered.size()); }
    // Finishes every pending future with `outcome`, in one go.
    void resolveAll(const Outcome &outcome = Outcome::success())
    {
        for (const auto &promise : std::exchange(m_pending, {})) {
            promise->addResult(outcome);
            promise->finish();
        }
    }
    // Finishes every pending future without a result (a store that gave up).
    void abandonAll()
    {
        for (const auto &promise : std::exchange(m_pending, {}))
            promise->finish();
    }

private:
    QList<std::shared_ptr<QPromise<Outcome>>> m_pending;
    QList<ReceivedMessage> m_offered;
};

// The SMB commands of the replies in `stream` (after the session response).
QList<quint8> replyCommands(const QByteArray &stream)
{
    NetbiosFrameReader reader;
    reader.append(stream);
    NetbiosFrame frame;
    QList<quint8> commands;
    while (reader.next(&frame) == NetbiosFrameReader::Status::Frame) {
        if (frame.type != NetbiosSession::SessionMessage)
            continue;
        const auto reply = SmbMessageCodec::parse(frame.payload);
        commands.append(reply ? reply->command : quint8(0));
    }
    return commands;
}

} // namespace

// The transport end to end inside one process: netmsg's sender against netmsg's
// receiver on 127.0.0.1, and against hand-made misbehaving peers.
class TestWinPopupTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void configureRefusesUnknownKeys();
    void configureRefusesBadValues();
    void prepareReportsUnencodableCharacters();
    void prepareRefusesOverLimit();
    void prepareSplitsAddress();
    void sendsToOwnReceiver_data();
    void sendsToOwnReceiver();
    void manyTargetsAtOnce();
    void unknownAliasIsRefused();
    void oversizedMessageClosesOnlyThatConnection();
    void malformedPeerClosesOnlyThatConnection();
    void directSmbWithoutSessionChecksToName();
    void connectionLimit();
    void idleConnectionIsClosed();
    void tricklingPeerIsClosedAtTheIdleTimeout_data();
    void tricklingPeerIsClosedAtTheIdleTimeout();
    void peerThatNeverReadsIsClosed();
    void closedPortIsRefused();
    void stalledPeerTimesOut();
    void cancelStopsTheExchange();
    void refusedSendFailsAtOnce();
    void sendReportsStartedBeforeReturning();
    void peerSilentAfterEndIsUnconfirmed();
    void silentPeerBehindManyNames();
    void destroyingTheTransportFinishesItsSends();
    void replyWaitsForTheAcceptFuture();
    void failedAcceptIsRefusedOnTheWire_data();
    void failedAcceptIsRefusedOnTheWire();
    void pendingAcceptHoldsFurtherRequests();
    void pendingAcceptIsNotIdle();
    void manyPeersAnsweredInOneBatch();
    void peerLeavingWhileAcceptPendsIsForgotten();
    void receiverGoneWhileAcceptPends_data();
    void receiverGoneWhileAcceptPends();
    void aliasesAreLocalAndPersist();
    void bareNameOfOwnAliasReachesOwnReceiver();
    void stoppingFromTheMessageHandlerIsSafe();

private:
    SendResult awaitSend(QFuture<SendResult> future);
    Outcome await(QFuture<SendResult> future) { return awaitSend(std::move(future)).outcome; }
    void startReceiver(ReceiverOptions options = {});
    Message messageTo(const QString &name, const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WinPopupTransport> m_receiver;
    std::unique_ptr<WinPopupTransport> m_sender;
    quint16 m_port = 0;
};

SendResult TestWinPopupTransport::awaitSend(QFuture<SendResult> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return SendResult::failed(Outcome(Code::Timeout, QStringLiteral("test gave up waiting")));
    if (!future.isFinished() || future.isCanceled() || future.resultCount() == 0)
        return SendResult::failed(Outcome(Code::Cancelled));
    return future.result();
}

void TestWinPopupTransport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    TransportContext receiverContext;
    receiverContext.dataDirectory = m_dir->filePath(QStringLiteral("receiver"));
    m_receiver = std::make_unique<WinPopupTransport>(receiverContext);
    QVERIFY(m_receiver->configure({{QStringLiteral("listenerPort"), 0}}).isSuccess());
    QVERIFY(m_receiver->addAlias({}, QStringLiteral("OPS")).result().isSuccess());
    TransportContext senderContext;
    senderContext.dataDirectory = m_dir->filePath(QStringLiteral("sender"));
    m_sender = std::make_unique<WinPopupTransport>(senderContext);
    QVERIFY(m_sender
                ->configure({{QStringLiteral("connectTimeoutMs"), 2000},
                             {QStringLiteral("replyTimeoutMs"), 2000}})
                .isSuccess());
}

void TestWinPopupTransport::cleanup()
{
    m_sender.reset();
    m_receiver.reset();
    m_dir.reset();
}

void TestWinPopupTransport::startReceiver(ReceiverOptions options)
{
    options.address = QHostAddress::LocalHost;
    const Outcome started = m_receiver->startReceiving(options);
    QVERIFY2(started.isSuccess(), qPrintable(started.toString()));
    m_port = quint16(m_receiver->receiverAddress().section(QLatin1Char(':'), -1).toUInt());
    QVERIFY(m_port != 0);
    QVERIFY(m_receiver->receiverAddress().startsWith(QLatin1String("127.0.0.1:")));
}

Message TestWinPopupTransport::messageTo(const QString &name, const QString &text) const
{
    Message message;
    message.recipient = name;
    message.host = QStringLiteral("127.0.0.1");
    message.port = m_port;
    message.sender = QStringLiteral("alice");
    message.text = text;
    return message;
}

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

void TestWinPopupTransport::oversizedMessageClosesOnlyThatConnection()
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

void TestWinPopupTransport::malformedPeerClosesOnlyThatConnection()
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

void TestWinPopupTransport::directSmbWithoutSessionChecksToName()
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

void TestWinPopupTransport::connectionLimit()
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

void TestWinPopupTransport::idleConnectionIsClosed()
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

void TestWinPopupTransport::tricklingPeerIsClosedAtTheIdleTimeout_data()
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

void TestWinPopupTransport::tricklingPeerIsClosedAtTheIdleTimeout()
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

void TestWinPopupTransport::peerThatNeverReadsIsClosed()
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

// The peer is told "delivered" only once our store has the message: the
// reply waits for the accept future, and messageReceived() follows the reply.
void TestWinPopupTransport::replyWaitsForTheAcceptFuture()
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

void TestWinPopupTransport::failedAcceptIsRefusedOnTheWire_data()
{
    QTest::addColumn<bool>("atOnce");
    QTest::addColumn<bool>("withResult");
    QTest::newRow("failure, later") << false << true;
    QTest::newRow("failure, at once") << true << true;
    QTest::newRow("no result, later") << false << false;
    QTest::newRow("no result, at once") << true << false;
}

void TestWinPopupTransport::failedAcceptIsRefusedOnTheWire()
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
void TestWinPopupTransport::pendingAcceptHoldsFurtherRequests()
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
void TestWinPopupTransport::pendingAcceptIsNotIdle()
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
void TestWinPopupTransport::manyPeersAnsweredInOneBatch()
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
void TestWinPopupTransport::peerLeavingWhileAcceptPendsIsForgotten()
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

void TestWinPopupTransport::receiverGoneWhileAcceptPends_data()
{
    QTest::addColumn<bool>("destroyTransport");
    QTest::newRow("stopReceiving") << false;
    QTest::newRow("transport destroyed") << true;
}

// Stopping the receiver while messages wait on the store still answers their
// peers once they are stored (they are in the inbox); destroying the
// transport crashes nothing, and its senders, who handed their messages over,
// hear no confirmation.
void TestWinPopupTransport::receiverGoneWhileAcceptPends()
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
