#include "filemodes.h"
#include "settings.h"
#include "textcodec.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

class tst_Settings : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void codePageFollowsTheLanguage();
    void persistsInNetmsgHome();
    void transportOptionsGroup();
    void outOfRangeValuesFallBack();
    void filesAndFoldersAreOwnerOnly();
};

void tst_Settings::defaults()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("netmsg.ini")));
    QCOMPARE(settings.codePage(), TextCodec::oemCodePageFor(QLocale::system().name()));
    QVERIFY(!settings.hasCodePage());
    QCOMPARE(settings.concurrency(), 8);
    QCOMPARE(settings.listenerAddress(), QStringLiteral("127.0.0.1"));
    QCOMPARE(settings.listenerPort(), quint16(1139));
    QVERIFY(settings.defaultTransport().isEmpty());
    QVERIFY(settings.historyPath().endsWith(QLatin1String("history.sqlite")));
}

// Unset, the code page is the OEM code page of the language netmsg speaks;
// one the user chose stays whatever the language.
void tst_Settings::codePageFollowsTheLanguage()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("netmsg.ini")));
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("de"), QStringLiteral("CP850")},
        {QStringLiteral("fr_FR"), QStringLiteral("CP850")},
        {QStringLiteral("es"), QStringLiteral("CP850")},
        {QStringLiteral("pl"), QStringLiteral("CP852")},
        {QStringLiteral("ru_RU"), QStringLiteral("CP866")},
        {QStringLiteral("ja"), QStringLiteral("CP932")},
        {QStringLiteral("zh_CN"), QStringLiteral("CP936")},
        {QStringLiteral("ar"), QStringLiteral("CP720")},
        {QStringLiteral("en"), QStringLiteral("CP437")},
        {QStringLiteral("en_GB"), QStringLiteral("CP850")},
        {QStringLiteral("pt_BR"), QStringLiteral("CP850")},
        {QStringLiteral("sv_SE"), QStringLiteral("CP850")},
        {QStringLiteral("bg"), QStringLiteral("CP866")},
        {QStringLiteral("zh_TW"), QStringLiteral("CP437")}, // 950 is not offered
        {QStringLiteral("tlh"), QStringLiteral("CP437")},
    };
    for (const auto &[language, codePage] : expected) {
        settings.setLanguage(language);
        QCOMPARE(settings.codePage(), codePage);
        // Every one of them can be used.
        QVERIFY2(TextCodec(codePage).isValid(), qPrintable(codePage));
        QVERIFY2(TextCodec::oemCodePages().contains(codePage), qPrintable(codePage));
    }
    settings.setLanguage(QStringLiteral("ru"));
    settings.setCodePage(QStringLiteral("CP850"));
    QCOMPARE(settings.codePage(), QStringLiteral("CP850"));
    QVERIFY(settings.hasCodePage());
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

// The settings file and the data folder netmsg makes are its user's alone.
void tst_Settings::filesAndFoldersAreOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix file modes: on Windows the files inherit their folder's ACL");
#else
    testing::useReadableUmask();
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("new/home"));
    qputenv("NETMSG_HOME", home.toUtf8());
    {
        Settings settings;
        settings.setSenderName(QStringLiteral("ADMIN"));
    }
    qunsetenv("NETMSG_HOME");
    const QString ini = home + QStringLiteral("/netmsg.ini");
    QCOMPARE(Settings(ini).senderName(), QStringLiteral("ADMIN")); // written there
    QCOMPARE(testing::modeOf(ini), QStringLiteral("0600"));
    QCOMPARE(testing::modeOf(home), QStringLiteral("0700"));
    QCOMPARE(testing::modeOf(dir.filePath(QStringLiteral("new"))), QStringLiteral("0700"));

    // A settings file named by path, and the data folder.
    const QString named = dir.filePath(QStringLiteral("elsewhere/netmsg.ini"));
    {
        Settings settings(named);
        settings.setLanguage(QStringLiteral("de"));
    }
    QCOMPARE(testing::modeOf(named), QStringLiteral("0600"));
    QCOMPARE(testing::modeOf(dir.filePath(QStringLiteral("elsewhere"))), QStringLiteral("0700"));
    const QString data = dir.filePath(QStringLiteral("data"));
    qputenv("NETMSG_HOME", data.toUtf8());
    QCOMPARE(Settings::dataDirectory(), data);
    qunsetenv("NETMSG_HOME");
    QCOMPARE(testing::modeOf(data), QStringLiteral("0700"));
#endif
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
