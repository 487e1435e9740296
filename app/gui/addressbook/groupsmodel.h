#pragma once

#include "outcome.h"

#include <QAbstractListModel>
#include <QPointer>

namespace netmsg::gui {

class AddressBook;

// The address book's group names, sorted; a name edited in place renames
// the group (and the @name of it in other groups) through the AddressBook.
class GroupsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { MemberCountRole = Qt::UserRole + 1 };

    explicit GroupsModel(AddressBook *book, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QString group(int row) const { return m_rows.value(row); }
    int rowOf(const QString &name) const;

Q_SIGNALS:
    void editRefused(const netmsg::Outcome &reason);
    // A rename was written; the row moves once the re-read brings it.
    void renamed(const QString &newName);

private:
    void sync();

    QPointer<AddressBook> m_book;
    QStringList m_rows;
};

} // namespace netmsg::gui
