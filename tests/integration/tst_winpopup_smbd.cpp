#include "smbdfixture.h"
#include "winpopuptransport.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace netmsg;

// netmsg's sender against a real Samba smbd (docs/protocol.md §1, §2, §7): what the
// message command writes is what smbd understood, converted from its dos
// charset to UTF-8.
class TestWinPopupSmbd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void asciiMessage();
    void germanInCp850();
    void russianInCp866();
    void severalBlocksWithLineBreaks();
    void defaultLineBreaksArriveAsNewLines();
    void singleBlockAfterNegprot();
    void overLimitIsRefusedAndNothingSent();
    void smbdWithoutMessageCommandRefuses();
    void closedPort();
    void stalledPeer();

private:
    std::unique_ptr<WinPopupTransport> sender(const QVariantMap &options = {});
    // The Outcome of one send; `state` receives what it means (delivered, ...).
    Outcome send(WinPopupTransport *transport, quint16 port, const QString &text,
                 const QString &to = QStringLiteral("OPS"), DeliveryState *state = nullptr);
    void startSmbd(SmbdFixture &smbd, const SmbdFixture::Options &options = {});

    QTemporaryDir m_home;
};

void TestWinPopupSmbd::initTestCase()
{
    if (SmbdFixture::smbdPath().isEmpty()) {
        // CI installs Samba (scripts/dev); there a missing smbd is a failure.
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("smbd is not installed");
        QSKIP("smbd is not installed (apt-get install samba)");
    }
}

std::unique_ptr<WinPopupTransport> TestWinPopupSmbd::sender(const QVariantMap &options)
{
    TransportContext context;
    context.dataDirectory = m_home.path();
    auto transport = std::make_unique<WinPopupTransport>(context);
    QVariantMap all = {{QStringLiteral("connectTimeoutMs"), 3000},
                       {QStringLiteral("replyTimeoutMs"), 5000}};
    all.insert(options);
    const Outcome configured = transport->configure(all);
    if (!configured.isSuccess())
        qWarning() << configured.toString();
    return transport;
}

Outcome TestWinPopupSmbd::send(WinPopupTransport *transport, quint16 port, const QString &text,
                               const QString &to, DeliveryState *state)
{
    Message message;
    message.recipient = to;
    message.host = QStringLiteral("127.0.0.1");
    message.port = port;
    message.sender = QStringLiteral("Alice");
    message.text = text;
    QFuture<SendResult> future = transport->send(message);
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
        return Outcome(Code::Timeout, QStringLiteral("test gave up waiting"));
    if (state)
        *state = future.result().state;
    return future.result().outcome;
}

void TestWinPopupSmbd::startSmbd(SmbdFixture &smbd, const SmbdFixture::Options &options)
{
    const QString error = smbd.start(options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestWinPopupSmbd::asciiMessage()
{
    SmbdFixture smbd;
    startSmbd(smbd);
    auto transport = sender();
    DeliveryState state = DeliveryState::Pending;
    const Outcome outcome = send(transport.get(), smbd.port(), QStringLiteral("Backup finished OK"),
                                 QStringLiteral("OPS"), &state);
    QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString() + smbd.log()));
    QCOMPARE(state, DeliveryState::Delivered); // smbd answered SMBsendend
    const auto messages = smbd.waitForMessages(1);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, QStringLiteral("Backup finished OK"));
    QCOMPARE(messages.first().from, QStringLiteral("ALICE"));
}

void TestWinPopupSmbd::germanInCp850()
{
    SmbdFixture smbd;
    startSmbd(smbd); // dos charset = CP850
    auto transport = sender({{QStringLiteral("codePage"), QStringLiteral("CP850")}});
    const QString text = QStringLiteral("Grüße aus Köln: Ärger über Öl, Maß");
    const Outcome outcome = send(transport.get(), smbd.port(), text);
    QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString()));
    const auto messages = smbd.waitForMessages(1);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, text);
}

void TestWinPopupSmbd::russianInCp866()
{
    SmbdFixture smbd;
    SmbdFixture::Options options;
    options.dosCharset = QStringLiteral("CP866");
    startSmbd(smbd, options);
    auto transport = sender({{QStringLiteral("codePage"), QStringLiteral("CP866")}});
    const QString text = QStringLiteral("Сервер перезагрузится в 18:00. Сохраните работу!");
    const Outcome outcome = send(transport.get(), smbd.port(), text);
    QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString()));
    const auto messages = smbd.waitForMessages(1);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, text);
}

void TestWinPopupSmbd::severalBlocksWithLineBreaks()
{
    SmbdFixture smbd;
    startSmbd(smbd);
    // smbd drops the CR of CRLF (docs/protocol.md §2), so smbclient-style breaks
    // arrive as plain new lines.
    auto transport = sender({{QStringLiteral("lineBreaks"), QStringLiteral("smbclient")}});
    QString text;
    for (int i = 1; i <= 30; ++i)
        text += QStringLiteral("Line %1: disk usage report for volume %1\n").arg(i);
    text.chop(1);
    QVERIFY(text.size() > 8 * 128); // more than eight 128-byte blocks
    QVERIFY(text.size() < 1600 - 30);
    const Outcome outcome = send(transport.get(), smbd.port(), text);
    QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString()));
    const auto messages = smbd.waitForMessages(1);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, text);
}

void TestWinPopupSmbd::defaultLineBreaksArriveAsNewLines()
{
    SmbdFixture smbd;
    startSmbd(smbd);
    auto transport = sender();
    const Outcome outcome =
        send(transport.get(), smbd.port(), QStringLiteral("Disk full\n\nPlease clean up"));
    QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString()));
    const auto messages = smbd.waitForMessages(1);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, QStringLiteral("Disk full\n\nPlease clean up"));
}

void TestWinPopupSmbd::singleBlockAfterNegprot()
{
    SmbdFixture smbd;
    startSmbd(smbd);
    auto transport = sender({{QStringLiteral("singleBlock"), true}});
    DeliveryState state = DeliveryState::Pending;
    const Outcome outcome = send(transport.get(), smbd.port(), QStringLiteral("one block"),
                                 QStringLiteral("OPS"), &state);
    QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString() + smbd.log()));
    QCOMPARE(state, DeliveryState::Delivered);
    const auto messages = smbd.waitForMessages(1);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, QStringLiteral("one block"));
}

void TestWinPopupSmbd::overLimitIsRefusedAndNothingSent()
{
    SmbdFixture smbd;
    startSmbd(smbd);
    // A listener beside smbd proves that not even a connection was opened.
    QTcpServer witness;
    QVERIFY(witness.listen(QHostAddress::LocalHost));
    auto transport = sender();
    const QString text(1601, QLatin1Char('x')); // limit: 1600 bytes
    const Outcome atSmbd = send(transport.get(), smbd.port(), text);
    QCOMPARE(atSmbd.code(), quint32(Code::MessageExceedsMaxSize));
    QCOMPARE(send(transport.get(), witness.serverPort(), text).code(),
             quint32(Code::MessageExceedsMaxSize));
    QTest::qWait(300);
    QVERIFY(!witness.hasPendingConnections());
    // smbd still gets the largest message that fits, and only that one.
    QVERIFY(send(transport.get(), smbd.port(), text.left(1600)).isSuccess());
    const auto messages = smbd.waitForMessages(1);
    QTest::qWait(500);
    QCOMPARE(smbd.messages().size(), 1);
    QCOMPARE(messages.first().text.size(), 1600);
}

void TestWinPopupSmbd::smbdWithoutMessageCommandRefuses()
{
    SmbdFixture smbd;
    SmbdFixture::Options options;
    options.messageCommand = false;
    startSmbd(smbd, options);
    auto transport = sender();
    DeliveryState state = DeliveryState::Pending;
    const Outcome outcome = send(transport.get(), smbd.port(), QStringLiteral("anyone?"),
                                 QStringLiteral("OPS"), &state);
    // smbd answers ERRDOS/ERROR_REQ_NOT_ACCEP to SMBsendstrt (docs/protocol.md §2).
    QCOMPARE(outcome.code(), quint32(Code::RequestNotAccepted));
    QCOMPARE(state, DeliveryState::Failed);
    QVERIFY(outcome.detail().contains(QLatin1String("SMBsendstrt")));
}

void TestWinPopupSmbd::closedPort()
{
    auto transport = sender();
    const Outcome outcome = send(transport.get(), SmbdFixture::freePort(), QStringLiteral("hi"));
    QCOMPARE(outcome.code(), quint32(Code::ConnectionRefused));
}

void TestWinPopupSmbd::stalledPeer()
{
    SmbdFixture smbd;
    startSmbd(smbd);
    smbd.pause(); // the kernel still completes the handshake; smbd never answers
    auto transport = sender({{QStringLiteral("replyTimeoutMs"), 500}});
    QElapsedTimer timer;
    timer.start();
    DeliveryState state = DeliveryState::Pending;
    const Outcome outcome =
        send(transport.get(), smbd.port(), QStringLiteral("hello?"), QStringLiteral("OPS"), &state);
    smbd.resume();
    QCOMPARE(outcome.code(), quint32(Code::Timeout));
    QCOMPARE(state, DeliveryState::Failed); // not even the session was answered
    QVERIFY(timer.elapsed() >= 450);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(smbd.messages().isEmpty());
}

QTEST_GUILESS_MAIN(TestWinPopupSmbd)
#include "tst_winpopup_smbd.moc"
