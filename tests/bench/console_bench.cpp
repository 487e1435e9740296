// The console as an operator feels it, against a bare Qt window measured in
// the same run:
// - start to the first painted window, and the memory it holds then (RSS),
//   for netmsg-console's own start-up and for a bare QApplication +
//   QMainWindow: console <= 300 ms and <= 60 MB;
// - 10,000 recipients through loopback from the compose tab: the longest
//   stall of the event loop (a 1 ms timer probe), from Send to the end of the
//   delivery: <= 16 ms;
// - the history tab on 1,000,000 deliveries: open (first page of messages and
//   of the first message's deliveries) and the first filter (state and a
//   recipient substring): <= 100 ms each.
// Prints a Markdown table and writes it to NETMSG_BENCH_CONSOLE_REPORT
// (default: docs/bench/console.md in the source tree), which README.md quotes.
//
//   console_bench                   run everything, print the table
//   console_bench paint bare|console  one start-up, printing "painted rss=KB"
#include "compose/composewidget.h"
#include "consolecontext.h"
#include "delivery/deliverymodel.h"
#include "delivery/deliverywidget.h"
#include "history/deliveryhistorymodel.h"
#include "history/historyfilterbar.h"
#include "history/historywidget.h"
#include "history/messagehistorymodel.h"
#include "historyfixture.h"
#include "mainwindow/mainwindow.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace netmsg;

namespace {

QTextStream out(stdout);

// Times every event the loop hands out, so that the stall figure can say what
// held the loop: for the longest gap between two probe ticks, how many events
// ran in it and the longest of them (receiver class, name, owner, event type).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_timing || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const QEvent::Type type = event->type();
        QString who =
            QString::fromLatin1(receiver->metaObject()->className()) +
            (receiver->objectName().isEmpty() ? QString()
                                              : QLatin1Char(' ') + receiver->objectName());
        if (const QObject *owner = receiver->parent())
            who += QStringLiteral(" of ") + QString::fromLatin1(owner->metaObject()->className());
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        --m_depth;
        ++m_eventsInGap;
        m_top.append(
            {ms,
             QStringLiteral("%1 ms in %2 (event %3)").arg(ms, 0, 'f', 1).arg(who).arg(int(type))});
        std::sort(m_top.begin(), m_top.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        if (m_top.size() > 3)
            m_top.removeLast();
        return handled;
    }

    // The probe ticked after `gapMs`: remembers what ran in the longest gap.
    void tick(double gapMs)
    {
        if (m_timing && gapMs > m_longestGapMs) {
            m_longestGapMs = gapMs;
            QStringList top;
            for (const auto &entry : std::as_const(m_top))
                top.append(entry.second);
            m_longest = QStringLiteral("%1 events, the longest %2")
                            .arg(m_eventsInGap)
                            .arg(top.join(QStringLiteral(", ")));
        }
        m_top.clear();
        m_eventsInGap = 0;
    }

    void startTiming()
    {
        m_timing = true;
        m_longestGapMs = 0;
        m_longest.clear();
        m_top.clear();
        m_eventsInGap = 0;
    }
    QString stopTiming()
    {
        m_timing = false;
        return m_longest;
    }

private:
    bool m_timing = false;
    int m_depth = 0;
    int m_eventsInGap = 0;
    double m_longestGapMs = 0;
    QList<QPair<double, QString>> m_top;
    QString m_longest;
};

qint64 rssKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Prints once the window has painted, then quits.
class PaintWatch : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, [] {
                out << "painted rss=" << rssKilobytes() << Qt::endl;
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// One start-up in this process: what main() does, up to the first paint.
int paint(int argc, char *argv[], bool console)
{
    QApplication app(argc, argv);
    PaintWatch watch;
    if (!console) {
        QMainWindow window;
        window.resize(1100, 720);
        window.installEventFilter(&watch);
        window.show();
        return QApplication::exec();
    }
    gui::ConsoleContext context;
    context.start();
    gui::MainWindow window(context);
    window.installEventFilter(&watch);
    window.show();
    return QApplication::exec();
}

struct Startup
{
    double ms = 0;
    qint64 rss = 0;
    QString error;
};

// The median of five starts of `mode`, each timed from the spawn to its
// "painted" line.
Startup startup(const QString &mode, const QString &home)
{
    QList<double> times;
    Startup result;
    for (int i = 0; i < 6; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NETMSG_HOME"), home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("paint"), mode});
        QByteArray line;
        while (process.waitForReadyRead(10000)) {
            line += process.readAllStandardOutput();
            if (line.contains('\n'))
                break;
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        process.waitForFinished(10000);
        if (!line.startsWith("painted")) {
            result.error = QStringLiteral("%1 did not paint: %2")
                               .arg(mode, QString::fromLocal8Bit(process.readAllStandardError()));
            return result;
        }
        result.rss = line.mid(line.indexOf("rss=") + 4).trimmed().toLongLong();
        if (i > 0) // the first one warms the disk cache and, for the console, creates the history
            times.append(ms);
    }
    std::sort(times.begin(), times.end());
    result.ms = times.at(times.size() / 2);
    return result;
}

// A loopback server HQ that answers to B00000 ... B09999, written as the
// loopback transport keeps its state.
bool prepareLoopback(const QString &home, int aliases)
{
    QJsonArray names{QStringLiteral("HQ")};
    for (int i = 0; i < aliases; ++i)
        names.append(QStringLiteral("B%1").arg(i, 5, 10, QLatin1Char('0')));
    const QJsonObject state{
        {QStringLiteral("servers"),
         QJsonObject{{QStringLiteral("HQ"),
                      QJsonObject{{QStringLiteral("computerName"), QStringLiteral("HQ")},
                                  {QStringLiteral("aliases"), names},
                                  {QStringLiteral("inbox"), QJsonArray()}}}}}};
    QFile file(QDir(home).filePath(QStringLiteral("loopback-network.json")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    QSettings settings(QDir(home).filePath(QStringLiteral("netmsg.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("route"), QStringLiteral("loopback"));
    settings.setValue(QStringLiteral("confirmRecipients"), aliases + 1);
    settings.setValue(QStringLiteral("transport/loopback/maxAliases"), aliases + 1);
    return true;
}

struct Stall
{
    double longestMs = 0;
    double seconds = 0;
    int delivered = 0;
    QString longestEvent;
    QString error;
};

// 10,000 recipients from the compose tab, the event loop probed every 1 ms
// from Send to the end of the delivery.
Stall stall(int recipients)
{
    Stall result;
    QTemporaryDir home;
    qputenv("NETMSG_HOME", home.path().toLocal8Bit());
    if (!prepareLoopback(home.path(), recipients)) {
        result.error = QStringLiteral("cannot write the loopback state");
        return result;
    }
    gui::MessageBox::setUnattended(true);
    gui::ConsoleContext context;
    context.start();
    gui::MainWindow window(context);
    window.resize(1100, 720);
    window.show();
    QStringList names;
    for (int i = 0; i < recipients; ++i)
        names.append(QStringLiteral("B%1").arg(i, 5, 10, QLatin1Char('0')));
    gui::ComposeWidget *compose = window.compose();
    compose->findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(QStringLiteral("HQ"));
    compose->setRecipients(names.join(QStringLiteral(", ")));
    compose->setMessageText(QStringLiteral("Patches tonight at 22:00."));
    QElapsedTimer wait;
    wait.start();
    while (!compose->isValid() && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!compose->isValid()) {
        result.error = QStringLiteral("compose refused: %1").arg(compose->problem());
        return result;
    }

    QElapsedTimer sinceLast;
    double longest = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    auto *app = static_cast<TimingApplication *>(QCoreApplication::instance());
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double gap = double(sinceLast.nsecsElapsed()) / 1e6;
        longest = qMax(longest, gap);
        app->tick(gap);
        sinceLast.restart();
    });
    gui::DeliveryWidget *delivery = window.delivery();
    QEventLoop loop;
    QObject::connect(delivery, &gui::DeliveryWidget::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    sinceLast.start();
    probe.start();
    app->startTiming();
    QTimer::singleShot(0, compose, &gui::ComposeWidget::send);
    loop.exec();
    result.longestEvent = app->stopTiming();
    probe.stop();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.longestMs = longest;
    result.delivered = delivery->model()->count(DeliveryState::Delivered);
    if (result.delivered != recipients)
        result.error = QStringLiteral("%1 of %2 delivered").arg(result.delivered).arg(recipients);
    return result;
}

struct HistoryTimes
{
    double openMs = 0;
    double filterMs = 0;
    QString error;
};

// Runs the event loop until `done`, at most `ms`.
bool spin(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

// The history tab over a generated file of 1,000 x 1,000 deliveries.
HistoryTimes history()
{
    HistoryTimes result;
    QTemporaryDir home;
    qputenv("NETMSG_HOME", home.path().toLocal8Bit());
    const Outcome generated =
        HistoryFixture::generate(QDir(home.path()).filePath(QStringLiteral("history.sqlite")));
    if (!generated.isSuccess()) {
        result.error = generated.toString();
        return result;
    }
    gui::ConsoleContext context;
    context.settings().setReceiverEnabled(false);
    context.start();
    QElapsedTimer clock;
    clock.start();
    gui::HistoryWidget tab(context);
    tab.resize(1100, 680);
    tab.show();
    if (!spin(
            [&tab] {
                return tab.messagesModel()->rowCount() > 0 && tab.deliveriesModel()->rowCount() > 0;
            },
            60000)) {
        result.error = QStringLiteral("the history did not open");
        return result;
    }
    result.openMs = double(clock.nsecsElapsed()) / 1e6;
    // The filter as the bar hands it on after the user's pause: failed
    // deliveries to a recipient like "pc12".
    HistoryFilter filter;
    filter.state = DeliveryState::Failed;
    filter.recipient = QStringLiteral("pc12");
    clock.restart();
    tab.messagesModel()->setFilter(filter);
    const auto done = [&tab] {
        return !tab.messagesModel()->isLoading() && tab.messagesModel()->rowCount() > 0 &&
               tab.messagesModel()->filter().recipient == QLatin1String("pc12");
    };
    if (!spin(done, 60000)) {
        result.error = QStringLiteral("the filter gave no rows");
        return result;
    }
    result.filterMs = double(clock.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "paint") == 0)
        return paint(argc, argv, qstrcmp(argv[2], "console") == 0);
    QLoggingCategory::setFilterRules(QStringLiteral("netmsg.*.info=false\nnetmsg.*.debug=false"));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    const int recipients = qEnvironmentVariableIntValue("NETMSG_BENCH_RECIPIENTS") > 0
                               ? qEnvironmentVariableIntValue("NETMSG_BENCH_RECIPIENTS")
                               : 10000;

    QTemporaryDir home;
    const Startup bare = startup(QStringLiteral("bare"), home.path());
    const Startup console = startup(QStringLiteral("console"), home.path());
    const Stall loop = stall(recipients);
    const HistoryTimes large = history();

    struct Row
    {
        QString name;
        QString value;
        QString baseline;
        QString target;
        bool met;
        QString error;
    };
    const QList<Row> rows{
        {QStringLiteral("bare QApplication + QMainWindow: start to first paint"),
         QStringLiteral("%1 ms, %2 MB")
             .arg(bare.ms, 0, 'f', 0)
             .arg(double(bare.rss) / 1024, 0, 'f', 1),
         QString(), QString(), bare.error.isEmpty(), bare.error},
        {QStringLiteral("netmsg-console: start to first paint"),
         QStringLiteral("%1 ms, %2 MB")
             .arg(console.ms, 0, 'f', 0)
             .arg(double(console.rss) / 1024, 0, 'f', 1),
         QStringLiteral("%1x the bare window's time, +%2 MB")
             .arg(bare.ms > 0 ? console.ms / bare.ms : 0, 0, 'f', 2)
             .arg(double(console.rss - bare.rss) / 1024, 0, 'f', 1),
         QStringLiteral("<= 300 ms, <= 60 MB"),
         console.error.isEmpty() && console.ms <= 300 && console.rss <= 60 * 1024, console.error},
        {QStringLiteral("%L1 recipients through loopback from compose: longest event-loop stall")
             .arg(recipients),
         QStringLiteral("%1 ms").arg(loop.longestMs, 0, 'f', 1),
         QStringLiteral("the whole send took %1 s; in the longest stall: %2")
             .arg(loop.seconds, 0, 'f', 1)
             .arg(loop.longestEvent),
         QStringLiteral("<= 16 ms"), loop.error.isEmpty() && loop.longestMs <= 16, loop.error},
        {QStringLiteral("history tab on 1,000,000 deliveries: open (first page)"),
         QStringLiteral("%1 ms").arg(large.openMs, 0, 'f', 0), QString(),
         QStringLiteral("<= 100 ms"), large.error.isEmpty() && large.openMs <= 100, large.error},
        {QStringLiteral("history tab on 1,000,000 deliveries: first filter (failed, 'pc12')"),
         QStringLiteral("%1 ms").arg(large.filterMs, 0, 'f', 0), QString(),
         QStringLiteral("<= 100 ms"), large.error.isEmpty() && large.filterMs <= 100, large.error},
    };
    QString table = QStringLiteral("Measured %1 on %2 cores (Release, offscreen).\n\n"
                                   "| measurement | value | against | target | |\n"
                                   "|---|---:|---|---|---|\n")
                        .arg(QDate::currentDate().toString(Qt::ISODate))
                        .arg(QThread::idealThreadCount());
    bool met = true;
    for (const Row &row : rows) {
        met = met && row.met;
        const QString verdict = !row.error.isEmpty()   ? QStringLiteral("ERROR: ") + row.error
                                : row.target.isEmpty() ? QString()
                                : row.met              ? QStringLiteral("ok")
                                                       : QStringLiteral("MISSED");
        out << QStringLiteral("  %1  %2  %3  %4\n")
                   .arg(row.name, -72)
                   .arg(row.value, row.baseline, verdict);
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                     .arg(row.name, row.value, row.baseline, row.target, verdict);
    }
    const QString report = qEnvironmentVariable(
        "NETMSG_BENCH_CONSOLE_REPORT", QStringLiteral(NETMSG_SOURCE_DIR "/docs/bench/console.md"));
    QDir().mkpath(QFileInfo(report).absolutePath());
    QFile file(report);
    if (file.open(QIODevice::WriteOnly))
        file.write(table.toUtf8());
    out << (met ? "targets met\n" : "targets NOT met\n");
    return met ? 0 : 1;
}
