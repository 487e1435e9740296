#include "deliveryjob.h"
#include "faketransport.h"
#include "route.h"

#include <QSignalSpy>
#include <QtTest>

using namespace netmsg;

// Routes: per recipient the first transport that is there, available and able
// to address it; the next one only when this way cannot reach the target; a
// delivered or unconfirmed answer ends the route.
class tst_Route : public QObject
{
    Q_OBJECT
private slots:
    void parsesIdsAndRefusesBadOnes_data();
    void parsesIdsAndRefusesBadOnes();
    void platformDefault();
    void skipsWhatIsMissingOrUnavailableWithItsReason();
    void movesOnOnlyWhenThisWayCannotReachTheTarget_data();
    void movesOnOnlyWhenThisWayCannotReachTheTarget();
    void recipientGoesToTheFirstTransportThatCanAddressIt();
    void textThatOneStepCannotEncodeGoesThroughTheNext();
    void refusesWhatNoStepCanTake();
    void dryRunPlansPerRecipient();

private:
    static RouteEntry entry(FakeTransport *transport)
    {
        return RouteEntry{transport->id(), transport, transport->availability()};
    }
    static QList<Recipient> recipients(const QStringList &names)
    {
        QList<Recipient> list;
        for (const QString &name : names)
            list.append(Recipient{name, {}, 0, {}});
        return list;
    }
    static bool run(DeliveryJob &job, const QString &text, const QList<Recipient> &to)
    {
        Message message;
        message.text = text;
        if (!job.start(message, to).isSuccess())
            return false;
        QSignalSpy finished(&job, &DeliveryJob::finished);
        return finished.wait(5000);
    }
};

void tst_Route::parsesIdsAndRefusesBadOnes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("error");
    QTest::newRow("three") << "netapi32,wts,winpopup" << QStringList{"netapi32", "wts", "winpopup"}
                           << QString();
    QTest::newRow("spaces and case")
        << " Netapi32 , wts" << QStringList{"netapi32", "wts"} << QString();
    QTest::newRow("empty entry") << "wts,,winpopup" << QStringList() << "entry 2 is empty";
    QTest::newRow("repeated") << "wts,winpopup,wts" << QStringList() << "'wts' is named twice";
    QTest::newRow("not an id") << "wts;winpopup" << QStringList()
                               << "'wts;winpopup' is not a transport id";
}

void tst_Route::parsesIdsAndRefusesBadOnes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(QString, error);
    QStringList parsed{"unchanged"};
    const Outcome outcome = Route::parse(text, &parsed);
    if (error.isEmpty()) {
        QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString()));
        QCOMPARE(parsed, ids);
    } else {
        QCOMPARE(outcome.code(), quint32(Code::InvalidParameter));
        QVERIFY2(outcome.detail().contains(error), qPrintable(outcome.detail()));
        QCOMPARE(parsed, QStringList{"unchanged"});
    }
}

void tst_Route::platformDefault()
{
#ifdef Q_OS_WIN
    QCOMPARE(Route::platformDefault(), (QStringList{"netapi32", "wts", "winpopup"}));
#else
    QCOMPARE(Route::platformDefault(), QStringList{"winpopup"});
#endif
}

void tst_Route::skipsWhatIsMissingOrUnavailableWithItsReason()
{
    FakeTransport off(QStringLiteral("off"));
    off.m_availability = Outcome(Code::NotSupported, QStringLiteral("no Messenger here"));
    FakeTransport last(QStringLiteral("last"));
    const QList<RouteEntry> route{
        RouteEntry{QStringLiteral("gone"), nullptr,
                   Outcome(Code::NotSupported, QStringLiteral("no transport 'gone'"))},
        entry(&off), entry(&last)};
    DeliveryJob job(route, nullptr);
    QVERIFY(run(job, QStringLiteral("x"), recipients({"OK1"})));
    const DeliveryResult &result = job.results().at(0);
    QCOMPARE(result.state, DeliveryState::Delivered);
    QCOMPARE(result.transport, QStringLiteral("last"));
    QCOMPARE(result.route.size(), 3);
    QVERIFY(result.route.at(0).skipped);
    QCOMPARE(result.route.at(0).detail, QStringLiteral("no transport 'gone'"));
    QVERIFY(result.route.at(1).skipped);
    QCOMPARE(result.route.at(1).code, quint32(Code::NotSupported));
    QCOMPARE(result.route.at(1).detail, QStringLiteral("no Messenger here"));
    QVERIFY(!result.route.at(2).skipped);
    QVERIFY(off.sent.isEmpty());
}

void tst_Route::movesOnOnlyWhenThisWayCannotReachTheTarget_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("endsAt");
    QTest::addColumn<int>("state");
    QTest::newRow("not supported: next") << "UNSUP1"
                                         << "second" << int(DeliveryState::Delivered);
    QTest::newRow("no such name: next") << "FAIL1"
                                        << "second" << int(DeliveryState::Delivered);
    QTest::newRow("access denied: ends") << "DENY1"
                                         << "first" << int(DeliveryState::Failed);
    QTest::newRow("unconfirmed: ends") << "STALL1"
                                       << "first" << int(DeliveryState::Unconfirmed);
    QTest::newRow("delivered: ends") << "OK1"
                                     << "first" << int(DeliveryState::Delivered);
}

void tst_Route::movesOnOnlyWhenThisWayCannotReachTheTarget()
{
    QFETCH(QString, name);
    QFETCH(QString, endsAt);
    QFETCH(int, state);
    FakeTransport first(QStringLiteral("first"));
    FakeTransport second(QStringLiteral("second"));
    // The second transport delivers whatever the first could not reach.
    second.deliverAll = true;
    DeliveryJob job({entry(&first), entry(&second)}, nullptr);
    DeliveryOptions options;
    options.timeoutMs = 100;
    options.retries = 2;
    job.setOptions(options);
    QVERIFY(run(job, QStringLiteral("x"), recipients({name})));
    const DeliveryResult &result = job.results().at(0);
    QCOMPARE(result.transport, endsAt);
    QCOMPARE(int(result.state), state);
    QCOMPARE(first.sent.size(), 1); // none of these is retried
    QCOMPARE(second.sent.size(), endsAt == QLatin1String("second") ? 1 : 0);
    QCOMPARE(result.route.size(), endsAt == QLatin1String("second") ? 2 : 1);
}

void tst_Route::recipientGoesToTheFirstTransportThatCanAddressIt()
{
    FakeTransport names(QStringLiteral("names"));
    FakeTransport hosts(QStringLiteral("hosts"));
    hosts.acceptsHosts = true;
    DeliveryJob job({entry(&names), entry(&hosts)}, nullptr);
    QList<Recipient> to = recipients({"OK1"});
    to.append(Recipient{QStringLiteral("OK2"), QStringLiteral("10.0.0.7"), 139, {}});
    QVERIFY(run(job, QStringLiteral("x"), to));
    QCOMPARE(job.results().at(0).transport, QStringLiteral("names"));
    QCOMPARE(job.results().at(1).transport, QStringLiteral("hosts"));
    QVERIFY(job.results().at(1).route.at(0).skipped);
    QCOMPARE(hosts.sent.size(), 1);
    QCOMPARE(hosts.sent.first().host, QStringLiteral("10.0.0.7"));
}

void tst_Route::textThatOneStepCannotEncodeGoesThroughTheNext()
{
    FakeTransport oem(QStringLiteral("oem"));
    FakeTransport wide(QStringLiteral("wide"));
    wide.m_limits.wireEncoding = QStringLiteral("UTF-16LE");
    DeliveryJob job({entry(&oem), entry(&wide)}, nullptr);
    QVERIFY(run(job, QStringLiteral("Привет"), recipients({"OK1"})));
    QCOMPARE(job.results().at(0).transport, QStringLiteral("wide"));
    QCOMPARE(job.results().at(0).route.at(0).code, quint32(Code::NoUnicodeTranslation));
    QVERIFY(oem.sent.isEmpty());
}

void tst_Route::refusesWhatNoStepCanTake()
{
    FakeTransport only(QStringLiteral("only"));
    DeliveryJob job({entry(&only)}, nullptr);
    Message message;
    message.text = QStringLiteral("x");
    const Outcome host =
        job.start(message, {Recipient{QStringLiteral("OK1"), QStringLiteral("h"), 0, {}}});
    QCOMPARE(host.code(), quint32(Code::NotSupported));
    message.text = QStringLiteral("Привет");
    QCOMPARE(job.start(message, recipients({"OK1"})).code(), quint32(Code::NoUnicodeTranslation));
    QTest::qWait(10);
    QVERIFY(only.sent.isEmpty());
}

void tst_Route::dryRunPlansPerRecipient()
{
    FakeTransport names(QStringLiteral("names"));
    FakeTransport hosts(QStringLiteral("hosts"));
    hosts.acceptsHosts = true;
    DeliveryJob job({entry(&names), entry(&hosts)}, nullptr);
    DeliveryOptions options;
    options.overLimit = OverLimitPolicy::Split;
    job.setOptions(options);
    Message message;
    message.text = QString(70, QLatin1Char('a'));
    const QList<PlannedDelivery> plan =
        job.plan(message, {Recipient{QStringLiteral("A"), {}, 0, {}},
                           Recipient{QStringLiteral("B"), QStringLiteral("10.0.0.7"), 0, {}}});
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).transport, QStringLiteral("names"));
    QCOMPARE(plan.at(1).transport, QStringLiteral("hosts"));
    QCOMPARE(plan.at(0).parts.size(), 3);
    QVERIFY(names.sent.isEmpty() && hosts.sent.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Route)
#include "tst_route.moc"
