#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "addressbook/addressbookwidget.h"
#include "aliases/aliaseswidget.h"
#include "compose/composewidget.h"
#include "consolecontext.h"
#include "delivery/deliverywidget.h"
#include "history/historywidget.h"
#include "inbox/inboxwidget.h"
#include "settings/aboutdialog.h"
#include "settings/settingsdialog.h"
#include "templates/templatesdialog.h"
#include "widgets/notifier.h"
#include "widgets/whenfinished.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

namespace netmsg::gui {

MainWindow::MainWindow(ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setCentralWidget(m_ui->tabs);
    createTabs();
    createActions();

    for (QLabel **label : {&m_receiverLabel, &m_routeLabel, &m_unreadLabel, &m_databaseLabel}) {
        *label = new QLabel(this);
        (*label)->setTextFormat(Qt::PlainText);
    }
    m_receiverLabel->setObjectName(QStringLiteral("receiverStatus"));
    m_routeLabel->setObjectName(QStringLiteral("routeStatus"));
    m_unreadLabel->setObjectName(QStringLiteral("unreadStatus"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addWidget(m_receiverLabel, 1);
    statusBar()->addPermanentWidget(m_routeLabel);
    statusBar()->addPermanentWidget(m_unreadLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    m_notifier = new Notifier(this, this);
    m_notifier->setEnabled(m_context.settings().notifications());
    connectNotifier();
    connect(&m_context, &ConsoleContext::receiverChanged, this, &MainWindow::updateStatus);
    connect(&m_context, &ConsoleContext::routeChanged, this, &MainWindow::updateStatus);
    if (HistoryStore *history = m_context.history()) {
        connect(history, &HistoryStore::changed, this, [this](HistoryStore::Tables tables) {
            if (tables.testFlag(HistoryStore::Table::Inbox))
                updateUnread();
        });
    }

    QSettings &settings = m_context.settings().raw();
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    retranslate();
    updateStatus();
    updateUnread();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createTabs()
{
    m_compose = new ComposeWidget(m_context, this);
    m_delivery = new DeliveryWidget(m_context, this);
    m_aliases = new AliasesWidget(m_context, this);
    m_inbox = new InboxWidget(m_context, this);
    m_history = new HistoryWidget(m_context, this);
    m_addressBook = new AddressBookWidget(m_context, this);
    for (QWidget *tab : tabs())
        m_ui->tabs->addTab(tab, QString());

    connect(m_compose, &ComposeWidget::sendRequested, this, [this](const SendRequest &request) {
        m_delivery->run(request);
        showTab(m_delivery);
    });
    connect(m_compose, &ComposeWidget::validityChanged, this, &MainWindow::updateActions);
    connect(m_delivery, &DeliveryWidget::runningChanged, this, &MainWindow::updateActions);
    connect(m_delivery, &DeliveryWidget::runningChanged, m_history,
            &HistoryWidget::setDeliveryRunning);
    connect(m_history, &HistoryWidget::resumeRequested, this, [this](qint64 messageId) {
        showTab(m_delivery);
        m_delivery->resume(messageId);
    });
    connect(m_inbox, &InboxWidget::replyRequested, this,
            [this](const QString &sender, const QString &peerAddress) {
                m_compose->replyTo(sender, peerAddress);
                showTab(m_compose);
            });
}

QList<QWidget *> MainWindow::tabs() const
{
    return {m_compose, m_delivery, m_aliases, m_inbox, m_history, m_addressBook};
}

void MainWindow::connectNotifier()
{
    connect(&m_context, &ConsoleContext::messageStored, m_notifier,
            [this](qint64 inboxId, const ReceivedMessage &message) {
                m_notifier->messageArrived(inboxId, message.sender, message.text);
            });
    connect(m_notifier, &Notifier::activated, this, [this](qint64 inboxId) {
        showTab(m_inbox);
        m_inbox->openMessage(inboxId);
    });
}

void MainWindow::createActions()
{
    m_ui->actionSend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->actionDryRun->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_ui->actionPreflight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_ui->actionCancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_ui->actionRetryFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionSettings->setShortcut(QKeySequence::Preferences);
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    connect(m_ui->actionSend, &QAction::triggered, m_compose, &ComposeWidget::send);
    connect(m_ui->actionDryRun, &QAction::triggered, m_compose, &ComposeWidget::dryRun);
    connect(m_ui->actionPreflight, &QAction::triggered, m_compose, &ComposeWidget::preflight);
    connect(m_ui->actionCancel, &QAction::triggered, m_delivery, &DeliveryWidget::cancel);
    connect(m_ui->actionRetryFailed, &QAction::triggered, m_delivery,
            [this] { m_delivery->retryFailed(false); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionTemplates, &QAction::triggered, this, &MainWindow::showTemplates);
    // Ctrl+1 ... one per tab, in the View menu.
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        auto *action = m_ui->menuView->addAction(QString());
        action->setObjectName(QStringLiteral("actionShowTab%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_ui->tabs->setCurrentIndex(i); });
    }
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    const QStringList titles{tr("&Compose"), tr("&Delivery"), tr("&Aliases"),
                             tr("&Inbox"),   tr("&History"),  tr("Address &Book")};
    const QList<QWidget *> order = tabs();
    for (int i = 0; i < order.size(); ++i) {
        const int index = m_ui->tabs->indexOf(order.at(i));
        m_ui->tabs->setTabText(index, titles.at(i));
        if (QAction *action =
                findChild<QAction *>(QStringLiteral("actionShowTab%1").arg(index + 1)))
            action->setText(QString(titles.at(i)).remove(QLatin1Char('&')));
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (m_context.isReceiving())
        m_receiverLabel->setText(m_context.receiverDescription());
    else if (!m_context.settings().receiverEnabled())
        m_receiverLabel->setText(tr("receiver off (Settings)"));
    else
        m_receiverLabel->setText(
            tr("not receiving: %1").arg(m_context.receiverOutcome().toString()));
    QStringList usable;
    for (const RouteEntry &entry : m_context.route()) {
        if (entry.isUsable())
            usable.append(entry.id);
    }
    m_routeLabel->setText(usable.isEmpty()
                              ? tr("no transport available")
                              : tr("route: %1").arg(usable.join(QStringLiteral(" → "))));
    m_routeLabel->setToolTip(
        tr("the route from the settings: %1").arg(m_context.routeIds().join(QStringLiteral(", "))));
    m_unreadLabel->setText(tr("%n unread", nullptr, m_unread));
    if (m_context.history())
        m_databaseLabel->setText(tr("history: SQLite"));
    else
        m_databaseLabel->setText(tr("no history: %1").arg(m_context.historyOutcome().toString()));
    if (HistoryStore *history = m_context.history())
        m_databaseLabel->setToolTip(history->path());
}

void MainWindow::updateUnread()
{
    HistoryStore *history = m_context.history();
    if (!history)
        return;
    whenFinished(this, history->unreadCount(), [this](const HistoryRead<int> &read) {
        if (read.outcome.isSuccess())
            m_unread = read.rows;
        m_unreadLabel->setText(read.outcome.isSuccess()
                                   ? tr("%n unread", nullptr, m_unread)
                                   : tr("unread: %1").arg(read.outcome.toString()));
    });
}

void MainWindow::updateActions()
{
    const bool running = m_delivery->isRunning();
    m_ui->actionSend->setEnabled(!running);
    m_ui->actionCancel->setEnabled(running);
    m_ui->actionRetryFailed->setEnabled(!running && m_delivery->hasFailed());
}

void MainWindow::showTab(QWidget *tab)
{
    m_ui->tabs->setCurrentWidget(tab);
}

// The dialogs open with open(), never exec(): the window keeps running (a
// delivery, the receiver) and a test never blocks on them.
void MainWindow::showSettings()
{
    for (auto *open : findChildren<SettingsDialog *>()) {
        if (open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this] {
        m_notifier->setEnabled(m_context.settings().notifications());
        updateStatus();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showTemplates()
{
    auto *dialog = new TemplatesDialog(m_context.settings().raw(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplatesDialog::saved, m_compose, &ComposeWidget::reloadTemplates);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings &settings = m_context.settings().raw();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace netmsg::gui
