// kill -9 in the middle of a 10,000-recipient `netmsg send` into a real
// `netmsg listen`, then `netmsg send --resume`: every result the killed sender
// reported is in its history, the resume sends only to recipients that were
// never started, and no receiver gets the message twice (counted in the
// listener's inbox).
#include "clilistener.h"

#include <QSet>
#include <QTemporaryDir>

namespace {
constexpr int Recipients = 10000;
} // namespace

class tst_CliResume : public QObject
{
    Q_OBJECT
private slots:
    void killedJobResumesWithoutSendingTwice();
    void resumeRefusesWhatItCannotResume();
};

void tst_CliResume::killedJobResumesWithoutSendingTwice()
{
    QTemporaryDir listenerHome;
    QTemporaryDir senderHome;
    const quint16 port = freePort();
    const QString listFile = senderHome.filePath(QStringLiteral("recipients.txt"));
    QVERIFY(writeAliasesAndList(listenerHome.path(), listFile, Recipients, port));
    QProcess listener;
    QVERIFY(startListener(listener, listenerHome.path(), port));

    // The sender, killed once it has reported a quarter of its recipients.
    QProcess sender;
    sender.setProcessEnvironment(homeEnvironment(senderHome.path()));
    QByteArray reportedOutput;
    connect(&sender, &QProcess::readyReadStandardOutput, this,
            [&] { reportedOutput += sender.readAllStandardOutput(); });
    sender.start(qEnvironmentVariable("NETMSG_CLI"),
                 {QStringLiteral("--transport"), QStringLiteral("winpopup"), QStringLiteral("send"),
                  QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("ADMIN"),
                  QStringLiteral("--concurrency"), QStringLiteral("32"), QStringLiteral("--to"),
                  QLatin1Char('@') + listFile, QStringLiteral("Resume test")});
    QTRY_VERIFY_WITH_TIMEOUT(reportedOutput.count('\n') >= Recipients / 4 ||
                                 sender.state() == QProcess::NotRunning,
                             60000);
    QVERIFY2(sender.state() != QProcess::NotRunning, "the sender finished before it was killed");
    sender.kill(); // SIGKILL: no handler, no flush
    QVERIFY(sender.waitForFinished(10000));
    reportedOutput += sender.readAllStandardOutput();

    // What the killed sender reported (whole lines only).
    QHash<QString, QString> reported; // recipient -> state
    const QList<QByteArray> lines = reportedOutput.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
        QVERIFY2(!object.isEmpty(), lines.at(i).constData());
        reported.insert(object.value(QStringLiteral("recipient")).toString(),
                        object.value(QStringLiteral("state")).toString());
    }
    QVERIFY(reported.size() >= Recipients / 4);

    const QString senderHistory = senderHome.filePath(QStringLiteral("history.sqlite"));
    const QList<QVariantList> message =
        rows(senderHistory, QStringLiteral("SELECT MAX(id) FROM messages"));
    QCOMPARE(message.size(), 1);
    const qint64 id = message.first().value(0).toLongLong();
    QVERIFY(id > 0);
    // Every reported result is on disk, as reported.
    QHash<QString, QString> stored;
    for (const QVariantList &row :
         rows(senderHistory, QStringLiteral("SELECT recipient, state FROM deliveries"
                                            " WHERE message_id = %1")
                                 .arg(id)))
        stored.insert(row.value(0).toString(), row.value(1).toString());
    for (auto it = reported.cbegin(); it != reported.cend(); ++it)
        QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(it.key()));
    QVERIFY(stored.size() < Recipients);

    // The resume.
    const Run resumed =
        runNetmsg(senderHome.path(), {QStringLiteral("send"), QStringLiteral("--json"),
                                      QStringLiteral("--concurrency"), QStringLiteral("32"),
                                      QStringLiteral("--resume"), QString::number(id)});
    QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 1, qPrintable(resumed.err));
    int inFlight = 0;
    int resent = 0;
    for (const QJsonObject &result : resumed.json()) {
        const QString recipient = result.value(QStringLiteral("recipient")).toString();
        QVERIFY2(!stored.contains(recipient), qPrintable(recipient)); // nobody twice
        if (result.value(QStringLiteral("code")).toInt() == 1067) {
            QCOMPARE(result.value(QStringLiteral("state")).toString(),
                     QStringLiteral("unconfirmed"));
            ++inFlight;
        } else {
            QCOMPARE(result.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
            ++resent;
        }
    }
    QCOMPARE(int(stored.size()) + inFlight + resent, Recipients);
    // The ones the killed sender had under way were never sent again.
    QVERIFY2(inFlight > 0, "nothing was under way when the sender was killed");
    // At most: those under way (32), those marked started ahead (a batch of
    // twice that) and results not yet written (a batch of at most 256).
    QVERIFY2(inFlight <= 32 + 2 * 32 + 256, qPrintable(QString::number(inFlight)));
    // One row per recipient, each at its own place in the list.
    QCOMPARE(deliveryRowsAndPositions(senderHistory, id), qMakePair(Recipients, Recipients));

    // At the receiving end: nobody got it twice, everyone delivered got it.
    listener.terminate();
    QVERIFY(listener.waitForFinished(20000));
    const QString inbox = listenerHome.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(
        rows(inbox, QStringLiteral("SELECT alias FROM inbox GROUP BY alias HAVING COUNT(*) > 1"))
            .isEmpty());
    QSet<QString> received;
    for (const QVariantList &row : rows(inbox, QStringLiteral("SELECT alias FROM inbox")))
        received.insert(row.value(0).toString().toUpper());
    int deliveredMissing = 0;
    for (const QVariantList &row :
         rows(senderHistory, QStringLiteral("SELECT recipient FROM deliveries WHERE message_id = %1"
                                            " AND state = 'delivered'")
                                 .arg(id))) {
        const QString alias = row.value(0).toString().section(QLatin1Char('@'), 0, 0);
        deliveredMissing += received.contains(alias) ? 0 : 1;
    }
    QCOMPARE(deliveredMissing, 0);
    qInfo("killed after %d reported; %d under way recorded unconfirmed; %d sent on resume; %d "
          "received",
          int(reported.size()), inFlight, resent, int(received.size()));
}

void tst_CliResume::resumeRefusesWhatItCannotResume()
{
    QTemporaryDir home;
    const Run notANumber = runNetmsg(
        home.path(), {QStringLiteral("send"), QStringLiteral("--resume"), QStringLiteral("x1")});
    QCOMPARE(notANumber.exitCode, 64);
    QVERIFY2(notANumber.err.contains(QLatin1String("'x1' is not a message id")),
             qPrintable(notANumber.err));
    const Run withText = runNetmsg(home.path(), {QStringLiteral("send"), QStringLiteral("--resume"),
                                                 QStringLiteral("1"), QStringLiteral("hello")});
    QCOMPARE(withText.exitCode, 64);
    const Run missing = runNetmsg(
        home.path(), {QStringLiteral("send"), QStringLiteral("--resume"), QStringLiteral("42")});
    QCOMPARE(missing.exitCode, 65);
    QVERIFY2(missing.err.contains(QLatin1String("no message 42")), qPrintable(missing.err));
    // A finished message: nothing is left, nothing is sent.
    const Run sent = runNetmsg(
        home.path(), {QStringLiteral("--transport"), QStringLiteral("loopback"),
                      QStringLiteral("send"), QStringLiteral("--server"), QStringLiteral("HQ"),
                      QStringLiteral("--to"), QStringLiteral("HQ"), QStringLiteral("hi")});
    QCOMPARE(sent.exitCode, 0);
    const Run again = runNetmsg(
        home.path(), {QStringLiteral("send"), QStringLiteral("--resume"), QStringLiteral("1")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("nothing is left to send")), qPrintable(again.out));
}

QTEST_GUILESS_MAIN(tst_CliResume)
#include "tst_cliresume.moc"
