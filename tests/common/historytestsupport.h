#pragma once

#include "historystore.h"

#include <QDebug>
#include <QFuture>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Small helpers for the history's tests: rows to write, futures to wait for,
// and a raw connection of the test's own, as another program would have.
namespace netmsg {

template <typename T> T resultOf(QFuture<T> future)
{
    return future.result();
}

inline ReceivedMessage testReceived(const QString &sender,
                                    const QString &text = QStringLiteral("hi"))
{
    return {QDateTime::currentDateTimeUtc(),
            QStringLiteral("winpopup"),
            sender,
            QStringLiteral("OPS"),
            text,
            QStringLiteral("127.0.0.1")};
}

inline DeliveryRecord testDelivery(qint64 messageId, const QString &recipient, DeliveryState state,
                                   const QString &transport = QStringLiteral("loopback"),
                                   const QDateTime &finishedAt = {})
{
    DeliveryRecord record;
    record.messageId = messageId;
    record.recipient = recipient;
    record.state = state;
    record.code = state == DeliveryState::Delivered ? 0u : quint32(Code::NerrNameNotFound);
    record.transport = transport;
    record.finishedAt = finishedAt;
    return record;
}

class RawHistoryConnection
{
public:
    explicit RawHistoryConnection(const QString &file)
        : m_name(QStringLiteral("raw-history-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~RawHistoryConnection() { QSqlDatabase::removeDatabase(m_name); }
    RawHistoryConnection(const RawHistoryConnection &) = delete;
    RawHistoryConnection &operator=(const RawHistoryConnection &) = delete;

    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }
    // The first column of the first row.
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    const QString m_name;
};

// What a job killed part way leaves: the message with its recipients (its
// dispatch ledger), the first `started` of them marked started, the first
// `delivered` of those with a delivered result. The message id, or 0.
inline qint64 recordInterruptedSend(HistoryStore &history, const QStringList &recipients,
                                    int started, int delivered, const QString &transport,
                                    const QString &text = QStringLiteral("x"))
{
    SentMessageRecord message;
    message.createdAt = QDateTime::currentDateTimeUtc();
    message.transport = transport;
    message.text = text;
    message.recipientCount = int(recipients.size());
    message.recipients = recipients;
    const HistoryWrite written = resultOf(history.recordMessage(message));
    if (!written.outcome.isSuccess())
        return 0;
    QList<int> positions;
    for (int i = 0; i < started; ++i)
        positions.append(i);
    QList<DeliveryRecord> done;
    for (int i = 0; i < delivered; ++i) {
        done.append(testDelivery(written.id, recipients.at(i), DeliveryState::Delivered, transport,
                                 QDateTime::currentDateTimeUtc()));
        done.last().position = i;
    }
    if (!resultOf(history.markStarted(written.id, positions)).outcome.isSuccess() ||
        !resultOf(history.recordDeliveries(done)).outcome.isSuccess())
        return 0;
    return written.id;
}

inline QVariant rawHistoryValue(const QString &file, const QString &sql)
{
    return RawHistoryConnection(file).value(sql);
}

} // namespace netmsg
