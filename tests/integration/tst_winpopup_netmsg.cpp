#include "smbdfixture.h"

#include "imessagetransport.h"
#include "transportregistry.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace netmsg;

// netmsg to netmsg with the real plugin and the real CLI: in one process
// through the registry, and across two processes (netmsg send -> netmsg
// listen); and the CLI's send to a real smbd.
class TestWinPopupNetmsg : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oneProcessThroughThePlugin();
    void twoProcesses();
    void routeSkipsWhatThisSystemLacks();
    void listenEscapesControlCharacters();
    void listenNamesAFewOfManyAliases();
    void listenSaysWhenItIsNotLoopback();
    void listenWithAnUnwritableInboxExits74();
    void remoteAliasListEscapesControlCharacters();
    void unknownAliasFailsTheSend();
    void overLimitSplitArrivesInParts();
    void cliSendToSmbd();

private:
    // Runs netmsg to the end with its own NETMSG_HOME; returns the exit code.
    int netmsg(const QString &home, const QStringList &arguments, QByteArray *out = nullptr,
               QByteArray *err = nullptr);
    // Starts `netmsg listen` on a free port and waits until it listens.
    // `startup` gets what it printed until then.
    bool startListener(QProcess &listener, const QString &home, quint16 *port,
                       const QStringList &extra, QByteArray *startup = nullptr);
    QProcessEnvironment environment(const QString &home) const;

    QString m_netmsg;
    QTemporaryDir m_dir;
};

void TestWinPopupNetmsg::initTestCase()
{
    m_netmsg = qEnvironmentVariable("NETMSG_BIN");
    QVERIFY2(QFileInfo::exists(m_netmsg), "NETMSG_BIN must name the built netmsg");
}

QProcessEnvironment TestWinPopupNetmsg::environment(const QString &home) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NETMSG_HOME"), m_dir.filePath(home));
    return environment;
}

int TestWinPopupNetmsg::netmsg(const QString &home, const QStringList &arguments, QByteArray *out,
                               QByteArray *err)
{
    QProcess process;
    process.setProcessEnvironment(environment(home));
    process.start(m_netmsg, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

bool TestWinPopupNetmsg::startListener(QProcess &listener, const QString &home, quint16 *port,
                                       const QStringList &extra, QByteArray *startup)
{
    *port = SmbdFixture::freePort();
    listener.setProcessEnvironment(environment(home));
    listener.start(m_netmsg, QStringList{QStringLiteral("listen"), QStringLiteral("--port"),
                                         QString::number(*port), QStringLiteral("--alias"),
                                         QStringLiteral("OPS")} +
                                 extra);
    if (!listener.waitForStarted(5000))
        return false;
    QByteArray errors;
    const bool listening = QTest::qWaitFor(
        [&] {
            errors += listener.readAllStandardError();
            return errors.contains("listening on") || listener.state() != QProcess::Running;
        },
        10000);
    if (!listening || listener.state() != QProcess::Running)
        qWarning() << "netmsg listen did not start:" << errors;
    if (startup)
        *startup = errors;
    return listening && listener.state() == QProcess::Running;
}

void TestWinPopupNetmsg::oneProcessThroughThePlugin()
{
    TransportRegistry registry;
    registry.setContext({m_dir.filePath(QStringLiteral("one")), {}});
    registry.setTransportOptions(QStringLiteral("winpopup"),
                                 {{QStringLiteral("replyTimeoutMs"), 3000}});
    registry.discover();
    Outcome error;
    IMessageTransport *transport = registry.transport(QStringLiteral("winpopup"), &error);
    QVERIFY2(transport, qPrintable(error.toString()));
    QVERIFY(transport->hasCapability(Capability::Receive));
    QVERIFY(transport->addAlias({}, QStringLiteral("OPS")).result().isSuccess());
    ReceiverOptions options;
    options.port = SmbdFixture::freePort();
    QVERIFY(transport->startReceiving(options).isSuccess());
    QSignalSpy received(transport, &IMessageTransport::messageReceived);
    Message message;
    message.recipient = QStringLiteral("OPS");
    message.host = QStringLiteral("127.0.0.1");
    message.port = options.port;
    message.sender = QStringLiteral("CONSOLE1");
    message.text = QStringLiteral("Grüße an mich selbst");
    QFuture<SendResult> future = transport->send(message);
    QTRY_VERIFY(future.isFinished());
    QVERIFY2(future.result().outcome.isSuccess(), qPrintable(future.result().outcome.toString()));
    QCOMPARE(future.result().state, DeliveryState::Delivered);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<ReceivedMessage>().text, message.text);
    transport->stopReceiving();
}

void TestWinPopupNetmsg::twoProcesses()
{
    QProcess listener;
    quint16 port = 0;
    QVERIFY(
        startListener(listener, QStringLiteral("listener"), &port,
                      {QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("1")}));
    QByteArray out;
    QByteArray err;
    const int sent =
        netmsg(QStringLiteral("sender"),
               {QStringLiteral("send"), QStringLiteral("--transport"), QStringLiteral("winpopup"),
                QStringLiteral("--from"), QStringLiteral("alice"), QStringLiteral("--to"),
                QStringLiteral("OPS@127.0.0.1:%1").arg(port), QStringLiteral("Grüße")},
               &out, &err);
    QVERIFY2(sent == 0, err.constData());
    QVERIFY(listener.waitForFinished(10000)); // --count 1
    QCOMPARE(listener.exitCode(), 0);
    const QJsonObject message =
        QJsonDocument::fromJson(listener.readAllStandardOutput().trimmed()).object();
    QCOMPARE(message.value(QLatin1String("text")).toString(), QStringLiteral("Grüße"));
    QCOMPARE(message.value(QLatin1String("sender")).toString(), QStringLiteral("ALICE"));
    QCOMPARE(message.value(QLatin1String("alias")).toString(), QStringLiteral("OPS"));
    QCOMPARE(message.value(QLatin1String("peerAddress")).toString(), QStringLiteral("127.0.0.1"));
    // ... and it is in the listener's inbox.
    QVERIFY(netmsg(QStringLiteral("listener"),
                   {QStringLiteral("history"), QStringLiteral("--inbox"), QStringLiteral("--json")},
                   &out) == 0);
    QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("Grüße")), out.constData());
}

// The mission's fallback chain on a system that has only winpopup: netapi32
// and wts are skipped, each with its reason, and winpopup delivers.
void TestWinPopupNetmsg::routeSkipsWhatThisSystemLacks()
{
    QProcess listener;
    quint16 port = 0;
    QVERIFY(
        startListener(listener, QStringLiteral("route-listener"), &port,
                      {QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("1")}));
    QByteArray out;
    QByteArray err;
    const int sent =
        netmsg(QStringLiteral("route-sender"),
               {QStringLiteral("--route"), QStringLiteral("netapi32,wts,winpopup"),
                QStringLiteral("send"), QStringLiteral("--json"), QStringLiteral("--to"),
                QStringLiteral("OPS@127.0.0.1:%1").arg(port), QStringLiteral("along the route")},
               &out, &err);
    QVERIFY2(sent == 0, err.constData());
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed()).object();
    QCOMPARE(result.value(QLatin1String("state")).toString(), QStringLiteral("delivered"));
    QCOMPARE(result.value(QLatin1String("transport")).toString(), QStringLiteral("winpopup"));
    const QJsonArray route = result.value(QLatin1String("route")).toArray();
    QCOMPARE(route.size(), 3);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject step = route.at(i).toObject();
        QCOMPARE(step.value(QLatin1String("transport")).toString(),
                 i == 0 ? QStringLiteral("netapi32") : QStringLiteral("wts"));
        QVERIFY(step.value(QLatin1String("skipped")).toBool());
        QCOMPARE(step.value(QLatin1String("code")).toInt(), 50);
        QVERIFY(!step.value(QLatin1String("detail")).toString().isEmpty());
    }
    QCOMPARE(route.at(2).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("delivered"));
    QVERIFY(listener.waitForFinished(10000));
    QVERIFY(listener.readAllStandardOutput().contains("along the route"));
}

void TestWinPopupNetmsg::listenEscapesControlCharacters()
{
    QProcess listener;
    quint16 port = 0;
    QVERIFY(startListener(listener, QStringLiteral("escape"), &port,
                          {QStringLiteral("--count"), QStringLiteral("1")}));
    QVERIFY(
        netmsg(QStringLiteral("escape-sender"),
               {QStringLiteral("send"), QStringLiteral("--transport"), QStringLiteral("winpopup"),
                QStringLiteral("--to"), QStringLiteral("OPS@127.0.0.1:%1").arg(port),
                QStringLiteral("red \x1b[31malert\x07\ttab\nnext line")}) == 0);
    QVERIFY(listener.waitForFinished(10000));
    const QByteArray printed = listener.readAllStandardOutput();
    QVERIFY2(!printed.contains('\x1b') && !printed.contains('\x07'), printed.constData());
    QVERIFY2(printed.contains("red \\x1b[31malert\\x07\ttab\nnext line"), printed.constData());
}

// A receiver with 5,000 aliases says so in one line, not in 40 KiB.
void TestWinPopupNetmsg::listenNamesAFewOfManyAliases()
{
    const QString home = QStringLiteral("many-aliases");
    QStringList names;
    for (int i = 0; i < 5000; ++i)
        names.append(QStringLiteral("U%1").arg(i, 5, 10, QLatin1Char('0')));
    QVERIFY(QDir().mkpath(m_dir.filePath(home)));
    QFile file(QDir(m_dir.filePath(home)).filePath(QStringLiteral("winpopup-aliases.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("aliases"), QJsonArray::fromStringList(names)}})
            .toJson());
    file.close();
    QProcess listener;
    quint16 port = 0;
    QByteArray startup;
    QVERIFY(startListener(listener, home, &port, {}, &startup));
    listener.terminate();
    QVERIFY(listener.waitForFinished(10000));
    QVERIFY2(startup.contains("U00000, U00001"), startup.left(300).constData());
    QVERIFY2(startup.contains("and 4991 more"), startup.left(300).constData()); // 5,001 with OPS
    QVERIFY2(!startup.contains("U04999"), startup.left(300).constData());
    QVERIFY(startup.size() < 1000);
}

// Loopback is the default and says nothing more; binding wider is said
// plainly. (The wide listener is only bound, never sent to: no traffic
// leaves 127.0.0.0/8.)
void TestWinPopupNetmsg::listenSaysWhenItIsNotLoopback()
{
    QProcess local;
    quint16 port = 0;
    QByteArray startup;
    QVERIFY(startListener(local, QStringLiteral("loopback-only"), &port, {}, &startup));
    QTest::qWait(200);
    startup += local.readAllStandardError();
    local.terminate();
    QVERIFY(local.waitForFinished(10000));
    QVERIFY2(!startup.contains("not loopback"), startup.constData());

    QProcess wide;
    QVERIFY(startListener(wide, QStringLiteral("wide"), &port,
                          {QStringLiteral("--address"), QStringLiteral("0.0.0.0")}, &startup));
    QTRY_VERIFY_WITH_TIMEOUT((startup += wide.readAllStandardError()).contains("not loopback"),
                             5000);
    wide.terminate();
    QVERIFY(wide.waitForFinished(10000));
    QVERIFY2(startup.contains("0.0.0.0 is not loopback"), startup.constData());
    QVERIFY2(startup.contains("allowNetworks"), startup.constData());
}

// README: 74 when the history is not writable. A listener whose inbox
// refuses a message must not end as if all were stored.
void TestWinPopupNetmsg::listenWithAnUnwritableInboxExits74()
{
    const QString home = QStringLiteral("inbox-refused");
    QCOMPARE(netmsg(home, {QStringLiteral("history")}), 0); // creates the history
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refusing"));
        db.setDatabaseName(QDir(m_dir.filePath(home)).filePath(QStringLiteral("history.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON inbox"
                                          " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refusing"));
    QProcess listener;
    quint16 port = 0;
    QVERIFY(startListener(listener, home, &port, {QStringLiteral("--count"), QStringLiteral("1")}));
    // The sender is told the message was not delivered: it was not kept.
    QCOMPARE(netmsg(QStringLiteral("inbox-refused-sender"),
                    {QStringLiteral("send"), QStringLiteral("--transport"),
                     QStringLiteral("winpopup"), QStringLiteral("--to"),
                     QStringLiteral("OPS@127.0.0.1:%1").arg(port), QStringLiteral("lost?")}),
             2);
    QVERIFY(listener.waitForFinished(10000));
    const QByteArray errors = listener.readAllStandardError();
    QCOMPARE(listener.exitCode(), 74);
    QVERIFY2(errors.contains("disk full"), errors.constData());
}

// The names in a remote host's node status answer are as untrusted as a
// received message: `netmsg alias list --server HOST` must not let them drive
// the operator's terminal either.
void TestWinPopupNetmsg::remoteAliasListEscapesControlCharacters()
{
    QUdpSocket service;
    QVERIFY(service.bind(QHostAddress::LocalHost, 0));
    connect(&service, &QUdpSocket::readyRead, &service, [&service] {
        while (service.hasPendingDatagrams()) {
            const QNetworkDatagram request = service.receiveDatagram();
            // RFC 1002 §4.2.18: the question's id, one NBSTAT answer, one name.
            QByteArray answer =
                request.data().left(2) + QByteArray::fromHex("84000000000100000000");
            answer += request.data().mid(12, 34); // the name asked for
            answer += QByteArray::fromHex("00210001000000000019") + char(1);
            answer += QByteArrayLiteral("EV\x1b]0;PWN\x07     \x03") + QByteArray::fromHex("0400");
            answer += QByteArray(6, '\0');
            service.writeDatagram(request.makeReply(answer));
        }
    });
    QProcess lister;
    lister.setProcessEnvironment(environment(QStringLiteral("remote-aliases")));
    lister.start(m_netmsg,
                 {QStringLiteral("--transport"), QStringLiteral("winpopup"), QStringLiteral("-o"),
                  QStringLiteral("nodeStatusPort=%1").arg(service.localPort()),
                  QStringLiteral("alias"), QStringLiteral("list"), QStringLiteral("--server"),
                  QStringLiteral("127.0.0.1")});
    lister.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(lister.state(), QProcess::NotRunning, 20000);
    const QByteArray printed = lister.readAllStandardOutput();
    QCOMPARE(lister.exitCode(), 0);
    QVERIFY2(!printed.contains('\x1b') && !printed.contains('\x07'), printed.constData());
    QVERIFY2(printed.contains("EV\\x1b]0;PWN\\x07"), printed.constData());
}

void TestWinPopupNetmsg::unknownAliasFailsTheSend()
{
    QProcess listener;
    quint16 port = 0;
    QVERIFY(startListener(listener, QStringLiteral("unknown"), &port, {}));
    QByteArray out;
    const int sent =
        netmsg(QStringLiteral("unknown-sender"),
               {QStringLiteral("send"), QStringLiteral("--json"), QStringLiteral("--transport"),
                QStringLiteral("winpopup"), QStringLiteral("--to"),
                QStringLiteral("NOBODY@127.0.0.1:%1").arg(port), QStringLiteral("hello?")},
               &out);
    listener.terminate();
    QVERIFY(listener.waitForFinished(5000));
    QVERIFY(sent != 0);
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed()).object();
    QCOMPARE(result.value(QLatin1String("code")).toInteger(), 2273); // NERR_NameNotFound
    QVERIFY(listener.readAllStandardOutput().isEmpty());
}

void TestWinPopupNetmsg::overLimitSplitArrivesInParts()
{
    QProcess listener;
    quint16 port = 0;
    QVERIFY(
        startListener(listener, QStringLiteral("split"), &port,
                      {QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("2")}));
    // 60 lines of 40 bytes: 2,400 bytes, over the 1,600-byte limit; with CRLF
    // breaks even more, which must not make any part fail.
    QString text;
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("Line %1 of the weekly capacity report.\n")
                    .arg(i, 2, 10, QLatin1Char('0'));
    text.chop(1);
    QByteArray out;
    QByteArray err;
    QCOMPARE(
        netmsg(QStringLiteral("split-sender"),
               {QStringLiteral("send"), QStringLiteral("--json"), QStringLiteral("--transport"),
                QStringLiteral("winpopup"), QStringLiteral("--over-limit"), QStringLiteral("split"),
                QStringLiteral("--to"), QStringLiteral("OPS@127.0.0.1:%1").arg(port), text},
               &out, &err),
        0);
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed()).object();
    QCOMPARE(result.value(QLatin1String("code")).toInteger(), 0);
    QCOMPARE(result.value(QLatin1String("parts")).toInteger(), 2);
    QVERIFY(listener.waitForFinished(10000));
    const QList<QByteArray> lines = listener.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QString joined;
    for (const QByteArray &line : lines)
        joined += QJsonDocument::fromJson(line).object().value(QLatin1String("text")).toString();
    QVERIFY(joined.startsWith(QLatin1String("(1/2)")));
    QVERIFY(joined.contains(QLatin1String("(2/2)")));
    for (int i = 0; i < 60; ++i)
        QVERIFY(joined.contains(QStringLiteral("Line %1 of").arg(i, 2, 10, QLatin1Char('0'))));
}

void TestWinPopupNetmsg::cliSendToSmbd()
{
    if (SmbdFixture::smbdPath().isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("smbd is not installed");
        QSKIP("smbd is not installed");
    }
    SmbdFixture smbd;
    const QString error = smbd.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray err;
    QCOMPARE(
        netmsg(QStringLiteral("to-smbd"),
               {QStringLiteral("send"), QStringLiteral("--transport"), QStringLiteral("winpopup"),
                QStringLiteral("--codepage"), QStringLiteral("CP850"), QStringLiteral("--to"),
                QStringLiteral("OPS@127.0.0.1:%1").arg(smbd.port()), QStringLiteral("Grüße")},
               nullptr, &err),
        0);
    const auto messages = smbd.waitForMessages(1);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, QStringLiteral("Grüße"));
}

QTEST_GUILESS_MAIN(TestWinPopupNetmsg)
#include "tst_winpopup_netmsg.moc"
