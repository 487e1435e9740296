#include "aliasservers.h"

#include "consolecontext.h"

namespace netmsg::gui {

namespace {
const QString settingsArray = QStringLiteral("aliases/servers");

// "\\HQ " and "HQ" name the same server.
QString normalized(const QString &server)
{
    QString name = server.trimmed();
    while (name.startsWith(QLatin1Char('\\')))
        name.remove(0, 1);
    return name;
}

Capability capabilityFor(AliasChange change)
{
    return change == AliasChange::Add ? Capability::AddAlias : Capability::DeleteAlias;
}
} // namespace

AliasServers::AliasServers(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    load();
    connect(&m_context, &ConsoleContext::routeChanged, this, &AliasServers::reload);
}

AliasServers::~AliasServers() = default;

int AliasServers::indexOf(quint64 key) const
{
    for (int i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).key == key)
            return i;
    }
    return -1;
}

QString AliasServers::title(const AliasServer &server)
{
    const QString transport =
        server.transportId.isEmpty() ? tr("no transport") : server.transportId;
    return server.isLocal() ? tr("this computer (%1)").arg(transport)
                            : tr("%1 (%2)").arg(server.server, transport);
}

QList<RouteEntry> AliasServers::transportsFor(const QString &server)
{
    QList<RouteEntry> candidates;
    QStringList seen;
    const auto consider = [&](const RouteEntry &entry) {
        if (seen.contains(entry.id))
            return;
        seen.append(entry.id);
        if (!entry.isUsable())
            return;
        const Capabilities can =
            entry.transport->aliasAccess(server).capabilities & entry.transport->capabilities();
        if (can.testFlag(Capability::ListAliases))
            candidates.append(entry);
    };
    for (const RouteEntry &entry : m_context.route())
        consider(entry);
    for (const RouteEntry &entry : m_context.allTransports())
        consider(entry);
    return candidates;
}

AliasServer AliasServers::resolve(const QString &server, const QString &transportId)
{
    AliasServer resolved;
    resolved.server = server;
    resolved.transportId = transportId;
    if (transportId.isEmpty()) {
        const QList<RouteEntry> candidates = transportsFor(server);
        if (candidates.isEmpty()) {
            resolved.availability = Outcome(
                Code::NotSupported,
                server.isEmpty() ? tr("no transport here can list this computer's aliases")
                                 : tr("no transport here can list the aliases of %1").arg(server));
            return resolved;
        }
        resolved.transportId = candidates.first().id;
    }
    Outcome error;
    resolved.transport = m_context.registry().transport(resolved.transportId, &error);
    if (!resolved.transport) {
        resolved.availability =
            error.isSuccess()
                ? Outcome(Code::NotSupported,
                          tr("no transport '%1' on this system").arg(resolved.transportId))
                : error;
        return resolved;
    }
    resolved.availability = resolved.transport->availability();
    resolved.access = resolved.transport->aliasAccess(server);
    resolved.access.capabilities &= resolved.transport->capabilities();
    return resolved;
}

void AliasServers::load()
{
    AliasServer local = resolve({}, {});
    local.key = m_nextKey++;
    m_servers.append(local);
    QSettings &settings = m_context.settings().raw();
    const int count = settings.beginReadArray(settingsArray);
    QList<std::pair<QString, QString>> saved;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        saved.append({normalized(settings.value(QStringLiteral("server")).toString()),
                      settings.value(QStringLiteral("transport")).toString()});
    }
    settings.endArray();
    for (const auto &[server, transportId] : std::as_const(saved)) {
        if (server.isEmpty())
            continue;
        AliasServer remote = resolve(server, transportId);
        remote.key = m_nextKey++;
        m_servers.append(remote);
    }
}

void AliasServers::save()
{
    QSettings &settings = m_context.settings().raw();
    settings.remove(settingsArray);
    settings.beginWriteArray(settingsArray, int(m_servers.size()) - 1);
    for (int i = 1; i < m_servers.size(); ++i) {
        settings.setArrayIndex(i - 1);
        settings.setValue(QStringLiteral("server"), m_servers.at(i).server);
        settings.setValue(QStringLiteral("transport"), m_servers.at(i).transportId);
    }
    settings.endArray();
}

Outcome AliasServers::addServer(const QString &server, const QString &transportId)
{
    const QString name = normalized(server);
    if (name.isEmpty())
        return Outcome(Code::InvalidParameter, tr("name the server to add"));
    AliasServer added = resolve(name, transportId);
    if (!added.availability.isSuccess())
        return added.availability;
    if (!added.can(Capability::ListAliases))
        return Outcome(
            Code::NotSupported,
            tr("the %1 transport cannot list the aliases of %2").arg(added.transportId, name));
    for (const AliasServer &known : std::as_const(m_servers)) {
        if (!known.isLocal() && known.transportId == added.transportId &&
            known.server.compare(name, Qt::CaseInsensitive) == 0)
            return Outcome(Code::InvalidParameter, tr("%1 is already shown").arg(title(known)));
    }
    added.key = m_nextKey++;
    m_servers.append(added);
    save();
    const int index = int(m_servers.size()) - 1;
    emit serverAdded(index);
    refresh(index);
    return Outcome::success();
}

void AliasServers::removeServer(int index)
{
    if (index <= 0 || index >= m_servers.size())
        return;
    if (QFutureWatcher<AliasListing> *listing = m_listings.take(m_servers.at(index).key)) {
        listing->disconnect(this);
        listing->deleteLater();
    }
    m_servers.removeAt(index);
    save();
    emit serverRemoved(index);
}

void AliasServers::reload()
{
    for (int i = 0; i < m_servers.size(); ++i) {
        AliasServer &server = m_servers[i];
        AliasServer next =
            resolve(server.server, server.isLocal() ? QString() : server.transportId);
        if (next.transport == server.transport && next.transportId == server.transportId &&
            next.access.capabilities == server.access.capabilities &&
            next.availability == server.availability)
            continue;
        next.key = server.key;
        server = next;
        emit serverChanged(i);
        refresh(i);
    }
}

void AliasServers::refreshAll()
{
    for (int i = 0; i < m_servers.size(); ++i)
        refresh(i);
}

void AliasServers::refresh(int index)
{
    if (index < 0 || index >= m_servers.size())
        return;
    const AliasServer &server = m_servers.at(index);
    if (!server.can(Capability::ListAliases)) {
        emit listed(
            index,
            AliasListing{
                server.availability.isSuccess()
                    ? Outcome(Code::NotSupported,
                              tr("the %1 transport cannot list them").arg(server.transportId))
                    : server.availability,
                {}});
        return;
    }
    const quint64 key = server.key;
    // A newer listing of the same server replaces one still under way.
    if (QFutureWatcher<AliasListing> *older = m_listings.take(key)) {
        older->disconnect(this);
        older->deleteLater();
    }
    auto *watcher = new QFutureWatcher<AliasListing>(this);
    m_listings.insert(key, watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, key, watcher] {
        m_listings.remove(key);
        watcher->deleteLater();
        const QFuture<AliasListing> future = watcher->future();
        const int at = indexOf(key);
        if (at >= 0)
            emit listed(at, future.resultCount() > 0
                                ? future.result()
                                : AliasListing{Outcome(Code::InternalError,
                                                       tr("the listing ended without an answer")),
                                               {}});
    });
    IMessageTransport *transport = server.transport;
    const QString name = server.server;
    emit listingStarted(index);
    // The watcher reports through the event loop, even for a finished future.
    watcher->setFuture(transport->listAliases(name));
}

void AliasServers::change(int index, AliasChange change, const QString &name)
{
    if (index < 0 || index >= m_servers.size())
        return;
    const AliasServer &server = m_servers.at(index);
    if (!server.can(capabilityFor(change))) {
        const QString why =
            server.access.description.isEmpty()
                ? tr("the %1 transport cannot change the aliases of %2")
                      .arg(server.transportId, title(server))
                : tr("%1 on %2: %3")
                      .arg(server.transportId, title(server), server.access.description);
        emit changeFinished(index, change, name,
                            server.availability.isSuccess() ? Outcome(Code::NotSupported, why)
                                                            : server.availability);
        return;
    }
    const quint64 key = server.key;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, key, watcher, change, name] {
        watcher->deleteLater();
        const QFuture<Outcome> future = watcher->future();
        const Outcome outcome =
            future.resultCount() > 0
                ? future.result()
                : Outcome(Code::InternalError, tr("the change ended without an answer"));
        const int at = indexOf(key);
        if (at < 0)
            return;
        emit changeFinished(at, change, name, outcome);
        if (outcome.isSuccess())
            refresh(at);
    });
    watcher->setFuture(change == AliasChange::Add
                           ? server.transport->addAlias(server.server, name)
                           : server.transport->deleteAlias(server.server, name));
}

} // namespace netmsg::gui
