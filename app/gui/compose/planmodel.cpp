#include "planmodel.h"

#include "widgets/plaintooltip.h"

namespace netmsg::gui {

PlanModel::PlanModel(QList<PlannedDelivery> plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_plan(std::move(plan))
{}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const PlannedDelivery &planned = m_plan.at(index.row());
    switch (index.column()) {
    case RecipientColumn:
        return planned.recipient.address();
    case TransportColumn:
        return planned.transport;
    case PartsColumn:
        return planned.outcome.isSuccess() ? QVariant(int(planned.parts.size())) : QVariant();
    case TextColumn:
        if (!planned.outcome.isSuccess())
            return planned.outcome.toString();
        return role == Qt::ToolTipRole ? plainToolTip(planned.parts.join(QLatin1Char('\n')))
                                       : QVariant(planned.parts.value(0).simplified());
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecipientColumn:
        return tr("Recipient");
    case TransportColumn:
        return tr("Transport");
    case PartsColumn:
        return tr("Parts");
    case TextColumn:
        return tr("Text (first part)");
    default:
        return {};
    }
}

} // namespace netmsg::gui
