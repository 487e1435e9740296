#include "deliveryjobfixture.h"

using namespace netmsg;
using namespace netmsg::testing;

// DeliveryJob over one transport: states, retries, timeouts counted from the
// attempt's start, cancel, splitting. History: tst_deliveryjobhistory.cpp;
// routes: tst_route.cpp.
class tst_DeliveryJob : public QObject, protected DeliveryJobFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void boundedConcurrencyAndEveryResultStored();
    void stallAfterHandOverIsUnconfirmedAndNeverRetried();
    void silenceBeforeHandOverIsFailedAndRetried();
    void timeoutCountsFromTheAttemptsStart();
    void attemptNeverStartedGivesUpAfterTwiceTheTimeout();
    void lateAnswerChangesNothing();
    void retriesTransientFailuresOnly();
    void holdRetriesTransientFailuresUntilTheDeadline();
    void cancelStopsEverythingAndNothingArrivesLater();
    void cancelAfterHandOverIsUnconfirmed();
    void refusesOverLimitTextBeforeSending();
    void refusesTextOverTheCapBeforeAnything();
    void splitsOverLimitTextIntoNumberedParts();
    void splitsALongTextLinearlyAndLosesNothing();
    void failingPartStopsTheRest();
    void personalTextGoesOutPerRecipient();
    void splitGivesUpOnACharacterWiderThanAPart();
    void unencodableTextIsRefusedWithPositions();
    void unavailableTransportSendsNothing();
};

void tst_DeliveryJob::boundedConcurrencyAndEveryResultStored()
{
    QStringList names;
    for (int i = 0; i < 200; ++i)
        names.append((i % 10 == 0 ? QStringLiteral("FAIL%1") : QStringLiteral("OK%1")).arg(i));
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(7, 5000));
    QSignalSpy perRecipient(&job, &DeliveryJob::recipientFinished);
    QSignalSpy progress(&job, &DeliveryJob::progress);
    QVERIFY(job.start(text(QStringLiteral("hello")), recipients(names)).isSuccess());
    QVERIFY(runToEnd(job));
    QCOMPARE(m_transport->maxInFlight, 7);
    QCOMPARE(perRecipient.size(), 200);
    QCOMPARE(progress.last().at(0).toInt(), 200);
    QCOMPARE(job.count(DeliveryState::Failed), 20);
    QCOMPARE(job.count(DeliveryState::Delivered), 180);
    for (const DeliveryResult &result : job.results()) {
        QCOMPARE(result.transport, QStringLiteral("fake"));
        QCOMPARE(result.route.size(), 1);
    }
    QCOMPARE(m_history->deliveryCount(job.messageId()), 200);
    QCOMPARE(m_history->message(job.messageId())->recipientCount, 200);
    int failedRows = 0;
    for (const DeliveryRecord &row : m_history->deliveriesOf(job.messageId()))
        failedRows += row.state == DeliveryState::Failed ? 1 : 0;
    QCOMPARE(failedRows, 20);
}

// The peer took the whole message and never answered: it may have arrived,
// so it is neither "failed" nor sent again.
void tst_DeliveryJob::stallAfterHandOverIsUnconfirmedAndNeverRetried()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(1, 100, 3));
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"STALL1"})).isSuccess());
    QVERIFY(runToEnd(job));
    const DeliveryResult &result = job.results().at(0);
    QCOMPARE(result.state, DeliveryState::Unconfirmed);
    QCOMPARE(result.outcome.code(), quint32(Code::Timeout));
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_transport->sent.size(), 1);
    QVERIFY(m_transport->promises.first()->future().isCanceled());
}

void tst_DeliveryJob::silenceBeforeHandOverIsFailedAndRetried()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(1, 60, 2));
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"SILENT1"})).isSuccess());
    QVERIFY(runToEnd(job));
    const DeliveryResult &result = job.results().at(0);
    QCOMPARE(result.state, DeliveryState::Failed);
    QCOMPARE(result.outcome.code(), quint32(Code::Timeout));
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_transport->sent.size(), 3);
}

// An attempt queued behind others (a thread pool) has not begun: its time
// starts when the transport says it started.
void tst_DeliveryJob::timeoutCountsFromTheAttemptsStart()
{
    m_transport->queued = true;
    m_transport->latencyMs = 300;
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(1, 150));
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"OK1"})).isSuccess());
    QTRY_COMPARE(m_transport->sent.size(), 1);
    QTest::qWait(200); // longer than the timeout, but still queued
    m_transport->startQueued();
    QVERIFY(runToEnd(job));
    QCOMPARE(job.results().at(0).state, DeliveryState::Delivered);
    QVERIFY(job.results().at(0).elapsedMs >= 250);
}

// A transport whose threads are all held by calls that never return never
// starts what it queued: the job gives up on it, and it never goes out.
void tst_DeliveryJob::attemptNeverStartedGivesUpAfterTwiceTheTimeout()
{
    m_transport->queued = true;
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(1, 100));
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"SILENT1"})).isSuccess());
    QVERIFY(runToEnd(job, 5000));
    const DeliveryResult &result = job.results().at(0);
    QCOMPARE(result.state, DeliveryState::Failed);
    QCOMPARE(result.outcome.code(), quint32(Code::Timeout));
    QVERIFY2(result.outcome.detail().startsWith(QLatin1String("not started within 200 ms")),
             qPrintable(result.outcome.detail()));
    QVERIFY(result.elapsedMs >= 190);
    QCOMPARE(m_transport->sent.size(), 1);
    QVERIFY(m_transport->promises.first()->future().isCanceled());
}

void tst_DeliveryJob::lateAnswerChangesNothing()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(1, 80));
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"SILENT1", "OK1"})).isSuccess());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.results().at(0).state, DeliveryState::Failed);
    QVERIFY(job.results().at(0).elapsedMs >= 70);
    QCOMPARE(job.results().at(1).state, DeliveryState::Delivered);
    m_transport->promises.first()->addResult(SendResult::delivered());
    m_transport->promises.first()->finish();
    QTest::qWait(20);
    QCOMPARE(job.results().at(0).state, DeliveryState::Failed);
}

void tst_DeliveryJob::retriesTransientFailuresOnly()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(4, 5000, 2));
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"FLAKY1", "FAIL1"})).isSuccess());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.results().at(0).state, DeliveryState::Delivered);
    QCOMPARE(job.results().at(0).attempts, 3);
    QCOMPARE(job.results().at(1).attempts, 1); // not transient: no retry
    for (const DeliveryRecord &row : m_history->deliveriesOf(job.messageId()))
        QCOMPARE(row.attempts, row.recipient == QLatin1String("FLAKY1") ? 3 : 1);

    DeliveryJob fewer(m_transport.get(), m_history.get());
    fewer.setOptions(options(4, 5000, 1));
    QVERIFY(fewer.start(text(QStringLiteral("x")), recipients({"FLAKY2"})).isSuccess());
    QVERIFY(runToEnd(fewer));
    QCOMPARE(fewer.results().at(0).outcome.code(), quint32(Code::NerrNetworkError));
    QCOMPARE(fewer.results().at(0).state, DeliveryState::Failed);
    QCOMPARE(fewer.results().at(0).attempts, 2);
}

void tst_DeliveryJob::holdRetriesTransientFailuresUntilTheDeadline()
{
    m_transport->flakyFailures = 3;
    DeliveryOptions hold = options(2, 5000);
    hold.retryDelayMs = 20;
    hold.holdUntil = QDateTime::currentDateTimeUtc().addMSecs(600);
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(hold);
    QSignalSpy held(&job, &DeliveryJob::held);
    QVERIFY(
        job.start(text(QStringLiteral("x")), recipients({"FLAKY1", "BUSY1", "FAIL1"})).isSuccess());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.results().at(0).state, DeliveryState::Delivered);
    QCOMPARE(job.results().at(0).attempts, 4);
    // Held until the deadline, then given up; a permanent failure is never held.
    QCOMPARE(job.results().at(1).state, DeliveryState::Failed);
    QVERIFY(job.results().at(1).attempts >= 3);
    QVERIFY(job.results().at(1).elapsedMs >= 500);
    QCOMPARE(job.results().at(2).attempts, 1);
    QVERIFY(held.size() >= 5);
    for (const QList<QVariant> &signal : held) {
        QVERIFY(signal.at(0).toInt() != 2);
        QVERIFY(signal.at(1).toDateTime() <= hold.holdUntil);
    }
}

void tst_DeliveryJob::cancelStopsEverythingAndNothingArrivesLater()
{
    m_transport->latencyMs = 50;
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(2, 5000));
    QStringList names;
    for (int i = 0; i < 20; ++i)
        names.append(QStringLiteral("OK%1").arg(i));
    QSignalSpy started(&job, &DeliveryJob::started);
    QVERIFY(job.start(text(QStringLiteral("x")), recipients(names)).isSuccess());
    QVERIFY(started.wait(2000));
    // Two under way (once their starts are on disk), then the cancel.
    QTRY_COMPARE_WITH_TIMEOUT(m_transport->sent.size(), 2, 2000);
    job.cancel();
    QVERIFY(runToEnd(job));
    QCOMPARE(m_transport->sent.size(), 2);
    for (const DeliveryResult &result : job.results()) {
        QCOMPARE(result.outcome.code(), quint32(Code::Cancelled));
        QCOMPARE(result.state, DeliveryState::Failed);
    }
    QCOMPARE(m_history->deliveryCount(job.messageId()), 20);
    QTest::qWait(100);
    QCOMPARE(m_transport->sent.size(), 2); // nothing started after cancel
    QCOMPARE(m_transport->dropped, 2);     // and the two under way were dropped
    QVERIFY(m_transport->arrived.isEmpty());
}

void tst_DeliveryJob::cancelAfterHandOverIsUnconfirmed()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(2, 5000));
    QSignalSpy started(&job, &DeliveryJob::started);
    QVERIFY(job.start(text(QStringLiteral("x")), recipients({"STALL1", "SILENT1"})).isSuccess());
    QVERIFY(started.wait(2000));
    QTRY_COMPARE(m_transport->sent.size(), 2);
    job.cancel();
    QVERIFY(runToEnd(job));
    QCOMPARE(job.results().at(0).state, DeliveryState::Unconfirmed);
    QCOMPARE(job.results().at(1).state, DeliveryState::Failed);
    QCOMPARE(job.results().at(0).outcome.code(), quint32(Code::Cancelled));
}

void tst_DeliveryJob::refusesOverLimitTextBeforeSending()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    const Outcome outcome = job.start(text(QString(41, QLatin1Char('a'))), recipients({"OK1"}));
    QCOMPARE(outcome.code(), quint32(Code::MessageExceedsMaxSize));
    QVERIFY(outcome.detail().contains(QLatin1String("41 bytes")));
    QCOMPARE(job.start(text(QString(21, QLatin1Char('a'))), recipients({"*"})).code(),
             quint32(Code::NerrTruncatedBroadcast));
    QTest::qWait(20);
    QVERIFY(m_transport->sent.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 0);
}

void tst_DeliveryJob::refusesTextOverTheCapBeforeAnything()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    DeliveryOptions capped = options(1, 5000, 0, OverLimitPolicy::Split);
    job.setOptions(capped);
    const Outcome outcome =
        job.start(text(QString(1024 * 1024, QLatin1Char('a'))), recipients({"OK1"}));
    QCOMPARE(outcome.code(), quint32(Code::MessageExceedsMaxSize));
    QVERIFY2(
        outcome.detail().contains(QLocale().toString(1024 * 1024) + QLatin1String(" characters")) &&
            outcome.detail().contains(QLocale().toString(65536)),
        qPrintable(outcome.detail()));
    capped.maxTextCharacters = 100;
    job.setOptions(capped);
    QCOMPARE(job.start(text(QString(101, QLatin1Char('a'))), recipients({"OK1"})).code(),
             quint32(Code::MessageExceedsMaxSize));
    QTest::qWait(20);
    QVERIFY(m_transport->sent.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 0);
}

void tst_DeliveryJob::splitsOverLimitTextIntoNumberedParts()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(4, 5000, 0, OverLimitPolicy::Split));
    const Message message = text(
        QStringLiteral("The backup of the file server starts at ten tonight, please log off."));
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
    QCOMPARE(job.results().at(0).partsSent, count);
    QCOMPARE(m_history->message(job.messageId())->overLimitPolicy, QStringLiteral("split"));
    QCOMPARE(m_history->deliveriesOf(job.messageId()).at(0).parts, count);
}

// 64 KiB into 40-byte parts: thousands of numbered parts, every one within
// the limit, the text whole again when joined (the old split re-cut the
// whole text once per extra part and searched back to its start for spaces).
void tst_DeliveryJob::splitsALongTextLinearlyAndLosesNothing()
{
    QString text;
    while (text.size() < 64 * 1024)
        text += QStringLiteral("Wartung heute Nacht ab 22 Uhr, bitte abmelden. ");
    text.truncate(64 * 1024);
    const QStringList parts = DeliveryJob::splitText(text, QStringLiteral("CP850"), 1600);
    QVERIFY(parts.size() > 40);
    QString joined;
    for (int i = 0; i < parts.size(); ++i) {
        const QString prefix = QStringLiteral("(%1/%2) ").arg(i + 1).arg(parts.size());
        QVERIFY(parts.at(i).startsWith(prefix));
        QVERIFY(parts.at(i).size() <= 1600);
        joined += parts.at(i).mid(prefix.size());
    }
    QCOMPARE(joined, text);
    const QString noSpaces(64 * 1024, QLatin1Char('x'));
    const QStringList dense = DeliveryJob::splitText(noSpaces, QStringLiteral("UTF-16LE"), 40);
    // "(nnnn/nnnn) " takes 24 of the 40 bytes: 8 characters a part.
    QCOMPARE(dense.size(), 8192);
    QCOMPARE(dense.last(), QStringLiteral("(8192/8192) xxxxxxxx"));
}

void tst_DeliveryJob::failingPartStopsTheRest()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(1, 5000, 0, OverLimitPolicy::Split));
    QVERIFY(job.start(text(QString(90, QLatin1Char('a'))), recipients({"PARTFAIL1"})).isSuccess());
    QVERIFY(runToEnd(job));
    const DeliveryResult &result = job.results().at(0);
    QCOMPARE(result.parts, 3);
    QCOMPARE(result.partsSent, 1);
    QCOMPARE(result.state, DeliveryState::Failed);
    QCOMPARE(m_transport->sent.size(), 2); // the third part never went out
    QCOMPARE(m_history->deliveriesOf(job.messageId()).at(0).partsSent, 1);
}

void tst_DeliveryJob::personalTextGoesOutPerRecipient()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    job.setOptions(options(2, 5000));
    QVERIFY(job.start(text(QStringLiteral("Hello {recipient}, reboot at 6")),
                      recipients({"OK1", "OK22"}))
                .isSuccess());
    QVERIFY(runToEnd(job));
    QStringList texts;
    for (const Message &message : std::as_const(m_transport->sent))
        texts.append(message.text);
    texts.sort();
    QCOMPARE(texts, (QStringList{"Hello OK1, reboot at 6", "Hello OK22, reboot at 6"}));
    // Checked as the longest name would get it: 40 bytes is the limit here,
    // which the text fits with OK1 (31) but not with a 15-character name (43).
    DeliveryJob tooLong(m_transport.get(), m_history.get());
    QCOMPARE(tooLong
                 .start(text(QStringLiteral("Hi {recipient}, reboot at six tonight")),
                        recipients({"OK1", "OK1234567890123"}))
                 .code(),
             quint32(Code::MessageExceedsMaxSize));
}

// With 15 bytes of UTF-16, "(1/2) " leaves 3 bytes for text: room for one
// 2-byte character but never for a surrogate pair (4 bytes).
void tst_DeliveryJob::splitGivesUpOnACharacterWiderThanAPart()
{
    const QString text =
        QStringLiteral("ab") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("cdefgh");
    QVERIFY(DeliveryJob::splitText(text, QStringLiteral("UTF-16LE"), 15).isEmpty());
    const QStringList parts =
        DeliveryJob::splitText(QStringLiteral("abcdefgh"), QStringLiteral("UTF-16LE"), 15);
    QCOMPARE(parts.size(), 8);
    QCOMPARE(parts.first(), QStringLiteral("(1/8) a"));
}

void tst_DeliveryJob::unencodableTextIsRefusedWithPositions()
{
    DeliveryJob job(m_transport.get(), m_history.get());
    const Outcome outcome = job.start(text(QStringLiteral("Hi Иван")), recipients({"OK1"}));
    QCOMPARE(outcome.code(), quint32(Code::NoUnicodeTranslation));
    QVERIFY2(outcome.detail().contains(QStringLiteral("'И' at position 4")),
             qPrintable(outcome.detail()));
    QVERIFY(m_transport->sent.isEmpty());
}

void tst_DeliveryJob::unavailableTransportSendsNothing()
{
    m_transport->m_availability = Outcome(Code::NotSupported, QStringLiteral("no messenger here"));
    DeliveryJob job(m_transport.get(), m_history.get());
    QCOMPARE(job.start(text(QStringLiteral("x")), recipients({"OK1"})).code(),
             quint32(Code::NotSupported));
    QTest::qWait(20);
    QVERIFY(m_transport->sent.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_DeliveryJob)
#include "tst_deliveryjob.moc"
