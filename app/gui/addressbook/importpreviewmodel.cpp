#include "importpreviewmodel.h"

#include "widgets/plaintooltip.h"

namespace netmsg::gui {

ImportPreviewModel::ImportPreviewModel(const ContactImport &import, QObject *parent)
    : QAbstractTableModel(parent)
    , m_import(import)
{}

void ImportPreviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_import.rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_import.rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_import.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::resultText(const ImportRow &row)
{
    if (!row.outcome.isSuccess())
        return tr("rejected: %1")
            .arg(row.outcome.detail().isEmpty() ? row.outcome.description() : row.outcome.detail());
    return row.replaces ? tr("replaces the contact of this name") : tr("new contact");
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_import.rows.at(index.row());
    if (role == AcceptedRole)
        return row.outcome.isSuccess();
    if (role == Qt::ForegroundRole && !row.outcome.isSuccess() && m_rejectedColor.isValid())
        return m_rejectedColor;
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole)); // a CSV field is anybody's words
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case NameColumn:
        return row.contact.name;
    case AddressColumn:
        return row.contact.address;
    case NoteColumn:
        return row.contact.note;
    case GroupsColumn:
        return row.groups.join(QStringLiteral(", "));
    case ResultColumn:
        return resultText(row);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    case NoteColumn:
        return tr("Note");
    case GroupsColumn:
        return tr("Groups");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace netmsg::gui
