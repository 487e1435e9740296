#include "callpool.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCallPool, "netmsg.core")

namespace netmsg {

CallPool::CallPool(int maxThreads, int shutdownGraceMs)
    : m_pool(new QThreadPool)
    , m_shutdownGraceMs(shutdownGraceMs)
{
    m_pool->setMaxThreadCount(maxThreads);
}

CallPool::~CallPool()
{
    m_pool->clear();
    if (m_pool->waitForDone(m_shutdownGraceMs)) {
        delete m_pool;
        return;
    }
    // Deleting a QThreadPool waits for its threads without a bound; a call
    // blocked in the OS cannot be interrupted. Leave the pool to it: the
    // threads end when their calls return, or with the process.
    qCWarning(lcCallPool) << m_pool->activeThreadCount()
                          << "blocking call(s) still running at shutdown; not waiting for them";
}

} // namespace netmsg
