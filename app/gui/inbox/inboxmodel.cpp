#include "inboxmodel.h"

#include <QFont>
#include <QLocale>

namespace netmsg::gui {

InboxModel::InboxModel(HistoryStore *store, QObject *parent, int pageSize)
    : PagedHistoryModel<InboxRecord>(store, parent)
{
    setPageSize(pageSize);
    if (store) {
        connect(store, &HistoryStore::changed, this, [this](HistoryStore::Tables tables) {
            if (tables.testFlag(HistoryStore::Table::Inbox))
                refresh();
        });
    }
    reload();
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const InboxRecord &record = m_rows.at(index.row());
    const ReceivedMessage &message = record.message;
    switch (role) {
    case IdRole:
        return record.id;
    case ReadRole:
        return record.read;
    case Qt::FontRole:
        if (!record.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == UnreadColumn)
            return record.read ? tr("read") : tr("unread");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        // Our words only: a tooltip would render a peer's text as rich text.
        if (index.column() == UnreadColumn)
            return record.read ? tr("Read") : tr("Unread");
        if (index.column() == ReceivedColumn)
            return QLocale().toString(message.receivedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case UnreadColumn:
        return record.read ? QString() : QStringLiteral("\u25CF");
    case ReceivedColumn:
        return QLocale().toString(message.receivedAt.toLocalTime(), QLocale::ShortFormat);
    case FromColumn:
        return message.sender;
    case PeerColumn:
        return message.peerAddress;
    case ToColumn:
        return message.alias;
    case TextColumn:
        return firstLine(message.text);
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == UnreadColumn && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Unread");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnreadColumn:
        return QString();
    case ReceivedColumn:
        return tr("Received");
    case FromColumn:
        return tr("From");
    case PeerColumn:
        return tr("Peer address");
    case ToColumn:
        return tr("To");
    case TextColumn:
        return tr("Message");
    default:
        return {};
    }
}

QFuture<HistoryWrite> InboxModel::setRead(qint64 inboxId, bool read)
{
    if (!m_store)
        return QtFuture::makeReadyFuture(HistoryWrite{noHistory(), 0});
    const int row = rowOf(inboxId);
    const bool wasRead = row >= 0 && m_rows.at(row).read;
    const bool edited = row >= 0 && wasRead != read;
    if (edited) {
        InboxRecord record = m_rows.at(row);
        record.read = read;
        beginLocalEdit(row, record);
    }
    const QFuture<HistoryWrite> written = m_store->markRead(inboxId, read);
    whenFinished(this, written, [this, inboxId, read, wasRead, edited](const HistoryWrite &result) {
        if (!edited)
            return;
        const int at = rowOf(inboxId);
        if (!result.outcome.isSuccess() && at >= 0 && m_rows.at(at).read == read) {
            InboxRecord record = m_rows.at(at);
            record.read = wasRead;
            replaceRow(at, record);
        }
        endLocalEdit(inboxId);
    });
    return written;
}

QFuture<InboxModel::Read> InboxModel::readPage(int offset, int limit) const
{
    return m_store->inbox(offset, limit);
}

} // namespace netmsg::gui
