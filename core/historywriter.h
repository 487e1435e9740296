#pragma once

#include "historyschema.h"
#include "historythread.h"

#include <QElapsedTimer>
#include <QFuture>

#include <functional>
#include <vector>

namespace netmsg {

// One write's SQL; the writer runs it inside its own savepoint.
using HistoryWork = std::function<HistoryWrite(const QSqlDatabase &db)>;

// What one group commit changed: the tables its writes touched, and the
// change counters just before and after it, so that the store can tell its
// own changes from another connection's.
struct HistoryCommit
{
    HistoryStore::Tables tables;
    HistoryTableVersions before;
    HistoryTableVersions after;
};

// The history's one writer (internal to netmsg_core). Whatever is queued when
// it wakes runs in ONE transaction, each write in its own savepoint so that a
// failing write is rolled back alone; one COMMIT (one fsync) for the group,
// and only then is each write's future finished. A COMMIT that fails fails
// every write of its group. The thread's connection migrates the file first.
class HistoryWriter : public HistoryThread
{
public:
    // `committed` runs on the writer thread after each commit that changed rows.
    HistoryWriter(const QString &path, std::function<void(const HistoryCommit &)> committed);
    ~HistoryWriter() override;

    // Queues `work`, which touches `tables`; refused (a finished future) once
    // stopping.
    QFuture<HistoryWrite> write(HistoryStore::Tables tables, HistoryWork work);
    // The file's schema version once open.
    int schemaVersion() const { return m_schemaVersion; }

protected:
    Outcome prepare(const QSqlDatabase &db) override;
    bool hasQueued() const override { return !m_queue.empty(); }
    void runQueued(const QSqlDatabase &db) override;
    int gatherMs() const override;

private:
    struct Pending
    {
        HistoryStore::Tables tables;
        HistoryWork work;
        QPromise<HistoryWrite> promise;
    };
    Outcome commitGroup(const QSqlDatabase &db, std::vector<Pending> &group,
                        std::vector<HistoryWrite> &results, HistoryCommit &commit);
    Outcome runInSavepoint(const QSqlDatabase &db, Pending &write, HistoryWrite &result);

    std::function<void(const HistoryCommit &)> m_committed;
    std::vector<Pending> m_queue;
    int m_schemaVersion = 0;
    QElapsedTimer m_sinceCommit; // since the last group ended
};

} // namespace netmsg
