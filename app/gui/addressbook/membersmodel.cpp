#include "membersmodel.h"

#include "addressbook/addressbook.h"

namespace netmsg::gui {

MembersModel::MembersModel(AddressBook *book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(book)
{
    connect(m_book, &AddressBook::groupsChanged, this, &MembersModel::sync);
    connect(m_book, &AddressBook::contactsChanged, this, &MembersModel::retranslate);
}

// Each row names its contact: after the contacts or the language changed.
void MembersModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void MembersModel::setGroup(const QString &group)
{
    beginResetModel();
    m_group = m_book->groupName(group);
    m_rows = m_book->members(m_group).value_or(QStringList());
    endResetModel();
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &member = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        if (const auto contact = m_book->contactWithAddress(member))
            return tr("%1 (%2)").arg(member, contact->name);
        return member;
    }
    case Qt::EditRole:
        return member;
    case Qt::ToolTipRole:
        if (member.startsWith(QLatin1Char('@')))
            return tr("every member of the group %1").arg(member);
        if (const auto contact = m_book->contactWithAddress(member))
            return tr("the contact %1").arg(contact->name);
        return tr("an address that is not in the contacts");
    default:
        return {};
    }
}

Qt::ItemFlags MembersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

Outcome MembersModel::save(const QStringList &members)
{
    const Outcome saved = m_book->setMembers(m_group, members);
    if (!saved.isSuccess())
        emit editRefused(saved);
    return saved;
}

bool MembersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QStringList members = m_rows;
    members[index.row()] = value.toString().trimmed();
    if (members == m_rows)
        return true;
    if (!save(members).isSuccess())
        return false;
    m_rows = members;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return true;
}

Outcome MembersModel::addMember(const QString &member)
{
    if (m_group.isEmpty()) {
        const Outcome none(Code::InvalidParameter, tr("choose a group first"));
        emit editRefused(none);
        return none;
    }
    QStringList members = m_rows;
    members.append(member.trimmed());
    const Outcome saved = save(members);
    if (saved.isSuccess()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows = members;
        endInsertRows();
    }
    return saved;
}

Outcome MembersModel::removeMember(int row)
{
    if (row < 0 || row >= m_rows.size())
        return Outcome(Code::InvalidParameter, tr("choose a member first"));
    QStringList members = m_rows;
    members.removeAt(row);
    const Outcome saved = save(members);
    if (saved.isSuccess()) {
        beginRemoveRows({}, row, row);
        m_rows = members;
        endRemoveRows();
    }
    return saved;
}

Outcome MembersModel::moveMember(int row, int offset)
{
    const int target = row + offset;
    if (row < 0 || row >= m_rows.size() || target < 0 || target >= m_rows.size() || offset == 0)
        return Outcome(Code::InvalidParameter, tr("the member cannot move further"));
    QStringList members = m_rows;
    members.move(row, target);
    const Outcome saved = save(members);
    if (saved.isSuccess()) {
        // beginMoveRows names the row the moved one lands before.
        beginMoveRows({}, row, row, {}, offset > 0 ? target + 1 : target);
        m_rows = members;
        endMoveRows();
    }
    return saved;
}

void MembersModel::sync()
{
    if (m_group.isEmpty())
        return;
    const QString stored = m_book->groupName(m_group);
    const QStringList fresh = m_book->members(stored).value_or(QStringList());
    if (stored == m_group && fresh == m_rows)
        return;
    beginResetModel();
    m_group = stored; // empty when the group is gone
    m_rows = fresh;
    endResetModel();
}

} // namespace netmsg::gui
