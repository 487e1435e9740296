#include "routemodel.h"

namespace netmsg::gui {

RouteModel::RouteModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RouteModel::setTransports(const QList<RouteEntry> &route, const QList<RouteEntry> &all)
{
    beginResetModel();
    m_rows.clear();
    for (const RouteEntry &entry : route)
        m_rows.append({entry, true});
    for (const RouteEntry &entry : all) {
        const bool listed = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                        [&](const Row &row) { return row.entry.id == entry.id; });
        if (!listed)
            m_rows.append({entry, false});
    }
    endResetModel();
}

QStringList RouteModel::route() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.onRoute)
            ids.append(row.entry.id);
    }
    return ids;
}

bool RouteModel::moveRow(int row, int offset)
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

void RouteModel::setColors(const QColor &usable, const QColor &unusable)
{
    m_usable = usable;
    m_unusable = unusable;
}

void RouteModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int RouteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RouteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RouteModel::availabilityText(const RouteEntry &entry)
{
    if (!entry.transport)
        return tr("not installed here");
    if (entry.availability.isSuccess())
        return tr("available");
    return tr("not available: %1")
        .arg(entry.availability.detail().isEmpty() ? entry.availability.description()
                                                   : entry.availability.detail());
}

QVariant RouteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RouteEntry &entry = row.entry;
    switch (role) {
    case IdRole:
        return entry.id;
    case UsableRole:
        return entry.isUsable();
    case Qt::CheckStateRole:
        return index.column() == TransportColumn
                   ? QVariant(row.onRoute ? Qt::Checked : Qt::Unchecked)
                   : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == AvailabilityColumn) {
            const QColor color = entry.isUsable() ? m_usable : m_unusable;
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == TransportColumn)
            return entry.transport ? tr("%1 (%2)").arg(entry.transport->displayName(), entry.id)
                                   : entry.id;
        return availabilityText(entry);
    default:
        return {};
    }
}

QVariant RouteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TransportColumn:
        return tr("Transport");
    case AvailabilityColumn:
        return tr("On this system");
    default:
        return {};
    }
}

Qt::ItemFlags RouteModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TransportColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool RouteModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != TransportColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_rows[index.row()].onRoute = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

} // namespace netmsg::gui
