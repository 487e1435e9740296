#pragma once

#include "history/pagedhistorymodel.h"

namespace netmsg::gui {

// The received messages, newest first, paged from HistoryStore::inbox() and
// live (HistoryStore::changed(Inbox) merges the newest page: new messages
// appear at the top, read flags follow). Unread rows are bold with a marker.
// A peer's words are only ever display text: a view draws them as they are.
class InboxModel : public PagedHistoryModel<InboxRecord>
{
    Q_OBJECT
public:
    enum Column {
        UnreadColumn,
        ReceivedColumn,
        FromColumn, // the sender the peer claimed
        PeerColumn, // the address it really came from
        ToColumn,   // the alias it was sent to
        TextColumn, // the first line
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, ReadRole };

    // Starts reading the first page at once.
    explicit InboxModel(HistoryStore *store, QObject *parent = nullptr, int pageSize = 200);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Marks the message here at once and in the store; a write that fails
    // puts the row back. The future has the store's answer.
    QFuture<HistoryWrite> setRead(qint64 inboxId, bool read);

protected:
    QFuture<Read> readPage(int offset, int limit) const override;
    qint64 idOf(const InboxRecord &row) const override { return row.id; }
};

} // namespace netmsg::gui
