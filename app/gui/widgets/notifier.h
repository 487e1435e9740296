#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace netmsg::gui {

// Tells the user about received messages when the window is hidden or not
// active: one notification per burst ("12 new messages"), through the tray
// when the desktop has one (QSystemTrayIcon), else QApplication::alert().
// A peer's words only ever reach the body, without their markup characters
// (a notification server may read markup there); the title is ours.
class Notifier : public QObject
{
    Q_OBJECT
public:
    Notifier(QWidget *window, QObject *parent = nullptr);
    ~Notifier() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    // One more message; notified after a short pause that gathers a burst.
    void messageArrived(qint64 inboxId, const QString &sender, const QString &text);

    // For tests and the status bar: what the last notification said.
    int notificationCount() const { return m_count; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastBody() const { return m_lastBody; }
    // As if the user clicked the last notification.
    void activate();

Q_SIGNALS:
    // The user clicked the notification: open this message (the newest of a burst).
    void activated(qint64 inboxId);

private:
    void flush();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_burst;
    bool m_enabled = true;
    int m_pending = 0;
    qint64 m_newestId = 0;
    qint64 m_shownId = 0;
    QString m_firstSender;
    QString m_firstText;
    int m_count = 0;
    QString m_lastTitle;
    QString m_lastBody;
};

} // namespace netmsg::gui
