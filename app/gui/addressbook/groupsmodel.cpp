#include "groupsmodel.h"

#include "addressbook/addressbook.h"
#include "addressbook/rowedits.h"

namespace netmsg::gui {

GroupsModel::GroupsModel(AddressBook *book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(book)
{
    connect(m_book, &AddressBook::groupsChanged, this, &GroupsModel::sync);
    m_rows = m_book->groupNames();
}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &name = m_rows.at(index.row());
    const int members = int(m_book->members(name).value_or(QStringList()).size());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return name;
    case Qt::ToolTipRole:
        return tr("@%1: %n member(s)", nullptr, members).arg(name);
    case MemberCountRole:
        return members;
    default:
        return {};
    }
}

Qt::ItemFlags GroupsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool GroupsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = value.toString().trimmed();
    if (name == m_rows.at(index.row()))
        return true;
    const Outcome outcome = m_book->renameGroup(m_rows.at(index.row()), name);
    if (!outcome.isSuccess()) {
        emit editRefused(outcome);
        return false;
    }
    emit renamed(name);
    return true;
}

int GroupsModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void GroupsModel::sync()
{
    const QStringList fresh = m_book->groupNames();
    const auto edits = rowEdits(
        m_rows, fresh, [](const QString &name) { return name.toUpper(); },
        [](const QString &a, const QString &b) { return a == b; });
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
            break;
        }
    }
    // Member counts may have changed in any row.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, MemberCountRole});
}

} // namespace netmsg::gui
