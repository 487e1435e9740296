// A full disk in the middle of a `netmsg send` into a real `netmsg listen`
// (issue 10, "a full disk during a job fails the job cleanly with the
// reported results kept"): the sender's NETMSG_HOME is a small tmpfs of its
// own (a private mount namespace the test enters itself), which the test
// fills to the last byte once the sender has reported some results. The
// sender must then stop starting recipients, say ERROR_DISK_FULL (112) and
// exit 74; every result it reported before the disk filled is in its history
// as reported; nobody got the message twice; and once there is room again a
// resume finishes the job, still without sending anyone the message twice.
#include "clilistener.h"

#include <QTemporaryDir>

#include <unistd.h>

#include <cstdio>
#include <vector>

namespace {

constexpr int Recipients = 4000;
constexpr int FillAfter = 400; // reported results before the disk fills

// Writes into `path` until the file system has no byte left; false if it
// could not even start.
bool fillDisk(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    for (const qint64 chunk : {qint64(1) << 20, qint64(4096), qint64(1)}) {
        const QByteArray bytes(int(chunk), 'x');
        while (filler.write(bytes) == chunk) {
        }
    }
    return filler.size() > 0;
}

qint64 lastMessageId(const QString &history)
{
    const QList<QVariantList> found = rows(history, QStringLiteral("SELECT MAX(id) FROM messages"));
    return found.isEmpty() ? 0 : found.first().value(0).toLongLong();
}

} // namespace

class tst_CliDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void fullDiskFailsTheJobKeepingWhatWasReported();
};

void tst_CliDiskFull::fullDiskFailsTheJobKeepingWhatWasReported()
{
    const QString disk = qEnvironmentVariable("NETMSG_TEST_SMALL_DISK");
    QVERIFY2(!disk.isEmpty(), "main() mounts the small disk; NETMSG_TEST_SMALL_DISK is unset");
    QTemporaryDir listenerHome;
    const QString senderHome = disk + QStringLiteral("/home");
    QVERIFY(QDir().mkpath(senderHome));
    const quint16 port = freePort();
    const QString listFile = listenerHome.filePath(QStringLiteral("recipients.txt"));
    QVERIFY(writeAliasesAndList(listenerHome.path(), listFile, Recipients, port));
    QProcess listener;
    QVERIFY(startListener(listener, listenerHome.path(), port));

    QProcess sender;
    sender.setProcessEnvironment(homeEnvironment(senderHome));
    QByteArray output;
    QByteArray errors;
    int reportedBeforeFull = -1;
    bool filled = false;
    const QString filler = disk + QStringLiteral("/filler");
    connect(&sender, &QProcess::readyReadStandardOutput, this, [&] {
        output += sender.readAllStandardOutput();
        if (reportedBeforeFull < 0 && output.count('\n') >= FillAfter) {
            // Every whole line so far was reported with the disk not yet full.
            reportedBeforeFull = int(output.count('\n'));
            filled = fillDisk(filler);
        }
    });
    connect(&sender, &QProcess::readyReadStandardError, this,
            [&] { errors += sender.readAllStandardError(); });
    sender.start(qEnvironmentVariable("NETMSG_CLI"),
                 {QStringLiteral("--transport"), QStringLiteral("winpopup"), QStringLiteral("send"),
                  QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("ADMIN"),
                  QStringLiteral("--concurrency"), QStringLiteral("16"), QStringLiteral("--to"),
                  QLatin1Char('@') + listFile, QStringLiteral("Disk full test")});
    QTRY_VERIFY_WITH_TIMEOUT(sender.state() == QProcess::NotRunning, 120000);
    output += sender.readAllStandardOutput();
    errors += sender.readAllStandardError();
    QVERIFY2(reportedBeforeFull >= FillAfter, "the sender finished before the disk filled");
    QVERIFY2(filled, qPrintable(QStringLiteral("cannot write %1").arg(filler)));
    QCOMPARE(sender.exitStatus(), QProcess::NormalExit); // no crash
    QVERIFY2(sender.exitCode() == 74, errors.constData());
    QVERIFY2(errors.contains("112"), errors.constData());

    // What it reported: each recipient once, in whole lines.
    const QList<QByteArray> lines = output.split('\n');
    QHash<QString, QJsonObject> reported;
    QList<QJsonObject> beforeFull;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        QVERIFY2(!line.isEmpty(), lines.at(i).constData());
        const QString recipient = line.value(QStringLiteral("recipient")).toString();
        QVERIFY2(!reported.contains(recipient), qPrintable(recipient));
        reported.insert(recipient, line);
        if (i < reportedBeforeFull)
            beforeFull.append(line);
    }
    QCOMPARE(int(reported.size()), Recipients); // each one has a result, even if not on disk
    // It stopped starting recipients: the rest were refused for the disk.
    int refused = 0;
    for (const QJsonObject &line : std::as_const(reported))
        refused += line.value(QStringLiteral("code")).toInt() == 112 ? 1 : 0;
    QVERIFY2(refused > 0, "no recipient was refused for the full disk");

    // Room again: what was reported before is on disk, as reported.
    QVERIFY(QFile::remove(filler));
    const QString history = senderHome + QStringLiteral("/history.sqlite");
    const qint64 id = lastMessageId(history);
    QVERIFY(id > 0);
    QHash<QString, QString> stored;
    for (const QVariantList &row :
         rows(history, QStringLiteral("SELECT recipient, state FROM deliveries"
                                      " WHERE message_id = %1")
                           .arg(id)))
        stored.insert(row.value(0).toString(), row.value(1).toString());
    for (const QJsonObject &line : std::as_const(beforeFull)) {
        const QString recipient = line.value(QStringLiteral("recipient")).toString();
        QVERIFY2(stored.value(recipient) == line.value(QStringLiteral("state")).toString(),
                 qPrintable(recipient));
    }
    QVERIFY(stored.size() < Recipients);

    // The resume, with room again: it finishes the job.
    const Run resumed =
        runNetmsg(senderHome, {QStringLiteral("send"), QStringLiteral("--json"),
                               QStringLiteral("--concurrency"), QStringLiteral("16"),
                               QStringLiteral("--resume"), QString::number(id)});
    QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 1, qPrintable(resumed.err));
    for (const QJsonObject &line : resumed.json())
        QVERIFY2(!stored.contains(line.value(QStringLiteral("recipient")).toString()),
                 qPrintable(line.value(QStringLiteral("recipient")).toString()));
    QCOMPARE(deliveryRowsAndPositions(history, id), qMakePair(Recipients, Recipients));

    // At the receiving end: nobody twice.
    listener.terminate();
    QVERIFY(listener.waitForFinished(20000));
    const QStringList received = receivedAliases(listenerHome.path());
    QCOMPARE(int(QSet<QString>(received.cbegin(), received.cend()).size()), int(received.size()));
    qInfo("disk full after %d reported; %d refused for it; %d on disk then; %d sent on resume; %d "
          "received in all",
          reportedBeforeFull, refused, int(stored.size()), int(resumed.json().size()),
          int(received.size()));
}

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("NETMSG_TEST_SMALL_DISK")) {
        // Re-run in a private mount namespace with a 16 MB tmpfs of its own:
        // filling it touches nothing else. Root needs no user namespace (and
        // may not get one, e.g. in a chroot); others need `-r`. A chroot's /
        // is no mount point, so unshare cannot make the namespace's mounts
        // private there: the tmpfs is then seen outside too, and the shell
        // unmounts it when the test has ended, however it ended.
        const QByteArray disk = qgetenv("NETMSG_HOME") + "/small-disk";
        qputenv("NETMSG_TEST_SMALL_DISK", disk);
        static const char script[] =
            "unshare=$1 disk=$2; shift 2; "
            "if [ \"$(id -u)\" = 0 ]; then ns=-m; else ns=-rm; fi; "
            "\"$unshare\" $ns true 2>/dev/null || ns=\"$ns --propagation unchanged\"; "
            "mkdir -p \"$disk\" && exec \"$unshare\" $ns sh -c '"
            "disk=$1; shift; "
            "mount -t tmpfs -o size=16m,mode=0700 netmsg-small-disk \"$disk\" || exit 1; "
            "\"$@\"; status=$?; umount \"$disk\"; exit $status' sh \"$disk\" \"$@\"";
        std::vector<const char *> arguments = {"sh", "-c",           script,
                                               "sh", NETMSG_UNSHARE, disk.constData()};
        for (int i = 0; i < argc; ++i)
            arguments.push_back(argv[i]);
        arguments.push_back(nullptr);
        ::execv("/bin/sh", const_cast<char *const *>(arguments.data()));
        std::perror("/bin/sh");
        return 1;
    }
    QCoreApplication app(argc, argv);
    tst_CliDiskFull test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_clidiskfull.moc"
