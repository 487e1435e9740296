#pragma once

#include "historysql.h"

#include <QMutex>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>
#include <QWaitCondition>

#include <functional>

namespace netmsg {

// A thread with its own connection to the history file (internal to
// netmsg_core). Qt SQL connections belong to the thread that made them, so
// the connection is opened, used and closed only here; other threads hand
// work over through the subclass's queue. The writer and the reader each are
// one.
class HistoryThread : public QThread
{
public:
    using Role = HistorySql::Role;

    HistoryThread(const QString &path, Role role);
    // Subclasses call stop() in their destructor: the thread runs their code.
    ~HistoryThread() override;

    // Starts the thread and blocks until its connection is open and prepare()
    // ran on it; on failure the thread has ended.
    Outcome startAndOpen();
    // Runs everything queued, then closes the connection and ends the thread.
    // Work offered after this is refused.
    void stop();
    QString path() const { return m_path; }

protected:
    // On the thread, the connection open, before any queued work.
    virtual Outcome prepare(const QSqlDatabase &db) = 0;
    // Called with the queue locked.
    virtual bool hasQueued() const = 0;
    // Takes what is queued (with takeQueued) and runs it.
    virtual void runQueued(const QSqlDatabase &db) = 0;
    // How long a batch may wait for more work once the first item is queued
    // (0: not at all). Called on this thread, under the queue's lock.
    virtual int gatherMs() const { return 0; }

    // Runs `push` with the queue locked and wakes the thread; false (and
    // `push` not run) once stopping or before the connection is open.
    bool enqueue(const std::function<void()> &push);
    template <typename Queue> Queue takeQueued(Queue &queue)
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(queue, {});
    }

private:
    void run() override;
    void serve(const QSqlDatabase &db);

    const QString m_path;
    const Role m_role;
    const QString m_connectionName;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_accepting = false;
    QPromise<Outcome> m_opened;
};

} // namespace netmsg
