#include "notificationspage.h"
#include "ui_notificationspage.h"

#include <QStyle>

namespace netmsg::gui {

NotificationsPage::NotificationsPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NotificationsPage>())
{
    m_ui->setupUi(this);
}

NotificationsPage::~NotificationsPage() = default;

QString NotificationsPage::title() const
{
    return tr("Notifications");
}

QIcon NotificationsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-desktop-notification"),
                            style()->standardIcon(QStyle::SP_MessageBoxInformation));
}

void NotificationsPage::load(const Settings &settings)
{
    m_ui->notificationsCheck->setChecked(settings.notifications());
}

void NotificationsPage::save(Settings &settings)
{
    settings.setNotifications(m_ui->notificationsCheck->isChecked());
}

Outcome NotificationsPage::validate()
{
    return Outcome::success();
}

void NotificationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace netmsg::gui
