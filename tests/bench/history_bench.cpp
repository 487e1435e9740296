// How fast the history is where the console feels it: opening a file of
// 1,000,000 deliveries, the first page of each filtered view, counting, and
// how many writes per second group commit gives on this disk with
// synchronous=FULL. Prints one line per measurement; pass a folder to keep
// the files (default: a temporary folder on the same disk as the build).
#include "historyfixture.h"
#include "historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace netmsg;

namespace {

QTextStream out(stdout);

// The first run (cold for this process) and the median of five more.
void measure(const QString &what, const std::function<QString()> &run)
{
    QElapsedTimer timer;
    timer.start();
    const QString result = run();
    const double first = double(timer.nsecsElapsed()) / 1e6;
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    out << qSetFieldWidth(52) << Qt::left << what << qSetFieldWidth(0)
        << QStringLiteral("first %1 ms, median %2 ms  (%3)")
               .arg(first, 0, 'f', 1)
               .arg(times.at(2), 0, 'f', 1)
               .arg(result)
        << Qt::endl;
}

template <typename T> HistoryRead<T> resultOf(QFuture<HistoryRead<T>> future)
{
    return future.result();
}

QString rows(const HistoryRead<QList<DeliveryRecord>> &read)
{
    return read.outcome.isSuccess() ? QStringLiteral("%1 rows").arg(read.rows.size())
                                    : read.outcome.toString();
}

void measureReads(const QString &path)
{
    {
        QElapsedTimer timer;
        timer.start();
        HistoryStore store;
        const Outcome opened = store.open(path);
        out << qSetFieldWidth(52) << Qt::left << "open()" << qSetFieldWidth(0)
            << QStringLiteral("%1 ms (%2)")
                   .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                   .arg(opened.toString())
            << Qt::endl;
    }
    measure(QStringLiteral("open() again"), [&] {
        HistoryStore store;
        return store.open(path).toString();
    });
    HistoryStore store;
    store.open(path);
    const auto page = [&](const HistoryFilter &filter) {
        return rows(resultOf(store.deliveries(filter, 0, 200)));
    };
    measure(QStringLiteral("messages() first page of 200, with totals"), [&] {
        const auto read = resultOf(store.messages({}, 0, 200));
        return QStringLiteral("%1 rows, first has %2 delivered")
            .arg(read.rows.size())
            .arg(read.rows.value(0).delivered);
    });
    HistoryFilter failed;
    failed.state = DeliveryState::Failed;
    HistoryFilter unconfirmed;
    unconfirmed.state = DeliveryState::Unconfirmed;
    HistoryFilter common;
    common.recipient = QStringLiteral("pc12");
    HistoryFilter rare;
    rare.recipient = QStringLiteral("nobody");
    HistoryFilter prefix;
    prefix.recipient = QStringLiteral("desk0004");
    HistoryFilter combined = failed;
    combined.recipient = QStringLiteral("srv");
    combined.transport = QStringLiteral("wts");
    HistoryFilter range;
    range.from = QDateTime(QDate(2024, 1, 3), QTime(0, 0), Qt::UTC);
    range.to = QDateTime(QDate(2024, 1, 4), QTime(0, 0), Qt::UTC);
    HistoryFilter text;
    text.text = QStringLiteral("message 500:");
    HistoryFilter everything;
    everything.from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    measure(QStringLiteral("deliveries() page, no filter"), [&] { return page({}); });
    measure(QStringLiteral("deliveries() page, state=failed"), [&] { return page(failed); });
    measure(QStringLiteral("deliveries() page, state=unconfirmed"),
            [&] { return page(unconfirmed); });
    measure(QStringLiteral("deliveries() page, recipient ~ 'pc12'"), [&] { return page(common); });
    measure(QStringLiteral("deliveries() page, recipient ~ 'desk0004'"),
            [&] { return page(prefix); });
    measure(QStringLiteral("deliveries() page, recipient ~ 'nobody' (no match)"),
            [&] { return page(rare); });
    measure(QStringLiteral("deliveries() page, failed+wts+recipient ~ 'srv'"),
            [&] { return page(combined); });
    measure(QStringLiteral("deliveries() page, one day"), [&] { return page(range); });
    measure(QStringLiteral("deliveries() page, text ~ 'message 500:'"), [&] { return page(text); });
    measure(QStringLiteral("deliveries() page, from the first day on (all)"),
            [&] { return page(everything); });
    measure(QStringLiteral("deliveries() page 101 (offset 20,000), failed"),
            [&] { return rows(resultOf(store.deliveries(failed, 20000, 200))); });
    const auto count = [&](const HistoryFilter &filter) {
        const auto read = resultOf(store.countDeliveries(filter));
        return read.outcome.isSuccess() ? QString::number(read.rows) : read.outcome.toString();
    };
    measure(QStringLiteral("countDeliveries(), no filter"), [&] { return count({}); });
    measure(QStringLiteral("countDeliveries(), state=failed"), [&] { return count(failed); });
    measure(QStringLiteral("countDeliveries(), recipient ~ 'pc12'"), [&] { return count(common); });
    measure(QStringLiteral("countDeliveries(), one day"), [&] { return count(range); });
    measure(QStringLiteral("countDeliveries(), failed+wts+recipient ~ 'srv'"),
            [&] { return count(combined); });
    measure(QStringLiteral("messages() page, state=unconfirmed (totals)"), [&] {
        return QStringLiteral("%1 rows").arg(
            resultOf(store.messages(unconfirmed, 0, 200)).rows.size());
    });
    measure(QStringLiteral("messages() page, recipient ~ 'pc12'"), [&] {
        return QStringLiteral("%1 rows").arg(resultOf(store.messages(common, 0, 200)).rows.size());
    });
    measure(QStringLiteral("messages() page, recipient ~ 'nobody'"), [&] {
        return QStringLiteral("%1 rows").arg(resultOf(store.messages(rare, 0, 200)).rows.size());
    });
    measure(QStringLiteral("inbox unread count (empty inbox)"),
            [&] { return QString::number(resultOf(store.unreadCount()).rows); });
}

ReceivedMessage received(int i)
{
    return {QDateTime::currentDateTimeUtc(),
            QStringLiteral("winpopup"),
            QStringLiteral("ALICE"),
            QStringLiteral("OPS"),
            QStringLiteral("message %1").arg(i),
            QStringLiteral("127.0.0.1")};
}

// `outstanding` writes in flight, each new one issued as one finishes.
double writesPerSecond(const QString &path, int total, int outstanding)
{
    QFile::remove(path);
    HistoryStore store;
    store.open(path);
    QEventLoop loop;
    int issued = 0;
    int done = 0;
    QElapsedTimer timer;
    std::function<void()> issue = [&] {
        const int i = issued++;
        store.recordReceived(received(i)).then(&loop, [&](const HistoryWrite &) {
            if (++done == total)
                loop.quit();
            else if (issued < total)
                issue();
        });
    };
    timer.start();
    for (int i = 0; i < qMin(outstanding, total); ++i)
        issue();
    loop.exec();
    return total / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary(QDir::current().filePath(QStringLiteral("history-bench-XXXXXX")));
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    QDir().mkpath(folder);
    const QString big = QDir(folder).filePath(QStringLiteral("million.sqlite"));
    if (!QFile::exists(big)) {
        QElapsedTimer timer;
        timer.start();
        const Outcome generated = HistoryFixture::generate(big);
        out << "generated 1,000 x 1,000 deliveries in " << timer.elapsed() << " ms ("
            << generated.toString() << "), " << QFileInfo(big).size() / (1024 * 1024) << " MiB"
            << Qt::endl;
    }
    measureReads(big);

    const QString writes = QDir(folder).filePath(QStringLiteral("writes.sqlite"));
    out << "10,000 recordReceived, 16 outstanding: " << qRound(writesPerSecond(writes, 10000, 16))
        << " writes/s" << Qt::endl;
    out << "2,000 recordReceived, 1 outstanding: " << qRound(writesPerSecond(writes, 2000, 1))
        << " writes/s" << Qt::endl;
    out << "10,000 recordReceived, all at once: " << qRound(writesPerSecond(writes, 10000, 10000))
        << " writes/s" << Qt::endl;
    return 0;
}
