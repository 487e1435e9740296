#pragma once

#include "deliveryjob.h"

#include <QAbstractTableModel>

namespace netmsg::gui {

// What a dry run found, a row per recipient: the transport that would take
// it, how many parts, the text of the first part (or why it cannot go).
class PlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecipientColumn, TransportColumn, PartsColumn, TextColumn, ColumnCount };

    explicit PlanModel(QList<PlannedDelivery> plan, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PlannedDelivery> m_plan;
};

} // namespace netmsg::gui
