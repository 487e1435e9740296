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

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace netmsg {

struct SentMessageRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QString transport;
    QString server;
    QString sender;
    QString text;
    QString overLimitPolicy; // "refuse" or "split"
    int recipientCount = 0;
};

struct DeliveryRecord
{
    qint64 id = 0;
    qint64 messageId = 0;
    QString recipient; // the address as given: NAME, NAME@host[:port]
    quint32 code = 0;
    QString detail;
    int attempts = 0;
    int parts = 1;
    int partsSent = 0;
    qint64 elapsedMs = 0;
    QDateTime finishedAt;
    DeliveryState state = DeliveryState::Failed;
    QString transport;
    QList<RouteStep> route;
};

struct HistoryWrite
{
    Outcome outcome;
    qint64 id = 0;
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

// Everything netmsg must not lose, in one SQLite file through Qt SQL: sent
// messages, per-recipient deliveries, the inbox, the address book and groups.
// WAL journal, synchronous writes, a schema version with ordered migrations.
// A write that returned success is on disk.
class NETMSG_CORE_EXPORT HistoryStore : public QObject
{
    Q_OBJECT
public:
    HistoryStore();
    ~HistoryStore() override;
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static int currentSchemaVersion();

    Outcome open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    QFuture<HistoryWrite> recordMessage(const SentMessageRecord &message);
    // All rows in one transaction: either every row is stored or none.
    QFuture<HistoryWrite> recordDeliveries(const QList<DeliveryRecord> &deliveries);
    Outcome recordReceived(const ReceivedMessage &message, qint64 *id = nullptr);
    Outcome markRead(qint64 inboxId, bool read = true);

    QList<SentMessageRecord> messages(int limit = 100, int offset = 0) const;
    std::optional<SentMessageRecord> message(qint64 id) const;
    QList<DeliveryRecord> deliveries(qint64 messageId) const;
    QList<DeliveryRecord> deliveriesOf(qint64 messageId) const { return deliveries(messageId); }
    qint64 deliveryCount(qint64 messageId = -1) const;
    QList<InboxRecord> inbox(int limit = 100, int offset = 0) const;

    Outcome saveContact(const Contact &contact);
    Outcome removeContact(const QString &name);
    QList<Contact> contacts() const;

    Outcome saveGroup(const QString &name, const QStringList &members);
    Outcome removeGroup(const QString &name);
    QMap<QString, QStringList> groups() const;
    std::optional<QStringList> groupMembers(const QString &name) const;

private:
    Outcome migrate();
    Outcome recordDeliveriesNow(const QList<DeliveryRecord> &deliveries);
    Outcome exec(QSqlQuery &query) const;
    Outcome sqlError(const QString &what, const QString &error) const;
    // Deletes the row `name` of `table` (contacts, groups); NERR_NameNotFound with
    // `missing` when there is none.
    Outcome deleteNamed(const QString &table, const QString &name, const QString &missing);
    QSqlDatabase database() const;

    QString m_connectionName;
    QString m_path;
};

} // namespace netmsg
