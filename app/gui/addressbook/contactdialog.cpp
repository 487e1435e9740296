#include "contactdialog.h"
#include "ui_contactdialog.h"

#include "addressbook/addressbook.h"
#include "widgets/statecolors.h"

#include <QPushButton>

namespace netmsg::gui {

ContactDialog::ContactDialog(const AddressBook &book, const std::optional<Contact> &editing,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_book(book)
    , m_editing(editing)
{
    m_ui->setupUi(this);
    QPalette problemPalette = m_ui->problemLabel->palette();
    problemPalette.setColor(QPalette::WindowText, StateColors(palette()).invalidInput());
    m_ui->problemLabel->setPalette(problemPalette);
    if (m_editing)
        setContact(*m_editing);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->addressEdit, m_ui->noteEdit})
        connect(edit, &QLineEdit::textChanged, this, &ContactDialog::updateProblem);
    retranslate();
}

ContactDialog::~ContactDialog() = default;

Contact ContactDialog::contact() const
{
    return {m_ui->nameEdit->text().trimmed(), m_ui->addressEdit->text().trimmed(),
            m_ui->noteEdit->text().trimmed()};
}

void ContactDialog::setContact(const Contact &contact)
{
    m_ui->nameEdit->setText(contact.name);
    m_ui->addressEdit->setText(contact.address);
    m_ui->noteEdit->setText(contact.note);
}

QString ContactDialog::originalName() const
{
    return m_editing ? m_editing->name : QString();
}

Outcome ContactDialog::check() const
{
    return m_book.checkContact(contact(), originalName());
}

QString ContactDialog::problem() const
{
    return m_ui->problemLabel->text();
}

void ContactDialog::updateProblem()
{
    const Outcome outcome = check();
    m_ui->problemLabel->setText(outcome.isSuccess()          ? QString()
                                : outcome.detail().isEmpty() ? outcome.description()
                                                             : outcome.detail());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(outcome.isSuccess());
}

void ContactDialog::accept()
{
    updateProblem();
    if (!check().isSuccess()) {
        const bool nameIsWrong = !AddressBook::checkContactName(contact().name).isSuccess() ||
                                 AddressBook::checkAddress(contact().address).isSuccess();
        (nameIsWrong ? m_ui->nameEdit : m_ui->addressEdit)->setFocus();
        return;
    }
    QDialog::accept();
}

void ContactDialog::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(m_editing ? tr("Edit Contact") : tr("New Contact"));
    updateProblem();
}

void ContactDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace netmsg::gui
