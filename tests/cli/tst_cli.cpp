#include "clirun.h"
#include "filemodes.h"
#include "historystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace netmsg;

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aliasesPersistAcrossRuns();
    void sendThenHistoryShowsDelivery();
    void forbiddenCharacterExits65NamingIt();
    void thousandRecipientsWithInjectedFailures();
    void textFromStdinAndRecipientsFromFile();
    void dryRunSendsAndRecordsNothing();
    void stalledRecipientTimesOut();
    void refusedHistoryWriteExits74_data();
    void refusedHistoryWriteExits74();
    void interruptCancelsAndRecordsEveryRecipient();
    void unreadableHistoryExits74();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void unavailableTransportExits69();
    void transportWithoutAResultFailsCleanly_data();
    void transportWithoutAResultFailsCleanly();
    void transportsListsAvailability();
    void speaksTheConfiguredLanguage();
    void jsonNeverTranslates();
    void stateFilesAreOwnerOnly();

private:
    Run netmsg(const QStringList &arguments, const QByteArray &input = {},
               const QStringList &extraPluginDirs = {});
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_Cli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

Run tst_Cli::netmsg(const QStringList &arguments, const QByteArray &input,
                    const QStringList &extraPluginDirs)
{
    return runNetmsg(m_home->path(), arguments, input, extraPluginDirs);
}

void tst_Cli::aliasesPersistAcrossRuns()
{
    Run add = netmsg({"--transport", "loopback", "alias", "add", "--server", "HQ", "OPS"});
    QCOMPARE(add.exitCode, 0);
    Run list = netmsg({"--transport", "loopback", "alias", "list", "--server", "HQ", "--json"});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject listing = list.json().value(0);
    QCOMPARE(listing.value("aliases").toVariant().toStringList(), (QStringList{"HQ", "OPS"}));
    QCOMPARE(listing.value("code").toInt(), 0);

    Run again = netmsg({"--transport", "loopback", "alias", "add", "--server", "HQ", "OPS"});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("(2276)"), qPrintable(again.err));

    Run deleteComputerName =
        netmsg({"--transport", "loopback", "alias", "del", "--server", "HQ", "HQ"});
    QCOMPARE(deleteComputerName.exitCode, 2);
    QVERIFY2(deleteComputerName.err.contains("(2278)"), qPrintable(deleteComputerName.err));
    QVERIFY2(deleteComputerName.err.contains("computer name"), qPrintable(deleteComputerName.err));
    Run json = netmsg({"-t", "loopback", "alias", "del", "--server", "HQ", "HQ", "--json"});
    QCOMPARE(json.json().value(0).value("code").toInt(), 2278);
    QCOMPARE(json.json().value(0).value("symbol").toString(),
             QStringLiteral("NERR_DelComputerName"));

    QCOMPARE(netmsg({"-t", "loopback", "alias", "del", "--server", "HQ", "OPS"}).exitCode, 0);
    QCOMPARE(netmsg({"-t", "loopback", "alias", "list", "--server", "HQ"}).out,
             QStringLiteral("HQ\n"));
}

void tst_Cli::sendThenHistoryShowsDelivery()
{
    QCOMPARE(netmsg({"--transport", "loopback", "alias", "add", "--server", "HQ", "OPS"}).exitCode,
             0);
    Run send =
        netmsg({"--transport", "loopback", "send", "--server", "HQ", "--to", "OPS", "hello"});
    QVERIFY2(send.exitCode == 0, qPrintable(send.err));
    Run history = netmsg({"history", "--json"});
    QCOMPARE(history.exitCode, 0);
    const auto messages = history.json();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().value("text").toString(), QStringLiteral("hello"));
    QCOMPARE(messages.first().value("server").toString(), QStringLiteral("HQ"));
    const auto deliveries = messages.first().value("deliveries").toArray();
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().toObject().value("recipient").toString(), QStringLiteral("OPS"));
    QCOMPARE(deliveries.first().toObject().value("code").toInt(), 0);
    QCOMPARE(deliveries.first().toObject().value("state").toString(), QStringLiteral("delivered"));
    QCOMPARE(deliveries.first().toObject().value("transport").toString(),
             QStringLiteral("loopback"));
    QVERIFY(deliveries.first().toObject().value("route").isArray());
    QCOMPARE(messages.first().value("delivered").toInt(), 1);
    QVERIFY2(netmsg({"history"}).out.contains("OPS: delivered (loopback)"),
             qPrintable(netmsg({"history"}).out));

    Run unknown = netmsg(
        {"--transport", "loopback", "send", "--server", "HQ", "--to", "NOBODY", "--json", "hi"});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.json().value(0).value("code").toInt(), 2273);
    QCOMPARE(unknown.json().value(0).value("category").toString(),
             QStringLiteral("name-not-found"));
}

void tst_Cli::forbiddenCharacterExits65NamingIt()
{
    Run run =
        netmsg({"--transport", "loopback", "send", "--server", "HQ", "--to", "OPS,OP?S", "hello"});
    QCOMPARE(run.exitCode, 65);
    QVERIFY2(run.err.contains("'?'"), qPrintable(run.err));
    QVERIFY2(run.err.contains("position 3"), qPrintable(run.err));
    QVERIFY2(run.err.contains("nothing was sent"), qPrintable(run.err));
    const Run history = netmsg({"history", "--json"});
    QCOMPARE(history.exitCode, 0); // it ran, and found nothing recorded
    QVERIFY2(history.err.isEmpty(), qPrintable(history.err));
    QVERIFY(history.out.isEmpty());

    Run alias = netmsg({"-t", "loopback", "alias", "add", "--server", "HQ", "GOOD", "BAD|NAME"});
    QCOMPARE(alias.exitCode, 65);
    QVERIFY2(alias.err.contains("'|'"), qPrintable(alias.err));
    QCOMPARE(netmsg({"-t", "loopback", "alias", "list", "--server", "HQ"}).out,
             QStringLiteral("HQ\n"));

    Run text = netmsg(
        {"-t", "loopback", "send", "--server", "HQ", "--to", "HQ", QString(801, QLatin1Char('x'))});
    QCOMPARE(text.exitCode, 65);
    QVERIFY2(text.err.contains("1602 bytes"), qPrintable(text.err));

    // What the user typed is quoted as typed, even with '%' in it.
    Run percent = netmsg({"-t", "loopback", "send", "--server", "HQ", "--to", "A%2|", "hello"});
    QCOMPARE(percent.exitCode, 65);
    QVERIFY2(percent.err.contains("recipient 'A%2|' (line 1)"), qPrintable(percent.err));
    Run number = netmsg({"-t", "loopback", "send", "--server", "HQ", "--to", "HQ", "--concurrency",
                         "%3x", "hello"});
    QCOMPARE(number.exitCode, 64);
    QVERIFY2(number.err.contains("--concurrency '%3x' is not a number from 1 to 256"),
             qPrintable(number.err));
}

void tst_Cli::thousandRecipientsWithInjectedFailures()
{
    QStringList names;
    for (int i = 0; i < 1000; ++i)
        names.append(QStringLiteral("U%1").arg(i));
    // Every recipient is an alias of HQ, so each failure is an injected one.
    QFile file(m_home->filePath("recipients.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(names.join('\n').toUtf8());
    file.close();
    Run add = netmsg(
        QStringList{"-t", "loopback", "-o", "maxAliases=2000", "alias", "add", "--server", "HQ"} +
        names);
    QCOMPARE(add.exitCode, 0);

    Run send = netmsg({"-t", "loopback", "-o", "failureRate=0.1", "-o", "failureCode=2136", "send",
                       "--server", "HQ", "--to", "@" + file.fileName(), "--concurrency", "32",
                       "--json", "status check"});
    QCOMPARE(send.exitCode, 1);
    const auto results = send.json();
    QCOMPARE(results.size(), 1000);
    QSet<QString> seen;
    int failed = 0;
    for (const QJsonObject &result : results) {
        seen.insert(result.value("recipient").toString());
        const int code = result.value("code").toInt();
        QVERIFY(code == 0 || code == 2136);
        failed += code == 2136 ? 1 : 0;
        QVERIFY(result.contains("elapsedMs"));
        QVERIFY(!result.value("description").toString().isEmpty());
    }
    QCOMPARE(seen.size(), 1000);
    QVERIFY2(failed > 40 && failed < 180, qPrintable(QString::number(failed)));

    HistoryStore history;
    QVERIFY(history.open(m_home->filePath("history.sqlite")).isSuccess());
    const auto messages = history.messages({}, 0, 10).result().rows;
    QCOMPARE(messages.size(), 1);
    QCOMPARE(history.deliveryCount(messages.first().message.id), 1000);
    int storedFailures = 0;
    for (const DeliveryRecord &row : history.deliveriesOf(messages.first().message.id))
        storedFailures += row.code == 2136 ? 1 : 0;
    QCOMPARE(storedFailures, failed);
}

void tst_Cli::textFromStdinAndRecipientsFromFile()
{
    QFile file(m_home->filePath("to.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,host\nHQ,\nHQ,hq\n");
    file.close();
    Run send = netmsg(
        {"-t", "loopback", "send", "--server", "HQ", "--to", "@" + file.fileName(), "--json"},
        "Grüße\nzweite Zeile\n");
    QVERIFY2(send.exitCode == 0, qPrintable(send.err));
    QCOMPARE(send.json().size(), 2);
    const auto messages = netmsg({"history", "--json"}).json();
    QCOMPARE(messages.value(0).value("text").toString(), QStringLiteral("Grüße\nzweite Zeile"));
}

void tst_Cli::dryRunSendsAndRecordsNothing()
{
    Run run = netmsg(
        {"-t", "loopback", "send", "--server", "HQ", "--to", "HQ,OPS", "--dry-run", "--json", "x"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().size(), 2);
    QVERIFY(run.json().first().value("dryRun").toBool());
    const Run history = netmsg({"history", "--json"});
    QCOMPARE(history.exitCode, 0); // it ran, and found nothing recorded
    QVERIFY(history.out.isEmpty());

    // A dry run judges the text as the real send would: a broadcast has its
    // own, shorter limit (128 bytes) than a message to a name.
    const QString text(100, QLatin1Char('x')); // 200 bytes in UTF-16
    Run broadcast =
        netmsg({"-t", "loopback", "send", "--server", "HQ", "--to", "*", "--dry-run", text});
    Run real = netmsg({"-t", "loopback", "send", "--server", "HQ", "--to", "*", text});
    QCOMPARE(real.exitCode, 65);
    QVERIFY2(real.err.contains("(2289)"), qPrintable(real.err));
    QCOMPARE(broadcast.exitCode, real.exitCode);
    QVERIFY2(broadcast.err.contains("(2289)"), qPrintable(broadcast.err));
}

void tst_Cli::stalledRecipientTimesOut()
{
    Run run = netmsg({"-t", "loopback", "-o", "stallNames=HQ", "send", "--server", "HQ", "--to",
                      "HQ", "--timeout", "200", "--json", "x"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json().value(0).value("code").toInt(), 1460);
    QCOMPARE(run.json().value(0).value("category").toString(), QStringLiteral("timeout"));
}

void tst_Cli::refusedHistoryWriteExits74_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("message row") << QStringLiteral("messages");
    QTest::newRow("delivery rows") << QStringLiteral("deliveries");
}

// README: 74 when the history is not writable; a delivery whose result could
// not be stored must not look like a clean success (or a delivery failure).
void tst_Cli::refusedHistoryWriteExits74()
{
    QFETCH(QString, table);
    QCOMPARE(netmsg({"history"}).exitCode, 0); // creates the history
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refusing"));
        db.setDatabaseName(m_home->filePath(QStringLiteral("history.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON %1"
                                          " BEGIN SELECT RAISE(ABORT, 'disk full'); END")
                               .arg(table)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refusing"));
    Run run = netmsg({"-t", "loopback", "send", "--server", "HQ", "--to", "HQ", "--json", "x"});
    QCOMPARE(run.exitCode, 74);
    QVERIFY2(run.err.contains("disk full"), qPrintable(run.err));
}

void tst_Cli::interruptCancelsAndRecordsEveryRecipient()
{
#ifdef Q_OS_UNIX
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETMSG_HOME"), m_home->path());
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("NETMSG_CLI"),
                  {"-t", "loopback", "-o", "stallNames=HQ,S1,S2,S3", "send", "--server", "HQ",
                   "--to", "HQ,S1,S2,S3", "--concurrency", "2", "--timeout", "60000", "--json",
                   "x"});
    QVERIFY(process.waitForStarted());
    // The job records its message as it starts, after the handler is set:
    // interrupt only then, however slow the machine.
    HistoryStore watcher;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto hasMessages = [&] {
                return !watcher.messages({}, 0, 1).result().rows.isEmpty();
            };
            return watcher.isOpen()
                       ? hasMessages()
                       : QFile::exists(m_home->filePath("history.sqlite")) &&
                             watcher.open(m_home->filePath("history.sqlite")).isSuccess() &&
                             hasMessages();
        },
        20000));
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains("interrupted"));
    const Run run{0, QString::fromUtf8(process.readAllStandardOutput()), {}};
    QCOMPARE(run.json().size(), 4);
    for (const QJsonObject &result : run.json())
        QCOMPARE(result.value("code").toInt(), 1223);
    HistoryStore history;
    QVERIFY(history.open(m_home->filePath("history.sqlite")).isSuccess());
    QCOMPARE(history.deliveryCount(), 4);
#else
    QSKIP("SIGINT is Unix's; a Windows program gets Ctrl+C only from a console it shares with "
          "the sender (GenerateConsoleCtrlEvent), which a test under Wine has not");
#endif
}

// A damaged history is an I/O error, never an empty list.
void tst_Cli::unreadableHistoryExits74()
{
    const QString path = m_home->filePath("history.sqlite");
    {
        HistoryStore history;
        QVERIFY(history.open(path).isSuccess());
        SentMessageRecord message;
        message.text = QString(1000, QLatin1Char('x'));
        QList<QFuture<HistoryWrite>> writes;
        for (int i = 0; i < 300; ++i)
            writes.append(history.recordMessage(message));
        for (const QFuture<HistoryWrite> &write : std::as_const(writes))
            QVERIFY(write.result().outcome.isSuccess());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 start = file.size() / 2 / 4096 * 4096; // the rows, not the schema
    QVERIFY(file.seek(start));
    file.write(QByteArray(int(file.size() - start), '\x5a'));
    file.close();
    const Run run = netmsg({"history", "--json"});
    QCOMPARE(run.exitCode, 74);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("(13)"), qPrintable(run.err)); // ERROR_INVALID_DATA
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 64 << "Commands:";
    QTest::newRow("unknown command") << QStringList{"fly"} << 64 << "unknown command 'fly'";
    QTest::newRow("unknown option") << QStringList{"send", "--colour"} << 64 << "colour";
    QTest::newRow("no recipients") << QStringList{"-t", "loopback", "send", "hi"} << 64 << "--to";
    QTest::newRow("bad concurrency")
        << QStringList{"-t", "loopback", "send", "--to", "HQ", "--concurrency", "0", "x"} << 64
        << "--concurrency '0'";
    QTest::newRow("bad policy") << QStringList{"-t", "loopback",     "send", "--to",
                                               "HQ", "--over-limit", "cut",  "x"}
                                << 64 << "'cut'";
    QTest::newRow("alias without action")
        << QStringList{"-t", "loopback", "alias"} << 64 << "list, add or del";
    QTest::newRow("unknown transport")
        << QStringList{"-t", "pigeon", "alias", "list"} << 69 << "pigeon";
    QTest::newRow("bad transport option")
        << QStringList{"-t", "loopback", "-o", "latencyMs=soon", "alias", "list"} << 65
        << "latencyMs";
    QTest::newRow("bad server name")
        << QStringList{"-t", "loopback", "alias", "list", "--server", "A/B"} << 65 << "'/'";
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = netmsg(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void tst_Cli::helpAndVersion()
{
    const Run help = netmsg({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"send", "alias", "history", "transports"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    const Run sendHelp = netmsg({"send", "--help"});
    QCOMPARE(sendHelp.exitCode, 0);
    QVERIFY(sendHelp.out.contains("--over-limit"));
    const Run version = netmsg({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QRegularExpression("netmsg \\d+\\.\\d+\\.\\d+")));
}

void tst_Cli::unavailableTransportExits69()
{
    const Run run = netmsg({"-t", "testgood", "send", "--to", "HQ", "x"}, {},
                           {qEnvironmentVariable("NETMSG_TEST_PLUGIN_DIR")});
    QCOMPARE(run.exitCode, 69);
    QVERIFY2(run.err.contains("never available"), qPrintable(run.err));
}

void tst_Cli::transportWithoutAResultFailsCleanly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("alias list") << QStringList{"alias", "list"};
    QTest::newRow("alias add") << QStringList{"alias", "add", "OPS"};
}

// A transport whose future ends without a result (its promise was dropped
// unfinished) is a transport failure, not a crash of the CLI.
void tst_Cli::transportWithoutAResultFailsCleanly()
{
    QFETCH(QStringList, arguments);
    const Run run = netmsg(QStringList{"-t", "testnoresult"} + arguments, {},
                           {qEnvironmentVariable("NETMSG_TEST_PLUGIN_DIR") + "/noresult"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("(1359)"), qPrintable(run.err)); // ERROR_INTERNAL_ERROR
    QVERIFY2(run.err.contains("gave no result"), qPrintable(run.err));
}

void tst_Cli::transportsListsAvailability()
{
    const Run run = netmsg({"transports", "--json"});
    QCOMPARE(run.exitCode, 0);
    bool sawLoopback = false;
    for (const QJsonObject &transport : run.json()) {
        if (transport.value("id").toString() == QLatin1String("loopback")) {
            sawLoopback = true;
            QVERIFY(transport.value("available").toBool());
            QVERIFY(
                transport.value("capabilities").toVariant().toStringList().contains("AddAlias"));
        }
        QVERIFY(transport.contains("availability"));
    }
    QVERIFY(sawLoopback);
}

void tst_Cli::speaksTheConfiguredLanguage()
{
    QFile ini(m_home->filePath("netmsg.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[General]\nlanguage=de\n");
    ini.close();
    const Run run = netmsg({"-t", "loopback", "alias", "del", "--server", "HQ", "HQ"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.err.contains(QStringLiteral("Der Computername kann nicht gelöscht werden. (2278)")),
        qPrintable(run.err));
}

// --json never translates: in German the same failure gives the same
// English detail, keys and code, while the human-readable line is German.
void tst_Cli::jsonNeverTranslates()
{
    QFile ini(m_home->filePath("netmsg.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[General]\nlanguage=de\n");
    ini.close();
    const Run human = netmsg({"-t", "loopback", "alias", "del", "--server", "HQ", "HQ"});
    QVERIFY2(human.err.contains(QStringLiteral("Der Computername")), qPrintable(human.err));
    const Run json = netmsg({"-t", "loopback", "alias", "del", "--json", "--server", "HQ", "HQ"});
    QCOMPARE(json.exitCode, 2);
    const QString all = json.out + json.err;
    QVERIFY2(all.contains(QStringLiteral("2278")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Computername")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("computer name")), qPrintable(all));
}

// What the CLI creates in a new home (the folder, the settings, the history,
// the alias list and the loopback network with its inbox) is its user's alone.
void tst_Cli::stateFilesAreOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix file modes: on Windows the files inherit their folder's ACL");
#else
    testing::useReadableUmask(); // the CLI inherits it
    const QString home = m_home->filePath("fresh/home");
    QCOMPARE(runNetmsg(home, {"-t", "loopback", "alias", "add", "--server", "HQ", "OPS"}).exitCode,
             0);
    const Run send =
        runNetmsg(home, {"-t", "loopback", "send", "--server", "HQ", "--to", "OPS", "x"});
    QVERIFY2(send.exitCode == 0, qPrintable(send.err));
    const Run alias = runNetmsg(home, {"-t", "winpopup", "alias", "add", "NIGHT"});
    QVERIFY2(alias.exitCode == 0, qPrintable(alias.err));
    for (const char *file :
         {"netmsg.ini", "history.sqlite", "loopback-network.json", "winpopup-aliases.json"})
        QCOMPARE(testing::modeOf(home + '/' + file), QStringLiteral("0600"));
    QCOMPARE(testing::modeOf(home), QStringLiteral("0700"));
    QCOMPARE(testing::modeOf(m_home->filePath("fresh")), QStringLiteral("0700"));
#endif
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
