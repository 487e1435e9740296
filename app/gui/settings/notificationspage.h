#pragma once

#include "settings/isettingspage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class NotificationsPage;
}

namespace netmsg::gui {

// Settings > Notifications: whether received messages are announced while
// the window is not in front (Notifier).
class NotificationsPage : public QWidget, public ISettingsPage
{
    Q_OBJECT
public:
    explicit NotificationsPage(QWidget *parent = nullptr);
    ~NotificationsPage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override { return this; }
    void load(const Settings &settings) override;
    void save(Settings &settings) override;
    Outcome validate() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::NotificationsPage> m_ui;
};

} // namespace netmsg::gui
