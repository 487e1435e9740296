#include "templatesmodel.h"

namespace netmsg::gui {

TemplatesModel::TemplatesModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TemplatesModel::setTemplates(const QList<MessageTemplateEntry> &templates)
{
    beginResetModel();
    m_rows = templates;
    endResetModel();
}

int TemplatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TemplatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageTemplateEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return entry.name;
    case Qt::ToolTipRole:
    case TextRole:
        return entry.text;
    default:
        return {};
    }
}

Qt::ItemFlags TemplatesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TemplatesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MessageTemplateEntry &entry = m_rows[index.row()];
    if (role == Qt::EditRole) {
        if (entry.name == value.toString())
            return true;
        entry.name = value.toString();
        emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }
    if (role == TextRole) {
        if (entry.text == value.toString())
            return true;
        entry.text = value.toString();
        emit dataChanged(index, index, {Qt::ToolTipRole, TextRole});
        return true;
    }
    return false;
}

int TemplatesModel::addTemplate(const QString &name, const QString &text, int row)
{
    const int at = row < 0 || row >= m_rows.size() ? int(m_rows.size()) : row + 1;
    beginInsertRows({}, at, at);
    m_rows.insert(at, {name, text});
    endInsertRows();
    return at;
}

bool TemplatesModel::removeTemplate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

bool TemplatesModel::moveTemplate(int row, int offset)
{
    const int target = row + offset;
    if (row < 0 || row >= m_rows.size() || target < 0 || target >= m_rows.size() || offset == 0)
        return false;
    // beginMoveRows names the row the moved one lands before.
    beginMoveRows({}, row, row, {}, offset > 0 ? target + 1 : target);
    m_rows.move(row, target);
    endMoveRows();
    return true;
}

} // namespace netmsg::gui
