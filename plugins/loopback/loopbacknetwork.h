#pragma once

#include "outcome.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace netmsg {

// The simulated network behind the loopback transport: servers, their aliases
// and inboxes, kept in a JSON file so that separate processes (CLI runs) see
// the same network. Every change is made under a lock file on a fresh read, so
// concurrent processes never lose each other's changes.
class LoopbackNetwork
{
public:
    struct InboxEntry
    {
        qint64 sequence = 0;
        QDateTime time;
        QString sender;
        QString alias;
        QString text;
    };
    struct Server
    {
        QString computerName;
        QStringList aliases; // upper-cased, the computer name first
        QList<InboxEntry> inbox;

        // Constant time, for servers with thousands of aliases.
        bool hasAlias(const QString &upper) const { return index.contains(upper); }
        void addAlias(const QString &upper)
        {
            aliases.append(upper);
            index.insert(upper);
        }
        bool removeAlias(const QString &upper)
        {
            index.remove(upper);
            return aliases.removeOne(upper);
        }
        QSet<QString> index; // of aliases
    };

    explicit LoopbackNetwork(const QString &stateFile);
    // A copy that has not read the file yet (a write on another thread:
    // modify() reads it under the lock, once).
    struct Unread
    {};
    LoopbackNetwork(const QString &stateFile, Unread);

    QString stateFile() const { return m_stateFile; }
    // The server of that name, created with its computer name as first alias.
    Server &server(const QString &name);
    const QMap<QString, Server> &servers() const { return m_servers; }

    // Re-reads the file if another process changed it.
    void refresh();
    // Applies `change` to the freshest state under the lock and writes it out.
    Outcome modify(const std::function<Outcome(LoopbackNetwork &)> &change);
    // Queues a delivery; queued deliveries reach the file on flush().
    InboxEntry deliver(const QString &server, const QString &alias, const QString &sender,
                       const QString &text);
    Outcome flush();
    bool hasPending() const { return !m_pending.isEmpty(); }

    struct Pending
    {
        QString server;
        InboxEntry entry;
    };
    // For a flush on another thread (a copy of its own reads, merges and
    // writes the file): the deliveries queued so far, taken out of this copy;
    // requeue() gives them back when that write failed.
    QList<Pending> takePending() { return std::exchange(m_pending, {}); }
    void requeue(const QList<Pending> &pending) { m_pending = pending + m_pending; }
    // Takes over what `written` wrote, unless the file changed again since
    // (then the next refresh() reads it). Counts this copy's own writes so
    // that a write made here meanwhile is never replaced by an older one.
    void adopt(LoopbackNetwork &&written, int revisionAtStart);
    int revision() const { return m_revision; }

    static constexpr int inboxLimit = 1000; // per server, oldest dropped first

private:
    bool load();
    Outcome save();
    void mergePending(const QList<Pending> &pending);

    QString m_stateFile;
    QMap<QString, Server> m_servers;
    QList<Pending> m_pending;
    qint64 m_nextSequence = 1;
    QDateTime m_loadedModified;
    qint64 m_loadedSize = -1;
    int m_revision = 0; // writes made through modify() on this copy
};

} // namespace netmsg
