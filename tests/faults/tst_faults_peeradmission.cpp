#include "peeradmission.h"
#include "winpopupoptions.h"

#include <QTest>

using namespace netmsg;

namespace {

const QHostAddress Remote(QStringLiteral("192.0.2.7"));
const QHostAddress OtherRemote(QStringLiteral("192.0.2.8"));

PeerLimits limits(int open, int perMinute)
{
    PeerLimits limits;
    limits.maxConnectionsPerAddress = open;
    limits.connectionsPerAddressPerMinute = perMinute;
    return limits;
}

} // namespace

// The receiver's per-address bookkeeping on its own, on a clock the test
// turns: connections at once, the token bucket of new connections, which
// addresses count together, and that forgotten addresses leave no state.
class TestFaultsPeerAdmission : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectionsAtOncePerAddress();
    void newConnectionsPerMinute();
    void loopbackIsLimitedOnlyWhenAsked();
    void addressKeys_data();
    void addressKeys();
    void floodFromManyAddressesLeavesBoundedState();
    void transportOptions();
    void allowedAndDeniedNetworks();
    void networkOptions();
};

void TestFaultsPeerAdmission::connectionsAtOncePerAddress()
{
    PeerAdmission admission(limits(2, 0));
    QCOMPARE(admission.admit(Remote, 0), PeerAdmission::Verdict::Admit);
    QCOMPARE(admission.admit(Remote, 0), PeerAdmission::Verdict::Admit);
    QCOMPARE(admission.admit(Remote, 0), PeerAdmission::Verdict::TooManyOpen);
    QCOMPARE(admission.admit(OtherRemote, 0), PeerAdmission::Verdict::Admit);
    QCOMPARE(admission.openFrom(Remote), 2);
    admission.release(Remote);
    QCOMPARE(admission.admit(Remote, 0), PeerAdmission::Verdict::Admit);
    QVERIFY(admission.firstRefusal(Remote));
    QVERIFY(!admission.firstRefusal(Remote)); // logged once above debug level
}

void TestFaultsPeerAdmission::newConnectionsPerMinute()
{
    PeerAdmission admission(limits(0, 60)); // a burst of 60, then one a second
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(admission.admit(Remote, 0), PeerAdmission::Verdict::Admit);
        admission.release(Remote);
    }
    QCOMPARE(admission.admit(Remote, 0), PeerAdmission::Verdict::TooFast);
    QCOMPARE(admission.admit(Remote, 999), PeerAdmission::Verdict::TooFast);
    QCOMPARE(admission.admit(Remote, 1000), PeerAdmission::Verdict::Admit);
    QCOMPARE(admission.admit(Remote, 1000), PeerAdmission::Verdict::TooFast);
    QCOMPARE(admission.admit(OtherRemote, 1000), PeerAdmission::Verdict::Admit);
    // A quiet minute refills the whole burst, and no more.
    int admitted = 0;
    while (admission.admit(Remote, 70000) == PeerAdmission::Verdict::Admit)
        ++admitted;
    QCOMPARE(admitted, 60);
}

void TestFaultsPeerAdmission::loopbackIsLimitedOnlyWhenAsked()
{
    const QHostAddress loopback(QStringLiteral("127.0.0.1"));
    const QHostAddress mapped(QStringLiteral("::ffff:127.0.0.1"));
    PeerAdmission lenient(limits(1, 1));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(lenient.admit(loopback, 0), PeerAdmission::Verdict::Admit);
        QCOMPARE(lenient.admit(mapped, 0), PeerAdmission::Verdict::Admit);
        QCOMPARE(lenient.admit(QHostAddress::LocalHostIPv6, 0), PeerAdmission::Verdict::Admit);
    }
    QCOMPARE(lenient.trackedAddresses(), 0);
    PeerLimits strict = limits(1, 0);
    strict.limitLoopback = true;
    PeerAdmission admission(strict);
    QCOMPARE(admission.admit(loopback, 0), PeerAdmission::Verdict::Admit);
    QCOMPARE(admission.admit(mapped, 0), PeerAdmission::Verdict::TooManyOpen); // the same address
    QCOMPARE(admission.admit(QHostAddress(QStringLiteral("127.0.0.2")), 0),
             PeerAdmission::Verdict::Admit);
}

void TestFaultsPeerAdmission::addressKeys_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");
    QTest::newRow("IPv4") << "192.0.2.7"
                          << "192.0.2.7";
    QTest::newRow("IPv4 mapped into IPv6") << "::ffff:192.0.2.7"
                                           << "192.0.2.7";
    QTest::newRow("IPv6 counts by its /64") << "2001:db8:1:2:aaaa:bbbb:cccc:dddd"
                                            << "2001:db8:1:2::/64";
}

void TestFaultsPeerAdmission::addressKeys()
{
    QFETCH(QString, address);
    QFETCH(QString, key);
    QCOMPARE(PeerAdmission::keyFor(QHostAddress(address)), key);
}

// Addresses with nothing open are forgotten once their bucket is full again:
// 100,000 one-off peers leave a table near the pruning threshold (1,024),
// and an address whose connections are still open is never forgotten.
void TestFaultsPeerAdmission::floodFromManyAddressesLeavesBoundedState()
{
    PeerAdmission admission(limits(4, 60));
    const QHostAddress holder(QStringLiteral("198.51.100.1"));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(admission.admit(holder, 0), PeerAdmission::Verdict::Admit);
    int peak = 0;
    for (quint32 i = 0; i < 100000; ++i) {
        const qint64 now = qint64(i) * 10; // 100 new addresses a second
        const QHostAddress peer(quint32(0x0A000000) + i);
        QCOMPARE(admission.admit(peer, now), PeerAdmission::Verdict::Admit);
        admission.release(peer);
        peak = qMax(peak, admission.trackedAddresses());
    }
    qInfo("addresses tracked at most: %d", peak);
    QVERIFY2(peak < 2048, qPrintable(QString::number(peak)));
    QCOMPARE(admission.openFrom(holder), 4);
    QCOMPARE(admission.admit(holder, 1000000), PeerAdmission::Verdict::TooManyOpen);
}

void TestFaultsPeerAdmission::transportOptions()
{
    WinPopupOptions options;
    QCOMPARE(options.peerLimits.maxConnectionsPerAddress, 16);
    QCOMPARE(options.peerLimits.connectionsPerAddressPerMinute, 300);
    QVERIFY(!options.peerLimits.limitLoopback);
    QVERIFY(!options.retargetOtherHosts);
    QVERIFY(options
                .apply({{QStringLiteral("maxConnectionsPerAddress"), 3},
                        {QStringLiteral("connectionsPerAddressPerMinute"), 0},
                        {QStringLiteral("limitLoopbackPeers"), QStringLiteral("yes")},
                        {QStringLiteral("sessionTimeoutMs"), 1500},
                        {QStringLiteral("retargetOtherHosts"), true}})
                .isSuccess());
    QCOMPARE(options.peerLimits.maxConnectionsPerAddress, 3);
    QCOMPARE(options.peerLimits.connectionsPerAddressPerMinute, 0);
    QVERIFY(options.peerLimits.limitLoopback);
    QCOMPARE(options.peerLimits.sessionTimeoutMs, 1500);
    QVERIFY(options.retargetOtherHosts);
    QCOMPARE(options.apply({{QStringLiteral("sessionTimeoutMs"), 0}}).code(),
             quint32(Code::InvalidParameter));
    QCOMPARE(options.apply({{QStringLiteral("maxConnectionsPerAddress"), -1}}).code(),
             quint32(Code::InvalidParameter));
    QCOMPARE(options.peerLimits.sessionTimeoutMs, 1500); // nothing half-applied
}

// Deny wins; with an allowed list a peer must be in one of its networks;
// both apply to loopback peers (whom the rate limits spare) and to IPv4
// peers mapped into IPv6.
void TestFaultsPeerAdmission::allowedAndDeniedNetworks()
{
    PeerLimits both = limits(0, 0);
    QString bad;
    QVERIFY(PeerLimits::parseNetworks(QStringLiteral("192.0.2.0/24, 127.0.0.1"),
                                      &both.allowedNetworks, &bad));
    QVERIFY(PeerLimits::parseNetworks(QStringLiteral("192.0.2.8"), &both.deniedNetworks, &bad));
    PeerAdmission admission(both);
    QCOMPARE(admission.admit(Remote, 0), PeerAdmission::Verdict::Admit);
    QCOMPARE(admission.admit(OtherRemote, 0), PeerAdmission::Verdict::Denied);
    QCOMPARE(admission.admit(QHostAddress(QStringLiteral("::ffff:192.0.2.8")), 0),
             PeerAdmission::Verdict::Denied);
    QCOMPARE(admission.admit(QHostAddress(QStringLiteral("198.51.100.1")), 0),
             PeerAdmission::Verdict::NotAllowed);
    QCOMPARE(admission.admit(QHostAddress(QStringLiteral("127.0.0.1")), 0),
             PeerAdmission::Verdict::Admit);
    QCOMPARE(admission.admit(QHostAddress(QStringLiteral("127.0.0.2")), 0),
             PeerAdmission::Verdict::NotAllowed);
    QCOMPARE(admission.admit(QHostAddress(QStringLiteral("2001:db8::1")), 0),
             PeerAdmission::Verdict::NotAllowed);

    QList<QPair<QHostAddress, int>> networks;
    QVERIFY(
        !PeerLimits::parseNetworks(QStringLiteral("10.0.0.0/8,not-a-network"), &networks, &bad));
    QCOMPARE(bad, QStringLiteral("not-a-network"));
    QVERIFY(!PeerLimits::parseNetworks(QStringLiteral("10.0.0.0/33"), &networks, &bad));
    QVERIFY(PeerLimits::parseNetworks(QStringLiteral("2001:db8::/32"), &networks, &bad));
    QCOMPARE(networks.size(), 1);
    QCOMPARE(networks.first().second, 32);
}

void TestFaultsPeerAdmission::networkOptions()
{
    WinPopupOptions options;
    QVERIFY(options
                .apply({{QStringLiteral("allowNetworks"), QStringLiteral("10.0.0.0/8,127.0.0.1")},
                        {QStringLiteral("denyNetworks"), QStringLiteral("10.9.0.0/16")}})
                .isSuccess());
    QCOMPARE(options.peerLimits.allowedNetworks.size(), 2);
    QCOMPARE(options.peerLimits.deniedNetworks.size(), 1);
    const Outcome refused =
        options.apply({{QStringLiteral("denyNetworks"), QStringLiteral("10.0.0.0/99")}});
    QCOMPARE(refused.code(), quint32(Code::InvalidParameter));
    QVERIFY2(refused.detail().contains(QLatin1String("10.0.0.0/99")), qPrintable(refused.detail()));
    QCOMPARE(options.peerLimits.deniedNetworks.size(), 1); // nothing half-applied
}

QTEST_GUILESS_MAIN(TestFaultsPeerAdmission)
#include "tst_faults_peeradmission.moc"
