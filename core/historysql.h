#pragma once

#include "historystore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

class QSqlQuery;

Q_DECLARE_LOGGING_CATEGORY(lcHistory)

namespace netmsg {

// What the history's threads share (internal to netmsg_core): opening a
// connection with netmsg's PRAGMAs, turning SQLite's errors into Outcomes, and
// the text forms of values in the file. Its strings belong to HistoryStore.
class HistorySql
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::HistoryStore)
public:
    enum class Role { Writer, Reader };

    // Opens `connectionName` for the calling thread, which must be the only
    // one that ever uses it (Qt SQL connections belong to their thread).
    static Outcome open(const QString &connectionName, const QString &path, Role role);
    // Qt creates the SQLite driver plugin in the first thread that asks for a
    // connection, and the plugin lives in that thread (and stays cached).
    // Created by a history thread, which ends, it keeps the process from
    // exiting on Windows (the exit waits for ever): so the store's own thread
    // asks first.
    static void loadDriver();
    static void close(const QString &connectionName);

    // A failed statement as an Outcome: ERROR_INVALID_DATA for a damaged or
    // foreign file, ERROR_ACCESS_DENIED for one that cannot be opened or
    // written, ERROR_INTERNAL_ERROR for the rest (constraints, locks, SQL).
    static Outcome error(const QSqlDatabase &db, const QString &what, const QSqlError &error);
    // What a write or read gets once the store is closed (or was never open).
    static Outcome closed(const QString &path);
    static Outcome exec(const QSqlDatabase &db, QSqlQuery &query, const QString &what);
    // Runs `statement` (no values bound) through prepared().
    static Outcome exec(const QSqlDatabase &db, const QString &statement);
    // `sql` prepared once per connection and kept until close(): the writer
    // runs the same few statements (SAVEPOINT, RELEASE, the INSERTs) for
    // every write, and parsing them anew took a tenth of a busy receiver's
    // CPU. Null when `sql` does not prepare, with the error in `error`. Only
    // for the connection's own thread (as the connection itself); a caller
    // that reads rows calls finish() when done.
    static QSqlQuery *prepared(const QSqlDatabase &db, const QString &sql, Outcome *error);
    // Success, or the error that ended a loop over query.next().
    static Outcome finished(const QSqlDatabase &db, const QSqlQuery &query, const QString &what);

    // UTC with milliseconds, so that the text sorts as the time does; now
    // when `time` is invalid.
    static QString timestamp(const QDateTime &time);
    static QDateTime fromTimestamp(const QVariant &value);
    // SQLite stores a null QString as NULL; the schema wants text.
    static QString text(const QString &value);
    // `value` as a LIKE pattern matching it anywhere, its own % _ and \ taken
    // literally (with ESCAPE '\').
    static QString containsPattern(const QString &value);
};

// A future that is already finished with `value`.
template <typename T> QFuture<T> finishedFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace netmsg
