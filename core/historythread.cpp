#include "historythread.h"

#include <QDeadlineTimer>

#include "historysql.h"

#include <QUuid>

namespace netmsg {

HistoryThread::HistoryThread(const QString &path, Role role)
    : m_path(path)
    , m_role(role)
    , m_connectionName(
          QStringLiteral("netmsg-history-%1-%2")
              .arg(role == Role::Writer ? QLatin1String("writer") : QLatin1String("reader"),
                   QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
    setObjectName(role == Role::Writer ? QStringLiteral("netmsg history writer")
                                       : QStringLiteral("netmsg history reader"));
}

HistoryThread::~HistoryThread()
{
    Q_ASSERT(!isRunning());
    wait();
}

Outcome HistoryThread::startAndOpen()
{
    QFuture<Outcome> opened = m_opened.future();
    m_opened.start();
    start();
    opened.waitForFinished();
    return opened.resultCount() > 0 ? opened.result() : Outcome(Code::InternalError);
}

void HistoryThread::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_accepting = false;
        m_wake.wakeAll();
    }
    wait();
}

bool HistoryThread::enqueue(const std::function<void()> &push)
{
    QMutexLocker lock(&m_mutex);
    if (!m_accepting)
        return false;
    push();
    m_wake.wakeOne();
    return true;
}

void HistoryThread::run()
{
    Outcome opened = HistorySql::open(m_connectionName, m_path, m_role);
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (opened.isSuccess())
            opened = prepare(db);
        if (opened.isSuccess()) {
            QMutexLocker lock(&m_mutex);
            m_accepting = true;
        }
        m_opened.addResult(opened);
        m_opened.finish();
        if (opened.isSuccess())
            serve(db);
    }
    HistorySql::close(m_connectionName);
}

// Until stopped and nothing is left: whatever was queued while the last
// batch ran is the next batch.
void HistoryThread::serve(const QSqlDatabase &db)
{
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (m_accepting && !hasQueued())
                m_wake.wait(&m_mutex);
            if (!hasQueued())
                return;
            if (const int gather = gatherMs(); gather > 0) {
                const QDeadlineTimer deadline(gather, Qt::PreciseTimer);
                while (m_accepting && !deadline.hasExpired())
                    m_wake.wait(&m_mutex, deadline);
            }
        }
        runQueued(db);
    }
}

} // namespace netmsg
