#pragma once

#include "historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace netmsg {

// The SQL of every read (internal to netmsg_core), run on the reader's
// connection. Filters are applied in SQL with bound values; a read that fails
// says so in its Outcome rather than returning no rows.
class HistoryQueries
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::HistoryStore)
public:
    enum class Order { NewestFirst, OldestFirst };

    static HistoryRead<QList<MessageSummary>>
    messages(const QSqlDatabase &db, const HistoryFilter &filter, int offset, int limit);
    static HistoryRead<std::optional<SentMessageRecord>> message(const QSqlDatabase &db, qint64 id);
    // A negative limit means all rows.
    static HistoryRead<QList<DeliveryRecord>> deliveries(const QSqlDatabase &db,
                                                         const HistoryFilter &filter, int offset,
                                                         int limit,
                                                         Order order = Order::NewestFirst);
    static HistoryRead<qint64> countDeliveries(const QSqlDatabase &db, const HistoryFilter &filter);
    static HistoryRead<QList<InboxRecord>> inbox(const QSqlDatabase &db, int offset, int limit);
    static HistoryRead<int> unreadCount(const QSqlDatabase &db);
    static HistoryRead<QList<Contact>> contacts(const QSqlDatabase &db);
    static HistoryRead<QMap<QString, QStringList>> groups(const QSqlDatabase &db);
    static HistoryRead<QList<DispatchEntry>> dispatch(const QSqlDatabase &db, qint64 messageId);
    static HistoryRead<std::optional<QStringList>> groupMembers(const QSqlDatabase &db,
                                                                const QString &name);
};

} // namespace netmsg
