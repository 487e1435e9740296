#include "smbdfixture.h"
#include "winpopuptransport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace netmsg;

// The real `smbclient -M` sends to netmsg's receiver (docs/protocol.md §1.1, §1.3):
// no negprot, CRLF line breaks, text in the client's dos charset.
class TestWinPopupSmbclient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void asciiMessage();
    void germanInCp850();
    void severalBlocksAndLines();
    void unknownAliasIsRefused();

private:
    // Runs smbclient -M to `alias` with `text` on stdin; returns its exit code.
    int smbclient(const QString &alias, const QString &text, QString *output = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WinPopupTransport> m_receiver;
    quint16 m_port = 0;
    quint16 m_sessionPort = quint16(qEnvironmentVariableIntValue("NETMSG_TEST_NETBIOS_PORT"));
    QString m_clientConf;
};

void TestWinPopupSmbclient::initTestCase()
{
    if (SmbdFixture::smbclientPath().isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("smbclient is not installed");
        QSKIP("smbclient is not installed (apt-get install smbclient)");
    }
}

void TestWinPopupSmbclient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // A client configuration of its own: CP850 as dos charset, and caches in
    // the test's folder instead of the system's.
    m_clientConf = m_dir->filePath(QStringLiteral("smb.conf"));
    QFile conf(m_clientConf);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    const QByteArray root = m_dir->path().toUtf8();
    conf.write("[global]\n  netbios name = SMBCLIENTHOST\n  dos charset = CP850\n"
               "  unix charset = UTF-8\n  lock directory = " +
               root + "\n  state directory = " + root + "\n  cache directory = " + root +
               "\n  private dir = " + root + "\n");
    conf.close();

    TransportContext context;
    context.dataDirectory = m_dir->filePath(QStringLiteral("netmsg"));
    m_receiver = std::make_unique<WinPopupTransport>(context);
    QVERIFY(m_receiver->addAlias({}, QStringLiteral("OPS")).result().isSuccess());
    ReceiverOptions options;
    // On 139 smbclient opens a NetBIOS session first; on any other port it
    // starts with the SMB. CTest runs this test both ways, the 139 one in a
    // private network namespace (CMakeLists.txt).
    options.port = m_sessionPort ? m_sessionPort : SmbdFixture::freePort();
    options.codePage = QStringLiteral("CP850");
    const Outcome started = m_receiver->startReceiving(options);
    QVERIFY2(started.isSuccess(), qPrintable(started.toString()));
    m_port = options.port;
}

void TestWinPopupSmbclient::cleanup()
{
    m_receiver.reset();
    m_dir.reset();
}

int TestWinPopupSmbclient::smbclient(const QString &alias, const QString &text, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(SmbdFixture::smbclientPath(),
                  {QStringLiteral("-M"), alias, QStringLiteral("-I"), QStringLiteral("127.0.0.1"),
                   QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                   QStringLiteral("alice"), QStringLiteral("-N"), QStringLiteral("-s"),
                   m_clientConf});
    if (!process.waitForStarted(5000))
        return -1;
    process.write(text.toUtf8());
    process.closeWriteChannel();
    // The receiver lives on this thread: keep its event loop turning.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000)) {
        process.kill();
        process.waitForFinished();
        return -2;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

void TestWinPopupSmbclient::asciiMessage()
{
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    QString output;
    QCOMPARE(smbclient(QStringLiteral("OPS"), QStringLiteral("Printer jammed"), &output), 0);
    QTRY_COMPARE(received.size(), 1);
    const auto message = received.first().first().value<ReceivedMessage>();
    QCOMPARE(message.text, QStringLiteral("Printer jammed"));
    QCOMPARE(message.sender, QStringLiteral("alice")); // smbclient's -U, as typed
    QCOMPARE(message.alias, QStringLiteral("OPS"));
    QCOMPARE(message.peerAddress, QStringLiteral("127.0.0.1"));
}

void TestWinPopupSmbclient::germanInCp850()
{
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    const QString text = QStringLiteral("Grüße aus Köln, Ärger über Öl");
    QCOMPARE(smbclient(QStringLiteral("ops"), text), 0);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<ReceivedMessage>().text, text);
}

void TestWinPopupSmbclient::severalBlocksAndLines()
{
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    QString text;
    for (int i = 1; i <= 12; ++i)
        text += QStringLiteral("Line %1 of the nightly job report\n").arg(i);
    QVERIFY(text.size() > 3 * 127); // smbclient sends 127-byte blocks
    QCOMPARE(smbclient(QStringLiteral("OPS"), text), 0);
    QTRY_COMPARE(received.size(), 1);
    // smbclient turned each LF into CRLF; the receiver gives back plain LF.
    QCOMPARE(received.first().first().value<ReceivedMessage>().text, text);
}

void TestWinPopupSmbclient::unknownAliasIsRefused()
{
    QSignalSpy received(m_receiver.get(), &IMessageTransport::messageReceived);
    QString output;
    const int exitCode = smbclient(QStringLiteral("NOBODY"), QStringLiteral("hello?"), &output);
    if (m_port == 139) {
        // NOBODY<03> refused with 0x82, then *SMBSERVER<20> too: a connect
        // failure, the one smbclient -M failure that exits 1 (docs/protocol.md §1.3).
        QCOMPARE(exitCode, 1);
    } else {
        // No session: SEND_START's To name is refused with ERRSRV/ERRinvnetname,
        // which smbclient reports but, as always, exits 0 for.
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains(QLatin1String("cli_message returned")), qPrintable(output));
    }
    QTest::qWait(200);
    QCOMPARE(received.size(), 0);
}

QTEST_GUILESS_MAIN(TestWinPopupSmbclient)
#include "tst_winpopup_smbclient.moc"
