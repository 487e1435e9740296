#include "faketransport.h"
#include "preflight.h"
#include "transportregistry.h"

#include <QHostInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

namespace {

// A fake whose probes answer only when the test says so: how many run at
// once, and which were cancelled.
class HeldProbeTransport : public FakeTransport
{
public:
    using FakeTransport::FakeTransport;
    QFuture<Outcome> probe(const Recipient &recipient) override
    {
        probed.append(recipient.name);
        auto promise = std::make_shared<QPromise<Outcome>>();
        promise->start();
        if (stage != ProbeProgress::NotChecked) {
            promise->setProgressRange(ProbeProgress::NotChecked, ProbeProgress::PortReached);
            promise->setProgressValueAndText(stage, QStringLiteral("10.0.0.9"));
        }
        held.append(promise);
        maxOpen = qMax(maxOpen, open());
        return promise->future();
    }
    int open() const
    {
        return int(std::count_if(held.cbegin(), held.cend(), [](const auto &promise) {
            return !promise->future().isFinished() && !promise->future().isCanceled();
        }));
    }
    void answerAll(const Outcome &outcome = Outcome::success())
    {
        for (const auto &promise : std::exchange(held, {})) {
            promise->addResult(outcome);
            promise->finish();
        }
    }
    QStringList probed;
    QList<std::shared_ptr<QPromise<Outcome>>> held;
    int maxOpen = 0;
    int stage = ProbeProgress::NotChecked; // where each probe stops (ProbeProgress)
};

Recipient target(const QString &name, const QString &host = {}, quint16 port = 0)
{
    return Recipient{name, host, port, {}};
}

RouteEntry entryFor(IMessageTransport *transport)
{
    return RouteEntry{transport->id(), transport, transport->availability()};
}

// Runs a preflight to its end and hands back its results in target order.
QList<PreflightResult> run(Preflight &preflight, const QList<Recipient> &recipients)
{
    QSignalSpy finished(&preflight, &Preflight::finished);
    if (!preflight.start(recipients).isSuccess())
        return {};
    if (!finished.wait(10000))
        qWarning("the preflight did not finish");
    return preflight.results();
}

} // namespace

// Preflight over the real loopback and winpopup plugins and over fakes: the
// step each target would take, its probe's answer, and how the probes run.
class tst_Preflight : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void picksTheFirstStepThatCanAddressTheTarget();
    void unavailableStepsAreSkippedWithTheirReason();
    void noStepCanTakeTheTarget();
    void loopbackProbe_data();
    void loopbackProbe();
    void defaultProbeSaysNothingMoreCanBeChecked();
    void winpopupReachesAListeningPortAndSendsNothing();
    void winpopupClosedPortIsRefused();
    void winpopupUnresolvableHostIsABadPath();
    void winpopupUnresolvableBareNameIsNotFound();
    void reportsEachTargetAsItComes();
    void boundsConcurrency();
    void timesOutASilentProbe();
    void cancelEndsEveryOpenTarget();
    void listenerMayDeleteThePreflight();
    void aTransportClosedMeanwhileIsAnError();

private:
    IMessageTransport *transport(const QString &id, const QVariantMap &options = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TransportRegistry> m_registry;
};

void tst_Preflight::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_registry = std::make_unique<TransportRegistry>();
    m_registry->setContext({m_dir->path(), {}});
    m_registry->discover();
}

void tst_Preflight::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

IMessageTransport *tst_Preflight::transport(const QString &id, const QVariantMap &options)
{
    if (!options.isEmpty() && !m_registry->setTransportOptions(id, options).isSuccess())
        return nullptr;
    return m_registry->transport(id);
}

void tst_Preflight::picksTheFirstStepThatCanAddressTheTarget()
{
    IMessageTransport *loopback = transport(QStringLiteral("loopback"));
    IMessageTransport *winpopup = transport(QStringLiteral("winpopup"));
    QVERIFY(loopback && winpopup);
    const Preflight preflight({entryFor(loopback), entryFor(winpopup)});

    const PreflightResult bare = preflight.plan(target(QStringLiteral("OPS")));
    QVERIFY(bare.outcome.isSuccess());
    QCOMPARE(bare.transport, QStringLiteral("loopback"));
    QVERIFY(bare.skipped.isEmpty());
    // A send that loopback answers "not found" would move on to winpopup.
    QCOMPARE(bare.fallbacks, QStringList{"winpopup"});

    // Loopback servers have no ports: winpopup takes it, loopback is skipped and why.
    const PreflightResult direct =
        preflight.plan(target(QStringLiteral("PC7"), QStringLiteral("10.0.0.7"), 139));
    QCOMPARE(direct.transport, QStringLiteral("winpopup"));
    QCOMPARE(direct.skipped.size(), 1);
    QCOMPARE(direct.skipped.first().transport, QStringLiteral("loopback"));
    QCOMPARE(direct.skipped.first().reason.code(), quint32(Code::NotSupported));
    QVERIFY(direct.fallbacks.isEmpty());
}

void tst_Preflight::unavailableStepsAreSkippedWithTheirReason()
{
    FakeTransport missingMsgExe(QStringLiteral("wts"));
    missingMsgExe.m_availability =
        Outcome(Code::NotSupported, QStringLiteral("no msg.exe in System32"));
    FakeTransport fallback(QStringLiteral("fake"));
    const QList<RouteEntry> route =
        Route::resolve(*m_registry, {QStringLiteral("netapi32")}) +
        QList<RouteEntry>{entryFor(&missingMsgExe), entryFor(&fallback)};
    Preflight preflight(route);

    const QList<PreflightResult> results = run(preflight, {target(QStringLiteral("OPS"))});
    QCOMPARE(results.size(), 1);
    const PreflightResult &result = results.first();
    QCOMPARE(result.transport, QStringLiteral("fake"));
    QCOMPARE(result.skipped.size(), 2);
    QCOMPARE(result.skipped.at(0).transport, QStringLiteral("netapi32"));
    QCOMPARE(result.skipped.at(0).reason.category(), OutcomeCategory::NotSupported);
    QCOMPARE(result.skipped.at(1).transport, QStringLiteral("wts"));
    QCOMPARE(result.skipped.at(1).reason.detail(), QStringLiteral("no msg.exe in System32"));
    QVERIFY2(result.outcome.isSuccess(), qPrintable(result.outcome.toString()));
}

void tst_Preflight::noStepCanTakeTheTarget()
{
    FakeTransport unavailable(QStringLiteral("netapi32"));
    unavailable.m_availability =
        Outcome(Code::NotSupported, QStringLiteral("the Messenger API is not supported"));
    FakeTransport noHosts(QStringLiteral("fake"));
    Preflight preflight({entryFor(&unavailable), entryFor(&noHosts)});

    const QList<PreflightResult> results =
        run(preflight, {target(QStringLiteral("PC"), QStringLiteral("10.0.0.5"))});
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().transport.isEmpty());
    QCOMPARE(results.first().outcome.code(), quint32(Code::NotSupported));
    QVERIFY(results.first().outcome.detail().contains(QLatin1String("Messenger API")));
    QVERIFY(results.first().outcome.detail().contains(QLatin1String("takes no hosts")));
    QCOMPARE(results.first().skipped.size(), 2);

    Preflight empty({});
    QCOMPARE(empty.plan(target(QStringLiteral("PC"))).outcome.code(),
             quint32(Code::InvalidParameter));
}

void tst_Preflight::loopbackProbe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("server");
    QTest::addColumn<quint32>("code");
    QTest::newRow("alias on this computer") << "OPS"
                                            << "" << quint32(Code::Success);
    QTest::newRow("alias of another server") << "SALES"
                                             << "HQ" << quint32(Code::Success);
    QTest::newRow("computer name") << "HQ"
                                   << "HQ" << quint32(Code::Success);
    QTest::newRow("unknown alias") << "NOBODY"
                                   << "" << quint32(Code::NerrNameNotFound);
    QTest::newRow("alias of another server only") << "SALES"
                                                  << "" << quint32(Code::NerrNameNotFound);
    QTest::newRow("server offline") << "OPS"
                                    << "DOWN" << quint32(Code::BadNetPath);
    QTest::newRow("broadcast") << "*"
                               << "HQ" << quint32(Code::Success);
}

void tst_Preflight::loopbackProbe()
{
    QFETCH(QString, name);
    QFETCH(QString, server);
    QFETCH(quint32, code);
    IMessageTransport *loopback =
        transport(QStringLiteral("loopback"), {{QStringLiteral("offlineServers"), "DOWN"}});
    QVERIFY(loopback);
    QFutureWatcher<Outcome> added;
    QSignalSpy done(&added, &QFutureWatcherBase::finished);
    added.setFuture(loopback->addAlias({}, QStringLiteral("OPS")));
    QVERIFY(done.wait());
    added.setFuture(loopback->addAlias(QStringLiteral("HQ"), QStringLiteral("SALES")));
    QVERIFY(done.wait());

    Preflight preflight({entryFor(loopback)});
    const QList<PreflightResult> results = run(preflight, {target(name, server)});
    QCOMPARE(results.size(), 1);
    const PreflightResult &result = results.first();
    QCOMPARE(result.transport, QStringLiteral("loopback"));
    QVERIFY2(result.outcome.code() == code, qPrintable(result.outcome.toString()));
    // An in-process network resolves no names and opens no ports.
    QCOMPARE(result.nameResolves, PreflightCheck::NotChecked);
    QCOMPARE(result.portReachable, PreflightCheck::NotChecked);
}

void tst_Preflight::defaultProbeSaysNothingMoreCanBeChecked()
{
    FakeTransport fake;
    Preflight preflight({entryFor(&fake)});
    const QList<PreflightResult> results = run(preflight, {target(QStringLiteral("OPS"))});
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().outcome.isSuccess());
    QVERIFY2(results.first().outcome.detail().contains(QLatin1String("cannot check more")),
             qPrintable(results.first().outcome.detail()));
    QVERIFY(fake.sent.isEmpty());
    QCOMPARE(results.first().nameResolves, PreflightCheck::NotChecked);
    QCOMPARE(results.first().portReachable, PreflightCheck::NotChecked);

    fake.m_availability = Outcome(Code::NotSupported, QStringLiteral("gone"));
    QCOMPARE(QFuture<Outcome>(fake.probe(target(QStringLiteral("OPS")))).result().code(),
             quint32(Code::NotSupported));
}

void tst_Preflight::winpopupReachesAListeningPortAndSendsNothing()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    IMessageTransport *winpopup = transport(QStringLiteral("winpopup"));
    QVERIFY(winpopup);
    Preflight preflight({entryFor(winpopup)});

    const QList<PreflightResult> results =
        run(preflight,
            {target(QStringLiteral("PC"), QStringLiteral("127.0.0.1"), listener.serverPort()),
             target(QStringLiteral("PC"), QStringLiteral("localhost"), listener.serverPort())});
    QCOMPARE(results.size(), 2);
    for (const PreflightResult &result : results) {
        QVERIFY2(result.outcome.isSuccess(), qPrintable(result.outcome.toString()));
        QCOMPARE(result.transport, QStringLiteral("winpopup"));
        QCOMPARE(result.nameResolves, PreflightCheck::Passed);
        QCOMPARE(result.portReachable, PreflightCheck::Passed);
    }
    QCOMPARE(results.at(0).address, QStringLiteral("127.0.0.1"));
    QCOMPARE(results.at(0).outcome.detail(),
             QStringLiteral("127.0.0.1:%1 answers").arg(listener.serverPort()));
    QVERIFY(!results.at(1).address.isEmpty());

    // Both connections came and went without a byte.
    QTRY_VERIFY(listener.hasPendingConnections());
    int connections = 0;
    while (QTcpSocket *peer = listener.nextPendingConnection()) {
        ++connections;
        if (peer->state() == QAbstractSocket::ConnectedState)
            QVERIFY(peer->waitForDisconnected(5000));
        QCOMPARE(peer->bytesAvailable(), qint64(0));
        QCOMPARE(peer->readAll(), QByteArray());
        delete peer;
        if (connections < 2)
            QTRY_VERIFY(listener.hasPendingConnections());
    }
    QCOMPARE(connections, 2);
}

void tst_Preflight::winpopupClosedPortIsRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        closedPort = listener.serverPort();
    }
    IMessageTransport *winpopup = transport(QStringLiteral("winpopup"));
    QVERIFY(winpopup);
    Preflight preflight({entryFor(winpopup)});
    const QList<PreflightResult> results =
        run(preflight, {target(QStringLiteral("PC"), QStringLiteral("127.0.0.1"), closedPort)});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome.code(), quint32(Code::ConnectionRefused));
    QCOMPARE(results.first().nameResolves, PreflightCheck::Passed);
    QCOMPARE(results.first().portReachable, PreflightCheck::Failed);
}

void tst_Preflight::winpopupUnresolvableHostIsABadPath()
{
    IMessageTransport *winpopup = transport(QStringLiteral("winpopup"));
    QVERIFY(winpopup);
    Preflight preflight({entryFor(winpopup)});
    // RFC 6761: .invalid never resolves.
    const QList<PreflightResult> results =
        run(preflight, {target(QStringLiteral("PC"), QStringLiteral("nosuchhost.invalid"))});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome.code(), quint32(Code::BadNetPath));
    QCOMPARE(results.first().nameResolves, PreflightCheck::Failed);
    QCOMPARE(results.first().portReachable, PreflightCheck::NotReached);
}

void tst_Preflight::winpopupUnresolvableBareNameIsNotFound()
{
    const QString name = QStringLiteral("NETMSG-NOHOST9");
    if (QHostInfo::fromName(name).error() == QHostInfo::NoError)
        QSKIP("this system's resolver answers for any name");
    IMessageTransport *winpopup = transport(QStringLiteral("winpopup"));
    QVERIFY(winpopup);
    Preflight preflight({entryFor(winpopup)});
    const QList<PreflightResult> results = run(preflight, {target(name)});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome.code(), quint32(Code::NerrNameNotFound));
    QCOMPARE(results.first().nameResolves, PreflightCheck::Failed);
}

void tst_Preflight::reportsEachTargetAsItComes()
{
    HeldProbeTransport fake;
    Preflight preflight({entryFor(&fake)});
    QSignalSpy reported(&preflight, &Preflight::targetFinished);
    QSignalSpy finished(&preflight, &Preflight::finished);
    QVERIFY(preflight
                .start({target(QStringLiteral("A")), target(QStringLiteral("B|C")),
                        target(QStringLiteral("D"))})
                .isSuccess());
    QCOMPARE(reported.size(), 0); // never from inside start()
    // The bad name has no probe to wait for; it comes at once.
    QTRY_COMPARE(reported.size(), 1);
    QCOMPARE(reported.first().first().value<PreflightResult>().index, 1);
    QCOMPARE(reported.first().first().value<PreflightResult>().outcome.code(),
             quint32(Code::InvalidName));
    QTRY_COMPARE(fake.held.size(), 2);
    fake.answerAll(Outcome(Code::AccessDenied));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(reported.size(), 3);
    QCOMPARE(preflight.results().at(2).outcome.code(), quint32(Code::AccessDenied));
    QVERIFY(!preflight.isRunning());
}

void tst_Preflight::boundsConcurrency()
{
    HeldProbeTransport fake;
    Preflight preflight({entryFor(&fake)});
    preflight.setConcurrency(3);
    QList<Recipient> targets;
    for (int i = 0; i < 10; ++i)
        targets.append(target(QStringLiteral("PC%1").arg(i)));
    QSignalSpy finished(&preflight, &Preflight::finished);
    QVERIFY(preflight.start(targets).isSuccess());
    while (finished.isEmpty()) {
        QTRY_VERIFY(fake.open() > 0 || !finished.isEmpty());
        QVERIFY(fake.open() <= 3);
        fake.answerAll();
        QTest::qWait(1);
    }
    QCOMPARE(fake.maxOpen, 3);
    QCOMPARE(fake.probed.size(), 10);
    QCOMPARE(preflight.finishedCount(), 10);
}

void tst_Preflight::timesOutASilentProbe()
{
    HeldProbeTransport fake;
    fake.stage = ProbeProgress::NameResolved; // resolved, then the connect hangs
    Preflight preflight({entryFor(&fake)});
    preflight.setTimeoutMs(50);
    const QList<PreflightResult> results = run(preflight, {target(QStringLiteral("SILENT"))});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome.code(), quint32(Code::Timeout));
    QCOMPARE(results.first().nameResolves, PreflightCheck::Passed);
    QCOMPARE(results.first().address, QStringLiteral("10.0.0.9"));
    QCOMPARE(results.first().portReachable, PreflightCheck::Failed);
    // The transport was told to stop.
    QVERIFY(fake.held.first()->isCanceled());
}

void tst_Preflight::cancelEndsEveryOpenTarget()
{
    HeldProbeTransport fake;
    fake.stage = ProbeProgress::Resolving;
    Preflight preflight({entryFor(&fake)});
    preflight.setConcurrency(2);
    QSignalSpy reported(&preflight, &Preflight::targetFinished);
    QSignalSpy finished(&preflight, &Preflight::finished);
    QVERIFY(preflight
                .start({target(QStringLiteral("A")), target(QStringLiteral("B")),
                        target(QStringLiteral("C"))})
                .isSuccess());
    QTRY_COMPARE(fake.held.size(), 2);
    preflight.cancel();
    QCOMPARE(reported.size(), 3);
    QCOMPARE(finished.size(), 1);
    for (const PreflightResult &result : preflight.results()) {
        QCOMPARE(result.outcome.code(), quint32(Code::Cancelled));
        // A cancel says nothing about the name it was resolving.
        QCOMPARE(result.nameResolves, PreflightCheck::NotChecked);
    }
    QVERIFY(fake.held.at(0)->isCanceled());
    QVERIFY(fake.held.at(1)->isCanceled());
    fake.answerAll(); // late answers change nothing
    QTest::qWait(20);
    QCOMPARE(reported.size(), 3);
    QCOMPARE(fake.probed.size(), 2);
}

void tst_Preflight::listenerMayDeleteThePreflight()
{
    FakeTransport fake;
    QPointer<Preflight> preflight = new Preflight({entryFor(&fake)});
    connect(preflight, &Preflight::targetFinished, preflight, [&preflight] { delete preflight; });
    QVERIFY(
        preflight->start({target(QStringLiteral("A")), target(QStringLiteral("B"))}).isSuccess());
    QTRY_VERIFY(preflight.isNull());
}

void tst_Preflight::aTransportClosedMeanwhileIsAnError()
{
    auto *fake = new FakeTransport;
    Preflight preflight({entryFor(fake)});
    QSignalSpy finished(&preflight, &Preflight::finished);
    QVERIFY(preflight.start({target(QStringLiteral("A"))}).isSuccess());
    delete fake; // before the probe was launched
    QVERIFY(finished.wait());
    QCOMPARE(preflight.results().first().outcome.code(), quint32(Code::InternalError));
    QVERIFY(preflight.results().first().outcome.detail().contains(QLatin1String("closed")));
}

QTEST_MAIN(tst_Preflight)
#include "tst_preflight.moc"
