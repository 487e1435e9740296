#include "screenshots.h"

#include "widgets/clippedtext.h"

#include "addressbook/addressbookwidget.h"
#include "addressbook/importdialog.h"
#include "aliases/aliaseswidget.h"
#include "aliases/aliasservers.h"
#include "compose/composewidget.h"
#include "compose/dryrundialog.h"
#include "compose/preflightdialog.h"
#include "consolecontext.h"
#include "delivery/deliverywidget.h"
#include "history/historywidget.h"
#include "history/messagehistorymodel.h"
#include "inbox/inboxwidget.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsdialog.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFont>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>

namespace netmsg::gui {

namespace {

const QSize windowSize(1100, 720);

// Runs the event loop until `done` or `ms` passed.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

template <typename T> bool settle(QFuture<T> future)
{
    return waitFor([&future] { return future.isFinished(); }, 10000);
}

const QStringList demoAliases{
    QStringLiteral("OPS"),       QStringLiteral("HELPDESK"), QStringLiteral("BACKUP"),
    QStringLiteral("PRINTROOM"), QStringLiteral("ACCT01"),   QStringLiteral("ACCT02"),
    QStringLiteral("ACCT03"),    QStringLiteral("LAB01"),    QStringLiteral("LAB02"),
    QStringLiteral("LAB03"),     QStringLiteral("LAB04"),    QStringLiteral("NIGHTSHIFT")};

} // namespace

std::unique_ptr<QTemporaryDir> Screenshots::prepareHome()
{
    auto home = std::make_unique<QTemporaryDir>();
    qputenv("NETMSG_HOME", home->path().toLocal8Bit());
    QSettings settings(QDir(home->path()).filePath(QStringLiteral("netmsg.ini")),
                       QSettings::IniFormat);
    // The Windows fallback chain as it looks on this system, loopback last so
    // that the demo delivers; faults make every state show.
    settings.setValue(QStringLiteral("route"), QStringLiteral("netapi32,wts,loopback"));
    settings.setValue(QStringLiteral("senderName"), QStringLiteral("ALICE"));
    settings.setValue(QStringLiteral("timeoutMs"), 600);
    settings.setValue(QStringLiteral("confirmRecipients"), 100);
    settings.setValue(QStringLiteral("transport/loopback/latencyMs"), 40);
    settings.setValue(QStringLiteral("transport/loopback/localName"), QStringLiteral("DESK7"));
    settings.setValue(QStringLiteral("transport/loopback/failNames"),
                      QStringLiteral("ACCT03=5;LAB03=2136"));
    settings.setValue(QStringLiteral("transport/loopback/stallNames"), QStringLiteral("LAB04"));
    settings.setValue(QStringLiteral("transport/loopback/offlineServers"),
                      QStringLiteral("BRANCH"));
    return home;
}

void Screenshots::fixLook()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    QApplication::setFont(font);
}

Screenshots::Screenshots(ConsoleContext &context, MainWindow &window, QString folder)
    : m_context(context)
    , m_window(window)
    , m_folder(std::move(folder))
{}

bool Screenshots::fillHistory()
{
    HistoryStore *history = m_context.history();
    if (!history)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Earlier
    {
        int daysAgo;
        QString text;
        QStringList recipients;
        QList<DeliveryState> states;
    };
    const QList<Earlier> earlier{
        {6,
         QStringLiteral("The file server restarts at 22:00. Please save your work."),
         {QStringLiteral("OPS"), QStringLiteral("HELPDESK"), QStringLiteral("ACCT01"),
          QStringLiteral("ACCT02")},
         {DeliveryState::Delivered, DeliveryState::Delivered, DeliveryState::Delivered,
          DeliveryState::Failed}},
        {4,
         QStringLiteral("Printer on floor 2 is out of toner."),
         {QStringLiteral("PRINTROOM"), QStringLiteral("HELPDESK")},
         {DeliveryState::Delivered, DeliveryState::Delivered}},
        {2,
         QStringLiteral("Night shift: backup job BK-17 failed, please check."),
         {QStringLiteral("NIGHTSHIFT"), QStringLiteral("BACKUP"), QStringLiteral("OPS")},
         {DeliveryState::Unconfirmed, DeliveryState::Delivered, DeliveryState::Delivered}},
        {1,
         QStringLiteral("Lab machines get their updates tonight."),
         {QStringLiteral("LAB01"), QStringLiteral("LAB02"), QStringLiteral("LAB03")},
         {DeliveryState::Delivered, DeliveryState::Failed, DeliveryState::Delivered}},
    };
    for (const Earlier &message : earlier) {
        SentMessageRecord record;
        record.createdAt = now.addDays(-message.daysAgo);
        record.transport = QStringLiteral("netapi32,wts,loopback");
        record.server = QStringLiteral("HQ");
        record.sender = QStringLiteral("ALICE");
        record.text = message.text;
        record.recipientCount = int(message.recipients.size());
        QFuture<HistoryWrite> written = history->recordMessage(record);
        if (!settle(written) || !written.result().outcome.isSuccess())
            return false;
        QList<DeliveryRecord> deliveries;
        for (int i = 0; i < message.recipients.size(); ++i) {
            DeliveryRecord delivery;
            delivery.messageId = written.result().id;
            delivery.recipient = message.recipients.at(i);
            delivery.state = message.states.at(i);
            delivery.code = delivery.state == DeliveryState::Delivered ? 0
                            : delivery.state == DeliveryState::Failed  ? 2273
                                                                       : 1460;
            delivery.transport = QStringLiteral("loopback");
            delivery.route = {
                RouteStep{QStringLiteral("loopback"), delivery.code, delivery.state, {}, false}};
            delivery.attempts = 1;
            delivery.partsSent = delivery.state == DeliveryState::Failed ? 0 : 1;
            delivery.elapsedMs = 40 + 7 * i;
            delivery.finishedAt = record.createdAt.addSecs(1);
            deliveries.append(delivery);
        }
        if (!settle(history->recordDeliveries(deliveries)))
            return false;
    }
    struct Received
    {
        qint64 minutesAgo;
        QString sender;
        QString peer;
        QString alias;
        QString text;
    };
    const QList<Received> received{
        {300, QStringLiteral("BOB"), QStringLiteral("10.0.4.21"), QStringLiteral("ALICE"),
         QStringLiteral("Coffee machine is fixed.")},
        {180, QStringLiteral("HELPDESK"), QStringLiteral("10.0.1.5"), QStringLiteral("OPS"),
         QStringLiteral("Ticket 4711 closed: VPN works again.")},
        {95, QStringLiteral("SERVER01"), QStringLiteral("10.0.0.10"), QStringLiteral("OPS"),
         QStringLiteral("Disk D: on SERVER01 is 92% full.")},
        {40, QStringLiteral("CAROL"), QStringLiteral("10.0.4.33"), QStringLiteral("ALICE"),
         QStringLiteral("Can you reset my password?\nThe old one expired this morning.")},
        {12, QStringLiteral("MALLORY"), QStringLiteral("192.168.7.66"), QStringLiteral("ALICE"),
         QStringLiteral("<img src=x onerror=alert(1)> <b>click here</b>")},
        {3, QStringLiteral("SERVER01"), QStringLiteral("10.0.0.10"), QStringLiteral("OPS"),
         QStringLiteral("Backup BK-17 finished after a retry.")},
    };
    for (const Received &message : received) {
        const ReceivedMessage entry{now.addSecs(-60 * message.minutesAgo),
                                    QStringLiteral("winpopup"),
                                    message.sender,
                                    message.alias,
                                    message.text,
                                    message.peer};
        QFuture<HistoryWrite> written = history->recordReceived(entry);
        if (!settle(written))
            return false;
        if (message.minutesAgo > 60)
            settle(history->markRead(written.result().id));
    }
    const QList<Contact> contacts{
        {QStringLiteral("Bob Jones"), QStringLiteral("BOB"), QStringLiteral("Accounting")},
        {QStringLiteral("Carol Smith"), QStringLiteral("CAROL"), QStringLiteral("Front desk")},
        {QStringLiteral("Helpdesk"), QStringLiteral("HELPDESK"), QStringLiteral("Tickets")},
        {QStringLiteral("Operations"), QStringLiteral("OPS"), QString()},
        {QStringLiteral("Server room"), QStringLiteral("SERVER01@10.0.0.10:139"),
         QStringLiteral("Samba 4.17")},
    };
    for (const Contact &contact : contacts)
        settle(history->saveContact(contact));
    settle(history->saveGroup(
        QStringLiteral("accounting"),
        {QStringLiteral("ACCT01"), QStringLiteral("ACCT02"), QStringLiteral("ACCT03")}));
    settle(history->saveGroup(QStringLiteral("lab"),
                              {QStringLiteral("LAB01"), QStringLiteral("LAB02"),
                               QStringLiteral("LAB03"), QStringLiteral("LAB04")}));
    return true;
}

// The demo's aliases on the loopback network's HQ server.
bool Screenshots::addHqAliases(const QStringList &aliases)
{
    IMessageTransport *loopback = m_context.registry().transport(QStringLiteral("loopback"));
    if (!loopback)
        return false;
    for (const QString &alias : aliases) {
        if (!settle(loopback->addAlias(QStringLiteral("HQ"), alias)))
            return false;
    }
    return true;
}

bool Screenshots::sendDemo()
{
    if (!addHqAliases(demoAliases))
        return false;
    ComposeWidget *compose = m_window.compose();
    compose->findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(QStringLiteral("HQ"));
    compose->setRecipients(QStringLiteral("OPS, HELPDESK, BACKUP, PRINTROOM, @accounting, @lab, "
                                          "NIGHTSHIFT, VISITOR"));
    compose->setMessageText(QStringLiteral(
        "The mail server restarts at 18:00 for updates. Please save your work. {sender}"));
    if (!waitFor([compose] { return compose->isValid(); }, 5000))
        return false;
    compose->send();
    DeliveryWidget *delivery = m_window.delivery();
    return waitFor([delivery] { return !delivery->isRunning(); }, 20000);
}

bool Screenshots::shoot(const QString &name, QWidget *widget)
{
    QApplication::processEvents();
    waitFor([] { return false; }, 300); // let models, charts and timers settle
    if (m_checkClipping) {
        for (const QString &text : clippedTexts(widget))
            m_clipped.append(name + QStringLiteral(": ") + text);
    }
    const QString file = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(file)) {
        m_failed.append(name);
        return false;
    }
    ++m_saved;
    return true;
}

bool Screenshots::shootTab(const QString &name, QWidget *tab)
{
    if (!tab) {
        m_failed.append(name);
        return false;
    }
    m_window.showTab(tab);
    return shoot(name, &m_window);
}

bool Screenshots::shootDialog(const QString &name, const std::function<QWidget *()> &open)
{
    QWidget *dialog = open();
    if (!dialog) {
        m_failed.append(name);
        return false;
    }
    waitFor([dialog] { return dialog->isVisible(); }, 2000);
    const bool saved = shoot(name, dialog);
    dialog->close();
    return saved;
}

bool Screenshots::addAliasServers()
{
    auto *servers = m_window.aliases()->findChild<AliasServers *>();
    if (!servers)
        return false;
    for (const QString &server : {QStringLiteral("HQ"), QStringLiteral("BRANCH")})
        servers->addServer(server, QStringLiteral("loopback"));
    servers->refreshAll();
    return true;
}

bool Screenshots::shootResume()
{
    HistoryStore *history = m_context.history();
    if (!history)
        return false;
    const QStringList names{QStringLiteral("FLOOR1"), QStringLiteral("FLOOR2"),
                            QStringLiteral("FLOOR3"), QStringLiteral("FLOOR4"),
                            QStringLiteral("FLOOR5"), QStringLiteral("FLOOR6"),
                            QStringLiteral("FLOOR7"), QStringLiteral("FLOOR8")};
    if (!addHqAliases(names))
        return false;
    SentMessageRecord record;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.transport = QStringLiteral("loopback");
    record.server = QStringLiteral("HQ");
    record.sender = QStringLiteral("ALICE");
    record.text = QStringLiteral("Fire drill at 11:00: leave by the stairs.");
    record.recipientCount = int(names.size());
    record.recipients = names;
    QFuture<HistoryWrite> written = history->recordMessage(record);
    if (!settle(written) || !written.result().outcome.isSuccess())
        return false;
    const qint64 id = written.result().id;
    // FLOOR1-3 done and FLOOR4-5 under way when the sender was killed.
    QFuture<HistoryWrite> marked = history->markStarted(id, {0, 1, 2, 3, 4});
    if (!settle(marked) || !marked.result().outcome.isSuccess())
        return false;
    QList<DeliveryRecord> deliveries;
    for (int i = 0; i < 3; ++i) {
        DeliveryRecord delivery;
        delivery.messageId = id;
        delivery.recipient = names.at(i);
        delivery.state = DeliveryState::Delivered;
        delivery.transport = QStringLiteral("loopback");
        delivery.route = {RouteStep{QStringLiteral("loopback"), 0, delivery.state, {}, false}};
        delivery.attempts = 1;
        delivery.partsSent = 1;
        delivery.elapsedMs = 30 + 4 * i;
        delivery.finishedAt = record.createdAt;
        delivery.position = i;
        deliveries.append(delivery);
    }
    if (!settle(history->recordDeliveries(deliveries)))
        return false;
    HistoryWidget *tab = m_window.history();
    m_window.showTab(tab);
    auto *resume = tab->findChild<QPushButton *>(QStringLiteral("resumeButton"));
    if (!resume || !waitFor([tab, id] { return tab->messagesModel()->rowOf(id) >= 0; }, 5000))
        return false;
    tab->showMessage(id);
    if (!waitFor([resume] { return resume->isVisible() && resume->isEnabled(); }, 5000) ||
        !shootTab(QStringLiteral("history-resume"), tab))
        return false;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    resume->click();
    DeliveryWidget *delivery = m_window.delivery();
    if (!waitFor([delivery] { return delivery->isRunning(); }, 5000) ||
        !waitFor([delivery] { return !delivery->isRunning(); }, 20000))
        return false;
    return shootTab(QStringLiteral("delivery-resumed"), delivery);
}

void Screenshots::shootDialogs()
{
    ComposeWidget *compose = m_window.compose();
    shootDialog(QStringLiteral("dry-run"), [compose]() -> QWidget * {
        compose->setRecipients(QStringLiteral("OPS, HELPDESK, @lab"));
        compose->dryRun();
        waitFor([compose] { return compose->findChild<DryRunDialog *>() != nullptr; }, 5000);
        return compose->findChild<DryRunDialog *>();
    });
    shootDialog(QStringLiteral("preflight"), [compose]() -> QWidget * {
        // A port nothing listens on: connection refused.
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        const quint16 port = closed.serverPort();
        closed.close();
        compose->setRecipients(
            QStringLiteral("OPS@HQ, HELPDESK@HQ, VISITOR@HQ, LAB01@BRANCH, PC7@127.0.0.1:%1")
                .arg(port));
        compose->preflight();
        waitFor([compose] { return compose->findChild<PreflightDialog *>() != nullptr; }, 5000);
        auto *dialog = compose->findChild<PreflightDialog *>();
        if (dialog)
            waitFor([dialog] { return !dialog->isRunning(); }, 10000);
        return dialog;
    });
    const auto openFromMenu = [this](const char *action) -> QWidget * {
        m_window.findChild<QAction *>(QLatin1String(action))->trigger();
        return QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                 : m_window.findChildren<QDialog *>().value(0);
    };
    auto *settingsAction = m_window.findChild<QAction *>(QStringLiteral("actionSettings"));
    settingsAction->trigger();
    if (auto *dialog = m_window.findChild<SettingsDialog *>()) {
        waitFor([dialog] { return dialog->isVisible(); }, 2000);
        const QStringList pages{
            QStringLiteral("settings-general"), QStringLiteral("settings-delivery"),
            QStringLiteral("settings-receiver"), QStringLiteral("settings-language"),
            QStringLiteral("settings-notifications")};
        for (int i = 0; i < pages.size(); ++i) {
            dialog->showPage(i);
            shoot(pages.at(i), dialog);
        }
        dialog->close();
    } else {
        m_failed.append(QStringLiteral("settings"));
    }
    shootDialog(QStringLiteral("about"), [&] { return openFromMenu("actionAbout"); });
    shootDialog(QStringLiteral("templates"), [&] { return openFromMenu("actionTemplates"); });
    shootDialog(QStringLiteral("address-import"), [this]() -> QWidget * {
        const QString file = QDir(m_folder).filePath(QStringLiteral("import.csv"));
        QFile csv(file);
        if (!csv.open(QIODevice::WriteOnly))
            return nullptr;
        csv.write("name,address,note\n"
                  "Dave Miller,DAVE,Warehouse\n"
                  "Erin,OP?S,typo in the name\n"
                  ",FRANK,no name\n"
                  "Grace Hopper,GRACE@10.0.5.9:139,Lab\n"
                  "Bob Jones,BOB,replaces the existing Bob\n");
        csv.close();
        FileDialog::setNextFileName(file);
        m_window.addressBook()->importContacts();
        QWidget *dialog = m_window.addressBook()->findChild<ImportDialog *>();
        QFile::remove(file);
        return dialog;
    });
}

int Screenshots::run()
{
    MessageBox::setUnattended(true);
    QDir().mkpath(m_folder);
    m_window.resize(windowSize);
    if (!fillHistory())
        m_failed.append(QStringLiteral("history demo data"));
    if (!sendDemo())
        m_failed.append(QStringLiteral("demo delivery"));
    shootTab(QStringLiteral("delivery"), m_window.delivery());
    if (!addAliasServers())
        m_failed.append(QStringLiteral("alias servers"));
    shootTab(QStringLiteral("aliases"), m_window.aliases());
    m_window.showTab(m_window.inbox());
    m_window.inbox()->openMessage(0);
    shootTab(QStringLiteral("inbox"), m_window.inbox());
    shootTab(QStringLiteral("history"), m_window.history());
    if (!shootResume())
        m_failed.append(QStringLiteral("resume"));
    shootTab(QStringLiteral("address-book"), m_window.addressBook());
    // Compose again, with one bad entry, so that the shot shows how it is marked.
    ComposeWidget *compose = m_window.compose();
    compose->setRecipients(QStringLiteral("OPS, HELPDESK, OP?S, @lab"));
    compose->setMessageText(QStringLiteral("Wartung heute um 22:00 Uhr. Bitte abmelden. {sender}"));
    waitFor([compose] { return !compose->problem().isEmpty(); }, 5000);
    shootTab(QStringLiteral("compose"), compose);
    shootDialogs();
    QTextStream(stdout)
        << QStringLiteral("saved %1 screenshot(s) in %2\n").arg(m_saved).arg(m_folder);
    if (!m_failed.isEmpty())
        QTextStream(stderr) << QStringLiteral("netmsg-console: could not take: %1\n")
                                   .arg(m_failed.join(QStringLiteral(", ")));
    return m_failed.isEmpty() ? 0 : 1;
}

} // namespace netmsg::gui
