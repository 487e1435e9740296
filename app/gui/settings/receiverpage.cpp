#include "receiverpage.h"
#include "ui_receiverpage.h"

#include "consolecontext.h"

#include <QHostAddress>
#include <QStyle>

namespace netmsg::gui {

ReceiverPage::ReceiverPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReceiverPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    connect(m_ui->enabledCheck, &QCheckBox::toggled, m_ui->addressEdit, &QWidget::setEnabled);
    connect(m_ui->enabledCheck, &QCheckBox::toggled, m_ui->portEdit, &QWidget::setEnabled);
    connect(&m_context, &ConsoleContext::receiverChanged, this, &ReceiverPage::updateStatus);
    updateStatus();
}

ReceiverPage::~ReceiverPage() = default;

QString ReceiverPage::title() const
{
    return tr("Receiver");
}

QIcon ReceiverPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-receive"),
                            style()->standardIcon(QStyle::SP_DriveNetIcon));
}

void ReceiverPage::load(const Settings &settings)
{
    m_ui->enabledCheck->setChecked(settings.receiverEnabled());
    m_ui->addressEdit->setEnabled(settings.receiverEnabled());
    m_ui->portEdit->setEnabled(settings.receiverEnabled());
    m_ui->addressEdit->setText(settings.listenerAddress());
    m_ui->portEdit->setText(QString::number(settings.listenerPort()));
}

// Off, the address and port cannot be edited and stay as they were.
void ReceiverPage::save(Settings &settings)
{
    settings.setReceiverEnabled(m_ui->enabledCheck->isChecked());
    if (!m_ui->enabledCheck->isChecked())
        return;
    settings.setListenerAddress(m_ui->addressEdit->text().trimmed());
    settings.setListenerPort(quint16(m_ui->portEdit->text().trimmed().toUInt()));
}

Outcome ReceiverPage::validate()
{
    if (!m_ui->enabledCheck->isChecked())
        return Outcome::success();
    const QString address = m_ui->addressEdit->text().trimmed();
    if (QHostAddress(address).isNull()) {
        m_ui->addressEdit->setFocus();
        m_ui->addressEdit->selectAll();
        return Outcome(Code::InvalidParameter,
                       tr("Receiver address: '%1' is not an IP address (for example 127.0.0.1, "
                          "0.0.0.0 or ::)")
                           .arg(address));
    }
    bool isNumber = false;
    const QString portText = m_ui->portEdit->text().trimmed();
    const uint port = portText.toUInt(&isNumber);
    if (!isNumber || port < 1 || port > 65535) {
        m_ui->portEdit->setFocus();
        m_ui->portEdit->selectAll();
        return Outcome(Code::InvalidParameter,
                       tr("Receiver port: '%1' is not a number from 1 to 65535").arg(portText));
    }
    return Outcome::success();
}

void ReceiverPage::updateStatus()
{
    if (m_context.isReceiving())
        m_ui->statusLabel->setText(tr("Now: %1.").arg(m_context.receiverDescription()));
    else if (!m_context.receiverOutcome().isSuccess())
        m_ui->statusLabel->setText(
            tr("Now: not receiving (%1).").arg(m_context.receiverOutcome().toString()));
    else
        m_ui->statusLabel->setText(tr("Now: not receiving."));
}

void ReceiverPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        updateStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace netmsg::gui
