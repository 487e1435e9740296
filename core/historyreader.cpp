#include "historyreader.h"

#include <QSqlQuery>

namespace netmsg {

HistoryReader::HistoryReader(const QString &path)
    : HistoryThread(path, Role::Reader)
{}

HistoryReader::~HistoryReader()
{
    stop();
}

bool HistoryReader::post(Task task)
{
    return enqueue([&] { m_queue.push_back(std::move(task)); });
}

// A file whose change counters cannot be read (a damaged one) still opens:
// its reads report the damage, and changes are announced from the next look.
Outcome HistoryReader::prepare(const QSqlDatabase &db)
{
    m_dataVersion = dataVersion(db).value_or(-1);
    m_initialVersions = HistorySchema::tableVersions(db).value_or(HistoryTableVersions());
    return Outcome::success();
}

void HistoryReader::runQueued(const QSqlDatabase &db)
{
    for (const Task &task : takeQueued(m_queue))
        task(db);
}

std::optional<qint64> HistoryReader::dataVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        HistorySql::error(db, QStringLiteral("PRAGMA data_version"), query.lastError());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<HistoryTableVersions> HistoryReader::lookForChanges(const QSqlDatabase &db)
{
    const std::optional<qint64> version = dataVersion(db);
    if (!version || *version == m_dataVersion)
        return std::nullopt;
    m_dataVersion = *version;
    return HistorySchema::tableVersions(db);
}

} // namespace netmsg
