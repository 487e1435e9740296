#include "historymonitor.h"

#include <QFileInfo>

#include <iterator>

namespace netmsg {

namespace {
// After the last file event, check again after each of these (ms).
constexpr int settleIntervals[] = {10, 40, 200, 750};
} // namespace

HistoryChangeMonitor::HistoryChangeMonitor(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
{
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &HistoryChangeMonitor::settle);
}

void HistoryChangeMonitor::watch(HistoryReader *reader, const HistoryTableVersions &seen)
{
    m_reader = reader;
    m_seen = seen;
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            &HistoryChangeMonitor::filesTouched);
    // A WAL that appears later (after the last connection deleted it) is
    // watched from then on.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchFiles();
        filesTouched();
    });
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    watchFiles();
}

void HistoryChangeMonitor::watchFiles()
{
    const QStringList watched = m_watcher.files();
    const QStringList files{m_path, QString(m_path + QStringLiteral("-wal"))};
    for (const QString &file : files) {
        if (!watched.contains(file) && QFileInfo::exists(file))
            m_watcher.addPath(file);
    }
}

void HistoryChangeMonitor::filesTouched()
{
    check();
    m_settleStep = 0;
    m_settle.start(settleIntervals[0]);
}

void HistoryChangeMonitor::settle()
{
    check();
    if (++m_settleStep < int(std::size(settleIntervals)))
        m_settle.start(settleIntervals[m_settleStep]);
}

void HistoryChangeMonitor::post(const HistoryCommit &commit)
{
    QMutexLocker lock(&m_postedMutex);
    m_posted.tables |= commit.tables;
    for (auto it = commit.before.cbegin(); it != commit.before.cend(); ++it) {
        if (!m_posted.before.contains(it.key()))
            m_posted.before.insert(it.key(), it.value());
    }
    for (auto it = commit.after.cbegin(); it != commit.after.cend(); ++it)
        m_posted.after.insert(it.key(), it.value());
    if (m_postPending)
        return;
    m_postPending = true;
    QMetaObject::invokeMethod(this, &HistoryChangeMonitor::takePosted, Qt::QueuedConnection);
}

void HistoryChangeMonitor::takePosted()
{
    HistoryCommit commit;
    {
        QMutexLocker lock(&m_postedMutex);
        commit = std::exchange(m_posted, {});
        m_postPending = false;
    }
    ownCommit(commit);
}

// A table nobody else changed since we last looked moves on to the counter
// after our commit, so that the file event of our own commit announces
// nothing twice. One another connection changed meanwhile keeps its old
// counter: the next check announces it.
void HistoryChangeMonitor::ownCommit(const HistoryCommit &commit)
{
    for (auto it = commit.after.cbegin(); it != commit.after.cend(); ++it) {
        const auto before = commit.before.constFind(it.key());
        const auto seen = m_seen.find(it.key());
        if (before != commit.before.cend() && seen != m_seen.end() && *seen >= *before)
            *seen = qMax(*seen, it.value());
    }
    announce(commit.tables);
}

void HistoryChangeMonitor::check()
{
    if (!m_reader)
        return;
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    HistoryReader *reader = m_reader;
    const bool posted = reader->post([this, reader](const QSqlDatabase &db) {
        const std::optional<HistoryTableVersions> versions = reader->lookForChanges(db);
        QMetaObject::invokeMethod(
            this, [this, versions] { checked(versions); }, Qt::QueuedConnection);
    });
    if (!posted)
        m_checking = false;
}

void HistoryChangeMonitor::checked(const std::optional<HistoryTableVersions> &versions)
{
    m_checking = false;
    if (versions) {
        HistoryStore::Tables tables;
        for (auto it = versions->cbegin(); it != versions->cend(); ++it) {
            qint64 &seen = m_seen[it.key()];
            if (it.value() > seen) {
                tables |= it.key();
                seen = it.value();
            }
        }
        announce(tables);
    }
    if (m_checkAgain) {
        m_checkAgain = false;
        check();
    }
}

void HistoryChangeMonitor::announce(HistoryStore::Tables tables)
{
    if (tables)
        emit changed(tables);
}

} // namespace netmsg
