#pragma once

#include "historyreader.h"
#include "historywriter.h"

#include <QFileSystemWatcher>
#include <QMutex>
#include <QObject>
#include <QTimer>

namespace netmsg {

// Tells the store's thread which tables changed (internal to netmsg_core):
// its own writer's, as each group commits, and any other connection's (another
// store, another process). For those, the file, its WAL and its folder are
// watched; a change there asks the reader for PRAGMA data_version and, when it
// moved, for the change counters. A burst of file events makes one check at a
// time plus one after it.
//
// The WAL is written before its commit is visible: the commit shows only once
// its frames are synced and the WAL index (-shm, memory-mapped, so without a
// file event of its own) is updated. So the last event of a burst is followed
// by a few checks at growing intervals, long enough for a slow fsync; they
// stop until the next event. Nothing is checked while nobody writes.
class HistoryChangeMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HistoryChangeMonitor(const QString &path, QObject *parent = nullptr);

    // Starts watching; `reader` answers the checks and must outlive this.
    void watch(HistoryReader *reader, const HistoryTableVersions &seen);
    // From the writer thread: a group commit of this store. Commits that
    // arrive before the store's thread gets to them are announced as one.
    void post(const HistoryCommit &commit);

Q_SIGNALS:
    void changed(netmsg::HistoryStore::Tables tables);

private:
    void takePosted();
    void ownCommit(const HistoryCommit &commit);
    void watchFiles();
    void filesTouched();
    void settle();
    void check();
    void checked(const std::optional<HistoryTableVersions> &versions);
    void announce(HistoryStore::Tables tables);

    const QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    int m_settleStep = 0;
    HistoryReader *m_reader = nullptr;
    // The change counters as last announced; they only ever grow.
    HistoryTableVersions m_seen;
    bool m_checking = false;
    bool m_checkAgain = false;

    QMutex m_postedMutex;
    HistoryCommit m_posted;
    bool m_postPending = false;
};

} // namespace netmsg
