#pragma once

#include "historystore.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

namespace netmsg::gui {

struct ImportRow;

// The address book as the console edits it: the HistoryStore's contacts and
// groups, read again whenever the store says they changed (by this console
// or by another process), and every edit checked here before it is written
// through the store's asynchronous writes. The address book tab's models are
// views over it. Names of contacts and groups compare without case, as the
// store does.
class AddressBook : public QObject
{
    Q_OBJECT
public:
    explicit AddressBook(HistoryStore *store, QObject *parent = nullptr);
    ~AddressBook() override;

    bool hasStore() const { return m_store != nullptr; }
    // Reads contacts and groups again; contactsChanged() and groupsChanged()
    // follow once they are in.
    void reload();

    // Sorted by name, without case.
    const QList<Contact> &contacts() const { return m_contacts; }
    std::optional<Contact> contact(const QString &name) const;
    // The contact whose address this is, if any.
    std::optional<Contact> contactWithAddress(const QString &address) const;
    QStringList groupNames() const; // sorted, without case
    // The group's stored spelling, or empty when there is none.
    QString groupName(const QString &name) const;
    std::optional<QStringList> members(const QString &group) const;
    // What a member may be: every contact's address and every group as @name.
    QStringList memberSuggestions() const;

    // Checks that name what is wrong (success when nothing is).
    static Outcome checkContactName(const QString &name);
    static Outcome checkAddress(const QString &address);
    static Outcome checkGroupName(const QString &name);
    // A whole contact; `replacing` is the name it had, when it is an edit.
    Outcome checkContact(const Contact &candidate, const QString &replacing = {}) const;
    // One member among `members` of `group` (each NAME, NAME@host[:port] or
    // @group), `row` being its own position in `members`.
    Outcome checkMember(const QString &group, const QStringList &members, int row) const;

    // Edits: checked first (the outcome says why not, and nothing is
    // written), then written; a write that fails on the disk is reported by
    // writeFailed() and the book is read again.
    Outcome addContact(const Contact &contact);
    Outcome updateContact(const QString &name, const Contact &contact);
    Outcome removeContact(const QString &name);
    Outcome addGroup(const QString &name);
    Outcome renameGroup(const QString &name, const QString &newName);
    Outcome setMembers(const QString &group, const QStringList &members);
    Outcome removeGroup(const QString &name);
    // The accepted rows of a CSV import: their contacts, then each named
    // group with the contacts' addresses added (created when new).
    Outcome importRows(const QList<ImportRow> &rows);

    // Writes handed to the store whose answer has not come back yet.
    int pendingWrites() const { return m_pendingWrites; }

Q_SIGNALS:
    void contactsChanged();
    void groupsChanged();
    void readFailed(const netmsg::Outcome &outcome);
    void writeFailed(const netmsg::Outcome &outcome);
    // Every write handed to the store has its answer.
    void writesFinished();

private:
    void readContacts();
    void readGroups();
    void track(const QFuture<HistoryWrite> &write);
    Outcome noStore() const;
    bool reaches(const QString &from, const QString &to, const QString &group,
                 const QStringList &members) const;

    QPointer<HistoryStore> m_store;
    QList<Contact> m_contacts;
    QMap<QString, QStringList> m_groups;
    int m_contactsGeneration = 0;
    int m_groupsGeneration = 0;
    int m_pendingWrites = 0;
};

} // namespace netmsg::gui
