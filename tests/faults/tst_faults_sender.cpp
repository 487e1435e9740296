#include "hostilecases.h"
#include "winpopupsender.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTest>
#include <QTimer>

using namespace netmsg;
using namespace netmsg::testing;

namespace {

WinPopupTarget targetFor(const HostileCase &hostile, quint16 port)
{
    WinPopupTarget target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = port;
    target.calledName = "OPS";
    target.callingName = "ALICE";
    target.originator = "ALICE";
    target.destination = "OPS";
    target.singleBlock = hostile.singleBlock;
    target.text = hostile.singleBlock ? singleBlockText() : multiBlockText();
    target.connectTimeoutMs = FaultConnectTimeoutMs;
    target.replyTimeoutMs = FaultReplyTimeoutMs;
    target.retargetOtherHosts = hostile.retargetOtherHosts;
    return target;
}

// Runs the event loop until `future` finishes, without QTest::qWaitFor's
// 10 ms naps: the peer's dribble and the sender share this thread.
bool waitForFinished(const QFuture<SendResult> &future, int timeoutMs)
{
    QEventLoop loop;
    QFutureWatcher<SendResult> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.isFinished();
}

} // namespace

// One WinPopupSender against each hostile peer of hostilecases.h: it ends
// within its timeouts with the expected Outcome code and delivery state, and
// a message it calls failed never reached the peer.
class TestFaultsSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void hostilePeer_data();
    void hostilePeer();
    void retargetRefusalSendsNothingElsewhere();
};

void TestFaultsSender::cleanup()
{
    // Senders delete themselves later: none is left at exit (ASan's leak check).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestFaultsSender::hostilePeer_data()
{
    QTest::addColumn<int>("index");
    const QList<HostileCase> cases = hostileCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases.at(i).name.constData()) << i;
}

void TestFaultsSender::hostilePeer()
{
    QFETCH(int, index);
    const HostileCase hostile = hostileCases().at(index);
    const Expected &expected = hostile.expected;
    HostilePeers peers;
    QVERIFY(peers.otherHost.port() != 0); // 127.0.0.2 is there to retarget to
    hostile.setup(peers);

    auto *sender = new WinPopupSender(targetFor(hostile, peers.peer.port()));
    QFuture<SendResult> future = sender->future();
    QElapsedTimer clock;
    clock.start();
    sender->start();
    QVERIFY(waitForFinished(future, 10000));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(future.resultCount(), 1);
    const SendResult result = future.result();
    qInfo("%s: %s, %s after %lld ms", hostile.name.constData(),
          qPrintable(DeliveryStates::name(result.state)), qPrintable(result.outcome.toString()),
          elapsed);

    QCOMPARE(result.outcome.code(), expected.code);
    QCOMPARE(result.state, expected.state);
    QCOMPARE(future.progressValue() == int(SendProgress::HandedOver), expected.handedOver);
    QVERIFY2(result.outcome.isSuccess() || !result.outcome.detail().isEmpty(),
             "every failure says what the peer did");
    // A failed message never arrived; a delivered or unconfirmed one did, once.
    QTest::qWait(20); // the peer reads what was written last
    QCOMPARE(peers.kept(), expected.kept());
    // Within its timeout: a timing-out case waited for it (its coarse timer
    // may fire 5 % early) and no longer (one wait per reply; the trickle and
    // keepalives do not stretch it), every other case ended with the peer's
    // answer.
    const qint64 slackMs = 1500;
    if (expected.waitsMs > 0)
        QVERIFY2(elapsed >= expected.waitsMs * 95 / 100 - 5, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < expected.waitsMs + slackMs, qPrintable(QString::number(elapsed)));
}

// Refusing the retarget means nothing goes to the other host: not even a
// connection, let alone the message.
void TestFaultsSender::retargetRefusalSendsNothingElsewhere()
{
    HostilePeers peers;
    const quint16 port = peers.otherHost.port();
    peers.peer.onSession = [port](const QByteArray &, quint8) {
        return NetbiosSession::retargetResponse(QHostAddress(QStringLiteral("127.0.0.2")), port);
    };
    HostileCase hostile;
    auto *sender = new WinPopupSender(targetFor(hostile, peers.peer.port()));
    QFuture<SendResult> future = sender->future();
    sender->start();
    QVERIFY(waitForFinished(future, 5000));
    QCOMPARE(future.result().outcome.code(), quint32(Code::AccessDenied));
    QVERIFY2(future.result().outcome.detail().contains(QLatin1String("127.0.0.2")),
             qPrintable(future.result().outcome.detail()));
    QVERIFY2(future.result().outcome.detail().contains(QLatin1String("retargetOtherHosts")),
             qPrintable(future.result().outcome.detail()));
    QTest::qWait(50);
    QCOMPARE(peers.otherHost.connectionCount(), 0);
    QCOMPARE(peers.peer.connectionCount(), 1); // no *SMBSERVER retry either
}

QTEST_GUILESS_MAIN(TestFaultsSender)
#include "tst_faults_sender.moc"
