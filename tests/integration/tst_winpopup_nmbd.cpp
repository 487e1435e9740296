#include "smbdfixture.h"
#include "winpopuptransport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace netmsg;

// Remote alias listing against a real Samba nmbd (docs/protocol.md §1.4). The test
// runs itself in a private network namespace (see main()) where
// NETMSG_TEST_NMB_ADDRESS is an address of its own loopback, so nmbd can serve
// port 137 there without touching the machine's network.
class TestWinPopupNmbd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsTheMessengerNamesOfAHost();

private:
    QTemporaryDir m_root;
    QProcess m_nmbd;
    QString m_address;
};

void TestWinPopupNmbd::initTestCase()
{
    m_address = qEnvironmentVariable("NETMSG_TEST_NMB_ADDRESS");
    QVERIFY2(!m_address.isEmpty(), "main() sets up the network namespace");
    const QString nmbd = QStandardPaths::findExecutable(
        QStringLiteral("nmbd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    QVERIFY2(!nmbd.isEmpty(), "nmbd is not installed (apt-get install samba)");
    const QString root = m_root.path();
    for (const char *sub : {"state", "lock", "private", "cache", "pid", "log"})
        QDir(root).mkpath(QLatin1String(sub));
    QFile conf(root + QStringLiteral("/smb.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    const QByteArray r = root.toUtf8();
    conf.write("[global]\n  netbios name = NMBTEST\n  netbios aliases = OPSDESK NIGHTSHIFT\n"
               "  workgroup = NETMSGTEST\n  interfaces = " +
               m_address.toUtf8() +
               "/24\n"
               "  bind interfaces only = yes\n  disable netbios = no\n"
               "  state directory = " +
               r + "/state\n  lock directory = " + r +
               "/lock\n"
               "  private dir = " +
               r + "/private\n  cache directory = " + r +
               "/cache\n"
               "  pid directory = " +
               r + "/pid\n  log file = " + r + "/log/log.%m\n");
    conf.close();
    m_nmbd.setProcessChannelMode(QProcess::MergedChannels);
    m_nmbd.setChildProcessModifier([] { ::setsid(); });
    m_nmbd.start(nmbd, {QStringLiteral("--foreground"), QStringLiteral("--no-process-group"),
                        QStringLiteral("--debug-stdout"), QStringLiteral("-s"), conf.fileName()});
    QVERIFY(m_nmbd.waitForStarted(5000));
}

void TestWinPopupNmbd::cleanupTestCase()
{
    if (m_nmbd.state() == QProcess::NotRunning)
        return;
    ::kill(-pid_t(m_nmbd.processId()), SIGTERM);
    if (!m_nmbd.waitForFinished(5000))
        ::kill(-pid_t(m_nmbd.processId()), SIGKILL);
}

void TestWinPopupNmbd::listsTheMessengerNamesOfAHost()
{
    TransportContext context;
    context.dataDirectory = m_root.filePath(QStringLiteral("netmsg"));
    WinPopupTransport transport(context);
    QVERIFY(transport.configure({{QStringLiteral("connectTimeoutMs"), 1500}}).isSuccess());
    // nmbd answers once it has claimed its names, a few seconds after start.
    AliasListing listing;
    const bool answered = QTest::qWaitFor(
        [&] {
            QFuture<AliasListing> future = transport.listAliases(m_address);
            if (!QTest::qWaitFor([&] { return future.isFinished(); }, 5000))
                return false;
            listing = future.result();
            return listing.outcome.isSuccess() && listing.aliases.size() >= 3;
        },
        30000);
    QVERIFY2(answered, qPrintable(listing.outcome.toString() + QLatin1Char('\n') +
                                  QString::fromLocal8Bit(m_nmbd.readAll())));
    // Its <03> names, not the workgroup (a group name) nor other suffixes.
    QStringList aliases = listing.aliases;
    aliases.sort();
    QCOMPARE(aliases, (QStringList{QStringLiteral("NIGHTSHIFT"), QStringLiteral("NMBTEST"),
                                   QStringLiteral("OPSDESK")}));
}

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("NETMSG_TEST_NMB_ADDRESS")) {
        // Re-run inside a private network namespace, with the loopback up and
        // carrying a second address for nmbd. Root needs no user namespace
        // (and may not get one, e.g. in a chroot); others need `-r`.
        qputenv("NETMSG_TEST_NMB_ADDRESS", "10.77.0.1");
        std::vector<const char *> arguments = {
            NETMSG_UNSHARE,
            ::geteuid() == 0 ? "-n" : "-rn",
            "sh",
            "-c",
            "ip=$1; shift; \"$ip\" link set lo up && \"$ip\" addr add 10.77.0.1/24 dev lo && "
            "exec \"$@\"",
            "sh",
            NETMSG_IP};
        for (int i = 0; i < argc; ++i)
            arguments.push_back(argv[i]);
        arguments.push_back(nullptr);
        ::execv(NETMSG_UNSHARE, const_cast<char *const *>(arguments.data()));
        std::perror("unshare");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestWinPopupNmbd test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_winpopup_nmbd.moc"
