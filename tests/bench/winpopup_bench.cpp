// Messages per second through the WinPopup exchange on loopback: netmsg's
// sender and receiver against a plain blocking sender and an epoll receiver
// (the wire's own limit on this machine), both cross pairings, smbclient -M
// and smbd. Each side runs in its own process; the sender's clock decides.
//
//   winpopup_bench                      run every pairing, print the table
//   winpopup_bench receive PORT         netmsg's receiver (alias OPS)
//   winpopup_bench send HOST PORT COUNT CONCURRENCY
//
// NETMSG_BENCH_COUNT (10000), NETMSG_BENCH_CONCURRENCY (16),
// NETMSG_BENCH_SMBCLIENT (200) and NETMSG_BENCH_SMBD (1000) size the runs.
#include "smbdfixture.h"
#include "winpopuptransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>

using namespace netmsg;

namespace {

std::atomic_bool terminateRequested{false};

int receive(quint16 port)
{
    QTemporaryDir home;
    TransportContext context;
    context.dataDirectory = home.path();
    WinPopupTransport transport(context);
    if (!transport.addAlias({}, QStringLiteral("OPS")).result().isSuccess())
        return 1;
    ReceiverOptions options;
    options.port = port;
    options.maxConnections = 1024;
    const Outcome started = transport.startReceiving(options);
    if (!started.isSuccess()) {
        std::fprintf(stderr, "%s\n", qPrintable(started.toString()));
        return 1;
    }
    long received = 0;
    QObject::connect(&transport, &IMessageTransport::messageReceived, [&] { ++received; });
    std::signal(SIGTERM, [](int) { terminateRequested = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (terminateRequested)
            QCoreApplication::quit();
    });
    poll.start(50);
    std::printf("ready\n");
    std::fflush(stdout);
    QCoreApplication::exec();
    std::printf("received=%ld\n", received);
    return 0;
}

// Keeps `concurrency` sends in flight until `count` have finished.
int send(const QString &host, quint16 port, int count, int concurrency)
{
    QTemporaryDir home;
    TransportContext context;
    context.dataDirectory = home.path();
    WinPopupTransport transport(context);
    int started = 0;
    int finished = 0;
    int failed = 0;
    std::function<void()> launch = [&] {
        Message message;
        message.recipient = QStringLiteral("OPS");
        message.host = host;
        message.port = port;
        message.sender = QStringLiteral("BENCH");
        message.text = QStringLiteral("Benchmark message %1").arg(started++);
        auto *watcher = new QFutureWatcher<SendResult>;
        QObject::connect(watcher, &QFutureWatcher<SendResult>::finished, [&, watcher] {
            const Outcome outcome = watcher->result().outcome;
            if (!outcome.isSuccess() && failed++ < 3)
                std::fprintf(stderr, "%s\n", qPrintable(outcome.toString()));
            watcher->deleteLater();
            if (++finished == count)
                QCoreApplication::quit();
            else if (started < count)
                launch();
        });
        watcher->setFuture(transport.send(message));
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < qMin(concurrency, count); ++i)
        launch();
    QCoreApplication::exec();
    std::printf("sent=%d failed=%d seconds=%.4f\n", count - failed, failed,
                double(clock.nsecsElapsed()) / 1e9);
    return failed ? 1 : 0;
}

struct Run
{
    int sent = 0;
    double seconds = 0;
    QString error;
    double rate() const { return seconds > 0 ? sent / seconds : 0; }
};

QString field(const QByteArray &output, const char *key)
{
    const QByteArray marker = QByteArray(key) + '=';
    for (const QByteArray &token : output.simplified().split(' ')) {
        if (token.startsWith(marker))
            return QString::fromLatin1(token.mid(marker.size()));
    }
    return {};
}

// Starts a receiver that prints "ready"; returns it running, or null.
std::unique_ptr<QProcess> startReceiver(const QString &program, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->start(program, arguments);
    if (!process->waitForStarted(5000) || !process->waitForReadyRead(10000) ||
        !process->readLine().startsWith("ready"))
        return nullptr;
    return process;
}

Run runSender(const QString &program, const QStringList &arguments)
{
    QProcess sender;
    sender.start(program, arguments);
    Run run;
    if (!sender.waitForFinished(600000)) {
        run.error = QStringLiteral("sender did not finish");
        return run;
    }
    const QByteArray output = sender.readAllStandardOutput();
    run.sent = field(output, "sent").toInt();
    run.seconds = field(output, "seconds").toDouble();
    if (sender.exitCode() != 0)
        run.error = QString::fromLocal8Bit(sender.readAllStandardError()).trimmed();
    return run;
}

Run smbclientSample(int count)
{
    QTemporaryDir home;
    const quint16 port = SmbdFixture::freePort();
    std::unique_ptr<QProcess> receiver =
        startReceiver(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("receive"), QString::number(port)});
    if (!receiver || SmbdFixture::smbclientPath().isEmpty())
        return {0, 0, QStringLiteral("smbclient or receiver missing")};
    QFile conf(home.filePath(QStringLiteral("smb.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return {0, 0, QStringLiteral("no smb.conf")};
    const QByteArray root = home.path().toUtf8();
    conf.write("[global]\n  lock directory = " + root + "\n  state directory = " + root +
               "\n  cache directory = " + root + "\n  private dir = " + root + "\n");
    conf.close();
    Run run;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        QProcess client;
        client.start(SmbdFixture::smbclientPath(),
                     {QStringLiteral("-M"), QStringLiteral("OPS"), QStringLiteral("-I"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                      QStringLiteral("-U"), QStringLiteral("bench"), QStringLiteral("-N"),
                      QStringLiteral("-s"), conf.fileName()});
        client.write("Benchmark message from smbclient");
        client.closeWriteChannel();
        if (client.waitForFinished(10000) && client.exitCode() == 0)
            ++run.sent;
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    receiver->terminate();
    receiver->waitForFinished(10000);
    const int received = field(receiver->readAllStandardOutput(), "received").toInt();
    if (received != count)
        run.error = QStringLiteral("receiver counted %1 of %2").arg(received).arg(count);
    return run;
}

Run smbdSample(const QString &plainSender, int count, int concurrency)
{
    SmbdFixture smbd;
    const QString error = smbd.start();
    if (!error.isEmpty())
        return {0, 0, error};
    Run run = runSender(plainSender, {QStringLiteral("127.0.0.1"), QString::number(smbd.port()),
                                      QString::number(count), QString::number(concurrency)});
    // The message command runs in the background: wait until every file is there.
    const int delivered = int(smbd.waitForMessages(count, 60000).size());
    if (run.error.isEmpty() && delivered != run.sent)
        run.error = QStringLiteral("smbd delivered %1 of %2").arg(delivered).arg(run.sent);
    return run;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

int orchestrate()
{
    QTextStream out(stdout);
    const QString dir = QCoreApplication::applicationDirPath();
    const QString self = QCoreApplication::applicationFilePath();
    const QString plainSender = dir + QStringLiteral("/winpopup_plain_sender");
    const QString epollReceiver = dir + QStringLiteral("/winpopup_epoll_receiver");
    const int count = envInt("NETMSG_BENCH_COUNT", 10000);
    const int concurrency = envInt("NETMSG_BENCH_CONCURRENCY", 16);
    const QString c = QString::number(concurrency);
    const QString n = QString::number(count);

    struct Row
    {
        QString name;
        Run run;
        QString note;
    };
    QList<Row> rows;
    const auto add = [&](const QString &name, const Run &run, const QString &note = {}) {
        rows.append({name, run, note});
        out << QStringLiteral("  %1 %2 msg/s %3 %4\n")
                   .arg(name, -34)
                   .arg(run.rate(), 9, 'f', 0)
                   .arg(note,
                        run.error.isEmpty() ? QString() : QStringLiteral("ERROR: ") + run.error);
        out.flush();
    };
    const auto plainSend = [&](quint16 port) {
        return QStringList{QStringLiteral("127.0.0.1"), QString::number(port), n, c};
    };
    const auto netmsgSend = [&](quint16 port) {
        return QStringList{QStringLiteral("send"), QStringLiteral("127.0.0.1"),
                           QString::number(port), n, c};
    };
    out << QStringLiteral("WinPopup exchange on loopback: %1 messages, %2 at once, one "
                          "connection per message\n")
               .arg(count)
               .arg(concurrency);
    const auto runPair = [&](const QString &name, bool netmsgReceiver, bool netmsgSender) {
        const quint16 port = SmbdFixture::freePort();
        const QString receiverProgram = netmsgReceiver ? self : epollReceiver;
        const QStringList receiverArgs =
            netmsgReceiver ? QStringList{QStringLiteral("receive"), QString::number(port)}
                           : QStringList{QString::number(port)};
        const QStringList senderArgs = netmsgSender ? netmsgSend(port) : plainSend(port);
        Run run;
        std::unique_ptr<QProcess> receiver = startReceiver(receiverProgram, receiverArgs);
        if (!receiver) {
            run.error = QStringLiteral("receiver did not start");
        } else {
            run = runSender(netmsgSender ? self : plainSender, senderArgs);
            receiver->terminate();
            receiver->waitForFinished(10000);
            const int received = field(receiver->readAllStandardOutput(), "received").toInt();
            if (run.error.isEmpty() && received != run.sent)
                run.error = QStringLiteral("receiver counted %1 of %2").arg(received).arg(run.sent);
        }
        add(name, run);
        return run;
    };

    const Run plain = runPair(QStringLiteral("plain sender -> epoll receiver"), false, false);
    runPair(QStringLiteral("netmsg sender -> netmsg receiver"), true, true);
    runPair(QStringLiteral("netmsg sender -> epoll receiver"), false, true);
    runPair(QStringLiteral("plain sender -> netmsg receiver"), true, false);
    const int smbdCount = envInt("NETMSG_BENCH_SMBD", 1000);
    add(QStringLiteral("plain sender -> smbd"), smbdSample(plainSender, smbdCount, concurrency),
        QStringLiteral("(%1 messages, scaled)").arg(smbdCount));
    const int smbclientCount = envInt("NETMSG_BENCH_SMBCLIENT", 200);
    add(QStringLiteral("smbclient -M -> netmsg receiver"), smbclientSample(smbclientCount),
        QStringLiteral("(%1 messages one after another, scaled)").arg(smbclientCount));

    // The plugin alone, both sides or one: at least 0.7 of the plain pair.
    constexpr double target = 0.7;
    out << QStringLiteral("\nRatios against the plain pair (%1 msg/s), target >= %2:\n")
               .arg(plain.rate(), 0, 'f', 0)
               .arg(target, 0, 'f', 2);
    bool met = plain.rate() > 0;
    QString table = QStringLiteral("Measured %1 on %2 cores (Release): %3 messages, %4 in flight, "
                                   "one connection per message.\n\n"
                                   "| pairing | msg/s | vs plain pair | target |\n"
                                   "|---|---:|---:|---|\n")
                        .arg(QDate::currentDate().toString(Qt::ISODate))
                        .arg(QThread::idealThreadCount())
                        .arg(count)
                        .arg(concurrency);
    for (const Row &row : rows) {
        const double ratio = plain.rate() > 0 ? row.run.rate() / plain.rate() : 0;
        const bool targeted = row.name.contains(QLatin1String("netmsg")) &&
                              !row.name.startsWith(QLatin1String("smbclient"));
        if (targeted && (ratio < target || !row.run.error.isEmpty()))
            met = false;
        if (!row.run.error.isEmpty() && row.name.startsWith(QLatin1String("plain sender -> epoll")))
            met = false;
        const QString verdict =
            !row.run.error.isEmpty() ? QStringLiteral("ERROR: ") + row.run.error
            : targeted ? (ratio >= target ? QStringLiteral(">= %1: ok").arg(target, 0, 'f', 2)
                                          : QStringLiteral(">= %1: MISSED").arg(target, 0, 'f', 2))
                       : row.note;
        out << QStringLiteral("  %1 %2x  %3\n")
                   .arg(row.name, -34)
                   .arg(ratio, 5, 'f', 2)
                   .arg(verdict);
        table +=
            QStringLiteral("| %1 | %2 | %3x | %4 |\n")
                .arg(row.name.toHtmlEscaped().replace(QStringLiteral("-&gt;"), QStringLiteral("→")))
                .arg(QLocale(QLocale::English).toString(row.run.rate(), 'f', 0))
                .arg(ratio, 0, 'f', 2)
                .arg(verdict);
    }
    out << (met ? "targets met\n" : "targets NOT met\n");
    const QString report =
        qEnvironmentVariable("NETMSG_BENCH_WINPOPUP_REPORT",
                             QStringLiteral(NETMSG_SOURCE_DIR "/docs/bench/winpopup.md"));
    QDir().mkpath(QFileInfo(report).absolutePath());
    QFile file(report);
    if (file.open(QIODevice::WriteOnly))
        file.write(table.toUtf8());
    return met ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(QStringLiteral("netmsg.*.info=false"));
    // The event dispatcher the netmsg CLI runs the plugin on (app/cli/main.cpp).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("receive"))
        return receive(quint16(arguments.at(2).toUInt()));
    if (arguments.size() == 6 && arguments.at(1) == QLatin1String("send"))
        return send(arguments.at(2), quint16(arguments.at(3).toUInt()), arguments.at(4).toInt(),
                    arguments.at(5).toInt());
    if (arguments.size() == 1)
        return orchestrate();
    std::fprintf(stderr,
                 "usage: winpopup_bench [receive PORT | send HOST PORT COUNT CONCURRENCY]\n");
    return 64;
}
