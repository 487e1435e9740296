#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace netmsg::gui {

class AddressBookWidget;
class AliasesWidget;
class ComposeWidget;
class ConsoleContext;
class DeliveryWidget;
class HistoryWidget;
class InboxWidget;
class Notifier;

// The console's window: one tab per feature, the status bar (receiver,
// route, unread count, database) and the menus. It wires the tabs together
// (compose hands a send to the delivery tab, the inbox answers through
// compose) and keeps its geometry; every feature lives in its own folder.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    ComposeWidget *compose() const { return m_compose; }
    DeliveryWidget *delivery() const { return m_delivery; }
    AliasesWidget *aliases() const { return m_aliases; }
    InboxWidget *inbox() const { return m_inbox; }
    HistoryWidget *history() const { return m_history; }
    AddressBookWidget *addressBook() const { return m_addressBook; }
    Notifier *notifier() const { return m_notifier; }
    void showTab(QWidget *tab);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createTabs();
    // The tabs in the order they are shown.
    QList<QWidget *> tabs() const;
    void connectNotifier();
    void createActions();
    void retranslate();
    void updateStatus();
    void updateUnread();
    void updateActions();
    void showSettings();
    void showAbout();
    void showTemplates();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConsoleContext &m_context;
    ComposeWidget *m_compose = nullptr;
    DeliveryWidget *m_delivery = nullptr;
    AliasesWidget *m_aliases = nullptr;
    InboxWidget *m_inbox = nullptr;
    HistoryWidget *m_history = nullptr;
    AddressBookWidget *m_addressBook = nullptr;
    Notifier *m_notifier = nullptr;
    QLabel *m_receiverLabel = nullptr;
    QLabel *m_routeLabel = nullptr;
    QLabel *m_unreadLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    int m_unread = 0;
};

} // namespace netmsg::gui
