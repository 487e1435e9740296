// DeliveryJob::cancel() records what really happened to each recipient under
// way: an answer that is in counts, a message handed over may have arrived,
// one still waiting never goes out.
#include "deliveryjob.h"
#include "faketransport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace netmsg;

class tst_DeliveryJobCancel : public QObject
{
    Q_OBJECT
private slots:
    void anAnswerThatIsInCounts();
    void cancelledWhileTheMessageRowIsWritten();
};

// The transport answered (its future is finished) but the job has not heard
// it yet when the user cancels: the message was delivered, and must not be
// recorded as cancelled, let alone sent again by "retry failed".
void tst_DeliveryJobCancel::anAnswerThatIsInCounts()
{
    FakeTransport transport;
    DeliveryJob job(&transport, nullptr);
    Message message;
    message.text = QStringLiteral("x");
    QVERIFY(job.start(message, {Recipient{QStringLiteral("READY1"), {}, 0, {}},
                                Recipient{QStringLiteral("READY2"), {}, 0, {}},
                                Recipient{QStringLiteral("LATER"), {}, 0, {}}})
                .isSuccess());
    // Only the job's own queued start runs: the sends go out and answer at
    // once, but their answers are not delivered to the job yet.
    QCoreApplication::sendPostedEvents(&job, QEvent::MetaCall);
    QCOMPARE(transport.sent.size(), 3);
    QSignalSpy finished(&job, &DeliveryJob::finished);
    job.cancel();
    QVERIFY(finished.size() == 1 || finished.wait(2000));
    QCOMPARE(job.results().at(0).state, DeliveryState::Delivered);
    QCOMPARE(job.results().at(1).state, DeliveryState::Delivered);
    QCOMPARE(job.results().at(0).partsSent, 1);
    QCOMPARE(job.results().at(2).state, DeliveryState::Failed);
    QCOMPARE(job.results().at(2).outcome.code(), quint32(Code::Cancelled));
}

// Cancelled before anything was sent: every recipient ends failed, cancelled.
void tst_DeliveryJobCancel::cancelledWhileTheMessageRowIsWritten()
{
    FakeTransport transport;
    DeliveryJob job(&transport, nullptr);
    Message message;
    message.text = QStringLiteral("x");
    QSignalSpy finished(&job, &DeliveryJob::finished);
    QVERIFY(job.start(message, {Recipient{QStringLiteral("OK1"), {}, 0, {}}}).isSuccess());
    job.cancel();
    QVERIFY(finished.size() == 1 || finished.wait(2000));
    QTest::qWait(20); // the queued start comes and sends nothing
    QVERIFY(transport.sent.isEmpty());
    QCOMPARE(job.results().at(0).state, DeliveryState::Failed);
    QCOMPARE(job.results().at(0).attempts, 0);
}

QTEST_GUILESS_MAIN(tst_DeliveryJobCancel)
#include "tst_deliveryjobcancel.moc"
