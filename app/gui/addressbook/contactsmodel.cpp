#include "contactsmodel.h"

#include "widgets/plaintooltip.h"

#include "addressbook/addressbook.h"
#include "addressbook/rowedits.h"

namespace netmsg::gui {

ContactsModel::ContactsModel(AddressBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    connect(m_book, &AddressBook::contactsChanged, this, &ContactsModel::sync);
    m_rows = m_book->contacts();
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &contact = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole)); // may come from an imported file
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return contact.name;
        case AddressColumn:
            return contact.address;
        case NoteColumn:
            return contact.note;
        default:
            break;
        }
    }
    return {};
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags ContactsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ContactsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Contact before = m_rows.at(index.row());
    Contact after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        after.name = text;
        break;
    case AddressColumn:
        after.address = text;
        break;
    case NoteColumn:
        after.note = text;
        break;
    default:
        return false;
    }
    if (after.name == before.name && after.address == before.address && after.note == before.note)
        return true;
    const Outcome written = m_book->updateContact(before.name, after);
    if (!written.isSuccess()) {
        emit editRefused(written);
        return false;
    }
    // A new address or note shows at once; a new name moves the row, which
    // the re-read that follows the write does.
    if (after.name == before.name) {
        m_rows[index.row()] = after;
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    }
    return true;
}

int ContactsModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void ContactsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ContactsModel::sync()
{
    const QList<Contact> &fresh = m_book->contacts();
    const auto edits = rowEdits(
        m_rows, fresh, [](const Contact &contact) { return contact.name.toUpper(); },
        [](const Contact &a, const Contact &b) {
            return a.name == b.name && a.address == b.address && a.note == b.note;
        });
    if (!edits) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    for (const RowEdit &edit : *edits) {
        switch (edit.kind) {
        case RowEdit::Remove:
            beginRemoveRows({}, edit.row, edit.row);
            m_rows.removeAt(edit.row);
            endRemoveRows();
            break;
        case RowEdit::Insert:
            beginInsertRows({}, edit.row, edit.row);
            m_rows.insert(edit.row, fresh.at(edit.row));
            endInsertRows();
            break;
        case RowEdit::Change:
            m_rows[edit.row] = fresh.at(edit.row);
            emit dataChanged(index(edit.row, 0), index(edit.row, ColumnCount - 1));
            break;
        }
    }
}

} // namespace netmsg::gui
