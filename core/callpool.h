#pragma once

#include "netmsg_core_export.h"

#include <QThreadPool>

namespace netmsg {

// The thread pool a transport runs its blocking OS calls on (Messenger RPCs,
// message boxes). On destruction it drops calls still queued, gives running
// ones a short grace, and then lets any that are still blocked (a message box
// that waits for its answer) end on their own rather than hang the shutdown.
// So work given to it must keep alive whatever it uses (capture shared_ptrs,
// including the DLL it calls into).
class NETMSG_CORE_EXPORT CallPool
{
public:
    explicit CallPool(int maxThreads, int shutdownGraceMs = 2000);
    ~CallPool();
    CallPool(const CallPool &) = delete;
    CallPool &operator=(const CallPool &) = delete;

    QThreadPool &pool() { return *m_pool; }
    int maxThreads() const { return m_pool->maxThreadCount(); }

private:
    QThreadPool *m_pool;
    int m_shutdownGraceMs;
};

} // namespace netmsg
