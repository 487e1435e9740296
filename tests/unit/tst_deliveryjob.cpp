#include "deliveryjob.h"
#include "historystore.h"
#include "imessagetransport.h"

#include <QPromise>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace netmsg;

// A transport whose behaviour each recipient name chooses: OK..., FAIL...,
// FLAKY... (fails twice with a transient code, then works), STALL... (never answers).
class FakeTransport : public IMessageTransport
{
    Q_OBJECT
public:
    using IMessageTransport::IMessageTransport;
    QString id() const override { return QStringLiteral("fake"); }
    QString displayName() const override { return QStringLiteral("Fake"); }
    Capabilities capabilities() const override { return Capability::Send | Capability::Broadcast; }
    TransportLimits limits() const override
    {
        TransportLimits limits;
        limits.wireEncoding = QStringLiteral("CP850");
        limits.maxMessageBytes = 40;
        limits.maxBroadcastBytes = 20;
        return limits;
    }
    Outcome availability() const override { return m_availability; }

    QFuture<Outcome> send(const Message &message) override
    {
        sent.append(message);
        auto promise = std::make_shared<QPromise<Outcome>>();
        promise->start();
        const QString name = message.recipient;
        if (name.startsWith(QLatin1String("STALL"))) {
            stalled.append(promise);
            return promise->future();
        }
        ++inFlight;
        maxInFlight = qMax(maxInFlight, inFlight);
        Outcome outcome = Outcome::success();
        if (name.startsWith(QLatin1String("FAIL")))
            outcome = Outcome(Code::NerrNameNotFound);
        else if (name.startsWith(QLatin1String("FLAKY")) && ++flakyAttempts[name] <= 2)
            outcome = Outcome(Code::NerrNetworkError);
        QTimer::singleShot(latencyMs, this, [this, promise, outcome] {
            --inFlight;
            promise->addResult(outcome);
            promise->finish();
        });
        return promise->future();
    }

    Outcome m_availability = Outcome::success();
    QList<Message> sent;
    QList<std::shared_ptr<QPromise<Outcome>>> stalled;
    QHash<QString, int> flakyAttempts;
    int latencyMs = 5;
    int inFlight = 0;
    int maxInFlight = 0;
};

class tst_DeliveryJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void boundedConcurrencyAndEveryResultStored();
    void timeoutReportsTimeoutAndMovesOn();
    void retriesTransientFailuresOnly();
    void cancelStopsEverything();
    void refusesOverLimitTextBeforeSending();
    void splitsOverLimitTextIntoNumberedParts();
    void splitGivesUpOnACharacterWiderThanAPart();
    void unencodableTextIsRefusedWithPositions();
    void unavailableTransportSendsNothing();
    void reportedResultsAreAlreadyOnDisk();
    void destroyingARunningJobRecordsEveryRecipient();
    void refusedHistoryWriteIsReported();
    void deletingTheJobWhenItFinishesIsSafe_data();
    void deletingTheJobWhenItFinishesIsSafe();

private:
    QList<Recipient> recipients(const QStringList &names) const;
    bool runToEnd(DeliveryJob &job, int timeoutMs = 10000);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<FakeTransport> m_transport;
};

void tst_DeliveryJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir->filePath(QStringLiteral("h.sqlite"))).isSuccess());
    m_transport = std::make_unique<FakeTransport>();
}

void tst_DeliveryJob::cleanup()
{
    m_transport.reset();
    m_history.reset();
}

QList<Recipient> tst_DeliveryJob::recipients(const QStringList &names) const
{
    QList<Recipient> list;
    for (const QString &name : names)
        list.append(Recipient{name, {}, 0, {}});
    return list;
}

bool tst_DeliveryJob::runToEnd(DeliveryJob &job, int timeoutMs)
{
    if (!job.isRunning())
        return true;
    QSignalSpy finished(&job, &DeliveryJob::finished);
    return finished.wait(timeoutMs);
}

void tst_DeliveryJob::boundedConcurrencyAndEveryResultStored()
{
    QStringList names;
    for (int i = 0; i < 200; ++i)
        names.append((i % 10 == 0 ? QStringLiteral("FAIL%1") : QStringLiteral("OK%1")).arg(i));
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions({7, 5000, 0, 0, OverLimitPolicy::Refuse});
    QSignalSpy perRecipient(&job, &DeliveryJob::recipientFinished);
    QSignalSpy progress(&job, &DeliveryJob::progress);
    Message message;
    message.text = QStringLiteral("hello");
    QVERIFY(job.start(message, recipients(names)).isSuccess());
    QVERIFY(runToEnd(job));
    QCOMPARE(m_transport->maxInFlight, 7);
    QCOMPARE(perRecipient.size(), 200);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 200);
    int failures = 0;
    for (const DeliveryResult &result : job.results())
        failures += result.outcome.code() == Code::NerrNameNotFound ? 1 : 0;
    QCOMPARE(failures, 20);
    QCOMPARE(m_history->deliveryCount(job.messageId()), 200);
    QCOMPARE(m_history->message(job.messageId())->recipientCount, 200);
}

void tst_DeliveryJob::timeoutReportsTimeoutAndMovesOn()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions({1, 100, 0, 0, OverLimitPolicy::Refuse});
    Message message;
    message.text = QStringLiteral("x");
    QVERIFY(job.start(message, recipients({"STALL1", "OK1"})).isSuccess());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.results().at(0).outcome.code(), quint32(Code::Timeout));
    QVERIFY(job.results().at(0).elapsedMs >= 90);
    QVERIFY(job.results().at(1).outcome.isSuccess());
    // A late answer after the timeout changes nothing.
    m_transport->stalled.first()->addResult(Outcome::success());
    m_transport->stalled.first()->finish();
    QTest::qWait(20);
    QCOMPARE(job.results().at(0).outcome.code(), quint32(Code::Timeout));
}

void tst_DeliveryJob::retriesTransientFailuresOnly()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions({4, 5000, 2, 1, OverLimitPolicy::Refuse});
    Message message;
    message.text = QStringLiteral("x");
    QVERIFY(job.start(message, recipients({"FLAKY1", "FAIL1"})).isSuccess());
    QVERIFY(runToEnd(job));
    QVERIFY(job.results().at(0).outcome.isSuccess());
    QCOMPARE(job.results().at(0).attempts, 3);
    QCOMPARE(job.results().at(1).attempts, 1); // not transient: no retry
    for (const DeliveryRecord &row : m_history->deliveriesOf(job.messageId()))
        QCOMPARE(row.attempts, row.recipient == QLatin1String("FLAKY1") ? 3 : 1);

    DeliveryJob fewer(m_transport.get(), m_history.get());
    fewer.setOptions({4, 5000, 1, 1, OverLimitPolicy::Refuse});
    QVERIFY(fewer.start(message, recipients({"FLAKY2"})).isSuccess());
    QVERIFY(runToEnd(fewer));
    QCOMPARE(fewer.results().at(0).outcome.code(), quint32(Code::NerrNetworkError));
    QCOMPARE(fewer.results().at(0).attempts, 2);
}

void tst_DeliveryJob::cancelStopsEverything()
{
    m_transport->latencyMs = 50;
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions({2, 5000, 0, 0, OverLimitPolicy::Refuse});
    Message message;
    message.text = QStringLiteral("x");
    QStringList names;
    for (int i = 0; i < 20; ++i)
        names.append(QStringLiteral("OK%1").arg(i));
    QSignalSpy finished(&job, &DeliveryJob::finished);
    QVERIFY(job.start(message, recipients(names)).isSuccess());
    job.cancel();
    QVERIFY(finished.size() == 1 || finished.wait(2000));
    QCOMPARE(m_transport->sent.size(), 2);
    for (const DeliveryResult &result : job.results())
        QCOMPARE(result.outcome.code(), quint32(Code::Cancelled));
    QCOMPARE(m_history->deliveryCount(job.messageId()), 20);
    QTest::qWait(80);
    QCOMPARE(m_transport->sent.size(), 2); // nothing started after cancel
}

void tst_DeliveryJob::refusesOverLimitTextBeforeSending()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    Message message;
    message.text = QString(41, QLatin1Char('a'));
    const Outcome outcome = job.start(message, recipients({"OK1"}));
    QCOMPARE(outcome.code(), quint32(Code::MessageExceedsMaxSize));
    QVERIFY(outcome.detail().contains(QLatin1String("41 bytes")));
    QVERIFY(m_transport->sent.isEmpty());
    QVERIFY(m_history->messages({}, 0, 10).result().rows.isEmpty());
    message.text = QString(21, QLatin1Char('a'));
    QCOMPARE(job.start(message, recipients({"*"})).code(), quint32(Code::NerrTruncatedBroadcast));
}

void tst_DeliveryJob::splitsOverLimitTextIntoNumberedParts()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions({4, 5000, 0, 0, OverLimitPolicy::Split});
    Message message;
    message.text =
        QStringLiteral("The backup of the file server starts at ten tonight, please log off.");
    QVERIFY(job.start(message, recipients({"OK1", "OK2"})).isSuccess());
    QVERIFY(runToEnd(job));
    const int count = int(job.parts().size());
    QVERIFY(count >= 2);
    QString joined;
    for (int i = 0; i < count; ++i) {
        const QString prefix = QStringLiteral("(%1/%2) ").arg(i + 1).arg(count);
        const QString part = job.parts().at(i);
        QVERIFY2(part.startsWith(prefix), qPrintable(part));
        QVERIFY2(part.size() <= 40, qPrintable(part));
        joined += part.mid(prefix.size());
    }
    QCOMPARE(joined, message.text); // nothing lost, nothing added but the numbers
    QCOMPARE(m_transport->sent.size(), 2 * count);
    QCOMPARE(job.results().at(0).parts, count);
    QCOMPARE(m_history->message(job.messageId())->overLimitPolicy, QStringLiteral("split"));
    QCOMPARE(m_history->deliveriesOf(job.messageId()).at(0).parts, count);
}

// With 15 bytes of UTF-16, "(1/2) " leaves 3 bytes for text: room for one
// 2-byte character but never for a surrogate pair (4 bytes). The split used
// to add empty parts for ever; it must give up instead.
void tst_DeliveryJob::splitGivesUpOnACharacterWiderThanAPart()
{
    const QString text =
        QStringLiteral("ab") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("cdefgh");
    QVERIFY(DeliveryJob::splitText(text, QStringLiteral("UTF-16LE"), 15).isEmpty());
    // Without the wide character the same limit splits fine.
    const QStringList parts =
        DeliveryJob::splitText(QStringLiteral("abcdefgh"), QStringLiteral("UTF-16LE"), 15);
    QCOMPARE(parts.size(), 8);
    QCOMPARE(parts.first(), QStringLiteral("(1/8) a"));
}

void tst_DeliveryJob::unencodableTextIsRefusedWithPositions()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    Message message;
    message.text = QStringLiteral("Hi Иван");
    const Outcome outcome = job.start(message, recipients({"OK1"}));
    QCOMPARE(outcome.code(), quint32(Code::NoUnicodeTranslation));
    QVERIFY2(outcome.detail().contains(QStringLiteral("'И' at position 4")),
             qPrintable(outcome.detail()));
    QVERIFY(m_transport->sent.isEmpty());
}

void tst_DeliveryJob::unavailableTransportSendsNothing()
{
    m_transport->m_availability = Outcome(Code::NotSupported, QStringLiteral("no messenger here"));
    DeliveryJob job(m_transport.get(), m_history.get());
    Message message;
    message.text = QStringLiteral("x");
    QCOMPARE(job.start(message, recipients({"OK1"})).code(), quint32(Code::NotSupported));
    QVERIFY(m_transport->sent.isEmpty());
    QVERIFY(m_history->messages({}, 0, 10).result().rows.isEmpty());
}

void tst_DeliveryJob::reportedResultsAreAlreadyOnDisk()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions({3, 5000, 0, 0, OverLimitPolicy::Refuse});
    Message message;
    message.text = QStringLiteral("x");
    // A second connection, as another process would have, sees each reported row.
    HistoryStore reader;
    QVERIFY(reader.open(m_history->path()).isSuccess());
    int reported = 0;
    bool allVisible = true;
    connect(&job, &DeliveryJob::recipientFinished, this, [&](const DeliveryResult &) {
        ++reported;
        allVisible = allVisible && reader.deliveryCount(job.messageId()) >= reported;
    });
    QStringList names;
    for (int i = 0; i < 30; ++i)
        names.append(QStringLiteral("OK%1").arg(i));
    QVERIFY(job.start(message, recipients(names)).isSuccess());
    QVERIFY(runToEnd(job));
    QCOMPARE(reported, 30);
    QVERIFY(allVisible);
}

void tst_DeliveryJob::destroyingARunningJobRecordsEveryRecipient()
{
    qint64 messageId = 0;
    {
        DeliveryJob job(m_transport.get(), m_history.get());
        job.setOptions({2, 5000, 0, 0, OverLimitPolicy::Refuse});
        Message message;
        message.text = QStringLiteral("x");
        QVERIFY(job.start(message, recipients({"STALL1", "STALL2", "OK1", "OK2"})).isSuccess());
        messageId = job.messageId();
    }
    const auto rows = m_history->deliveriesOf(messageId);
    QCOMPARE(rows.size(), 4);
    for (const DeliveryRecord &row : rows)
        QCOMPARE(row.code, quint32(Code::Cancelled));
}

void tst_DeliveryJob::refusedHistoryWriteIsReported()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions({2, 5000, 0, 0, OverLimitPolicy::Refuse});
    Message message;
    message.text = QStringLiteral("x");
    QVERIFY(job.start(message, recipients({"OK1", "OK2", "FAIL1"})).isSuccess());
    QVERIFY(job.historyOutcome().isSuccess());
    // From now on the history refuses every delivery row, as a full disk would.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refusing"));
        db.setDatabaseName(m_history->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON deliveries"
                                          " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refusing"));
    QSignalSpy perRecipient(&job, &DeliveryJob::recipientFinished);
    QVERIFY(runToEnd(job));
    QCOMPARE(perRecipient.size(), 3); // the results are still reported...
    QCOMPARE(m_history->deliveryCount(job.messageId()), 0);
    // ...and so is the fact that they are not on disk.
    QCOMPARE(job.historyOutcome().code(), quint32(Code::InternalError));
    QVERIFY2(job.historyOutcome().detail().contains(QLatin1String("disk full")),
             qPrintable(job.historyOutcome().detail()));
}

void tst_DeliveryJob::deletingTheJobWhenItFinishesIsSafe_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("a few (timer flush)") << 3;
    QTest::newRow("a full batch (flushed as the last completes)") << 256;
}

// A listener may delete the job as soon as it says finished (a GUI closing
// its progress view); the job must not touch itself after that signal.
void tst_DeliveryJob::deletingTheJobWhenItFinishesIsSafe()
{
    QFETCH(int, count);
    m_transport->latencyMs = 0;
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(QStringLiteral("OK%1").arg(i));
    auto *job = new DeliveryJob(m_transport.get(), m_history.get());
    job->setOptions({256, 5000, 0, 0, OverLimitPolicy::Refuse});
    bool finished = false;
    connect(job, &DeliveryJob::finished, this, [&] {
        finished = true;
        delete job;
    });
    Message message;
    message.text = QStringLiteral("x");
    QVERIFY(job->start(message, recipients(names)).isSuccess());
    const qint64 messageId = job->messageId();
    QTRY_VERIFY(finished);
    QTest::qWait(50); // whatever the job left queued runs now
    QCOMPARE(m_history->deliveryCount(messageId), count);
}

QTEST_GUILESS_MAIN(tst_DeliveryJob)
#include "tst_deliveryjob.moc"
