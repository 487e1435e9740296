#include "historystore.h"

#include "historymonitor.h"
#include "historyqueries.h"
#include "historyreader.h"
#include "historyschema.h"
#include "historysql.h"
#include "historywriter.h"
#include "historywrites.h"
#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>

namespace netmsg {

using Table = HistoryStore::Table;

class HistoryStore::Private
{
public:
    QFuture<HistoryWrite> write(Tables tables, HistoryWork work) const
    {
        if (!m_writer)
            return finishedFuture(HistoryWrite{HistorySql::closed(m_path), 0});
        return m_writer->write(tables, std::move(work));
    }

    template <typename T>
    QFuture<HistoryRead<T>> read(std::function<HistoryRead<T>(const QSqlDatabase &)> query) const
    {
        if (!m_reader)
            return finishedFuture(HistoryRead<T>{HistorySql::closed(m_path), {}});
        return m_reader->read<T>(std::move(query));
    }

    // For the blocking conveniences: the rows, or (logged) the empty value.
    template <typename T> T wait(QFuture<HistoryRead<T>> future) const
    {
        future.waitForFinished();
        const HistoryRead<T> read = future.result();
        if (!read.outcome.isSuccess())
            qCWarning(lcHistory).noquote() << read.outcome.toString();
        return read.rows;
    }

    QString m_path;
    // They end in this order (close(), and destruction, last declared
    // first): the writer (its last commits posted to the monitor), the
    // reader (its last checks), then the monitor.
    std::unique_ptr<HistoryChangeMonitor> m_monitor;
    std::unique_ptr<HistoryReader> m_reader;
    std::unique_ptr<HistoryWriter> m_writer;
};

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{}

HistoryStore::~HistoryStore()
{
    close();
}

int HistoryStore::currentSchemaVersion()
{
    return HistorySchema::currentVersion();
}

Outcome HistoryStore::open(const QString &path)
{
    close();
    d->m_path = path;
    const QFileInfo info(path);
    if (!PrivateFiles::makeFolder(info.absolutePath()))
        return Outcome(Code::AccessDenied,
                       tr("cannot create the folder %1 for the history").arg(info.absolutePath()));
    // SQLite gives a file it creates the umask's mode, and its -wal and -shm
    // files the mode of the database file: an owner-only empty file (a valid,
    // empty database) first makes all three owner-only.
    PrivateFiles::createFile(path);

    HistorySql::loadDriver();
    auto monitor = std::make_unique<HistoryChangeMonitor>(path);
    connect(monitor.get(), &HistoryChangeMonitor::changed, this, &HistoryStore::changed);
    HistoryChangeMonitor *announcer = monitor.get();
    auto writer = std::make_unique<HistoryWriter>(
        path, [announcer](const HistoryCommit &commit) { announcer->post(commit); });
    // The writer first: it creates and migrates the file the reader reads.
    Outcome opened = writer->startAndOpen();
    if (!opened.isSuccess())
        return opened;
    auto reader = std::make_unique<HistoryReader>(path);
    opened = reader->startAndOpen();
    if (!opened.isSuccess())
        return opened;
    monitor->watch(reader.get(), reader->initialVersions());
    d->m_monitor = std::move(monitor);
    d->m_reader = std::move(reader);
    d->m_writer = std::move(writer);
    return Outcome::success();
}

void HistoryStore::close()
{
    d->m_writer.reset();
    d->m_reader.reset();
    d->m_monitor.reset();
}

bool HistoryStore::isOpen() const
{
    return d->m_writer != nullptr;
}

QString HistoryStore::path() const
{
    return d->m_path;
}

int HistoryStore::schemaVersion() const
{
    return d->m_writer ? d->m_writer->schemaVersion() : 0;
}

QFuture<HistoryWrite> HistoryStore::recordMessage(const SentMessageRecord &message)
{
    return d->write(Table::Messages, [message](const QSqlDatabase &db) {
        return HistoryWrites::recordMessage(db, message);
    });
}

QFuture<HistoryWrite> HistoryStore::recordDeliveries(const QList<DeliveryRecord> &deliveries)
{
    if (deliveries.isEmpty())
        return finishedFuture(HistoryWrite{Outcome::success(), 0});
    return d->write(Table::Deliveries | Table::Messages, [deliveries](const QSqlDatabase &db) {
        return HistoryWrites::recordDeliveries(db, deliveries);
    });
}

QFuture<HistoryWrite> HistoryStore::markStarted(qint64 messageId, const QList<int> &positions)
{
    if (positions.isEmpty())
        return finishedFuture(HistoryWrite{Outcome::success(), 0});
    // No table a view shows changes: nobody needs telling.
    return d->write({}, [messageId, positions](const QSqlDatabase &db) {
        return HistoryWrites::markStarted(db, messageId, positions);
    });
}

QFuture<HistoryWrite> HistoryStore::recordReceived(const ReceivedMessage &message)
{
    return d->write(Table::Inbox, [message](const QSqlDatabase &db) {
        return HistoryWrites::recordReceived(db, message);
    });
}

QFuture<HistoryWrite> HistoryStore::markRead(qint64 inboxId, bool read)
{
    return d->write(Table::Inbox, [inboxId, read](const QSqlDatabase &db) {
        return HistoryWrites::markRead(db, inboxId, read);
    });
}

QFuture<HistoryWrite> HistoryStore::saveContact(const Contact &contact)
{
    if (contact.name.trimmed().isEmpty())
        return finishedFuture(
            HistoryWrite{Outcome(Code::InvalidName, tr("a contact needs a name")), 0});
    return d->write(Table::Contacts, [contact](const QSqlDatabase &db) {
        return HistoryWrites::saveContact(db, contact);
    });
}

QFuture<HistoryWrite> HistoryStore::removeContact(const QString &name)
{
    return d->write(Table::Contacts, [name](const QSqlDatabase &db) {
        return HistoryWrites::removeContact(db, name);
    });
}

QFuture<HistoryWrite> HistoryStore::saveGroup(const QString &name, const QStringList &members)
{
    if (name.trimmed().isEmpty())
        return finishedFuture(
            HistoryWrite{Outcome(Code::InvalidName, tr("a group needs a name")), 0});
    return d->write(Table::Groups, [name, members](const QSqlDatabase &db) {
        return HistoryWrites::saveGroup(db, name, members);
    });
}

QFuture<HistoryWrite> HistoryStore::removeGroup(const QString &name)
{
    return d->write(Table::Groups, [name](const QSqlDatabase &db) {
        return HistoryWrites::removeGroup(db, name);
    });
}

QFuture<HistoryRead<QList<MessageSummary>>> HistoryStore::messages(const HistoryFilter &filter,
                                                                   int offset, int limit) const
{
    return d->read<QList<MessageSummary>>([filter, offset, limit](const QSqlDatabase &db) {
        return HistoryQueries::messages(db, filter, offset, limit);
    });
}

QFuture<HistoryRead<QList<DeliveryRecord>>> HistoryStore::deliveries(const HistoryFilter &filter,
                                                                     int offset, int limit) const
{
    return d->read<QList<DeliveryRecord>>([filter, offset, limit](const QSqlDatabase &db) {
        return HistoryQueries::deliveries(db, filter, offset, limit);
    });
}

QFuture<HistoryRead<qint64>> HistoryStore::countDeliveries(const HistoryFilter &filter) const
{
    return d->read<qint64>(
        [filter](const QSqlDatabase &db) { return HistoryQueries::countDeliveries(db, filter); });
}

QFuture<HistoryRead<QList<InboxRecord>>> HistoryStore::inbox(int offset, int limit) const
{
    return d->read<QList<InboxRecord>>([offset, limit](const QSqlDatabase &db) {
        return HistoryQueries::inbox(db, offset, limit);
    });
}

QFuture<HistoryRead<int>> HistoryStore::unreadCount() const
{
    return d->read<int>([](const QSqlDatabase &db) { return HistoryQueries::unreadCount(db); });
}

QFuture<HistoryRead<QList<Contact>>> HistoryStore::contacts() const
{
    return d->read<QList<Contact>>(
        [](const QSqlDatabase &db) { return HistoryQueries::contacts(db); });
}

QFuture<HistoryRead<QMap<QString, QStringList>>> HistoryStore::groups() const
{
    return d->read<QMap<QString, QStringList>>(
        [](const QSqlDatabase &db) { return HistoryQueries::groups(db); });
}

std::optional<SentMessageRecord> HistoryStore::message(qint64 id) const
{
    return d->wait(d->read<std::optional<SentMessageRecord>>(
        [id](const QSqlDatabase &db) { return HistoryQueries::message(db, id); }));
}

QList<DeliveryRecord> HistoryStore::deliveriesOf(qint64 messageId) const
{
    if (messageId <= 0)
        return {};
    HistoryFilter filter;
    filter.messageId = messageId;
    return d->wait(d->read<QList<DeliveryRecord>>([filter](const QSqlDatabase &db) {
        return HistoryQueries::deliveries(db, filter, 0, -1, HistoryQueries::Order::OldestFirst);
    }));
}

qint64 HistoryStore::deliveryCount(qint64 messageId) const
{
    if (messageId == 0)
        return 0;
    HistoryFilter filter;
    filter.messageId = qMax<qint64>(0, messageId);
    return d->wait(countDeliveries(filter));
}

std::optional<QStringList> HistoryStore::groupMembers(const QString &name) const
{
    return d->wait(d->read<std::optional<QStringList>>(
        [name](const QSqlDatabase &db) { return HistoryQueries::groupMembers(db, name); }));
}

HistoryRead<QList<DispatchEntry>> HistoryStore::dispatchOf(qint64 messageId) const
{
    QFuture<HistoryRead<QList<DispatchEntry>>> read = d->read<QList<DispatchEntry>>(
        [messageId](const QSqlDatabase &db) { return HistoryQueries::dispatch(db, messageId); });
    read.waitForFinished();
    if (read.resultCount() == 0)
        return {HistorySql::closed(path()), {}};
    return read.result();
}

QFuture<HistoryRead<ResumeSource>> HistoryStore::resumeSource(qint64 messageId) const
{
    return d->read<ResumeSource>([messageId](const QSqlDatabase &db) -> HistoryRead<ResumeSource> {
        const HistoryRead<std::optional<SentMessageRecord>> message =
            HistoryQueries::message(db, messageId);
        if (!message.outcome.isSuccess() || !message.rows)
            return {message.outcome, {message.rows, {}}};
        const HistoryRead<QList<DispatchEntry>> ledger = HistoryQueries::dispatch(db, messageId);
        return {ledger.outcome, {message.rows, ledger.rows}};
    });
}

} // namespace netmsg
