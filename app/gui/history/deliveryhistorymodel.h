#pragma once

#include "history/pagedhistorymodel.h"

namespace netmsg::gui {

// The deliveries of one sent message that the filter selects (its recipient,
// state and transport), newest first, paged from HistoryStore::deliveries()
// and live while the message is still being sent. Empty while no message is
// chosen.
class DeliveryHistoryModel : public PagedHistoryModel<DeliveryRecord>
{
    Q_OBJECT
public:
    enum Column {
        RecipientColumn,
        StateColumn,
        CodeColumn,
        DescriptionColumn,
        TransportColumn,
        RouteColumn,
        AttemptsColumn,
        FinishedColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    explicit DeliveryHistoryModel(HistoryStore *store, QObject *parent = nullptr,
                                  int pageSize = 200);

    // Shows the deliveries of `messageId` (0: none) that `filter` selects;
    // its message id, dates and text are the message list's business.
    void setMessage(qint64 messageId, const HistoryFilter &filter = {});
    qint64 messageId() const { return m_filter.messageId; }
    const HistoryFilter &filter() const { return m_filter; }
    // What this pane reads for `messageId` under the history's filter.
    static HistoryFilter paneFilter(qint64 messageId, const HistoryFilter &filter);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QFuture<Read> readPage(int offset, int limit) const override;
    qint64 idOf(const DeliveryRecord &row) const override { return row.id; }
    bool isActive() const override { return m_filter.messageId > 0; }

private:
    HistoryFilter m_filter;
};

} // namespace netmsg::gui
