#pragma once

#include "outcome.h"

#include <QAbstractListModel>
#include <QPointer>

namespace netmsg::gui {

class AddressBook;

// The members of one group, in their order: each NAME, NAME@host[:port] or
// @group, shown with the contact it belongs to. Every change (add, edit in
// place, remove, move) is checked by the AddressBook and saves the group's
// whole list; a refused one changes nothing and says why (editRefused).
class MembersModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit MembersModel(AddressBook *book, QObject *parent = nullptr);

    // The group shown; empty for none.
    void setGroup(const QString &group);
    QString group() const { return m_group; }
    QStringList members() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The texts again, after the language changed.
    void retranslate();

    Outcome addMember(const QString &member);
    Outcome removeMember(int row);
    // Moves the member one place up (-1) or down (+1).
    Outcome moveMember(int row, int offset);

Q_SIGNALS:
    void editRefused(const netmsg::Outcome &reason);

private:
    void sync();
    Outcome save(const QStringList &members);

    QPointer<AddressBook> m_book;
    QString m_group;
    QStringList m_rows;
};

} // namespace netmsg::gui
