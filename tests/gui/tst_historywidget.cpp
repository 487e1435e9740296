#include "guihistorysupport.h"
#include "history/deliveryhistorymodel.h"
#include "history/historyfilterbar.h"
#include "history/historywidget.h"
#include "history/messagehistorymodel.h"
#include "historyfixture.h"
#include "mainwindow/mainwindow.h"
#include "testconsole.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// The history tab over a generated history of 40 messages x 100 deliveries:
// the first message's deliveries on opening, the filter bar as typed into,
// export of everything the filter selects, and the errors it reports.
class tst_HistoryWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<Outcome>(); }
    void opensOnTheNewestMessageAndItsDeliveries();
    void typingFiltersOnceTheUserPauses();
    void dateFieldsStartAtAny();
    void transportMayBeOneThisSystemLacks();
    void exportsEverythingTheFilterSelects_data();
    void exportsEverythingTheFilterSelects();
    void cancelledExportLeavesNoFile();
    void exportErrorIsReported();
    void readErrorIsShown();
    void screenshot();

private:
    static void generate(const QString &path)
    {
        HistoryFixtureShape shape;
        shape.messages = 40;
        shape.deliveriesPerMessage = 100;
        shape.distinctRecipients = 60;
        const Outcome generated = HistoryFixture::generate(path, shape);
        QVERIFY2(generated.isSuccess(), qPrintable(generated.toString()));
    }
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    static void chooseState(QWidget *tab, DeliveryState state)
    {
        auto *box = child<QComboBox>(tab, "stateBox");
        box->setCurrentIndex(box->findData(DeliveryStates::name(state)));
    }
    static void waitUntilShown(HistoryWidget &tab)
    {
        QTRY_VERIFY(tab.messagesModel()->hasLoaded() && !tab.messagesModel()->isLoading());
        QTRY_VERIFY(tab.deliveriesModel()->hasLoaded() && !tab.deliveriesModel()->isLoading());
    }
};

void tst_HistoryWidget::opensOnTheNewestMessageAndItsDeliveries()
{
    TestConsole console({generate});
    HistoryWidget tab(*console.context);
    waitUntilShown(tab);
    QCOMPARE(tab.messagesModel()->rowCount(), 40);
    QCOMPARE(tab.deliveriesModel()->messageId(), qint64(40));
    QCOMPARE(tab.deliveriesModel()->rowCount(), 100);
    auto *label = child<QLabel>(&tab, "deliveriesLabel");
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QTRY_VERIFY2(label->text().endsWith(QLatin1String("): 100")), qPrintable(label->text()));
    // A result recorded now (a job still under way) joins the rows and the count.
    QVERIFY(awaited(console.context->history()->recordDeliveries(
                        {testDelivery(40, QStringLiteral("LATE"), DeliveryState::Delivered)}))
                .outcome.isSuccess());
    QTRY_COMPARE(tab.deliveriesModel()->rowCount(), 101);
    QTRY_VERIFY2(label->text().endsWith(QLatin1String("): 101")), qPrintable(label->text()));
    // Another message, its deliveries.
    auto *messages = child<QTableView>(&tab, "messagesView");
    messages->setCurrentIndex(tab.messagesModel()->index(5, 0));
    QTRY_COMPARE(tab.deliveriesModel()->messageId(), qint64(35));
    QTRY_COMPARE(tab.deliveriesModel()->rowCount(), 100);
}

void tst_HistoryWidget::typingFiltersOnceTheUserPauses()
{
    TestConsole console({generate});
    HistoryWidget tab(*console.context);
    tab.show();
    waitUntilShown(tab);
    QSignalSpy reset(tab.messagesModel(), &QAbstractItemModel::modelReset);
    auto *recipient = child<QLineEdit>(&tab, "recipientEdit");
    QTest::keyClicks(recipient, QStringLiteral("srv0011"));
    QCOMPARE(reset.size(), 0); // not a read per key
    QTRY_COMPARE(reset.size(), 1);
    waitUntilShown(tab);
    QCOMPARE(tab.messagesModel()->filter().recipient, QStringLiteral("srv0011"));
    const int expected =
        rawHistoryValue(console.historyPath(),
                        QStringLiteral("SELECT COUNT(DISTINCT message_id) FROM deliveries"
                                       " WHERE recipient = 'SRV0011'"))
            .toInt();
    QVERIFY(expected > 0 && expected < 40);
    QCOMPARE(tab.messagesModel()->rowCount(), expected);
    for (int row = 0; row < tab.deliveriesModel()->rowCount(); ++row)
        QCOMPARE(tab.deliveriesModel()->at(row).recipient, QStringLiteral("SRV0011"));
    QVERIFY(tab.deliveriesModel()->rowCount() > 0);

    chooseState(&tab, DeliveryState::Delivered);
    QTRY_COMPARE(reset.size(), 2);
    waitUntilShown(tab);
    QCOMPARE(tab.messagesModel()->filter().state, std::optional(DeliveryState::Delivered));
    for (int row = 0; row < tab.deliveriesModel()->rowCount(); ++row)
        QCOMPARE(tab.deliveriesModel()->at(row).state, DeliveryState::Delivered);

    QTest::mouseClick(child<QPushButton>(&tab, "clearButton"), Qt::LeftButton);
    QTRY_COMPARE(reset.size(), 3);
    waitUntilShown(tab);
    QCOMPARE(tab.messagesModel()->rowCount(), 40);
    QCOMPARE(recipient->text(), QString());
}

void tst_HistoryWidget::dateFieldsStartAtAny()
{
    HistoryFilterBar bar;
    auto *from = child<QDateEdit>(&bar, "fromEdit");
    auto *to = child<QDateEdit>(&bar, "toEdit");
    QCOMPARE(from->text(), QStringLiteral("any"));
    QCOMPARE(to->text(), QStringLiteral("any"));
    QVERIFY(!bar.filter().from.isValid());
    QVERIFY(!bar.filter().to.isValid());
    from->setDate(QDate(2024, 1, 2));
    to->setDate(QDate(2024, 1, 2));
    // The day shown is included, in local time.
    QCOMPARE(bar.filter().from, QDate(2024, 1, 2).startOfDay());
    QCOMPARE(bar.filter().to, QDate(2024, 1, 3).startOfDay());
}

// The history may name a transport this system has no plugin for.
void tst_HistoryWidget::transportMayBeOneThisSystemLacks()
{
    HistoryFilterBar bar;
    bar.setTransports({QStringLiteral("loopback")});
    auto *box = child<QComboBox>(&bar, "transportBox");
    QCOMPARE(box->currentText(), QStringLiteral("any"));
    QCOMPARE(bar.filter().transport, QString());
    box->setCurrentIndex(1);
    QCOMPARE(bar.filter().transport, QStringLiteral("loopback"));
    box->setCurrentText(QStringLiteral("netapi32"));
    QCOMPARE(bar.filter().transport, QStringLiteral("netapi32"));
    bar.clear();
    QCOMPARE(bar.filter().transport, QString());
    QCOMPARE(box->currentText(), QStringLiteral("any"));
}

void tst_HistoryWidget::exportsEverythingTheFilterSelects_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << QStringLiteral("delivered.csv");
    QTest::newRow("json") << QStringLiteral("delivered.json");
}

void tst_HistoryWidget::exportsEverythingTheFilterSelects()
{
    QFETCH(QString, fileName);
    TestConsole console({generate});
    HistoryWidget tab(*console.context);
    tab.show();
    waitUntilShown(tab);
    chooseState(&tab, DeliveryState::Delivered);
    QTRY_COMPARE(tab.messagesModel()->filter().state, std::optional(DeliveryState::Delivered));
    const qint64 expected =
        rawHistoryValue(console.historyPath(), QStringLiteral("SELECT COUNT(*) FROM deliveries"
                                                              " WHERE state = 'delivered'"))
            .toLongLong();
    QVERIFY(expected > 2000);
    const QString file = console.filePath(fileName);
    QSignalSpy exported(&tab, &HistoryWidget::exported);
    FileDialog::setNextFileName(file);
    QTest::keyClick(&tab, Qt::Key_E, Qt::ControlModifier);
    if (exported.isEmpty() && !tab.isExporting())
        tab.exportHistory(); // the shortcut needs an active window
    QVERIFY(tab.isExporting());
    auto *progress = child<QProgressBar>(&tab, "exportProgress");
    QVERIFY(progress->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    const Outcome outcome = exported.at(0).at(1).value<Outcome>();
    QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString()));
    QCOMPARE(exported.at(0).at(2).toLongLong(), expected);
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(progress->maximum() > 0);

    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray data = written.readAll();
    if (fileName.endsWith(QLatin1String(".csv"))) {
        const QList<QByteArray> lines = data.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("messageId,sentAt,sender,text,recipient,state"));
        QCOMPARE(lines.size() - 1, expected);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(",delivered,0,"), lines.at(i).constData());
    } else {
        QJsonParseError error;
        const QJsonArray messages = QJsonDocument::fromJson(data, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(messages.size(), 40);
        qint64 rows = 0;
        for (const QJsonValue &message : messages) {
            const QJsonArray deliveries =
                message.toObject().value(QLatin1String("deliveries")).toArray();
            rows += deliveries.size();
            for (const QJsonValue &delivery : deliveries)
                QCOMPARE(delivery.toObject().value(QLatin1String("state")).toString(),
                         QStringLiteral("delivered"));
        }
        QCOMPARE(rows, expected);
    }
}

void tst_HistoryWidget::cancelledExportLeavesNoFile()
{
    TestConsole console({generate});
    HistoryWidget tab(*console.context);
    waitUntilShown(tab);
    const QString file = console.filePath(QStringLiteral("all.csv"));
    QSignalSpy exported(&tab, &HistoryWidget::exported);
    FileDialog::setNextFileName(file);
    tab.exportHistory();
    QVERIFY(tab.isExporting());
    QTest::mouseClick(child<QPushButton>(&tab, "cancelExportButton"), Qt::LeftButton);
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(1).value<Outcome>().code(), quint32(Code::Cancelled));
    QVERIFY(!tab.isExporting());
    QTest::qWait(100);
    QVERIFY(!QFile::exists(file));
    QVERIFY(child<QLabel>(&tab, "statusLabel")->text().contains(QLatin1String("cancelled")));
}

void tst_HistoryWidget::exportErrorIsReported()
{
    TestConsole console({generate});
    HistoryWidget tab(*console.context);
    waitUntilShown(tab);
    QSignalSpy exported(&tab, &HistoryWidget::exported);
    FileDialog::setNextFileName(console.filePath(QStringLiteral("no/such/folder/out.json")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int shown = MessageBox::shownCount();
    tab.exportHistory();
    QTRY_COMPARE(exported.size(), 1);
    QVERIFY(!exported.at(0).at(1).value<Outcome>().isSuccess());
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QVERIFY2(MessageBox::lastText().startsWith(QLatin1String("Cannot export to")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!child<QProgressBar>(&tab, "exportProgress")->isVisible());
}

void tst_HistoryWidget::readErrorIsShown()
{
    TestConsole console({[](const QString &path) {
        QVERIFY(damageHistory(path));
    }});
    HistoryWidget tab(*console.context);
    QTRY_VERIFY(tab.messagesModel()->hasLoaded());
    const QString status = child<QLabel>(&tab, "statusLabel")->text();
    QVERIFY2(status.startsWith(QLatin1String("Cannot read the history:")), qPrintable(status));
}

void tst_HistoryWidget::screenshot()
{
    if (qEnvironmentVariableIsEmpty("NETMSG_SCREENSHOT_DIR"))
        QSKIP("NETMSG_SCREENSHOT_DIR names where to save it");
    TestConsole console({generate});
    MainWindow window(*console.context);
    window.showTab(window.history());
    HistoryWidget &tab = *window.history();
    waitUntilShown(tab);
    saveScreenshot(&window, QStringLiteral("history"));
    chooseState(&tab, DeliveryState::Failed);
    QTest::keyClicks(child<QLineEdit>(&tab, "recipientEdit"), QStringLiteral("srv"));
    QTRY_COMPARE(tab.messagesModel()->filter().recipient, QStringLiteral("srv"));
    waitUntilShown(tab);
    saveScreenshot(&window, QStringLiteral("history-filtered"));
}

QTEST_MAIN(tst_HistoryWidget)
#include "tst_historywidget.moc"
