#include "historyfilterbar.h"
#include "ui_historyfilterbar.h"

#include <QCalendarWidget>

namespace netmsg::gui {

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryFilterBar>())
{
    m_ui->setupUi(this);
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit}) {
        edit->setMinimumDate(anyDate());
        edit->setDate(anyDate());
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // The calendar opens on this month, not on the "any" day.
        edit->calendarWidget()->installEventFilter(this);
        connect(edit, &QDateEdit::dateChanged, &m_debounce, qOverload<>(&QTimer::start));
    }
    // Editable: a history may name transports this system does not have.
    m_ui->transportBox->setEditable(true);
    m_ui->transportBox->setInsertPolicy(QComboBox::NoInsert);
    m_ui->transportBox->addItem(QString());
    fillStates();
    retranslate();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });
    for (QLineEdit *edit : {m_ui->recipientEdit, m_ui->textEdit})
        connect(edit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->stateBox, &QComboBox::currentIndexChanged, &m_debounce,
            qOverload<>(&QTimer::start));
    connect(m_ui->transportBox, &QComboBox::currentTextChanged, &m_debounce,
            qOverload<>(&QTimer::start));
    connect(m_ui->clearButton, &QPushButton::clicked, this, &HistoryFilterBar::clear);
}

HistoryFilterBar::~HistoryFilterBar() = default;

QDate HistoryFilterBar::anyDate()
{
    return QDate(2000, 1, 1);
}

void HistoryFilterBar::fillStates()
{
    m_ui->stateBox->addItem(QString(), QString());
    for (DeliveryState state : {DeliveryState::Delivered, DeliveryState::Failed,
                                DeliveryState::Unconfirmed, DeliveryState::Pending})
        m_ui->stateBox->addItem(QString(), DeliveryStates::name(state));
}

void HistoryFilterBar::retranslate()
{
    for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit})
        edit->setSpecialValueText(tr("any"));
    m_ui->stateBox->setItemText(0, tr("any"));
    for (int i = 1; i < m_ui->stateBox->count(); ++i) {
        const auto state = DeliveryStates::fromName(m_ui->stateBox->itemData(i).toString());
        m_ui->stateBox->setItemText(i, state ? DeliveryStates::displayName(*state) : QString());
    }
    m_ui->transportBox->setItemText(0, tr("any"));
    m_ui->recipientEdit->setPlaceholderText(tr("name contains…"));
    m_ui->textEdit->setPlaceholderText(tr("message contains…"));
}

void HistoryFilterBar::setTransports(const QStringList &ids)
{
    const QString current = m_ui->transportBox->currentText();
    const QSignalBlocker blocker(m_ui->transportBox);
    while (m_ui->transportBox->count() > 1)
        m_ui->transportBox->removeItem(1);
    m_ui->transportBox->addItems(ids);
    m_ui->transportBox->setCurrentText(current);
}

HistoryFilter HistoryFilterBar::filter() const
{
    HistoryFilter filter;
    if (m_ui->fromEdit->date() != anyDate())
        filter.from = m_ui->fromEdit->date().startOfDay();
    // Up to the end of the day shown: the filter's end is exclusive.
    if (m_ui->toEdit->date() != anyDate())
        filter.to = m_ui->toEdit->date().addDays(1).startOfDay();
    filter.recipient = m_ui->recipientEdit->text().trimmed();
    filter.text = m_ui->textEdit->text();
    filter.state = DeliveryStates::fromName(m_ui->stateBox->currentData().toString());
    const QString transport = m_ui->transportBox->currentText().trimmed();
    if (transport != m_ui->transportBox->itemText(0))
        filter.transport = transport;
    return filter;
}

void HistoryFilterBar::clear()
{
    {
        const QSignalBlocker from(m_ui->fromEdit);
        const QSignalBlocker to(m_ui->toEdit);
        const QSignalBlocker recipient(m_ui->recipientEdit);
        const QSignalBlocker text(m_ui->textEdit);
        const QSignalBlocker state(m_ui->stateBox);
        const QSignalBlocker transport(m_ui->transportBox);
        m_ui->fromEdit->setDate(anyDate());
        m_ui->toEdit->setDate(anyDate());
        m_ui->recipientEdit->clear();
        m_ui->textEdit->clear();
        m_ui->stateBox->setCurrentIndex(0);
        m_ui->transportBox->setCurrentIndex(0);
        m_ui->transportBox->setCurrentText(m_ui->transportBox->itemText(0));
    }
    m_debounce.stop();
    emit filterChanged(filter());
}

void HistoryFilterBar::focusRecipient()
{
    m_ui->recipientEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->recipientEdit->selectAll();
}

bool HistoryFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : {m_ui->fromEdit, m_ui->toEdit}) {
            if (watched == edit->calendarWidget() && edit->date() == anyDate()) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace netmsg::gui
