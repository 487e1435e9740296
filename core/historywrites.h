#pragma once

#include "historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace netmsg {

// The SQL of every write (internal to netmsg_core), run by the writer inside
// the write's own savepoint: a write that fails returns its Outcome and the
// writer rolls back everything it did.
class HistoryWrites
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::HistoryStore)
public:
    // The message and, when it names its recipients, its dispatch ledger.
    static HistoryWrite recordMessage(const QSqlDatabase &db, const SentMessageRecord &message);
    static HistoryWrite markStarted(const QSqlDatabase &db, qint64 messageId,
                                    const QList<int> &positions);
    // Inserts every row and adds them to their messages' per-state totals.
    static HistoryWrite recordDeliveries(const QSqlDatabase &db,
                                         const QList<DeliveryRecord> &deliveries);
    static HistoryWrite recordReceived(const QSqlDatabase &db, const ReceivedMessage &message);
    static HistoryWrite markRead(const QSqlDatabase &db, qint64 inboxId, bool read);
    static HistoryWrite saveContact(const QSqlDatabase &db, const Contact &contact);
    static HistoryWrite removeContact(const QSqlDatabase &db, const QString &name);
    static HistoryWrite saveGroup(const QSqlDatabase &db, const QString &name,
                                  const QStringList &members);
    static HistoryWrite removeGroup(const QSqlDatabase &db, const QString &name);

private:
    static Outcome addToTotals(const QSqlDatabase &db, const QList<DeliveryRecord> &deliveries);
    // Deletes the row `name` of `table` (contacts, groups); NERR_NameNotFound
    // with `missing` when there is none.
    static HistoryWrite deleteNamed(const QSqlDatabase &db, const QString &table,
                                    const QString &name, const QString &missing);
};

} // namespace netmsg
