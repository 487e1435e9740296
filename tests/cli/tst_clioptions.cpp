// Every option of `netmsg send` means the same whichever way its transport
// was chosen: the default route (the settings'), --transport, or a step of
// --route after a transport this system lacks. One test per option, each
// run the three ways.
#include "clirun.h"
#include "winpopuppeer.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;

namespace {
enum class Way { Default, Transport, Route };
} // namespace
Q_DECLARE_METATYPE(Way)

class tst_CliOptions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void server_data() { addWays(); }
    void server();
    void from_data() { addWays(); }
    void from();
    void concurrency_data() { addWays(); }
    void concurrency();
    void timeout_data() { addWays(); }
    void timeout();
    void retries_data() { addWays(); }
    void retries();
    void hold_data() { addWays(); }
    void hold();
    void overLimit_data() { addWays(); }
    void overLimit();
    void maxText_data() { addWays(); }
    void maxText();
    void dryRun_data() { addWays(); }
    void dryRun();
    void transportOption_data() { addWays(); }
    void transportOption();
    void codepage_data() { addWays(); }
    void codepage();
    void port_data() { addWays(); }
    void port();
    void unscopedTransportOptionNeedsARouteOfOne();

private:
    static void addWays();
    // The global options that choose `id` the way the current row says.
    QStringList choose(const QString &id);
    Run send(const QString &id, const QStringList &options,
             const QString &text = QStringLiteral("x"));
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_CliOptions::addWays()
{
    QTest::addColumn<Way>("way");
    QTest::newRow("default route") << Way::Default;
    QTest::newRow("--transport") << Way::Transport;
    QTest::newRow("--route step") << Way::Route;
}

void tst_CliOptions::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QCOMPARE(runNetmsg(m_home->path(),
                       {"--transport", "loopback", "alias", "add", "--server", "HQ", "OPS", "DESK"})
                 .exitCode,
             0);
}

QStringList tst_CliOptions::choose(const QString &id)
{
    QFETCH(Way, way);
    switch (way) {
    case Way::Default: {
        QSettings settings(m_home->filePath(QStringLiteral("netmsg.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("route"), id);
        return {};
    }
    case Way::Transport:
        return {QStringLiteral("--transport"), id};
    case Way::Route:
        // netapi32 is not on this system: the route skips it with its reason.
        return {QStringLiteral("--route"), QStringLiteral("netapi32,") + id};
    }
    return {};
}

Run tst_CliOptions::send(const QString &id, const QStringList &options, const QString &text)
{
    QStringList arguments = choose(id);
    arguments << QStringLiteral("send") << QStringLiteral("--json") << options << text;
    return runNetmsg(m_home->path(), arguments);
}

void tst_CliOptions::server()
{
    // OPS lives on HQ, not on this computer's loopback server.
    const Run there = send(QStringLiteral("loopback"), {"--server", "HQ", "--to", "OPS"});
    QCOMPARE(there.exitCode, 0);
    QCOMPARE(there.json().value(0).value("state").toString(), QStringLiteral("delivered"));
    QCOMPARE(there.json().value(0).value("transport").toString(), QStringLiteral("loopback"));
    const Run here = send(QStringLiteral("loopback"), {"--to", "OPS"});
    QCOMPARE(here.json().value(0).value("code").toInt(), 2273);
}

void tst_CliOptions::from()
{
    QCOMPARE(send(QStringLiteral("loopback"), {"--server", "HQ", "--from", "ALICE", "--to", "OPS"})
                 .exitCode,
             0);
    const Run history = runNetmsg(m_home->path(), {"history", "--json"});
    QCOMPARE(history.json().value(0).value("sender").toString(), QStringLiteral("ALICE"));
    QCOMPARE(send(QStringLiteral("loopback"), {"--server", "HQ", "--from", "AL?CE", "--to", "OPS"})
                 .exitCode,
             65);
}

void tst_CliOptions::concurrency()
{
    // Three sends of 150 ms each, one at a time: never less than 450 ms.
    const Run serial =
        send(QStringLiteral("loopback"), {"-o", "loopback.latencyMs=150", "--server", "HQ",
                                          "--concurrency", "1", "--to", "OPS,DESK,HQ"});
    QCOMPARE(serial.exitCode, 0);
    QVERIFY2(serial.elapsedMs >= 450, qPrintable(QString::number(serial.elapsedMs)));
    QCOMPARE(send(QStringLiteral("loopback"), {"--concurrency", "0", "--to", "OPS"}).exitCode, 64);
}

void tst_CliOptions::timeout()
{
    const Run run = send(QStringLiteral("loopback"), {"-o", "loopback.silentNames=OPS", "--server",
                                                      "HQ", "--timeout", "150", "--to", "OPS"});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject result = run.json().value(0);
    QCOMPARE(result.value("code").toInt(), 1460);
    QCOMPARE(result.value("state").toString(), QStringLiteral("failed"));
    QVERIFY(result.value("elapsedMs").toInt() >= 140);
    QVERIFY(result.value("elapsedMs").toInt() < 5000);
}

void tst_CliOptions::retries()
{
    // 2136 (NERR_NetworkError) is transient: retried as asked; 2273 is not.
    const Run run =
        send(QStringLiteral("loopback"), {"-o", "loopback.failNames=OPS=2136;DESK=2273", "--server",
                                          "HQ", "--retries", "2", "--to", "OPS,DESK"});
    QCOMPARE(run.exitCode, 2);
    // Results come as they finish, not in the order given.
    QHash<QString, int> attempts;
    for (const QJsonObject &result : run.json())
        attempts.insert(result.value("recipient").toString(), result.value("attempts").toInt());
    QCOMPARE(attempts.value(QStringLiteral("OPS")), 3);
    QCOMPARE(attempts.value(QStringLiteral("DESK")), 1);
}

void tst_CliOptions::hold()
{
    const Run run =
        send(QStringLiteral("loopback"),
             {"-o", "loopback.failNames=OPS=2136", "--server", "HQ", "--hold", "1", "--to", "OPS"});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject result = run.json().value(0);
    QVERIFY2(result.value("attempts").toInt() >= 2, qPrintable(run.out));
    // The hold's deadline is set as the command reads its options, so it runs
    // while netmsg starts too (plugins, history: a good part of a second
    // under Wine): the run lasts the second, the recipient's own time less.
    QVERIFY2(run.elapsedMs >= 900, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY2(result.value("elapsedMs").toInt() > 0, qPrintable(run.out));
}

void tst_CliOptions::overLimit()
{
    // Loopback carries 1,600 bytes of UTF-16: 900 characters need two parts.
    const QString text(900, QLatin1Char('a'));
    QCOMPARE(send(QStringLiteral("loopback"), {"--server", "HQ", "--to", "OPS"}, text).exitCode,
             65);
    const Run split = send(QStringLiteral("loopback"),
                           {"--server", "HQ", "--over-limit", "split", "--to", "OPS"}, text);
    QCOMPARE(split.exitCode, 0);
    QCOMPARE(split.json().value(0).value("parts").toInt(), 2);
    QCOMPARE(split.json().value(0).value("partsSent").toInt(), 2);
}

void tst_CliOptions::maxText()
{
    const Run run =
        send(QStringLiteral("loopback"), {"--server", "HQ", "--max-text", "10", "--to", "OPS"},
             QStringLiteral("eleven char"));
    QCOMPARE(run.exitCode, 65);
    QVERIFY2(run.err.contains(QLatin1String("11 characters")), qPrintable(run.err));
    QCOMPARE(send(QStringLiteral("loopback"), {"--server", "HQ", "--max-text", "11", "--to", "OPS"},
                  QStringLiteral("eleven char"))
                 .exitCode,
             0);
}

void tst_CliOptions::dryRun()
{
    const Run run =
        send(QStringLiteral("loopback"), {"--server", "HQ", "--dry-run", "--to", "OPS,DESK"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().size(), 2);
    QCOMPARE(run.json().value(0).value("dryRun").toBool(), true);
    QCOMPARE(run.json().value(0).value("transport").toString(), QStringLiteral("loopback"));
    const Run history = runNetmsg(m_home->path(), {"history", "--json"});
    QCOMPARE(history.out.trimmed(), QString());
}

void tst_CliOptions::transportOption()
{
    const Run run = send(QStringLiteral("loopback"),
                         {"-o", "loopback.failNames=OPS=5", "--server", "HQ", "--to", "OPS"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json().value(0).value("code").toInt(), 5);
    // A bad value is the user's to fix: nothing is sent.
    const Run bad = send(QStringLiteral("loopback"),
                         {"-o", "loopback.latencyMs=soon", "--server", "HQ", "--to", "OPS"});
    QCOMPARE(bad.exitCode, 65);
    QVERIFY2(bad.err.contains(QLatin1String("latencyMs")), qPrintable(bad.err));
}

// The bug that started it: --codepage was dropped when the transport was the
// default one.
// Unset, the code page is the language's (German CP850, Russian CP866).
void tst_CliOptions::codepage()
{
    const auto setLanguage = [this](const char *language) {
        QSettings settings(m_home->filePath(QStringLiteral("netmsg.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("language"), QString::fromLatin1(language));
    };
    setLanguage("de");
    const Run refused = send(QStringLiteral("winpopup"), {"--dry-run", "--to", "OPS@127.0.0.1:1"},
                             QStringLiteral("Привет"));
    QCOMPARE(refused.exitCode, 65);
    QVERIFY2(refused.err.contains(QLatin1String("CP850")), qPrintable(refused.err));
    setLanguage("ru");
    const Run russian = send(QStringLiteral("winpopup"), {"--dry-run", "--to", "OPS@127.0.0.1:1"},
                             QStringLiteral("Привет"));
    QVERIFY2(russian.exitCode == 0, qPrintable(russian.err));
    setLanguage("de");
    const Run cyrillic = send(QStringLiteral("winpopup"),
                              {"--codepage", "CP866", "--dry-run", "--to", "OPS@127.0.0.1:1"},
                              QStringLiteral("Привет"));
    QCOMPARE(cyrillic.exitCode, 0);
    QCOMPARE(cyrillic.json().value(0).value("transport").toString(), QStringLiteral("winpopup"));
}

void tst_CliOptions::port()
{
    testing::WinPopupPeer peer;
    const QString host = QStringLiteral("OPS@127.0.0.1");
    const Run run =
        send(QStringLiteral("winpopup"), {"--port", QString::number(peer.port()), "--to", host},
             QStringLiteral("through --port"));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(0).value("state").toString(), QStringLiteral("delivered"));
    QCOMPARE(peer.messageCount(), 1);
}

void tst_CliOptions::unscopedTransportOptionNeedsARouteOfOne()
{
    const QString home = m_home->path();
    QCOMPARE(runNetmsg(home, {"--transport", "loopback", "-o", "failNames=OPS=5", "send",
                              "--server", "HQ", "--json", "--to", "OPS", "x"})
                 .json()
                 .value(0)
                 .value("code")
                 .toInt(),
             5);
    const Run ambiguous = runNetmsg(home, {"--route", "netapi32,loopback", "-o", "failNames=OPS=5",
                                           "send", "--server", "HQ", "--to", "OPS", "x"});
    QCOMPARE(ambiguous.exitCode, 65);
    QVERIFY2(ambiguous.err.contains(QLatin1String("ID.failNames=OPS=5")),
             qPrintable(ambiguous.err));
}

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_clioptions.moc"
