#pragma once

#include "deliverystate.h"
#include "message.h"
#include "netmsg_core_export.h"
#include "outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace netmsg {

struct SentMessageRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QString transport; // the route as given: "winpopup" or "netapi32,wts,winpopup"
    QString server;
    QString sender;
    QString text;
    QString overLimitPolicy; // "refuse" or "split"
    int recipientCount = 0;
    // Written with the message, when given: the recipients' addresses in
    // order, the dispatch ledger a resume reads (recipientCount of them).
    QStringList recipients;
};

struct DeliveryRecord
{
    qint64 id = 0;
    qint64 messageId = 0;
    QString recipient; // the address as given: NAME, NAME@host[:port]
    quint32 code = 0;
    QString detail;
    int attempts = 0;
    int parts = 1;     // parts the text was split into
    int partsSent = 0; // parts that went out (a failing part stops the rest)
    qint64 elapsedMs = 0;
    QDateTime finishedAt;
    DeliveryState state = DeliveryState::Failed;
    QString transport;      // the transport whose answer ended the route
    QList<RouteStep> route; // every step's answer, in order
    int position = -1;      // the recipient's place in the message's list; -1: not known
};

// One recipient of a sent message in its dispatch ledger (schema 3): whether
// an attempt to it was started, and whether its result is in history.
struct DispatchEntry
{
    int position = 0;
    QString recipient; // the address as given
    bool started = false;
    bool finished = false;
};

// What resuming a message reads, in one read: the message (none: there is no
// such message) and its dispatch ledger (empty before schema 3).
struct ResumeSource
{
    std::optional<SentMessageRecord> message;
    QList<DispatchEntry> ledger;
};

// A sent message with how its recipients ended, counted in SQL.
struct MessageSummary
{
    SentMessageRecord message;
    int delivered = 0;
    int failed = 0;
    int unconfirmed = 0;
    int pending() const { return message.recipientCount - delivered - failed - unconfirmed; }
};

struct InboxRecord
{
    qint64 id = 0;
    ReceivedMessage message;
    bool read = false;
};

struct Contact
{
    QString name;    // how people refer to it
    QString address; // NAME or NAME@host[:port]
    QString note;
};

// What the console filters history by; every field empty means "any". All of
// it is applied in SQL.
struct HistoryFilter
{
    QDateTime from;    // finished/created at or after
    QDateTime to;      // before
    QString recipient; // substring, case-insensitive (ASCII letters, as SQL LIKE)
    // Deliveries in this state (messages: with one; a state alone is judged
    // on the message's totals, so Pending means "with a recipient not yet
    // finished").
    std::optional<DeliveryState> state;
    QString transport;    // the transport that ended the route
    QString text;         // substring of the message text
    qint64 messageId = 0; // deliveries of this message only
};

// A read's rows, or why they could not be read: a broken database is never
// shown as an empty one.
template <typename T> struct HistoryRead
{
    Outcome outcome;
    T rows{};
};

// A write's result once it is on disk (or not): the new row's id where one
// was inserted.
struct HistoryWrite
{
    Outcome outcome;
    qint64 id = 0;
};

// Everything netmsg must not lose, in one SQLite file through Qt SQL: sent
// messages, per-recipient deliveries, the inbox, the address book and groups.
// WAL journal, synchronous=FULL, a schema version with ordered migrations.
//
// Writes go to one writer thread with its own connection; whatever is queued
// when it wakes is committed in one transaction (group commit, each write in
// its own savepoint so one bad write fails alone), and each write's future
// finishes only once its rows are on disk. Reads run on a reader thread with
// a second connection (WAL lets it read while the writer writes). No caller's
// event loop ever waits on the disk.
//
// changed() tells this process about rows added or changed, by this store or
// by another process (a `netmsg listen` service): SQLite's file and WAL are
// watched (QFileSystemWatcher) and `PRAGMA data_version` says whether another
// connection committed. No table is polled.
//
// The futures' continuations may run on any thread; use QFutureWatcher or
// QFuture::then(context, ...) to come back to yours, and never block in one
// (a continuation without a context runs on the writer or the reader). Call
// the store from the thread it lives in; changed() needs that thread's event
// loop. A read sees every write whose future has finished. Destroying the
// store finishes every queued write first.
class NETMSG_CORE_EXPORT HistoryStore : public QObject
{
    Q_OBJECT
public:
    enum class Table {
        Messages = 0x01,
        Deliveries = 0x02,
        Inbox = 0x04,
        Contacts = 0x08,
        Groups = 0x10,
    };
    Q_DECLARE_FLAGS(Tables, Table)
    Q_FLAG(Tables)

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    static int currentSchemaVersion();

    // Opens (creating) the file and migrates it; blocks until both threads have
    // their connections. Refuses a schema newer than this netmsg knows.
    Outcome open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    int schemaVersion() const;

    // Writes.
    QFuture<HistoryWrite> recordMessage(const SentMessageRecord &message); // id = message id
    // All rows in one transaction: either every row is stored or none. Keeps
    // the message's per-state totals in step in the same transaction.
    // id = the last row's id.
    QFuture<HistoryWrite> recordDeliveries(const QList<DeliveryRecord> &deliveries);
    // Marks these positions of a message's ledger started; a job writes this
    // before the attempts start, in batches.
    QFuture<HistoryWrite> markStarted(qint64 messageId, const QList<int> &positions);
    QFuture<HistoryWrite> recordReceived(const ReceivedMessage &message); // id = inbox id
    QFuture<HistoryWrite> markRead(qint64 inboxId, bool read = true);
    QFuture<HistoryWrite> saveContact(const Contact &contact);
    QFuture<HistoryWrite> removeContact(const QString &name);
    QFuture<HistoryWrite> saveGroup(const QString &name, const QStringList &members);
    QFuture<HistoryWrite> removeGroup(const QString &name);

    // Reads, newest first, paged.
    QFuture<HistoryRead<QList<MessageSummary>>> messages(const HistoryFilter &filter, int offset,
                                                         int limit) const;
    QFuture<HistoryRead<QList<DeliveryRecord>>> deliveries(const HistoryFilter &filter, int offset,
                                                           int limit) const;
    QFuture<HistoryRead<qint64>> countDeliveries(const HistoryFilter &filter) const;
    QFuture<HistoryRead<QList<InboxRecord>>> inbox(int offset, int limit) const;
    QFuture<HistoryRead<int>> unreadCount() const;
    QFuture<HistoryRead<QList<Contact>>> contacts() const;
    QFuture<HistoryRead<QMap<QString, QStringList>>> groups() const;

    // Blocking conveniences for the CLI and tests (they wait on the reader).
    std::optional<SentMessageRecord> message(qint64 id) const;
    QList<DeliveryRecord> deliveriesOf(qint64 messageId) const;
    qint64 deliveryCount(qint64 messageId = -1) const;
    std::optional<QStringList> groupMembers(const QString &name) const;
    // A message's dispatch ledger in order (empty for a message sent before
    // schema 3 had one), or why it could not be read.
    HistoryRead<QList<DispatchEntry>> dispatchOf(qint64 messageId) const;
    // The message and its ledger, read together (ResumePlan::read builds on it).
    QFuture<HistoryRead<ResumeSource>> resumeSource(qint64 messageId) const;

Q_SIGNALS:
    // Rows were added or changed in `tables`, by this store or another process.
    void changed(netmsg::HistoryStore::Tables tables);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace netmsg

Q_DECLARE_OPERATORS_FOR_FLAGS(netmsg::HistoryStore::Tables)
Q_DECLARE_METATYPE(netmsg::HistoryWrite)
