#include "deliverypage.h"
#include "ui_deliverypage.h"

#include <QStyle>

#include <cmath>

namespace netmsg::gui {

DeliveryPage::DeliveryPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeliveryPage>())
{
    m_ui->setupUi(this);
    alignFieldWidths();
}

// One width for every box, the widest one's, so that the column reads as one.
void DeliveryPage::alignFieldWidths()
{
    const std::initializer_list<QAbstractSpinBox *> boxes{m_ui->concurrencyBox, m_ui->timeoutBox,
                                                          m_ui->retriesBox, m_ui->confirmBox,
                                                          m_ui->maxTextBox};
    int width = 0;
    for (QAbstractSpinBox *box : boxes) {
        box->setMinimumWidth(0);
        width = qMax(width, box->sizeHint().width());
    }
    for (QAbstractSpinBox *box : boxes)
        box->setMinimumWidth(width);
}

DeliveryPage::~DeliveryPage() = default;

QString DeliveryPage::title() const
{
    return tr("Delivery");
}

QIcon DeliveryPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("mail-send"),
                            style()->standardIcon(QStyle::SP_ArrowForward));
}

void DeliveryPage::load(const Settings &settings)
{
    m_ui->concurrencyBox->setValue(settings.concurrency());
    m_ui->timeoutBox->setValue(settings.timeoutMs() / 1000.0);
    m_ui->retriesBox->setValue(settings.retries());
    m_ui->confirmBox->setValue(settings.confirmRecipients());
    m_ui->maxTextBox->setValue(settings.maxTextCharacters());
}

void DeliveryPage::save(Settings &settings)
{
    settings.setConcurrency(m_ui->concurrencyBox->value());
    settings.setTimeoutMs(int(std::lround(m_ui->timeoutBox->value() * 1000.0)));
    settings.setRetries(m_ui->retriesBox->value());
    settings.setConfirmRecipients(m_ui->confirmBox->value());
    settings.setMaxTextCharacters(m_ui->maxTextBox->value());
}

// The spin boxes hold only what Settings accepts; a half-typed value is
// still refused by name.
Outcome DeliveryPage::validate()
{
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{
             m_ui->concurrencyBox, m_ui->timeoutBox, m_ui->retriesBox, m_ui->confirmBox,
             m_ui->maxTextBox}) {
        if (!box->hasAcceptableInput()) {
            box->setFocus();
            return Outcome(Code::InvalidParameter,
                           tr("%1: '%2' is not a value from the range offered")
                               .arg(box->accessibleName(), box->text()));
        }
    }
    return Outcome::success();
}

void DeliveryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        alignFieldWidths();
    }
    QWidget::changeEvent(event);
}

} // namespace netmsg::gui
