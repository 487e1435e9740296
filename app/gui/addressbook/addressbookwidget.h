#pragma once

#include "outcome.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QStringListModel;

namespace Ui {
class AddressBookWidget;
}

namespace netmsg::gui {

class AddressBook;
class ConsoleContext;
class ContactsModel;
class GroupsModel;
class MembersModel;

// The address book tab: contacts (name, address, note) on the left, editable
// in place or through ContactDialog; groups and the selected group's ordered
// members on the right. Import shows every row of a CSV file before it saves
// the accepted ones; export writes the contacts with their groups. Every
// edit is checked and written by the AddressBook; what it refuses is said in
// the status line.
class AddressBookWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AddressBookWidget(ConsoleContext &context, QWidget *parent = nullptr);
    ~AddressBookWidget() override;

    AddressBook *book() const { return m_book; }
    ContactsModel *contactsModel() const { return m_contacts; }
    GroupsModel *groupsModel() const { return m_groups; }
    MembersModel *membersModel() const { return m_members; }
    QString statusText() const;
    // The group whose members are shown (empty for none).
    QString selectedGroup() const;
    void selectGroup(const QString &name);

public Q_SLOTS:
    void newContact();
    void editContact();
    void deleteContacts();
    void importContacts();
    void exportContacts();
    void addGroup();
    void removeGroup();
    void addMember();
    void removeMember();
    void moveMemberUp();
    void moveMemberDown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void createShortcuts();
    void showProblem(const Outcome &outcome);
    void showInfo(const QString &text);
    void updateButtons();
    void updateMembersLabel();
    void updateCompletions();
    void followGroups();
    QList<int> selectedContactRows() const;
    int selectedMemberRow() const;
    void moveMember(int offset);

    std::unique_ptr<Ui::AddressBookWidget> m_ui;
    ConsoleContext &m_context;
    AddressBook *m_book;
    ContactsModel *m_contacts;
    GroupsModel *m_groups;
    MembersModel *m_members;
    QSortFilterProxyModel *m_contactsFilter;
    QStringListModel *m_completions;
    QString m_pendingGroup; // to select once a re-read brings it
};

} // namespace netmsg::gui
