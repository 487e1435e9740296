#pragma once

#include "historystore.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace netmsg {

// How many changes each table has seen, as triggers count them in the file
// (table_versions): a cheap way for any connection to learn which tables
// another one changed, inserts, updates and deletes alike.
using HistoryTableVersions = QMap<HistoryStore::Table, qint64>;

// The history's schema (internal to netmsg_core): ordered migrations, each
// moving the file one version up in its own transaction.
class HistorySchema
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::HistoryStore)
public:
    static int currentVersion();
    // Brings the file to currentVersion(); refuses a newer one. Sets
    // `version` to the file's version afterwards.
    static Outcome migrate(const QSqlDatabase &db, int *version);
    static std::optional<HistoryTableVersions> tableVersions(const QSqlDatabase &db);

private:
    static Outcome readVersion(const QSqlDatabase &db, int *version);
    static Outcome refuseNewer(const QSqlDatabase &db, int version);
    static Outcome runStep(const QSqlDatabase &db, int *version);
};

} // namespace netmsg
