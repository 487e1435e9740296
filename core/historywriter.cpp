#include "historywriter.h"

#include "historysql.h"

namespace netmsg {

HistoryWriter::HistoryWriter(const QString &path,
                             std::function<void(const HistoryCommit &)> committed)
    : HistoryThread(path, Role::Writer)
    , m_committed(std::move(committed))
{}

HistoryWriter::~HistoryWriter()
{
    stop();
}

QFuture<HistoryWrite> HistoryWriter::write(HistoryStore::Tables tables, HistoryWork work)
{
    Pending pending{tables, std::move(work), QPromise<HistoryWrite>()};
    pending.promise.start();
    QFuture<HistoryWrite> future = pending.promise.future();
    if (!enqueue([&] { m_queue.push_back(std::move(pending)); })) {
        pending.promise.addResult(HistoryWrite{HistorySql::closed(path()), 0});
        pending.promise.finish();
    }
    return future;
}

Outcome HistoryWriter::prepare(const QSqlDatabase &db)
{
    return HistorySchema::migrate(db, &m_schemaVersion);
}

// A busy writer (its last group ended a moment ago: a receiver taking a flood,
// a bulk send) lets a group fill for 2 ms before committing: one fsync for
// dozens of messages instead of one each, for 2 ms more wait per write. An
// idle one commits a lone write at once.
int HistoryWriter::gatherMs() const
{
    constexpr int busyWithinMs = 20;
    constexpr int gatherForMs = 2;
    return m_sinceCommit.isValid() && !m_sinceCommit.hasExpired(busyWithinMs) ? gatherForMs : 0;
}

void HistoryWriter::runQueued(const QSqlDatabase &db)
{
    std::vector<Pending> group = takeQueued(m_queue);
    std::vector<HistoryWrite> results(group.size());
    HistoryCommit commit;
    const Outcome committed = commitGroup(db, group, results, commit);
    if (!committed.isSuccess()) {
        // Nothing of the group is on disk: a write that failed on its own
        // keeps its reason, every other one gets the group's.
        for (HistoryWrite &result : results) {
            if (result.outcome.isSuccess())
                result.outcome = committed;
            result.id = 0;
        }
        commit.tables = {};
    }
    if (commit.tables && m_committed)
        m_committed(commit);
    m_sinceCommit.start();
    for (size_t i = 0; i < group.size(); ++i) {
        group[i].promise.addResult(results[i]);
        group[i].promise.finish();
    }
}

// BEGIN IMMEDIATE takes the write lock before the first write, so that no
// write of the group can fail for a lock another connection took meanwhile.
Outcome HistoryWriter::commitGroup(const QSqlDatabase &db, std::vector<Pending> &group,
                                   std::vector<HistoryWrite> &results, HistoryCommit &commit)
{
    Outcome outcome = HistorySql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!outcome.isSuccess())
        return outcome;
    commit.before = HistorySchema::tableVersions(db).value_or(HistoryTableVersions());
    for (size_t i = 0; i < group.size() && outcome.isSuccess(); ++i) {
        outcome = runInSavepoint(db, group[i], results[i]);
        if (outcome.isSuccess() && results[i].outcome.isSuccess())
            commit.tables |= group[i].tables;
    }
    if (outcome.isSuccess()) {
        commit.after = HistorySchema::tableVersions(db).value_or(HistoryTableVersions());
        outcome = HistorySql::exec(db, QStringLiteral("COMMIT"));
    }
    // A refused COMMIT leaves the transaction open: roll it back, or its rows
    // would linger for the next group.
    if (!outcome.isSuccess())
        HistorySql::exec(db, QStringLiteral("ROLLBACK"));
    return outcome;
}

// Success unless the transaction itself is gone: a write that fails is rolled
// back to its savepoint (its own error in `result`) and the group goes on.
Outcome HistoryWriter::runInSavepoint(const QSqlDatabase &db, Pending &write, HistoryWrite &result)
{
    Outcome outcome = HistorySql::exec(db, QStringLiteral("SAVEPOINT write"));
    if (!outcome.isSuccess())
        return outcome;
    result = write.work(db);
    if (result.outcome.isSuccess())
        return HistorySql::exec(db, QStringLiteral("RELEASE write"));
    result.id = 0;
    // If even this fails, SQLite has rolled back the whole transaction (a
    // full disk, an I/O error) and every write of the group is lost.
    outcome = HistorySql::exec(db, QStringLiteral("ROLLBACK TO write"));
    if (outcome.isSuccess())
        outcome = HistorySql::exec(db, QStringLiteral("RELEASE write"));
    return outcome;
}

} // namespace netmsg
