#include "history/deliveryhistorymodel.h"
#include "history/historyfilterbar.h"
#include "history/historywidget.h"
#include "history/messagehistorymodel.h"
#include "historyfixture.h"
#include "testconsole.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// The history tab on 1,000,000 deliveries (1,000 messages x 1,000, made by
// HistoryFixture): it opens with its first pages, and a filter typed into
// the bar (state failed, a recipient substring) gives rows, all of them
// matching. The times are printed, not asserted (benchmarks assert).
class tst_HistoryWidgetLarge : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensAndFiltersAMillionDeliveries();

private:
    std::unique_ptr<TestConsole> m_console;
};

void tst_HistoryWidgetLarge::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    qint64 generatedAt = 0;
    m_console = std::make_unique<TestConsole>(TestConsole::Options{[&](const QString &path) {
        const Outcome generated = HistoryFixture::generate(path);
        QVERIFY2(generated.isSuccess(), qPrintable(generated.toString()));
        generatedAt = timer.elapsed();
    }});
    const qint64 startedAt = timer.elapsed();
    QVERIFY(m_console->context->history());
    QCOMPARE(m_console->context->history()->deliveryCount(), qint64(1000) * 1000);
    qInfo("generated 1,000,000 deliveries in %lld ms; the console started on them (history"
          " opened) in %lld ms",
          generatedAt, startedAt - generatedAt);
}

void tst_HistoryWidgetLarge::opensAndFiltersAMillionDeliveries()
{
    // Opened: the first page of messages, the first message's first page of
    // deliveries, each as its read comes back.
    QElapsedTimer timer;
    timer.start();
    HistoryWidget tab(*m_console->context);
    tab.resize(1100, 680);
    tab.show();
    qint64 messagesAt = -1;
    qint64 deliveriesAt = -1;
    connect(tab.messagesModel(), &MessageHistoryModel::loaded, this, [&] {
        if (messagesAt < 0 && tab.messagesModel()->rowCount() > 0)
            messagesAt = timer.elapsed();
    });
    connect(tab.deliveriesModel(), &DeliveryHistoryModel::loaded, this, [&] {
        if (deliveriesAt < 0 && tab.deliveriesModel()->rowCount() > 0)
            deliveriesAt = timer.elapsed();
    });
    const qint64 constructed = timer.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(messagesAt >= 0 && deliveriesAt >= 0, 60000);
    qInfo("open: widget constructed in %lld ms, first page of messages at %lld ms, first"
          " deliveries at %lld ms",
          constructed, messagesAt, deliveriesAt);
    QCOMPARE(tab.messagesModel()->rowCount(), tab.messagesModel()->pageSize());
    QVERIFY(tab.messagesModel()->canFetchMore());
    QCOMPARE(tab.deliveriesModel()->rowCount(), tab.deliveriesModel()->pageSize());

    // Scrolled to the end of the deliveries: the next page comes.
    QElapsedTimer scrolled;
    auto *deliveries = tab.findChild<QTableView *>(QStringLiteral("deliveriesView"));
    QVERIFY(deliveries);
    scrolled.start();
    deliveries->verticalScrollBar()->setValue(deliveries->verticalScrollBar()->maximum());
    QTRY_VERIFY_WITH_TIMEOUT(tab.deliveriesModel()->rowCount() > tab.deliveriesModel()->pageSize(),
                             30000);
    qInfo("scroll: next page of deliveries after %lld ms", scrolled.elapsed());

    // Filtered as the user does it: a state, then a recipient substring typed;
    // timed from the filter the bar announces after its pause.
    QElapsedTimer filtered;
    qint64 filteredMessagesAt = -1;
    qint64 filteredDeliveriesAt = -1;
    connect(tab.filterBar(), &HistoryFilterBar::filterChanged, this,
            [&](const HistoryFilter &filter) {
                if (filter.state && !filter.recipient.isEmpty())
                    filtered.start();
            });
    connect(tab.messagesModel(), &MessageHistoryModel::loaded, this, [&] {
        if (filtered.isValid() && filteredMessagesAt < 0 && tab.messagesModel()->rowCount() > 0)
            filteredMessagesAt = filtered.elapsed();
    });
    connect(tab.deliveriesModel(), &DeliveryHistoryModel::loaded, this, [&] {
        if (filtered.isValid() && filteredDeliveriesAt < 0 &&
            tab.deliveriesModel()->rowCount() > 0 &&
            !tab.deliveriesModel()->filter().recipient.isEmpty())
            filteredDeliveriesAt = filtered.elapsed();
    });
    auto *state = tab.findChild<QComboBox *>(QStringLiteral("stateBox"));
    auto *recipient = tab.findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
    QVERIFY(state && recipient);
    state->setCurrentIndex(state->findData(DeliveryStates::name(DeliveryState::Failed)));
    QTest::keyClicks(recipient, QStringLiteral("pc12"));
    QTRY_VERIFY_WITH_TIMEOUT(filteredMessagesAt >= 0 && filteredDeliveriesAt >= 0, 60000);
    qInfo("filter state=failed, recipient ~ 'pc12': first page of messages after %lld ms,"
          " their deliveries after %lld ms",
          filteredMessagesAt, filteredDeliveriesAt);
    QVERIFY(tab.messagesModel()->status().isSuccess());
    QVERIFY(tab.messagesModel()->rowCount() > 0);
    QVERIFY(tab.deliveriesModel()->rowCount() > 0);
    for (int row = 0; row < tab.deliveriesModel()->rowCount(); ++row) {
        const DeliveryRecord &record = tab.deliveriesModel()->at(row);
        QCOMPARE(record.state, DeliveryState::Failed);
        QVERIFY2(record.recipient.contains(QLatin1String("PC12")), qPrintable(record.recipient));
    }
    saveScreenshot(&tab, QStringLiteral("history-million"));
}

QTEST_MAIN(tst_HistoryWidgetLarge)
#include "tst_historywidgetlarge.moc"
