#include "messagehistorymodel.h"

#include "widgets/statecolors.h"

#include <QGuiApplication>
#include <QLocale>

namespace netmsg::gui {

namespace {
std::optional<DeliveryState> stateOfColumn(int column)
{
    switch (column) {
    case MessageHistoryModel::DeliveredColumn:
        return DeliveryState::Delivered;
    case MessageHistoryModel::FailedColumn:
        return DeliveryState::Failed;
    case MessageHistoryModel::UnconfirmedColumn:
        return DeliveryState::Unconfirmed;
    case MessageHistoryModel::PendingColumn:
        return DeliveryState::Pending;
    default:
        return std::nullopt;
    }
}
} // namespace

MessageHistoryModel::MessageHistoryModel(HistoryStore *store, QObject *parent, int pageSize)
    : PagedHistoryModel<MessageSummary>(store, parent)
{
    setPageSize(pageSize);
    if (store) {
        connect(store, &HistoryStore::changed, this, [this](HistoryStore::Tables tables) {
            if (tables.testAnyFlags(HistoryStore::Table::Messages |
                                    HistoryStore::Table::Deliveries))
                refresh();
        });
    }
    reload();
}

void MessageHistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    m_filter.messageId = 0;
    reload();
}

int MessageHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageHistoryModel::count(const MessageSummary &summary, int column) const
{
    switch (column) {
    case RecipientsColumn:
        return summary.message.recipientCount;
    case DeliveredColumn:
        return summary.delivered;
    case FailedColumn:
        return summary.failed;
    case UnconfirmedColumn:
        return summary.unconfirmed;
    case PendingColumn:
        return summary.pending();
    default:
        return {};
    }
}

QVariant MessageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MessageSummary &summary = m_rows.at(index.row());
    const SentMessageRecord &message = summary.message;
    const QVariant number = count(summary, index.column());
    switch (role) {
    case IdRole:
        return message.id;
    case PendingRole:
        return summary.pending();
    case Qt::ForegroundRole:
        // A state's colour only where some recipients are in it.
        if (const auto state = stateOfColumn(index.column()); state && number.toInt() > 0)
            return StateColors(QGuiApplication::palette()).foreground(*state);
        return {};
    case Qt::TextAlignmentRole:
        if (number.isValid())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SentColumn)
            return QLocale().toString(message.createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (number.isValid())
        return QLocale().toString(number.toInt());
    switch (index.column()) {
    case SentColumn:
        return QLocale().toString(message.createdAt.toLocalTime(), QLocale::ShortFormat);
    case SenderColumn:
        return message.sender;
    case TransportColumn:
        return message.transport;
    case TextColumn:
        return firstLine(message.text);
    default:
        return {};
    }
}

QVariant MessageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SentColumn:
        return tr("Sent");
    case SenderColumn:
        return tr("Sender");
    case TransportColumn:
        return tr("Route");
    case TextColumn:
        return tr("Message");
    case RecipientsColumn:
        return tr("Recipients");
    case DeliveredColumn:
        return tr("Delivered");
    case FailedColumn:
        return tr("Failed");
    case UnconfirmedColumn:
        return tr("Unconfirmed");
    case PendingColumn:
        return tr("Pending");
    default:
        return {};
    }
}

QFuture<MessageHistoryModel::Read> MessageHistoryModel::readPage(int offset, int limit) const
{
    return m_store->messages(m_filter, offset, limit);
}

} // namespace netmsg::gui
