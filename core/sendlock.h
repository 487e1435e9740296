#pragma once

#include "netmsg_core_export.h"
#include "outcome.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace netmsg {

// Who is sending a message now: a lock file per message being sent, beside
// its history (`<history>.send-<id>.lock`), held by the job that sends it
// and by a resume from before it reads the ledger until its job ends. So a
// resume never runs beside the sender it resumes (another console, a CLI
// still running), and two resumes of one message never run at once. A
// holder that died leaves a stale file: the next taker on that host sees its
// process is gone and takes the lock over (QLockFile), which is what a
// resume after `kill -9` does.
class NETMSG_CORE_EXPORT SendLock
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::SendLock)
public:
    // The lock, or null with `why` naming its holder (ERROR_BUSY).
    static std::shared_ptr<SendLock> take(const QString &historyPath, qint64 messageId,
                                          Outcome *why);
    static QString fileFor(const QString &historyPath, qint64 messageId);

    ~SendLock();
    SendLock(const SendLock &) = delete;
    SendLock &operator=(const SendLock &) = delete;

private:
    explicit SendLock(const QString &file);
    QLockFile m_file;
};

} // namespace netmsg
