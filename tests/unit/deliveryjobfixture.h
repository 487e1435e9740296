#pragma once

// What DeliveryJob's tests over one fake transport share (tst_deliveryjob for
// states, retries, timeouts, cancel and splitting, tst_deliveryjobhistory for
// what reaches the history and teardown in the middle of a job).
#include "deliveryjob.h"
#include "faketransport.h"
#include "historystore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace netmsg::testing {

class DeliveryJobFixture
{
protected:
    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<HistoryStore>();
        QVERIFY(m_history->open(m_dir->filePath(QStringLiteral("h.sqlite"))).isSuccess());
        m_transport = std::make_unique<FakeTransport>();
    }

    void tearDown()
    {
        m_transport.reset();
        m_history.reset();
    }

    static QList<Recipient> recipients(const QStringList &names)
    {
        QList<Recipient> list;
        for (const QString &name : names)
            list.append(Recipient{name, {}, 0, {}});
        return list;
    }

    static Message text(const QString &text)
    {
        Message message;
        message.text = text;
        return message;
    }

    bool runToEnd(DeliveryJob &job, int timeoutMs = 10000)
    {
        if (!job.isRunning())
            return true;
        QSignalSpy finished(&job, &DeliveryJob::finished);
        return finished.wait(timeoutMs);
    }

    DeliveryOptions options(int concurrency, int timeoutMs, int retries = 0,
                            OverLimitPolicy policy = OverLimitPolicy::Refuse) const
    {
        DeliveryOptions options;
        options.concurrency = concurrency;
        options.timeoutMs = timeoutMs;
        options.retries = retries;
        options.retryDelayMs = 1;
        options.overLimit = policy;
        return options;
    }

    // Read with a connection of its own, as another process would.
    QVariant scalar(const QString &sql) const
    {
        QVariant value;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(m_history->path());
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    value = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return value;
    }

    // From now on the history refuses rows of `table`, as a full disk would.
    void refuseInserts(const QString &table, const QString &why) const
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refusing"));
            db.setDatabaseName(m_history->path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1"
                                              " BEGIN SELECT RAISE(ABORT, '%2'); END")
                                   .arg(table, why)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refusing"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<FakeTransport> m_transport;
};

} // namespace netmsg::testing
