#include "loopbacknetwork.h"

#include "privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcLoopback, "netmsg.loopback")

namespace netmsg {

LoopbackNetwork::LoopbackNetwork(const QString &stateFile)
    : m_stateFile(stateFile)
{
    load();
}

LoopbackNetwork::LoopbackNetwork(const QString &stateFile, Unread)
    : m_stateFile(stateFile)
{}

LoopbackNetwork::Server &LoopbackNetwork::server(const QString &name)
{
    const QString key = name.toUpper();
    auto it = m_servers.find(key);
    if (it == m_servers.end())
        it = m_servers.insert(key, Server{key, {key}, {}, {key}});
    return *it;
}

bool LoopbackNetwork::load()
{
    QFile file(m_stateFile);
    const QFileInfo info(m_stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    m_loadedModified = info.lastModified();
    m_loadedSize = info.size();
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    m_servers.clear();
    m_nextSequence = qMax<qint64>(1, root.value(QLatin1String("nextSequence")).toInteger());
    const QJsonObject servers = root.value(QLatin1String("servers")).toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        Server server;
        server.computerName = object.value(QLatin1String("computerName")).toString(it.key());
        for (const auto &alias : object.value(QLatin1String("aliases")).toArray())
            server.addAlias(alias.toString().toUpper());
        for (const auto &value : object.value(QLatin1String("inbox")).toArray()) {
            const QJsonObject entry = value.toObject();
            server.inbox.append(
                {entry.value(QLatin1String("sequence")).toInteger(),
                 QDateTime::fromString(entry.value(QLatin1String("time")).toString(),
                                       Qt::ISODateWithMs),
                 entry.value(QLatin1String("sender")).toString(),
                 entry.value(QLatin1String("alias")).toString(),
                 entry.value(QLatin1String("text")).toString()});
        }
        if (server.aliases.isEmpty())
            server.addAlias(server.computerName);
        m_servers.insert(it.key(), server);
    }
    return true;
}

void LoopbackNetwork::refresh()
{
    const QFileInfo info(m_stateFile);
    if (info.exists() && (info.lastModified() != m_loadedModified || info.size() != m_loadedSize))
        load();
}

Outcome LoopbackNetwork::save()
{
    QJsonObject servers;
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        QJsonArray inbox;
        for (const InboxEntry &entry : it->inbox)
            inbox.append(
                QJsonObject{{QStringLiteral("sequence"), entry.sequence},
                            {QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("sender"), entry.sender},
                            {QStringLiteral("alias"), entry.alias},
                            {QStringLiteral("text"), entry.text}});
        servers.insert(it.key(), QJsonObject{{QStringLiteral("computerName"), it->computerName},
                                             {QStringLiteral("aliases"),
                                              QJsonArray::fromStringList(it->aliases)},
                                             {QStringLiteral("inbox"), inbox}});
    }
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("nextSequence"), m_nextSequence},
                           {QStringLiteral("servers"), servers}};
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file) ||
        file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Outcome(Code::AccessDenied,
                       QStringLiteral("cannot write the loopback network state %1: %2")
                           .arg(m_stateFile, file.errorString()));
    const QFileInfo info(m_stateFile);
    m_loadedModified = info.lastModified();
    m_loadedSize = info.size();
    return Outcome::success();
}

Outcome LoopbackNetwork::modify(const std::function<Outcome(LoopbackNetwork &)> &change)
{
    QLockFile lock(m_stateFile + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Outcome(Code::NerrNameInUse,
                       QStringLiteral("the loopback network state %1 is locked by another process")
                           .arg(m_stateFile));
    load();
    const QMap<QString, Server> onDisk = m_servers;
    const qint64 nextOnDisk = m_nextSequence;
    // Deliveries queued in this process are merged into what is on disk now.
    const QList<Pending> pending = std::exchange(m_pending, {});
    mergePending(pending);
    const Outcome changed = change ? change(*this) : Outcome::success();
    if (!changed.isSuccess()) {
        // Undo whatever the refused change touched, but keep the deliveries:
        // they were reported as done and must reach the file all the same.
        m_servers = onDisk;
        m_nextSequence = nextOnDisk;
        if (pending.isEmpty())
            return changed;
        mergePending(pending);
    }
    const Outcome saved = save();
    ++m_revision;
    if (!saved.isSuccess()) {
        // Nothing reached the file: this copy goes back to it, and the
        // deliveries wait for the next write.
        m_servers = onDisk;
        m_nextSequence = nextOnDisk;
        m_pending = pending + m_pending;
    }
    return changed.isSuccess() ? saved : changed;
}

void LoopbackNetwork::mergePending(const QList<Pending> &pending)
{
    for (const Pending &delivery : pending) {
        Server &target = server(delivery.server);
        InboxEntry entry = delivery.entry;
        entry.sequence = m_nextSequence++;
        target.inbox.append(entry);
        while (target.inbox.size() > inboxLimit)
            target.inbox.removeFirst();
    }
}

LoopbackNetwork::InboxEntry LoopbackNetwork::deliver(const QString &serverName,
                                                     const QString &alias, const QString &sender,
                                                     const QString &text)
{
    InboxEntry entry{0, QDateTime::currentDateTimeUtc(), sender, alias, text};
    m_pending.append({serverName, entry});
    return entry;
}

void LoopbackNetwork::adopt(LoopbackNetwork &&written, int revisionAtStart)
{
    if (m_revision != revisionAtStart)
        return;
    const QFileInfo info(m_stateFile);
    if (info.lastModified() != written.m_loadedModified || info.size() != written.m_loadedSize)
        return;
    m_servers = std::move(written.m_servers);
    m_nextSequence = written.m_nextSequence;
    m_loadedModified = written.m_loadedModified;
    m_loadedSize = written.m_loadedSize;
}

Outcome LoopbackNetwork::flush()
{
    if (m_pending.isEmpty())
        return Outcome::success();
    return modify({});
}

} // namespace netmsg
