#pragma once

#include "historyschema.h"
#include "historythread.h"

#include <QFuture>

#include <functional>
#include <memory>
#include <vector>

namespace netmsg {

// The history's reader (internal to netmsg_core): every read runs here, in
// the order given, on a second connection that WAL lets read while the
// writer writes. It also answers "did another connection commit, and to
// which tables?" for the change monitor.
class HistoryReader : public HistoryThread
{
public:
    using Task = std::function<void(const QSqlDatabase &db)>;

    explicit HistoryReader(const QString &path);
    ~HistoryReader() override;

    // Runs `query` on the reader; its result (or, once stopping, a
    // "not open" error) finishes the future.
    template <typename T>
    QFuture<HistoryRead<T>> read(std::function<HistoryRead<T>(const QSqlDatabase &)> query)
    {
        auto promise = std::make_shared<QPromise<HistoryRead<T>>>();
        promise->start();
        QFuture<HistoryRead<T>> future = promise->future();
        if (!post([promise, query](const QSqlDatabase &db) {
                promise->addResult(query(db));
                promise->finish();
            })) {
            promise->addResult(HistoryRead<T>{HistorySql::closed(path()), {}});
            promise->finish();
        }
        return future;
    }
    bool post(Task task);

    // The change counters when the connection opened.
    HistoryTableVersions initialVersions() const { return m_initialVersions; }
    // On the reader thread only: the change counters if another connection
    // committed since the last look (PRAGMA data_version), else nothing.
    std::optional<HistoryTableVersions> lookForChanges(const QSqlDatabase &db);

protected:
    Outcome prepare(const QSqlDatabase &db) override;
    bool hasQueued() const override { return !m_queue.empty(); }
    void runQueued(const QSqlDatabase &db) override;

private:
    std::optional<qint64> dataVersion(const QSqlDatabase &db) const;

    std::vector<Task> m_queue;
    HistoryTableVersions m_initialVersions;
    qint64 m_dataVersion = -1;
};

} // namespace netmsg
