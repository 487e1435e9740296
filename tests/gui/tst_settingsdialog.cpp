#include "consolecontext.h"
#include "mainwindow/mainwindow.h"
#include "settings/generalpage.h"
#include "settings/languagepage.h"
#include "settings/receiverpage.h"
#include "settings/routemodel.h"
#include "settings/settingsdialog.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// The settings dialog on a real Settings file (NETMSG_HOME in a temporary
// folder) and the real main window: every page shows the settings and
// writes them back, Apply applies them to the console, input a page refuses
// is named and saves nothing at all, and a new language retranslates the
// open window at once.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void pagesLoadTheSettings();
    void pagesSaveTheSettings();
    void badInputIsRefusedAndNothingSaved_data();
    void badInputIsRefusedAndNothingSaved();
    void okClosesOnlyWhenEverythingIsGood();
    void cancelSavesNothing();
    void languageSwitchRetranslatesTheOpenWindow();
    void codePageReachesTheTransport();
    void geometryIsRemembered();
    void settingsActionOpensTheDialog();

private:
    template <typename Widget> Widget *field(const char *name) const
    {
        auto *widget = m_dialog->findChild<Widget *>(QLatin1String(name));
        if (!widget)
            qWarning() << "no field" << name;
        return widget;
    }
    // A Settings object of its own on the same file: what another program
    // would read.
    static std::unique_ptr<Settings> reread() { return std::make_unique<Settings>(); }
    void setKnownSettings();

    QTemporaryDir m_home;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    SettingsDialog *m_dialog = nullptr;
};

void tst_SettingsDialog::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_home.isValid());
    qputenv("NETMSG_HOME", m_home.path().toLocal8Bit());
    m_context = std::make_unique<ConsoleContext>();
    m_context->settings().setReceiverEnabled(false);
    m_context->settings().setRoute({"loopback"});
    QVERIFY(m_context->start().isSuccess());
    QVERIFY2(m_context->registry().contains("loopback"), "the loopback plugin is not found");
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SettingsDialog::init()
{
    setKnownSettings();
    m_dialog = new SettingsDialog(*m_context, m_window.get());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}

void tst_SettingsDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

void tst_SettingsDialog::cleanupTestCase()
{
    // Reads are answered in order: once this one is, no continuation of an
    // earlier one (compose's, the window's) is left to find its context gone.
    if (HistoryStore *history = m_context->history())
        history->unreadCount().waitForFinished();
    m_window.reset();
    m_context.reset();
    Translations::uninstall();
}

void tst_SettingsDialog::setKnownSettings()
{
    Settings &settings = m_context->settings();
    settings.setRoute({"loopback"});
    settings.setSenderName("OPS1");
    settings.setCodePage("CP437");
    settings.setConcurrency(4);
    settings.setTimeoutMs(2500);
    settings.setRetries(2);
    settings.setConfirmRecipients(5);
    settings.setMaxTextCharacters(1000);
    settings.setReceiverEnabled(false);
    settings.setListenerAddress("0.0.0.0");
    settings.setListenerPort(2139);
    settings.setLanguage("");
    settings.setNotifications(false);
    settings.raw().sync();
    m_context->applySettings();
}

void tst_SettingsDialog::pagesLoadTheSettings()
{
    QCOMPARE(m_dialog->pageCount(), 5);
    auto *general = m_dialog->page<GeneralPage>();
    QVERIFY(general);
    RouteModel *route = general->routeModel();
    QAbstractItemModelTester tester(route, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(route->route(), QStringList{"loopback"});
    // Every transport the registry knows, each saying whether it works here.
    QCOMPARE(route->rowCount(), int(m_context->registry().transports().size()));
    QCOMPARE(route->data(route->index(0, RouteModel::TransportColumn), RouteModel::IdRole),
             "loopback");
    QCOMPARE(route->data(route->index(0, RouteModel::AvailabilityColumn)).toString(), "available");
    QCOMPARE(field<QLineEdit>("senderEdit")->text(), "OPS1");
    QCOMPARE(field<QComboBox>("codePageBox")->currentText(), "CP437");
    QCOMPARE(field<QSpinBox>("concurrencyBox")->value(), 4);
    QCOMPARE(field<QDoubleSpinBox>("timeoutBox")->value(), 2.5);
    QCOMPARE(field<QSpinBox>("retriesBox")->value(), 2);
    QCOMPARE(field<QSpinBox>("confirmBox")->value(), 5);
    QCOMPARE(field<QSpinBox>("maxTextBox")->value(), 1000);
    QVERIFY(!field<QCheckBox>("enabledCheck")->isChecked());
    QCOMPARE(field<QLineEdit>("addressEdit")->text(), "0.0.0.0");
    QCOMPARE(field<QLineEdit>("portEdit")->text(), "2139");
    QCOMPARE(m_dialog->page<LanguagePage>()->language(), QString());
    QVERIFY(!field<QCheckBox>("notificationsCheck")->isChecked());
}

void tst_SettingsDialog::pagesSaveTheSettings()
{
    auto *general = m_dialog->page<GeneralPage>();
    RouteModel *route = general->routeModel();
    QVERIFY(route->rowCount() >= 2); // loopback and winpopup
    const QString second = route->data(route->index(1, 0), RouteModel::IdRole).toString();
    QVERIFY(route->setData(route->index(1, 0), Qt::Checked, Qt::CheckStateRole));
    general->selectTransport(1);
    general->moveSelected(-1);
    QCOMPARE(route->route(), QStringList({second, "loopback"}));
    field<QLineEdit>("senderEdit")->setText("ADMIN");
    field<QComboBox>("codePageBox")->setCurrentText("CP866");
    field<QSpinBox>("concurrencyBox")->setValue(16);
    field<QDoubleSpinBox>("timeoutBox")->setValue(7.5);
    field<QSpinBox>("retriesBox")->setValue(3);
    field<QSpinBox>("confirmBox")->setValue(50);
    field<QSpinBox>("maxTextBox")->setValue(2000);
    field<QLineEdit>("addressEdit")->setText("::1");
    field<QLineEdit>("portEdit")->setText("3139");
    field<QCheckBox>("notificationsCheck")->setChecked(true);

    QSignalSpy routeChanged(m_context.get(), &ConsoleContext::routeChanged);
    QVERIFY(m_dialog->apply().isSuccess());
    QVERIFY(m_dialog->problem().isEmpty());
    QCOMPARE(routeChanged.size(), 1); // applySettings() ran
    QCOMPARE(m_context->routeIds(), QStringList({second, "loopback"}));

    const auto saved = reread();
    QCOMPARE(saved->route(), QStringList({second, "loopback"}));
    QCOMPARE(saved->senderName(), "ADMIN");
    QCOMPARE(saved->codePage(), "CP866");
    QCOMPARE(saved->concurrency(), 16);
    QCOMPARE(saved->timeoutMs(), 7500);
    QCOMPARE(saved->retries(), 3);
    QCOMPARE(saved->confirmRecipients(), 50);
    QCOMPARE(saved->maxTextCharacters(), 2000);
    QVERIFY(!saved->receiverEnabled());
    // Off, the receiver's address and port cannot be edited and stay.
    QCOMPARE(saved->listenerAddress(), "0.0.0.0");
    QCOMPARE(saved->listenerPort(), quint16(2139));
    QVERIFY(saved->notifications());

    // The receiver follows Apply: on, it runs (loopback receives in-process).
    m_context->settings().setRoute({"loopback"});
    m_dialog->load();
    field<QCheckBox>("enabledCheck")->setChecked(true);
    field<QLineEdit>("addressEdit")->setText("::1");
    field<QLineEdit>("portEdit")->setText("3139");
    QVERIFY(m_dialog->apply().isSuccess());
    QVERIFY(reread()->receiverEnabled());
    QCOMPARE(reread()->listenerAddress(), "::1");
    QCOMPARE(reread()->listenerPort(), quint16(3139));
    QVERIFY(m_context->isReceiving());
    field<QCheckBox>("enabledCheck")->setChecked(false);
    QVERIFY(m_dialog->apply().isSuccess());
    QVERIFY(!m_context->isReceiving());
}

void tst_SettingsDialog::badInputIsRefusedAndNothingSaved_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("problem");
    QTest::newRow("sender with ?")
        << "senderEdit"
        << "BAD?NAME" << 0
        << "Sender name: the sender name 'BAD?NAME' has the character '?' at position 4, "
           "which is not allowed in a name";
    QTest::newRow("sender too long")
        << "senderEdit"
        << "ABCDEFGHIJKLMNOPQ" << 0
        << "Sender name: the sender name 'ABCDEFGHIJKLMNOPQ' is 17 characters long; the limit "
           "is 15";
    QTest::newRow("empty sender") << "senderEdit"
                                  << "" << 0 << "Sender name: the sender name is empty";
    QTest::newRow("port 0") << "portEdit"
                            << "0" << 2 << "Receiver port: '0' is not a number from 1 to 65535";
    QTest::newRow("port 70000") << "portEdit"
                                << "70000" << 2
                                << "Receiver port: '70000' is not a number from 1 to 65535";
    QTest::newRow("port text") << "portEdit"
                               << "http" << 2
                               << "Receiver port: 'http' is not a number from 1 to 65535";
    QTest::newRow("address") << "addressEdit"
                             << "my-host" << 2
                             << "Receiver address: 'my-host' is not an IP address (for example "
                                "127.0.0.1, 0.0.0.0 or ::)";
}

void tst_SettingsDialog::badInputIsRefusedAndNothingSaved()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, value);
    QFETCH(int, page);
    QFETCH(QString, problem);
    // A good change on another page is not saved either.
    field<QSpinBox>("concurrencyBox")->setValue(99);
    field<QCheckBox>("notificationsCheck")->setChecked(true);
    m_dialog->showPage(4);
    field<QCheckBox>("enabledCheck")->setChecked(true); // else address and port are fixed
    QLineEdit *edit = field<QLineEdit>(qPrintable(fieldName));
    edit->setText(value);
    const QByteArray before = [] {
        QFile ini(QDir(qEnvironmentVariable("NETMSG_HOME")).filePath("netmsg.ini"));
        return ini.open(QIODevice::ReadOnly) ? ini.readAll() : QByteArray();
    }();

    const Outcome applied = m_dialog->apply();
    QVERIFY(!applied.isSuccess());
    QCOMPARE(applied.detail(), problem);
    QCOMPARE(m_dialog->problem(), problem);
    QCOMPARE(m_dialog->currentPage(), page); // the page at fault is shown
    QCOMPARE(m_dialog->focusWidget(), edit);

    const auto saved = reread();
    QCOMPARE(saved->senderName(), "OPS1");
    QCOMPARE(saved->listenerPort(), quint16(2139));
    QCOMPARE(saved->listenerAddress(), "0.0.0.0");
    QCOMPARE(saved->concurrency(), 4);
    QVERIFY(!saved->notifications());
    QVERIFY(!saved->receiverEnabled());
    QFile ini(QDir(qEnvironmentVariable("NETMSG_HOME")).filePath("netmsg.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QCOMPARE(ini.readAll(), before);
}

void tst_SettingsDialog::okClosesOnlyWhenEverythingIsGood()
{
    QVERIFY(m_dialog->page<GeneralPage>()->routeModel()->setData(
        m_dialog->page<GeneralPage>()->routeModel()->index(0, 0), Qt::Unchecked,
        Qt::CheckStateRole));
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->problem(), "Default route: check at least one transport to send through.");
    QCOMPARE(reread()->route(), QStringList{"loopback"});
    QVERIFY(m_dialog->page<GeneralPage>()->routeModel()->setData(
        m_dialog->page<GeneralPage>()->routeModel()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    field<QSpinBox>("retriesBox")->setValue(5);
    m_dialog->accept();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(reread()->retries(), 5);
}

void tst_SettingsDialog::cancelSavesNothing()
{
    field<QSpinBox>("retriesBox")->setValue(7);
    field<QLineEdit>("senderEdit")->setText("OTHER");
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(reread()->retries(), 2);
    QCOMPARE(reread()->senderName(), "OPS1");
}

void tst_SettingsDialog::languageSwitchRetranslatesTheOpenWindow()
{
    auto *tools = m_window->findChild<QMenu *>("menuTools");
    QVERIFY(tools);
    QCOMPARE(tools->title(), "&Tools");
    auto *tabs = m_window->findChild<QTabWidget *>("tabs");
    QCOMPARE(tabs->tabText(tabs->count() - 1), "Address &Book");

    QVERIFY(m_dialog->page<LanguagePage>()->setLanguage("de"));
    QVERIFY(m_dialog->apply().isSuccess());
    QCOMPARE(reread()->language(), "de");
    QTRY_COMPARE(tools->title(), "E&xtras");
    QCOMPARE(tabs->tabText(tabs->count() - 1), "Adress&buch");
    QTRY_COMPARE(m_dialog->windowTitle(), "Einstellungen"); // the dialog itself too
    QCOMPARE(m_dialog->page<LanguagePage>()->language(), "de");

    QVERIFY(m_dialog->page<LanguagePage>()->setLanguage("en"));
    QVERIFY(m_dialog->apply().isSuccess());
    QTRY_COMPARE(tools->title(), "&Tools");
    QCOMPARE(tabs->tabText(tabs->count() - 1), "Address &Book");
    QCOMPARE(m_dialog->windowTitle(), "Settings");
}

void tst_SettingsDialog::geometryIsRemembered()
{
    // Larger than the dialog's smallest size on every platform (fonts differ,
    // and Qt would grow a smaller size back to its minimum).
    const QSize wanted = m_dialog->minimumSizeHint().expandedTo(m_dialog->size()) + QSize(41, 29);
    m_dialog->resize(wanted);
    m_dialog->reject();
    auto *again = new SettingsDialog(*m_context, m_window.get());
    again->setAttribute(Qt::WA_DeleteOnClose);
    again->open();
    QCOMPARE(again->size(), wanted);
    again->reject();
}

void tst_SettingsDialog::settingsActionOpensTheDialog()
{
    m_dialog->reject();
    auto *action = m_window->findChild<QAction *>("actionSettings");
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    SettingsDialog *opened = nullptr;
    for (auto *dialog : m_window->findChildren<SettingsDialog *>()) {
        if (dialog->isVisible())
            opened = dialog;
    }
    QVERIFY(opened);
    QVERIFY(opened->isModal() || opened->windowModality() != Qt::NonModal);
    opened->reject();
}

// The code page the settings give (set, or the language's when unset) is
// the one the transports that speak a code page use.
void tst_SettingsDialog::codePageReachesTheTransport()
{
    Settings &settings = m_context->settings();
    IMessageTransport *winpopup = m_context->registry().transport(QStringLiteral("winpopup"));
    QVERIFY2(winpopup, "the winpopup plugin is not found");
    settings.raw().remove(QStringLiteral("codePage"));
    settings.setLanguage(QStringLiteral("ru"));
    m_context->applySettings();
    QCOMPARE(winpopup->limits().wireEncoding, QStringLiteral("CP866"));
    settings.setLanguage(QStringLiteral("pl"));
    m_context->applySettings();
    QCOMPARE(winpopup->limits().wireEncoding, QStringLiteral("CP852"));
    settings.setCodePage(QStringLiteral("CP850"));
    m_context->applySettings();
    QCOMPARE(winpopup->limits().wireEncoding, QStringLiteral("CP850"));
    settings.setLanguage(QString());
    setKnownSettings();
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
