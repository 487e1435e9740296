#pragma once

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class InboxWidget;
}

namespace netmsg::gui {

class ConsoleContext;
class InboxModel;

// The inbox tab: the received messages (InboxModel: newest first, paged,
// live) and the selected one in full below them, every word of the peer's as
// plain text. Selecting a message marks it read; Reply hands its claimed
// sender and the address it came from to compose.
class InboxWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InboxWidget(ConsoleContext &context, QWidget *parent = nullptr);
    ~InboxWidget() override;

    InboxModel *model() const { return m_model; }
    // The message shown, or 0.
    qint64 currentId() const;
    // Selects and shows a message (0: the newest), reading what it takes to
    // find it: the newest rows if it just arrived, older pages if it is old.
    void openMessage(qint64 inboxId);

public Q_SLOTS:
    void reply();
    void markSelected(bool read);

Q_SIGNALS:
    void replyRequested(const QString &sender, const QString &peerAddress);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpView();
    void createActions();
    void currentChanged();
    void showMessage(int row);
    void openPending();
    void select(int row);
    void updateStatus();
    void updateActions();
    QList<qint64> selectedIds() const;

    std::unique_ptr<Ui::InboxWidget> m_ui;
    ConsoleContext &m_context;
    InboxModel *m_model;
    QAction *m_replyAction = nullptr;
    QAction *m_markReadAction = nullptr;
    QAction *m_markUnreadAction = nullptr;
    qint64 m_pendingOpen = -1; // an openMessage() still looking for its row
    bool m_pendingRefreshed = false;
    QString m_writeError;
};

} // namespace netmsg::gui
