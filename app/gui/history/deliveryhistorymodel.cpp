#include "deliveryhistorymodel.h"

#include "delivery/deliverymodel.h"
#include "widgets/statecolors.h"

#include <QGuiApplication>
#include <QLocale>

namespace netmsg::gui {

DeliveryHistoryModel::DeliveryHistoryModel(HistoryStore *store, QObject *parent, int pageSize)
    : PagedHistoryModel<DeliveryRecord>(store, parent)
{
    setPageSize(pageSize);
    if (store) {
        connect(store, &HistoryStore::changed, this, [this](HistoryStore::Tables tables) {
            if (tables.testFlag(HistoryStore::Table::Deliveries))
                refresh();
        });
    }
    reload();
}

HistoryFilter DeliveryHistoryModel::paneFilter(qint64 messageId, const HistoryFilter &filter)
{
    HistoryFilter pane;
    pane.recipient = filter.recipient;
    pane.state = filter.state;
    pane.transport = filter.transport;
    pane.messageId = messageId;
    return pane;
}

void DeliveryHistoryModel::setMessage(qint64 messageId, const HistoryFilter &filter)
{
    m_filter = paneFilter(messageId, filter);
    reload();
}

int DeliveryHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DeliveryRecord &record = m_rows.at(index.row());
    const Outcome outcome(record.code, record.detail);
    switch (role) {
    case IdRole:
        return record.id;
    case StateRole:
        return int(record.state);
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return StateColors(QGuiApplication::palette()).foreground(record.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CodeColumn || index.column() == AttemptsColumn ||
            index.column() == TimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CodeColumn)
            return outcome.symbol();
        if (index.column() == FinishedColumn)
            return QLocale().toString(record.finishedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RecipientColumn:
        return record.recipient;
    case StateColumn:
        return DeliveryStates::displayName(record.state);
    case CodeColumn:
        return qint64(record.code);
    case DescriptionColumn:
        return record.detail.isEmpty() ? outcome.description()
                                       : outcome.description() + QLatin1Char(' ') + record.detail;
    case TransportColumn:
        return record.transport;
    case RouteColumn:
        return DeliveryModel::routeText(record.route);
    case AttemptsColumn:
        return record.attempts;
    case FinishedColumn:
        return QLocale().toString(record.finishedAt.toLocalTime(), QLocale::ShortFormat);
    case TimeColumn:
        return tr("%L1 s").arg(double(record.elapsedMs) / 1000.0, 0, 'f', 2);
    default:
        return {};
    }
}

QVariant DeliveryHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecipientColumn:
        return tr("Recipient");
    case StateColumn:
        return tr("State");
    case CodeColumn:
        return tr("Code");
    case DescriptionColumn:
        return tr("Description");
    case TransportColumn:
        return tr("Transport");
    case RouteColumn:
        return tr("Route");
    case AttemptsColumn:
        return tr("Attempts");
    case FinishedColumn:
        return tr("Finished");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

QFuture<DeliveryHistoryModel::Read> DeliveryHistoryModel::readPage(int offset, int limit) const
{
    return m_store->deliveries(m_filter, offset, limit);
}

} // namespace netmsg::gui
