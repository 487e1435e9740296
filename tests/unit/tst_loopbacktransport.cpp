#include "deliveryjob.h"
#include "filemodes.h"
#include "imessagetransport.h"
#include "transportregistry.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

template <typename T> static T wait(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        done.wait(5000);
    return future.result();
}

// A send's Outcome; its state is checked where it matters.
static Outcome wait(const QFuture<SendResult> &future)
{
    const SendResult result = wait<SendResult>(future);
    if (result.outcome.isSuccess() != (result.state == DeliveryState::Delivered))
        qWarning() << "state" << DeliveryStates::name(result.state) << "for"
                   << result.outcome.toString();
    return result.outcome;
}

// The messages that reached a server's inbox, as the state file has them.
static QJsonArray inboxOf(const QString &stateFile, const QString &server)
{
    QFile state(stateFile);
    if (!state.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(state.readAll())
        .object()
        .value(QLatin1String("servers"))
        .toObject()
        .value(server)
        .toObject()
        .value(QLatin1String("inbox"))
        .toArray();
}

class tst_LoopbackTransport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void serverStartsWithItsComputerName();
    void addListDelete();
    void sendToAliasLandsAndUnknownIsNotFound();
    void broadcastReachesEveryAliasWithin128Bytes();
    void stateIsSharedBetweenInstances();
    void injectedFaults();
    void badOptionsChangeNothing();
    void answersAreAsynchronous();
    void receiverThatCannotKeepAMessageRefusesIt();
    void aFailedAliasChangeKeepsQueuedDeliveries();
    void reportsProgressAndStates();
    void cancelledSendIsDroppedNotDelivered();
    void timedOutJobDeliversNothingLater();
    void stateFileIsOwnerOnly();

private:
    IMessageTransport *create(const QVariantMap &options = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::list<std::unique_ptr<TransportRegistry>> m_registries;
};

void tst_LoopbackTransport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void tst_LoopbackTransport::cleanup()
{
    m_registries.clear();
}

IMessageTransport *tst_LoopbackTransport::create(const QVariantMap &options)
{
    auto registry = std::make_unique<TransportRegistry>();
    registry->setContext({m_dir->path(), {}});
    registry->setTransportOptions(QStringLiteral("loopback"), options);
    registry->discover();
    IMessageTransport *transport = registry->transport(QStringLiteral("loopback"));
    m_registries.push_back(std::move(registry));
    return transport;
}

void tst_LoopbackTransport::serverStartsWithItsComputerName()
{
    IMessageTransport *transport = create();
    QVERIFY(transport);
    const AliasListing listing = wait(transport->listAliases(QStringLiteral("hq")));
    QVERIFY(listing.outcome.isSuccess());
    QCOMPARE(listing.aliases, QStringList{"HQ"});
    QCOMPARE(wait(transport->deleteAlias(QStringLiteral("HQ"), QStringLiteral("hq"))).code(),
             quint32(Code::NerrDelComputerName));
}

void tst_LoopbackTransport::addListDelete()
{
    IMessageTransport *transport = create();
    QVERIFY(wait(transport->addAlias(QStringLiteral("HQ"), QStringLiteral("ops"))).isSuccess());
    QCOMPARE(wait(transport->addAlias(QStringLiteral("HQ"), QStringLiteral("OPS"))).code(),
             quint32(Code::NerrAlreadyExists));
    QCOMPARE(wait(transport->addAlias(QStringLiteral("HQ"), QStringLiteral("O|PS"))).code(),
             quint32(Code::InvalidName));
    QCOMPARE(wait(transport->listAliases(QStringLiteral("HQ"))).aliases,
             (QStringList{"HQ", "OPS"}));
    QCOMPARE(wait(transport->deleteAlias(QStringLiteral("HQ"), QStringLiteral("NOPE"))).code(),
             quint32(Code::NerrNameNotFound));
    QVERIFY(wait(transport->deleteAlias(QStringLiteral("HQ"), QStringLiteral("ops"))).isSuccess());
    QCOMPARE(wait(transport->listAliases(QStringLiteral("HQ"))).aliases, QStringList{"HQ"});
}

void tst_LoopbackTransport::sendToAliasLandsAndUnknownIsNotFound()
{
    IMessageTransport *transport = create({{QStringLiteral("localName"), QStringLiteral("DESK1")}});
    QVERIFY(transport->startReceiving({}).isSuccess());
    QSignalSpy received(transport, &IMessageTransport::messageReceived);
    Message message{QString(), QStringLiteral("desk1"), {},
                    0,         QStringLiteral("ALICE"), QStringLiteral("Привет")};
    QVERIFY(wait(transport->send(message)).isSuccess());
    QCOMPARE(received.size(), 1);
    const auto got = received.first().first().value<ReceivedMessage>();
    QCOMPARE(got.text, QStringLiteral("Привет"));
    QCOMPARE(got.sender, QStringLiteral("ALICE"));
    message.recipient = QStringLiteral("NOBODY");
    const Outcome missing = wait(transport->send(message));
    QCOMPARE(missing.code(), quint32(Code::NerrNameNotFound));
    QVERIFY(missing.detail().contains(QLatin1String("NOBODY")));
}

void tst_LoopbackTransport::broadcastReachesEveryAliasWithin128Bytes()
{
    IMessageTransport *transport = create({{QStringLiteral("localName"), QStringLiteral("DESK1")}});
    QVERIFY(wait(transport->addAlias({}, QStringLiteral("OPS"))).isSuccess());
    QVERIFY(wait(transport->addAlias({}, QStringLiteral("HELP"))).isSuccess());
    QVERIFY(transport->startReceiving({}).isSuccess());
    QSignalSpy received(transport, &IMessageTransport::messageReceived);
    Message message{QString(), QStringLiteral("*"),     {},
                    0,         QStringLiteral("ALICE"), QString(64, QLatin1Char('b'))};
    const Outcome outcome = wait(transport->send(message));
    QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString()));
    QCOMPARE(received.size(), 3);
    message.text = QString(65, QLatin1Char('b')); // 130 bytes in UTF-16
    QCOMPARE(wait(transport->send(message)).code(), quint32(Code::NerrTruncatedBroadcast));
    QCOMPARE(received.size(), 3);
}

void tst_LoopbackTransport::stateIsSharedBetweenInstances()
{
    IMessageTransport *first = create();
    QVERIFY(wait(first->addAlias(QStringLiteral("HQ"), QStringLiteral("OPS"))).isSuccess());
    IMessageTransport *second = create();
    QCOMPARE(wait(second->listAliases(QStringLiteral("HQ"))).aliases, (QStringList{"HQ", "OPS"}));
    QVERIFY(wait(second->deleteAlias(QStringLiteral("HQ"), QStringLiteral("OPS"))).isSuccess());
    QCOMPARE(wait(first->listAliases(QStringLiteral("HQ"))).aliases, QStringList{"HQ"});
    QCOMPARE(
        wait(first->send(
                 {QStringLiteral("HQ"), QStringLiteral("OPS"), {}, 0, {}, QStringLiteral("x")}))
            .code(),
        quint32(Code::NerrNameNotFound));
}

void tst_LoopbackTransport::injectedFaults()
{
    IMessageTransport *transport =
        create({{QStringLiteral("failNames"), QStringLiteral("OPS=5")},
                {QStringLiteral("offlineServers"), QStringLiteral("BRANCH")},
                {QStringLiteral("failureRate"), 1.0},
                {QStringLiteral("failureCode"), 1722}});
    QCOMPARE(
        wait(transport->send(
                 {QStringLiteral("HQ"), QStringLiteral("OPS"), {}, 0, {}, QStringLiteral("x")}))
            .code(),
        quint32(Code::AccessDenied));
    QCOMPARE(wait(transport->listAliases(QStringLiteral("BRANCH"))).outcome.code(),
             quint32(Code::BadNetPath));
    QCOMPARE(wait(transport->send(
                      {QStringLiteral("HQ"), QStringLiteral("HQ"), {}, 0, {}, QStringLiteral("x")}))
                 .code(),
             quint32(Code::RpcServerUnavailable));

    IMessageTransport *stalling = create({{QStringLiteral("stallNames"), QStringLiteral("SLOW")}});
    const QFuture<SendResult> future = stalling->send(
        {QStringLiteral("HQ"), QStringLiteral("slow"), {}, 0, {}, QStringLiteral("x")});
    QTest::qWait(100);
    QVERIFY(!future.isFinished());
}

void tst_LoopbackTransport::badOptionsChangeNothing()
{
    IMessageTransport *transport = create({{QStringLiteral("latencyMs"), 1}});
    QCOMPARE(transport->configure({{QStringLiteral("failureRate"), 2}}).code(),
             quint32(Code::InvalidParameter));
    QCOMPARE(
        transport->configure({{QStringLiteral("failNames"), QStringLiteral("OPS=99999")}}).code(),
        quint32(Code::InvalidParameter));
    const Outcome unknown =
        transport->configure({{QStringLiteral("colour"), QStringLiteral("red")}});
    QCOMPARE(unknown.code(), quint32(Code::InvalidParameter));
    QVERIFY(unknown.detail().contains(QLatin1String("colour")));
    QVERIFY(wait(transport->send(
                     {QStringLiteral("HQ"), QStringLiteral("HQ"), {}, 0, {}, QStringLiteral("x")}))
                .isSuccess());
}

void tst_LoopbackTransport::answersAreAsynchronous()
{
    IMessageTransport *transport = create({{QStringLiteral("latencyMs"), 30}});
    QElapsedTimer timer;
    timer.start();
    const QFuture<SendResult> future = transport->send(
        {QStringLiteral("HQ"), QStringLiteral("HQ"), {}, 0, {}, QStringLiteral("x")});
    QVERIFY(!future.isFinished());
    QVERIFY(wait(future).isSuccess());
    QVERIFY(timer.elapsed() >= 25);
}

// A delivery waits in memory until the state file is next written; an alias
// change that fails in between must not throw it away with its own change.
void tst_LoopbackTransport::aFailedAliasChangeKeepsQueuedDeliveries()
{
    IMessageTransport *transport = create();
    QVERIFY(transport);
    Message message;
    message.server = QStringLiteral("HQ");
    message.recipient = QStringLiteral("HQ");
    message.text = QStringLiteral("kept");
    QFuture<SendResult> sent = transport->send(message);
    QFuture<Outcome> duplicate = transport->addAlias(QStringLiteral("HQ"), QStringLiteral("HQ"));
    QVERIFY(wait(sent).isSuccess());
    QCOMPARE(wait(duplicate).code(), quint32(Code::NerrAlreadyExists));
    m_registries.clear(); // the transport writes what it still holds

    const QJsonArray inbox =
        inboxOf(m_dir->filePath(QStringLiteral("loopback-network.json")), QStringLiteral("HQ"));
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.first().toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("kept"));
}

void tst_LoopbackTransport::receiverThatCannotKeepAMessageRefusesIt()
{
    IMessageTransport *transport = create({{QStringLiteral("localName"), QStringLiteral("DESK1")}});
    ReceiverOptions options;
    int offered = 0;
    options.accept = [&offered](const ReceivedMessage &) {
        ++offered;
        return QtFuture::makeReadyFuture(
            Outcome(Code::NerrBadReceive, QStringLiteral("inbox full")));
    };
    QVERIFY(transport->startReceiving(options).isSuccess());
    QSignalSpy received(transport, &IMessageTransport::messageReceived);
    const Outcome outcome =
        wait(transport->send({{}, QStringLiteral("DESK1"), {}, 0, {}, QStringLiteral("x")}));
    QCOMPARE(outcome.code(), quint32(Code::NerrBadReceive));
    QCOMPARE(offered, 1);
    QCOMPARE(received.size(), 0);
}

void tst_LoopbackTransport::reportsProgressAndStates()
{
    IMessageTransport *transport =
        create({{QStringLiteral("latencyMs"), 30},
                {QStringLiteral("stallNames"), QStringLiteral("SLOW")},
                {QStringLiteral("silentNames"), QStringLiteral("MUTE")}});
    const Message base{QStringLiteral("HQ"), QStringLiteral("HQ"), {}, 0, {}, QStringLiteral("x")};
    const QFuture<SendResult> ok = transport->send(base);
    QCOMPARE(ok.progressValue(), int(SendProgress::Started)); // at once: its time runs
    QCOMPARE(wait<SendResult>(ok).state, DeliveryState::Delivered);
    Message missing = base;
    missing.recipient = QStringLiteral("NOBODY");
    QCOMPARE(wait<SendResult>(transport->send(missing)).state, DeliveryState::Failed);
    Message slow = base;
    slow.recipient = QStringLiteral("SLOW");
    QCOMPARE(transport->send(slow).progressValue(), int(SendProgress::HandedOver));
    Message mute = base;
    mute.recipient = QStringLiteral("MUTE");
    QCOMPARE(transport->send(mute).progressValue(), int(SendProgress::Started));
}

// A cancelled attempt (a job's cancel or timeout) never lands later.
void tst_LoopbackTransport::cancelledSendIsDroppedNotDelivered()
{
    IMessageTransport *transport = create({{QStringLiteral("latencyMs"), 150}});
    QFuture<SendResult> sent = transport->send(
        {QStringLiteral("HQ"), QStringLiteral("HQ"), {}, 0, {}, QStringLiteral("dropped")});
    QTest::qWait(30);
    sent.cancel();
    QTest::qWait(250);
    QVERIFY(sent.isFinished());
    QCOMPARE(sent.resultCount(), 0);
    QVERIFY(
        wait(transport->send(
                 {QStringLiteral("HQ"), QStringLiteral("HQ"), {}, 0, {}, QStringLiteral("kept")}))
            .isSuccess());
    m_registries.clear();
    const QJsonArray inbox =
        inboxOf(m_dir->filePath(QStringLiteral("loopback-network.json")), QStringLiteral("HQ"));
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.first().toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("kept"));
}

void tst_LoopbackTransport::timedOutJobDeliversNothingLater()
{
    IMessageTransport *transport = create({{QStringLiteral("latencyMs"), 300}});
    DeliveryJob job(transport, nullptr);
    DeliveryOptions options;
    options.timeoutMs = 60;
    options.retries = 0;
    job.setOptions(options);
    Message message;
    message.server = QStringLiteral("HQ");
    message.text = QStringLiteral("late");
    QSignalSpy finished(&job, &DeliveryJob::finished);
    QVERIFY(job.start(message, {Recipient{QStringLiteral("HQ"), {}, 0, {}}}).isSuccess());
    QVERIFY(finished.wait(2000));
    QCOMPARE(job.results().at(0).state, DeliveryState::Failed);
    QCOMPARE(job.results().at(0).outcome.code(), quint32(Code::Timeout));
    QTest::qWait(400); // past the latency: the send would have landed by now
    m_registries.clear();
    QCOMPARE(inboxOf(m_dir->filePath(QStringLiteral("loopback-network.json")), QStringLiteral("HQ"))
                 .size(),
             0);
}

// The network file holds every server's aliases and inbox: its user's alone.
void tst_LoopbackTransport::stateFileIsOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix file modes: on Windows the files inherit their folder's ACL");
#else
    testing::useReadableUmask();
    IMessageTransport *transport = create();
    QVERIFY(transport);
    QVERIFY(wait(transport->addAlias(QStringLiteral("HQ"), QStringLiteral("OPS"))).isSuccess());
    QVERIFY(
        wait(
            transport->send(
                {QStringLiteral("HQ"), QStringLiteral("OPS"), {}, 0, {}, QStringLiteral("secret")}))
            .isSuccess());
    m_registries.clear(); // the transport writes what it still holds
    const QString file = m_dir->filePath(QStringLiteral("loopback-network.json"));
    QCOMPARE(inboxOf(file, QStringLiteral("HQ")).size(), 1);
    QCOMPARE(testing::modeOf(file), QStringLiteral("0600"));
#endif
}

QTEST_GUILESS_MAIN(tst_LoopbackTransport)
#include "tst_loopbacktransport.moc"
