#pragma once

#include "historystore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace netmsg::gui {

class AddressBook;

// The address book's contacts as a table (name, address, note), sorted by
// name, each cell editable in place. An edit is checked and written through
// the AddressBook; one it refuses leaves the row as it was and says why
// (editRefused). Follows the book's re-reads row by row.
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, NoteColumn, ColumnCount };

    explicit ContactsModel(AddressBook *book, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Contact contact(int row) const { return m_rows.value(row); }
    // The row of the contact of this name (without case), or -1.
    int rowOf(const QString &name) const;
    // The headers again, after the language changed.
    void retranslate();

Q_SIGNALS:
    void editRefused(const netmsg::Outcome &reason);

private:
    void sync();

    QPointer<AddressBook> m_book;
    QList<Contact> m_rows;
};

} // namespace netmsg::gui
