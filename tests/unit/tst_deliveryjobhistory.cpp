#include "deliveryjobfixture.h"

using namespace netmsg;
using namespace netmsg::testing;

// DeliveryJob and its history: every reported result already on disk, a
// refused write reported, and the store, the transport or the job itself
// going away mid-job without a crash or a lost recipient.
class tst_DeliveryJobHistory : public QObject, protected DeliveryJobFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void reportedResultsAreAlreadyOnDisk();
    void destroyingARunningJobRecordsEveryRecipient();
    void refusedHistoryWriteIsReported();
    void refusedMessageRowSendsNothing();
    void deletingTheStoreMidJobDoesNotCrash();
    void deletingTheTransportMidJobDoesNotCrash();
    void deletingTheJobFromASignalIsSafe_data();
    void deletingTheJobFromASignalIsSafe();
};

void tst_DeliveryJobHistory::reportedResultsAreAlreadyOnDisk()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(3, 5000));
    int reported = 0;
    bool allVisible = true;
    connect(&job, &DeliveryJob::recipientFinished, this, [&](const DeliveryResult &) {
        ++reported;
        allVisible = allVisible &&
                     scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries")).toInt() >= reported;
    });
    QStringList names;
    for (int i = 0; i < 30; ++i)
        names.append(QStringLiteral("OK%1").arg(i));
    QVERIFY(job.start(text(QStringLiteral("x")), recipients(names)).isSuccess());
    QVERIFY(runToEnd(job));
    QCOMPARE(reported, 30);
    QVERIFY(allVisible);
}

void tst_DeliveryJobHistory::destroyingARunningJobRecordsEveryRecipient()
{
    for (const bool waitForStart : {false, true}) {
        qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries")).toLongLong();
        {
            DeliveryJob job(m_transport.get(), m_history.get());
            job.setOptions(options(2, 5000));
            QSignalSpy started(&job, &DeliveryJob::started);
            QVERIFY(job.start(text(QStringLiteral("x")),
                              recipients({"STALL1", "SILENT2", "OK1", "OK2"}))
                        .isSuccess());
            if (waitForStart)
                QVERIFY(started.wait(2000));
        }
        m_history.reset(); // finishes every queued write
        m_history = std::make_unique<HistoryStore>();
        QVERIFY(m_history->open(m_dir->filePath(QStringLiteral("h.sqlite"))).isSuccess());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries")).toLongLong(),
                 before + 4);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE code <> 1223"))
                     .toLongLong(),
                 0);
    }
}

void tst_DeliveryJobHistory::refusedHistoryWriteIsReported()
{
    m_transport->latencyMs = 30;
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(2, 5000));
    QSignalSpy started(&job, &DeliveryJob::started);
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"OK1", "OK2", "FAIL1"})).isSuccess());
    QVERIFY(started.wait(2000));
    refuseInserts(QStringLiteral("deliveries"), QStringLiteral("disk full"));
    QSignalSpy perRecipient(&job, &DeliveryJob::recipientFinished);
    QVERIFY(runToEnd(job));
    QCOMPARE(perRecipient.size(), 3); // the results are still reported...
    QCOMPARE(m_history->deliveryCount(job.messageId()), 0);
    // ...and so is the fact that they are not on disk.
    QCOMPARE(job.historyOutcome().code(), quint32(Code::InternalError));
    QVERIFY2(job.historyOutcome().detail().contains(QLatin1String("disk full")),
             qPrintable(job.historyOutcome().detail()));
}

void tst_DeliveryJobHistory::refusedMessageRowSendsNothing()
{
    refuseInserts(QStringLiteral("messages"), QStringLiteral("read-only"));
    DeliveryJob job(m_transport.get(), m_history.get());
    QSignalSpy perRecipient(&job, &DeliveryJob::recipientFinished);
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"OK1", "OK2"})).isSuccess());
    QVERIFY(runToEnd(job));
    QVERIFY(!job.historyOutcome().isSuccess());
    QVERIFY(perRecipient.isEmpty());
    QVERIFY(m_transport->sent.isEmpty());
}

void tst_DeliveryJobHistory::deletingTheStoreMidJobDoesNotCrash()
{
    m_transport->latencyMs = 20;
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(2, 5000));
    QSignalSpy perRecipient(&job, &DeliveryJob::recipientFinished);
    QStringList names;
    for (int i = 0; i < 10; ++i)
        names.append(QStringLiteral("OK%1").arg(i));
    QVERIFY(job.start(text(QStringLiteral("x")), recipients(names)).isSuccess());
    QTRY_VERIFY(perRecipient.size() >= 2);
    m_history.reset();
    QVERIFY(runToEnd(job));
    QCOMPARE(perRecipient.size(), 10);
    QCOMPARE(job.count(DeliveryState::Delivered), 10);
    QCOMPARE(job.historyOutcome().code(), quint32(Code::InternalError));
}

void tst_DeliveryJobHistory::deletingTheTransportMidJobDoesNotCrash()
{
    m_transport->latencyMs = 20;
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(2, 500));
    QSignalSpy perRecipient(&job, &DeliveryJob::recipientFinished);
    QStringList names;
    for (int i = 0; i < 10; ++i)
        names.append(QStringLiteral("OK%1").arg(i));
    QVERIFY(job.start(text(QStringLiteral("x")), recipients(names)).isSuccess());
    QTRY_VERIFY(perRecipient.size() >= 2);
    m_transport.reset();
    QVERIFY(runToEnd(job));
    QCOMPARE(perRecipient.size(), 10);
    QVERIFY(job.count(DeliveryState::Failed) >= 1);
}

void tst_DeliveryJobHistory::deletingTheJobFromASignalIsSafe_data()
{
    QTest::addColumn<QString>("signal");
    QTest::addColumn<int>("count");
    QTest::newRow("finished, a few (timer flush)") << "finished" << 3;
    QTest::newRow("finished, a full batch") << "finished" << 256;
    QTest::newRow("first result") << "recipientFinished" << 20;
    QTest::newRow("progress") << "progress" << 20;
    QTest::newRow("started") << "started" << 20;
    QTest::newRow("held") << "held" << 5;
}

// A listener may delete the job from any of its signals (a GUI closing its
// progress view); the job must not touch itself after that.
void tst_DeliveryJobHistory::deletingTheJobFromASignalIsSafe()
{
    QFETCH(QString, signal);
    QFETCH(int, count);
    m_transport->latencyMs = 0;
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(
            QStringLiteral("%1%2").arg(signal == QLatin1String("held") ? "BUSY" : "OK").arg(i));
    auto *job = new DeliveryJob(m_transport.get(), m_history.get());
    DeliveryOptions hold = options(256, 5000);
    hold.holdUntil = QDateTime::currentDateTimeUtc().addSecs(5);
    job->setOptions(hold);
    bool deleted = false;
    auto remove = [&] {
        if (!deleted) {
            deleted = true;
            delete job;
        }
    };
    if (signal == QLatin1String("finished"))
        connect(job, &DeliveryJob::finished, this, remove);
    else if (signal == QLatin1String("recipientFinished"))
        connect(job, &DeliveryJob::recipientFinished, this, remove);
    else if (signal == QLatin1String("progress"))
        connect(job, &DeliveryJob::progress, this, remove);
    else if (signal == QLatin1String("started"))
        connect(job, &DeliveryJob::started, this, remove);
    else
        connect(job, &DeliveryJob::held, this, remove);
    QVERIFY(job->start(text(QStringLiteral("x")), recipients(names)).isSuccess());
    QTRY_VERIFY(deleted);
    QTest::qWait(50); // whatever the job left queued runs now
    m_history.reset();
    m_history = std::make_unique<HistoryStore>();
    QVERIFY(m_history->open(m_dir->filePath(QStringLiteral("h.sqlite"))).isSuccess());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries")).toInt(), count);
}

QTEST_GUILESS_MAIN(tst_DeliveryJobHistory)
#include "tst_deliveryjobhistory.moc"
