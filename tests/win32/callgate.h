#pragma once

// What the netapi32 and wts tests share to show that a cancel or a timeout
// delivers nothing later: a fake OS call that blocks until the test opens the
// gate and remembers who reached it, and a DeliveryJob run over a transport
// whose calls all block there.

#include "deliveryjob.h"
#include "imessagetransport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace netmsg::testing {

// Every call that passes() waits until open(); entered() counts the calls that
// reached the fake API, whatever became of them.
class CallGate
{
public:
    // Called by the fake API function, on the transport's thread.
    void pass(const std::wstring &caller)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_callers.push_back(caller);
        m_changed.wait(lock, [this] { return m_open; });
        ++m_left;
    }

    void open()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_open = true;
        }
        m_changed.notify_all();
    }

    // Closed and empty again; only when nobody is inside.
    void reset()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_callers.clear();
        m_left = 0;
        m_open = false;
    }

    int entered() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return int(m_callers.size());
    }

    int left() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_left;
    }

    QSet<QString> callers() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        QSet<QString> names;
        for (const std::wstring &caller : m_callers)
            names.insert(QString::fromStdWString(caller));
        return names;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::wstring> m_callers;
    int m_left = 0;
    bool m_open = false;
};

inline QStringList numberedNames(const QString &prefix, int count)
{
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names.append(prefix + QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')));
    return names;
}

inline Message messageTo(const QString &recipient)
{
    return Message{
        {}, recipient, {}, 0, QStringLiteral("ADMIN"), QStringLiteral("Backup at 22:00")};
}

// Sends 8 messages more than the transport has threads, so that 8 wait in its
// queue; cancels those while every thread is held in `gate`, then opens it:
// the API sees exactly the calls that had started, and the cancelled sends end
// without a result.
inline void cancelQueuedSends(IMessageTransport &transport, CallGate &gate, int poolThreads)
{
    const QStringList names = numberedNames(QStringLiteral("user"), poolThreads + 8);
    QList<QFuture<SendResult>> futures;
    for (const QString &name : names)
        futures.append(transport.send(messageTo(name)));
    QTRY_COMPARE(gate.entered(), poolThreads);
    QTest::qWait(100);
    QCOMPARE(gate.entered(), poolThreads); // every thread is held: nothing else starts

    QSet<QString> cancelled;
    for (int i = 0; i < futures.size(); ++i) {
        if (futures[i].progressValue() < SendProgress::HandedOver) {
            futures[i].cancel();
            cancelled.insert(names.at(i));
        }
    }
    QCOMPARE(cancelled.size(), names.size() - poolThreads);
    QVERIFY(!cancelled.intersects(gate.callers()));

    gate.open();
    // The freed threads take the cancelled work off the queue and skip it.
    for (const QFuture<SendResult> &future : std::as_const(futures))
        QTRY_VERIFY(future.isFinished());
    QTest::qWait(100);
    QCOMPARE(gate.entered(), poolThreads);
    QCOMPARE(gate.left(), poolThreads);
    QVERIFY(!cancelled.intersects(gate.callers()));
    for (int i = 0; i < futures.size(); ++i) {
        if (cancelled.contains(names.at(i))) {
            QVERIFY(futures[i].isCanceled());
            QCOMPARE(futures[i].resultCount(), 0);
        } else {
            QCOMPARE(futures[i].resultCount(), 1);
            QCOMPARE(futures[i].result().state, DeliveryState::Delivered);
        }
    }
}

enum class JobEnd { Timeout, Cancel };

// A DeliveryJob of 40 recipients at concurrency 40 over `transport`, whose
// calls all block in `gate` (more recipients than the transport has threads,
// so some wait in its queue), ended by its 200 ms timeout or by cancel() once
// every thread is held. When it has finished, each recipient whose call had
// reached the API is unconfirmed, every other one failed; once the gate
// opens, no queued call reaches the API any more.
inline void runBlockedJob(IMessageTransport &transport, CallGate &gate, int poolThreads, JobEnd end)
{
    const QStringList names = numberedNames(QStringLiteral("user"), 40);
    QList<Recipient> recipients;
    for (const QString &name : names)
        recipients.append(Recipient{name, {}, 0, {}});
    QVERIFY(recipients.size() > poolThreads);

    DeliveryJob job(&transport, nullptr);
    DeliveryOptions options;
    options.concurrency = 40;
    options.timeoutMs = end == JobEnd::Timeout ? 200 : 60000;
    job.setOptions(options);
    QSignalSpy finished(&job, &DeliveryJob::finished);
    const Outcome started = job.start(messageTo({}), recipients);
    QVERIFY2(started.isSuccess(), qPrintable(started.toString()));
    if (end == JobEnd::Cancel) {
        QTRY_COMPARE(gate.entered(), poolThreads);
        job.cancel();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);

    const int calledAtFinish = gate.entered();
    QCOMPARE(calledAtFinish, poolThreads);
    const QSet<QString> called = gate.callers();
    const quint32 endCode =
        end == JobEnd::Timeout ? quint32(Code::Timeout) : quint32(Code::Cancelled);
    QCOMPARE(job.results().size(), names.size());
    for (const DeliveryResult &result : job.results()) {
        const QString name = result.recipient.name;
        const QByteArray what = (name + QStringLiteral(": ") + result.outcome.toString()).toUtf8();
        if (called.contains(name)) {
            QVERIFY2(result.state == DeliveryState::Unconfirmed, what.constData());
            QVERIFY2(result.outcome.code() == endCode, what.constData());
        } else {
            QVERIFY2(result.state == DeliveryState::Failed, what.constData());
            QVERIFY2(result.outcome.code() == quint32(Code::Timeout) ||
                         result.outcome.code() == quint32(Code::Cancelled),
                     what.constData());
        }
    }
    QCOMPARE(job.count(DeliveryState::Unconfirmed), poolThreads);
    QCOMPARE(job.count(DeliveryState::Failed), int(names.size()) - poolThreads);

    // The calls under way end; the queued ones must not start behind them.
    gate.open();
    QTRY_COMPARE(gate.left(), calledAtFinish);
    QTest::qWait(300);
    QCOMPARE(gate.entered(), calledAtFinish);
}

// Destroys `transport` while every one of its threads is held in `gate` and
// one more send waits in its queue: the destructor returns after the pool's
// grace instead of hanging, the queued send goes with the pool without ever
// reaching the API, and the blocked calls, released afterwards, finish and
// report through their futures (they keep what they use alive).
inline void destroyWhileCallsBlock(std::unique_ptr<IMessageTransport> transport, CallGate &gate,
                                   int poolThreads)
{
    const QStringList names = numberedNames(QStringLiteral("user"), poolThreads + 1);
    QList<QFuture<SendResult>> futures;
    for (const QString &name : names)
        futures.append(transport->send(messageTo(name)));
    QTRY_COMPARE(gate.entered(), poolThreads);
    QList<QFuture<SendResult>> queued;
    QList<QFuture<SendResult>> running;
    for (const QFuture<SendResult> &future : std::as_const(futures))
        (future.progressValue() < SendProgress::HandedOver ? queued : running).append(future);
    QCOMPARE(queued.size(), 1);

    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(
            QStringLiteral("^%1 blocking call\\(s\\) still running at shutdown").arg(poolThreads)));
    QElapsedTimer clock;
    clock.start();
    transport.reset();
    const qint64 destroyMs = clock.elapsed();
    QVERIFY2(destroyMs >= 1500 && destroyMs < 5000, QByteArray::number(destroyMs).constData());
    QVERIFY(queued.first().isFinished());
    QVERIFY(queued.first().isCanceled());
    QCOMPARE(queued.first().resultCount(), 0);

    gate.open();
    for (const QFuture<SendResult> &future : std::as_const(running)) {
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(future.resultCount(), 1);
        QCOMPARE(future.result().state, DeliveryState::Delivered);
    }
    QTRY_COMPARE(gate.left(), poolThreads);
    QTest::qWait(100);
    QCOMPARE(gate.entered(), poolThreads);
}

} // namespace netmsg::testing
