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

inline QVariant rawHistoryValue(const QString &file, const QString &sql)
{
    return RawHistoryConnection(file).value(sql);
}

} // namespace netmsg
