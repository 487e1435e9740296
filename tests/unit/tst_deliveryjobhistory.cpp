#include "deliveryjobfixture.h"
#include "historytestsupport.h"
#include "resumeplan.h"
#include "sendlock.h"

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
    void everyStartIsOnDiskBeforeItsAttempt();
    void refusedStartRecordSendsNothing();
    void resumeSendsOnlyTheUnstarted();
    void resumePlanSaysWhyNot();
    void noResumeBesideItsSender();
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

// The dispatch ledger: the whole list with the message, and each recipient
// marked started (in batches) before its first attempt leaves, so that a
// killed job leaves who may have got it.
void tst_DeliveryJobHistory::everyStartIsOnDiskBeforeItsAttempt()
{
    m_transport->latencyMs = 0;
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(8, 5000));
    QStringList names;
    for (int i = 0; i < 700; ++i) // three batches of starts
        names.append(QStringLiteral("OK%1").arg(i));
    QStringList notYetStarted;
    int markedAtFirstSend = -1;
    m_transport->onSend = [&](const Message &message) {
        const QString position = message.recipient.mid(2);
        if (scalar(QStringLiteral("SELECT started FROM dispatch WHERE position = %1").arg(position))
                .toInt() != 1)
            notYetStarted.append(message.recipient);
        if (markedAtFirstSend < 0)
            markedAtFirstSend =
                scalar(QStringLiteral("SELECT COUNT(*) FROM dispatch WHERE started = 1")).toInt();
    };
    QVERIFY(job.start(text(QStringLiteral("x")), recipients(names)).isSuccess());
    QVERIFY(runToEnd(job));
    QCOMPARE(m_transport->sent.size(), 700);
    QVERIFY2(notYetStarted.isEmpty(), qPrintable(notYetStarted.join(QLatin1Char(','))));
    // Ahead in batches, not the whole list at once, nor one by one.
    QVERIFY2(markedAtFirstSend > 8 && markedAtFirstSend < 700,
             qPrintable(QString::number(markedAtFirstSend)));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM dispatch WHERE started = 1")).toInt(),
             700);
    QCOMPARE(
        scalar(QStringLiteral("SELECT recipient FROM dispatch WHERE position = 699")).toString(),
        QStringLiteral("OK699"));
    // Each result names its place in the list.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries d JOIN dispatch p"
                                   " ON p.message_id = d.message_id AND p.position = d.position"
                                   " AND p.recipient = d.recipient"))
                 .toInt(),
             700);
}

void tst_DeliveryJobHistory::refusedStartRecordSendsNothing()
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refusing"));
        db.setDatabaseName(m_history->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_starts BEFORE UPDATE ON dispatch"
                                          " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refusing"));
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(4, 5000));
    QVERIFY(job.start(text(QStringLiteral("x")),
                      recipients({QStringLiteral("OK1"), QStringLiteral("OK2")}))
                .isSuccess());
    QVERIFY(runToEnd(job));
    QVERIFY(m_transport->sent.isEmpty());
    QCOMPARE(job.count(DeliveryState::Failed), 2);
    QVERIFY2(job.historyOutcome().detail().contains(QLatin1String("disk full")),
             qPrintable(job.historyOutcome().toString()));
    QVERIFY2(job.results().at(0).outcome.detail().contains(QLatin1String("not sent")),
             qPrintable(job.results().at(0).outcome.toString()));
}

// What a killed job leaves: 0-2 finished, 3-4 started without a result, 5-9
// never started. A resume sends to 5-9 only, each recorded at its place.
void tst_DeliveryJobHistory::resumeSendsOnlyTheUnstarted()
{
    QStringList names;
    for (int i = 0; i < 10; ++i)
        names.append(QStringLiteral("OK%1").arg(i));
    const qint64 id = recordInterruptedSend(*m_history, names, 5, 3, m_transport->id());
    QVERIFY(id > 0);

    const HistoryRead<QList<DispatchEntry>> before = m_history->dispatchOf(id);
    QVERIFY(before.outcome.isSuccess());
    QCOMPARE(before.rows.size(), 10);
    for (const DispatchEntry &entry : before.rows) {
        QCOMPARE(entry.finished, entry.position <= 2);
        QCOMPARE(entry.started, entry.position <= 4);
    }
    // The plan the CLI and the console build from it: 3 and 4 were under way
    // (unconfirmed, never sent again), 5-9 are sent.
    const ResumePlan plan = ResumePlan::read(*m_history, id).result();
    QVERIFY2(plan.isResumable(), qPrintable(plan.outcome.toString()));
    QCOMPARE(plan.message.text, QStringLiteral("x"));
    QCOMPARE(plan.prototype().text, QStringLiteral("x"));
    QCOMPARE(plan.routeIds(), QStringList{m_transport->id()});
    QCOMPARE(plan.inFlight.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(plan.inFlight.at(i).position, 3 + i);
        QCOMPARE(plan.inFlight.at(i).recipient, names.at(3 + i));
        QCOMPARE(plan.inFlight.at(i).state, DeliveryState::Unconfirmed);
        QCOMPARE(plan.inFlight.at(i).code, quint32(Code::ProcessAborted));
        QCOMPARE(plan.inFlightResults().at(i).recipient.name, names.at(3 + i));
    }
    const QList<int> positions = plan.positions;
    QCOMPARE(positions, (QList<int>{5, 6, 7, 8, 9}));
    QList<Recipient> rest = plan.rest;
    QCOMPARE(rest.size(), 5);
    QCOMPARE(rest.first().name, QStringLiteral("OK5"));

    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(2, 5000));
    QVERIFY(job.resume(id, text(QStringLiteral("x")), rest, positions, plan.lock).isSuccess());
    QVERIFY(runToEnd(job));
    QStringList sentTo;
    for (const Message &sent : std::as_const(m_transport->sent))
        sentTo.append(sent.recipient);
    QCOMPARE(sentTo,
             (QStringList{QStringLiteral("OK5"), QStringLiteral("OK6"), QStringLiteral("OK7"),
                          QStringLiteral("OK8"), QStringLiteral("OK9")}));
    QCOMPARE(job.messageId(), id);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 1);
    const HistoryRead<QList<DispatchEntry>> after = m_history->dispatchOf(id);
    for (const DispatchEntry &entry : after.rows) {
        QVERIFY(entry.started);
        QCOMPARE(entry.finished, entry.position <= 2 || entry.position >= 5);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT delivered_count FROM messages")).toInt(), 8);
}

// A resume that cannot be: each reason its own problem and Outcome, nothing to send.
void tst_DeliveryJobHistory::resumePlanSaysWhyNot()
{
    ResumePlan plan = ResumePlan::read(*m_history, 4242).result();
    QCOMPARE(plan.problem, ResumePlan::Problem::NoSuchMessage);
    QCOMPARE(plan.outcome.code(), quint32(Code::InvalidParameter));
    QVERIFY2(plan.outcome.detail().contains(QLatin1String("4242")),
             qPrintable(plan.outcome.toString()));
    QVERIFY(!plan.hasWork());

    SentMessageRecord old; // as a netmsg before schema 3 wrote it: no recipients
    old.createdAt = QDateTime::currentDateTimeUtc();
    old.transport = m_transport->id();
    old.text = QStringLiteral("x");
    old.recipientCount = 2;
    QFuture<HistoryWrite> written = m_history->recordMessage(old);
    written.waitForFinished();
    QVERIFY(written.result().id > 0);
    plan = ResumePlan::read(*m_history, written.result().id).result();
    QCOMPARE(plan.problem, ResumePlan::Problem::NoLedger);
    QCOMPARE(plan.outcome.code(), quint32(Code::NotSupported));

    SentMessageRecord bad = old; // a ledger entry that is no address
    bad.recipients = {QStringLiteral("OK1"), QStringLiteral("two words, three")};
    written = m_history->recordMessage(bad);
    written.waitForFinished();
    plan = ResumePlan::read(*m_history, written.result().id).result();
    QCOMPARE(plan.problem, ResumePlan::Problem::BadRecipient);
    QCOMPARE(plan.outcome.code(), quint32(Code::InvalidData));
    QVERIFY(plan.rest.isEmpty());

    m_history->close();
    plan = ResumePlan::read(*m_history, 1).result();
    QCOMPARE(plan.problem, ResumePlan::Problem::ReadFailed);
    QVERIFY(!plan.outcome.isSuccess());
}

// While a job sends a message (here or in another process), its SendLock
// keeps a resume of that message from starting: a resume beside a live
// sender would send to the recipients it has not reached yet a second time.
void tst_DeliveryJobHistory::noResumeBesideItsSender()
{
    m_transport->latencyMs = 300;
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(1, 5000));
    QSignalSpy started(&job, &DeliveryJob::started);
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"OK1", "OK2", "OK3"})).isSuccess());
    QVERIFY(started.wait(2000));
    const qint64 id = job.messageId();
    QVERIFY(QFile::exists(SendLock::fileFor(m_history->path(), id)));

    const ResumePlan busy = ResumePlan::read(*m_history, id).result();
    QCOMPARE(busy.problem, ResumePlan::Problem::Busy);
    QCOMPARE(busy.outcome.code(), quint32(Code::Busy));
    QVERIFY2(busy.outcome.detail().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(busy.outcome.toString()));
    QVERIFY(!busy.hasWork());
    DeliveryJob second(m_transport.get(), m_history.get());
    const Outcome refused =
        second.resume(id, text(QStringLiteral("x")), recipients({"OK3"}), QList<int>{2});
    QCOMPARE(refused.code(), quint32(Code::Busy));

    QVERIFY(runToEnd(job));
    QCOMPARE(m_transport->sent.size(), 3); // the refused resume sent nothing
    QVERIFY(!QFile::exists(SendLock::fileFor(m_history->path(), id)));
    const ResumePlan after = ResumePlan::read(*m_history, id).result();
    QVERIFY2(after.isResumable(), qPrintable(after.outcome.toString()));
    QVERIFY(!after.hasWork());
}
