#include "consolecontext.h"
#include "settings/aboutdialog.h"
#include "settings/plaintablemodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

namespace {
// Named as this platform names libraries, so that the registry tries to load it.
QString brokenPlugin()
{
#ifdef Q_OS_WIN
    return QStringLiteral("netmsg_broken.dll");
#else
    return QStringLiteral("netmsg_broken.so");
#endif
}
} // namespace

// The About dialog says what a bug report needs: versions, the plugin
// folders searched, each transport found with its file and whether it works
// here, refused plugins with their reason, and where the data is.
class tst_AboutDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheLoopbackPluginAndItsFile();
    void saysVersionsFoldersAndFiles();
    void listsARefusedPluginWithItsReason();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_plugins;
};

void tst_AboutDialog::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_home.isValid());
    qputenv("NETMSG_HOME", m_home.path().toLocal8Bit());
    // A folder with something that looks like a plugin and is not one.
    QFile junk(m_plugins.filePath(brokenPlugin()));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a shared library");
    junk.close();
    qputenv("NETMSG_PLUGIN_PATH",
            (qEnvironmentVariable("NETMSG_PLUGIN_PATH") + QDir::listSeparator() + m_plugins.path())
                .toLocal8Bit());
}

void tst_AboutDialog::listsTheLoopbackPluginAndItsFile()
{
    ConsoleContext context;
    context.settings().setReceiverEnabled(false);
    context.start();
    AboutDialog dialog(context);
    PlainTableModel *transports = dialog.transports();
    QAbstractItemModelTester tester(transports,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList loopback;
    for (const QStringList &row : transports->rows()) {
        if (row.value(0) == "loopback")
            loopback = row;
    }
    QVERIFY2(!loopback.isEmpty(), qPrintable(dialog.report()));
    QCOMPARE(transports->headerData(2, Qt::Horizontal).toString(), "File");
    const QFileInfo file(loopback.at(2));
    QVERIFY2(file.isAbsolute() && file.exists(), qPrintable(loopback.at(2)));
    QVERIFY(file.fileName().contains("netmsg_loopback"));
    QCOMPARE(loopback.at(3), "available");
    QVERIFY(dialog.report().contains("loopback | "));
    QVERIFY(dialog.report().contains(loopback.at(2)));
}

void tst_AboutDialog::saysVersionsFoldersAndFiles()
{
    ConsoleContext context;
    context.settings().setReceiverEnabled(false);
    context.start();
    AboutDialog dialog(context);
    const auto value = [&dialog](const char *name) {
        return dialog.findChild<QLabel *>(QLatin1String(name))->text();
    };
    QCOMPARE(value("versionValue"), QStringLiteral(NETMSG_TEST_VERSION));
    QCOMPARE(value("qtValue"), QStringLiteral("%1 at run time, built with %2")
                                   .arg(QString::fromLatin1(qVersion()), QT_VERSION_STR));
    QCOMPARE(value("dataValue"), QDir::toNativeSeparators(m_home.path()));
    QCOMPARE(value("historyValue"), QDir::toNativeSeparators(m_home.filePath("history.sqlite")));
    for (const QString &folder : context.registry().searchPaths())
        QVERIFY2(value("foldersValue").contains(QDir::toNativeSeparators(folder)),
                 qPrintable(value("foldersValue")));
    QVERIFY(value("foldersValue").contains(QDir::toNativeSeparators(m_plugins.path())));

    dialog.findChild<QPushButton *>("copyButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog.report());
}

void tst_AboutDialog::listsARefusedPluginWithItsReason()
{
    ConsoleContext context;
    context.settings().setReceiverEnabled(false);
    context.start();
    AboutDialog dialog(context);
    QStringList refused;
    for (const QStringList &row : dialog.rejected()->rows()) {
        if (row.value(0).endsWith(brokenPlugin()))
            refused = row;
    }
    QVERIFY2(!refused.isEmpty(), qPrintable(dialog.report()));
    QVERIFY(!refused.value(1).isEmpty());
    QVERIFY(dialog.report().contains(refused.value(1)));
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
