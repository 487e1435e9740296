#include "imessagetransport.h"
#include "transportregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

class tst_TransportRegistry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void findsLoopbackThroughEnvironment();
    void refusesForeignIidAndFutureApiWithoutLoading();
    void relativeFoldersAreIgnored_data();
    void relativeFoldersAreIgnored();
    void relativePluginPathEntriesAreRefused_data();
    void relativePluginPathEntriesAreRefused();
    void oneFolderNamedTwiceIsSearchedOnce();
    void defaultIsHighestPriorityAvailable();
    void unknownIdIsClearError();
    void badOptionsAreRefusedByTheTransport();

private:
    QString m_testPlugins;
    QString m_realPlugins;
};

void tst_TransportRegistry::initTestCase()
{
    m_testPlugins = qEnvironmentVariable("NETMSG_TEST_PLUGIN_DIR");
    m_realPlugins = qEnvironmentVariable("NETMSG_PLUGIN_PATH");
    QVERIFY(QDir(m_testPlugins).exists());
    QVERIFY(QDir(m_realPlugins).exists());
}

void tst_TransportRegistry::findsLoopbackThroughEnvironment()
{
    QVERIFY(TransportRegistry::defaultSearchPaths().contains(QDir::cleanPath(m_realPlugins)));
    TransportRegistry registry;
    registry.discover();
    QVERIFY(registry.contains(QStringLiteral("loopback")));
    const auto info = registry.info(QStringLiteral("loopback"));
    QVERIFY(info);
    QCOMPARE(info->apiVersion, TransportApiVersion);
    QVERIFY(info->capabilities.testFlag(Capability::AddAlias));
    IMessageTransport *transport = registry.transport(QStringLiteral("loopback"));
    QVERIFY(transport);
    QCOMPARE(transport->id(), QStringLiteral("loopback"));
    QCOMPARE(registry.transport(QStringLiteral("loopback")), transport); // one instance per id
}

void tst_TransportRegistry::refusesForeignIidAndFutureApiWithoutLoading()
{
    TransportRegistry registry;
    registry.setSearchPaths({m_testPlugins});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                           "refusing plugin .*bad_api.*API version 99")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                           "refusing plugin .*bad_iid.*SomethingElse")));
    registry.discover(); // the broken plugins abort() if constructed
    QCOMPARE(registry.transports().size(), 1);
    QCOMPARE(registry.transports().first().id, QStringLiteral("testgood"));
    QCOMPARE(registry.rejected().size(), 2);
    for (const RejectedPlugin &rejected : registry.rejected())
        QVERIFY(!rejected.reason.isEmpty());
}

// Folders that the working folder would complete, on this platform.
static void addRelativeFolders()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("name") << QStringLiteral("plugins");
    QTest::newRow("up") << QStringLiteral("../lib/netmsg/plugins");
    QTest::newRow("home") << QStringLiteral("~/plugins");
#ifdef Q_OS_WIN
    // QDir::isAbsolutePath takes these: the working folder supplies the drive
    // or the folder on the drive.
    QTest::newRow("drive, no root") << QStringLiteral("C:plugins");
    QTest::newRow("root, no drive") << QStringLiteral("/plugins");
    QTest::newRow("backslash root") << QStringLiteral("\\plugins");
#endif
}

void tst_TransportRegistry::relativeFoldersAreIgnored_data()
{
    addRelativeFolders();
}

void tst_TransportRegistry::relativeFoldersAreIgnored()
{
    QFETCH(QString, folder);
    TransportRegistry registry;
    const QRegularExpression refusal(QStringLiteral("ignoring relative plugin folder %1 .*nothing "
                                                    "loads from the working folder")
                                         .arg(QRegularExpression::escape(folder)));
    QTest::ignoreMessage(QtWarningMsg, refusal);
    QTest::ignoreMessage(QtWarningMsg, refusal);
    registry.setSearchPaths({folder, m_realPlugins});
    QCOMPARE(registry.searchPaths(), QStringList{QDir::cleanPath(m_realPlugins)});
    // Even when the working directory holds plugins, nothing is found there.
    registry.setSearchPaths({folder});
    QVERIFY(registry.searchPaths().isEmpty());
    const QString previous = QDir::currentPath();
    QDir::setCurrent(m_realPlugins);
    registry.discover();
    QDir::setCurrent(previous);
    QVERIFY(registry.transports().isEmpty());
}

void tst_TransportRegistry::relativePluginPathEntriesAreRefused_data()
{
    addRelativeFolders();
}

// NETMSG_PLUGIN_PATH: each relative entry is refused with its reason logged,
// the absolute ones beside it are still searched.
void tst_TransportRegistry::relativePluginPathEntriesAreRefused()
{
    QFETCH(QString, folder);
    const QByteArray previous = qgetenv("NETMSG_PLUGIN_PATH");
    qputenv("NETMSG_PLUGIN_PATH", (folder + QDir::listSeparator() + m_realPlugins).toUtf8());
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("ignoring relative NETMSG_PLUGIN_PATH entry %1 \\(only "
                                          "absolute folders are searched")
                               .arg(QRegularExpression::escape(folder))));
    const QStringList paths = TransportRegistry::defaultSearchPaths();
    qputenv("NETMSG_PLUGIN_PATH", previous);
    QVERIFY2(paths.contains(QDir::cleanPath(m_realPlugins)), qPrintable(paths.join(u'\n')));
    for (const QString &path : paths) {
        QVERIFY2(path != folder && path != QDir::cleanPath(folder), qPrintable(path));
        QVERIFY2(!QDir::isRelativePath(path), qPrintable(path));
    }
}

void tst_TransportRegistry::oneFolderNamedTwiceIsSearchedOnce()
{
    // The same folder under a second spelling and, where the platform has
    // them, through a symbolic link: no plugin is refused as a duplicate of
    // itself.
    QStringList names{m_realPlugins,
                      m_realPlugins + QStringLiteral("/../") + QDir(m_realPlugins).dirName()};
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
#ifndef Q_OS_WIN // Windows has shortcuts (.lnk files) instead, which are not folders
    const QString link = scratch.filePath(QStringLiteral("plugins-link"));
    QVERIFY(QFile::link(m_realPlugins, link));
    names.append(link);
#endif
    TransportRegistry registry;
    registry.setSearchPaths(names);
    QCOMPARE(registry.searchPaths(), QStringList{QDir::cleanPath(m_realPlugins)});
    registry.discover();
    QVERIFY(registry.contains(QStringLiteral("loopback")));
    QStringList reasons;
    for (const RejectedPlugin &rejected : registry.rejected())
        reasons.append(rejected.reason);
    QVERIFY2(reasons.isEmpty(), qPrintable(reasons.join(QLatin1Char('\n'))));
}

void tst_TransportRegistry::defaultIsHighestPriorityAvailable()
{
    TransportRegistry registry;
    registry.setSearchPaths({m_testPlugins, m_realPlugins});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refusing plugin")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refusing plugin")));
    registry.discover();
    // testgood has the highest priority but says it is unavailable.
    QCOMPARE(registry.transports().first().id, QStringLiteral("testgood"));
    QVERIFY(!registry.transport(QStringLiteral("testgood"))->availability().isSuccess());
    const QString chosen = registry.defaultTransportId();
    QVERIFY(!chosen.isEmpty());
    QVERIFY(chosen != QLatin1String("testgood"));
    QVERIFY(registry.transport(chosen)->availability().isSuccess());
}

void tst_TransportRegistry::unknownIdIsClearError()
{
    TransportRegistry registry;
    registry.discover();
    Outcome error;
    QVERIFY(!registry.transport(QStringLiteral("carrier-pigeon"), &error));
    QCOMPARE(error.code(), quint32(Code::NotSupported));
    QVERIFY(error.detail().contains(QLatin1String("carrier-pigeon")));
    QVERIFY(error.detail().contains(QLatin1String("loopback")));
}

void tst_TransportRegistry::badOptionsAreRefusedByTheTransport()
{
    QTemporaryDir dir;
    TransportRegistry registry;
    registry.setContext({dir.path(), {}});
    registry.setTransportOptions(QStringLiteral("loopback"),
                                 {{QStringLiteral("latencyMs"), QStringLiteral("soon")}});
    registry.discover();
    Outcome error;
    QVERIFY(!registry.transport(QStringLiteral("loopback"), &error));
    QCOMPARE(error.code(), quint32(Code::InvalidParameter));
    QVERIFY(error.detail().contains(QLatin1String("latencyMs")));
}

QTEST_GUILESS_MAIN(tst_TransportRegistry)
#include "tst_transportregistry.moc"
