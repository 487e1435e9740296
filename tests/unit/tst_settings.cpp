#include "settings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

class tst_Settings : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void persistsInNetmsgHome();
    void transportOptionsGroup();
    void outOfRangeValuesFallBack();
};

void tst_Settings::defaults()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("netmsg.ini")));
    QCOMPARE(settings.codePage(), QStringLiteral("CP850"));
    QCOMPARE(settings.concurrency(), 8);
    QCOMPARE(settings.listenerAddress(), QStringLiteral("127.0.0.1"));
    QCOMPARE(settings.listenerPort(), quint16(1139));
    QVERIFY(settings.defaultTransport().isEmpty());
    QVERIFY(settings.historyPath().endsWith(QLatin1String("history.sqlite")));
}

void tst_Settings::persistsInNetmsgHome()
{
    QTemporaryDir dir;
    qputenv("NETMSG_HOME", dir.path().toUtf8());
    {
        Settings settings;
        settings.setDefaultTransport(QStringLiteral("winpopup"));
        settings.setSenderName(QStringLiteral("ADMIN"));
        settings.setTimeoutMs(2500);
    }
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("netmsg.ini"))));
    Settings again;
    QCOMPARE(again.defaultTransport(), QStringLiteral("winpopup"));
    QCOMPARE(again.senderName(), QStringLiteral("ADMIN"));
    QCOMPARE(again.timeoutMs(), 2500);
    QCOMPARE(Settings::dataDirectory(), dir.path());
    QCOMPARE(Settings::defaultHistoryPath(), dir.filePath(QStringLiteral("history.sqlite")));
    qunsetenv("NETMSG_HOME");
}

void tst_Settings::transportOptionsGroup()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("netmsg.ini")));
    settings.setTransportOption(QStringLiteral("loopback"), QStringLiteral("latencyMs"), 25);
    settings.setTransportOption(QStringLiteral("winpopup"), QStringLiteral("codePage"),
                                QStringLiteral("CP866"));
    const QVariantMap loopback = settings.transportOptions(QStringLiteral("loopback"));
    QCOMPARE(loopback.size(), 1);
    QCOMPARE(loopback.value(QStringLiteral("latencyMs")).toInt(), 25);
    QCOMPARE(settings.transportOptions(QStringLiteral("winpopup"))
                 .value(QStringLiteral("codePage"))
                 .toString(),
             QStringLiteral("CP866"));
    QVERIFY(settings.transportOptions(QStringLiteral("wts")).isEmpty());
}

void tst_Settings::outOfRangeValuesFallBack()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("netmsg.ini")));
    settings.setConcurrency(100000);
    settings.raw().setValue(QStringLiteral("listener/port"), 70000);
    QCOMPARE(settings.concurrency(), 256);
    QCOMPARE(settings.listenerPort(), quint16(1139));
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
