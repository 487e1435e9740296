#include "delivery/deliverymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

class tst_DeliveryModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void startsWithEveryRecipientPending();
    void appliesResultsInBatches();
    void retryMapsTheNewJobOntoItsRows();
    void heldRowsShowTheirNextTry();
    void exportsCsvAndJson();

private:
    static QList<Recipient> recipients(int count)
    {
        QList<Recipient> list;
        for (int i = 0; i < count; ++i)
            list.append(Recipient{QStringLiteral("PC%1").arg(i), {}, 0, {}});
        return list;
    }
    static DeliveryResult result(int index, DeliveryState state, quint32 code = 0)
    {
        DeliveryResult r;
        r.index = index;
        r.state = state;
        r.outcome = Outcome(code);
        r.transport = QStringLiteral("loopback");
        r.route = {RouteStep{QStringLiteral("loopback"), code, state, {}, false}};
        r.attempts = 1;
        return r;
    }
};

void tst_DeliveryModel::startsWithEveryRecipientPending()
{
    DeliveryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.begin(recipients(5));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.count(DeliveryState::Pending), 5);
    QCOMPARE(model.data(model.index(2, DeliveryModel::RecipientColumn)).toString(),
             QStringLiteral("PC2"));
    QCOMPARE(model.data(model.index(2, DeliveryModel::StateColumn)).toString(),
             QStringLiteral("pending"));
    QVERIFY(!model.data(model.index(2, DeliveryModel::CodeColumn)).isValid());
}

// 1,000 results arriving one by one change the view in one batch, not 1,000.
void tst_DeliveryModel::appliesResultsInBatches()
{
    DeliveryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.begin(recipients(1000));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 1000; ++i)
        model.addResult(result(i, i % 10 == 0 ? DeliveryState::Failed : DeliveryState::Delivered,
                               i % 10 == 0 ? 2273 : 0));
    QCOMPARE(changed.size(), 0); // nothing until the batch is applied
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(model.count(DeliveryState::Delivered), 900);
    QCOMPARE(model.count(DeliveryState::Failed), 100);
    QCOMPARE(model.count(DeliveryState::Pending), 0);
    QCOMPARE(model.categoryCounts().value(OutcomeCategory::NameNotFound), 100);
    QCOMPARE(model.data(model.index(10, DeliveryModel::CodeColumn)).toLongLong(), 2273);
    QCOMPARE(model.data(model.index(10, 0), DeliveryModel::StateRole).toInt(),
             int(DeliveryState::Failed));
}

void tst_DeliveryModel::retryMapsTheNewJobOntoItsRows()
{
    DeliveryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.begin(recipients(4));
    model.addResult(result(0, DeliveryState::Delivered));
    model.addResult(result(1, DeliveryState::Failed, 2136));
    model.addResult(result(2, DeliveryState::Unconfirmed, 1460));
    model.addResult(result(3, DeliveryState::Failed, 2136));
    model.applyPending();
    QCOMPARE(model.rows(DeliveryState::Failed), (QList<int>{1, 3}));
    model.beginRetry({1, 3});
    QCOMPARE(model.count(DeliveryState::Pending), 2);
    // The retry job knows them as its recipients 0 and 1.
    model.addResult(result(1, DeliveryState::Delivered));
    model.addResult(result(0, DeliveryState::Failed, 2136));
    model.applyPending();
    QCOMPARE(model.result(1).state, DeliveryState::Failed);
    QCOMPARE(model.result(3).state, DeliveryState::Delivered);
    QCOMPARE(model.result(2).state, DeliveryState::Unconfirmed); // untouched
    QCOMPARE(model.recipient(3).name, QStringLiteral("PC3"));
}

void tst_DeliveryModel::heldRowsShowTheirNextTry()
{
    DeliveryModel model;
    model.begin(recipients(2));
    const QDateTime next = QDateTime::currentDateTimeUtc().addSecs(30);
    model.markHeld(1, next, Outcome(2136));
    model.applyPending();
    QCOMPARE(model.heldCount(), 1);
    QCOMPARE(model.nextRetry(), next);
    QVERIFY(model.data(model.index(1, DeliveryModel::StateColumn))
                .toString()
                .startsWith(QLatin1String("held")));
    model.addResult(result(1, DeliveryState::Delivered));
    model.applyPending();
    QCOMPARE(model.heldCount(), 0);
}

void tst_DeliveryModel::exportsCsvAndJson()
{
    DeliveryModel model;
    QList<Recipient> list = recipients(2);
    list[1].name = QStringLiteral("A,\"B\"");
    model.begin(list);
    model.addResult(result(0, DeliveryState::Delivered));
    model.addResult(result(1, DeliveryState::Failed, 2273));
    model.applyPending();
    const QList<QByteArray> lines = model.toCsv().split('\n');
    QVERIFY(lines.at(0).startsWith("recipient,state,code"));
    QVERIFY(lines.at(1).startsWith("PC0,delivered,0,"));
    QVERIFY2(lines.at(2).startsWith("\"A,\"\"B\"\"\",failed,2273,NERR_NameNotFound"),
             lines.at(2).constData());
    const QJsonArray rows = QJsonDocument::fromJson(model.toJson()).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("failed"));
}

QTEST_MAIN(tst_DeliveryModel)
#include "tst_deliverymodel.moc"
