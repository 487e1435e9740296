#include "sendlock.h"

namespace netmsg {

SendLock::SendLock(const QString &file)
    : m_file(file)
{
    // Never stale by age: a job may send for hours. Only a holder whose
    // process is gone (same host) leaves a lock the next taker may take over.
    m_file.setStaleLockTime(0);
}

SendLock::~SendLock() = default; // QLockFile unlocks and removes the file

QString SendLock::fileFor(const QString &historyPath, qint64 messageId)
{
    return historyPath + QStringLiteral(".send-%1.lock").arg(messageId);
}

std::shared_ptr<SendLock> SendLock::take(const QString &historyPath, qint64 messageId, Outcome *why)
{
    std::shared_ptr<SendLock> lock(new SendLock(fileFor(historyPath, messageId)));
    if (lock->m_file.tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString program;
    if (lock->m_file.error() == QLockFile::LockFailedError &&
        lock->m_file.getLockInfo(&pid, &host, &program)) {
        *why = Outcome(Code::Busy,
                       tr("message %1 is being sent by %2 (process %3 on %4); go on with it once "
                          "that has ended")
                           .arg(messageId)
                           .arg(program.isEmpty() ? tr("another netmsg") : program)
                           .arg(pid)
                           .arg(host));
    } else {
        *why = Outcome(lock->m_file.error() == QLockFile::PermissionError ? Code::AccessDenied
                                                                          : Code::Busy,
                       tr("cannot lock %1 to send message %2")
                           .arg(fileFor(historyPath, messageId))
                           .arg(messageId));
    }
    return nullptr;
}

} // namespace netmsg
