#pragma once

#include "history/pagedhistorymodel.h"

namespace netmsg::gui {

// Every sent message the filter selects, newest first, with how its
// recipients ended (counted in SQL), paged from HistoryStore::messages() and
// live: a send under way updates its totals, a new send appears on top.
class MessageHistoryModel : public PagedHistoryModel<MessageSummary>
{
    Q_OBJECT
public:
    enum Column {
        SentColumn,
        SenderColumn,
        TransportColumn,
        TextColumn, // the first line
        RecipientsColumn,
        DeliveredColumn,
        FailedColumn,
        UnconfirmedColumn,
        PendingColumn,
        ColumnCount
    };
    // PendingRole: how many recipients have no result yet (a send under way,
    // or one that ended before all of them: resumable).
    enum Role { IdRole = Qt::UserRole + 1, PendingRole };

    // Starts reading the first page (every message) at once.
    explicit MessageHistoryModel(HistoryStore *store, QObject *parent = nullptr,
                                 int pageSize = 200);

    // A new filter: the rows are read again from the first page.
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QFuture<Read> readPage(int offset, int limit) const override;
    qint64 idOf(const MessageSummary &row) const override { return row.message.id; }

private:
    QVariant count(const MessageSummary &summary, int column) const;

    HistoryFilter m_filter;
};

} // namespace netmsg::gui
