#pragma once

#include "historystore.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ContactDialog;
}

namespace netmsg::gui {

class AddressBook;

// Adds a contact or edits one: name, address and note, checked as they are
// typed (AddressBook::checkContact) with the reason shown, so that OK only
// ever hands back a contact the book accepts.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    ContactDialog(const AddressBook &book, const std::optional<Contact> &editing,
                  QWidget *parent = nullptr);
    ~ContactDialog() override;

    Contact contact() const;
    void setContact(const Contact &contact);
    // The name the contact had (empty when it is new).
    QString originalName() const;
    Outcome check() const;
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateProblem();

    std::unique_ptr<Ui::ContactDialog> m_ui;
    const AddressBook &m_book;
    std::optional<Contact> m_editing;
};

} // namespace netmsg::gui
