#pragma once

#include "imessagetransport.h"
#include "route.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace netmsg::gui {

class ConsoleContext;

// One server of the aliases tab and the transport that manages its aliases.
struct AliasServer
{
    quint64 key = 0; // stable while the tab lives, for answers that come late
    QString server;  // empty: this computer (the console's own receiver)
    QString transportId;
    QPointer<IMessageTransport> transport;
    Outcome availability; // why the transport cannot be used, when it cannot
    AliasAccess access;   // what it can do with this server's aliases

    bool isLocal() const { return server.isEmpty(); }
    bool can(Capability capability) const
    {
        return transport && availability.isSuccess() && access.capabilities.testFlag(capability);
    }
    bool isReadOnly() const { return !can(Capability::AddAlias) && !can(Capability::DeleteAlias); }
};

enum class AliasChange { Add, Delete };

// The servers the aliases tab shows: this computer first, then those the
// operator added (kept in the settings under aliases/servers), each with the
// transport that manages it, chosen by what it can do (aliasAccess), never
// by name: the route's first, else any the registry has. Lists and changes
// aliases through that transport; every answer names the server by key, so
// an answer for a server removed meanwhile is dropped.
class AliasServers : public QObject
{
    Q_OBJECT
public:
    explicit AliasServers(ConsoleContext &context, QObject *parent = nullptr);
    ~AliasServers() override;

    const QList<AliasServer> &servers() const { return m_servers; }
    int indexOf(quint64 key) const;
    // What the tab shows for it: "this computer (loopback)", "HQ (loopback)".
    static QString title(const AliasServer &server);

    // Transports that can list the aliases of `server`: the route's, then
    // the others the registry has.
    QList<RouteEntry> transportsFor(const QString &server);
    // Adds a server (`transportId` empty: the first that can list it) and
    // keeps the list in the settings. InvalidParameter / NotSupported say why not.
    Outcome addServer(const QString &server, const QString &transportId = {});
    void removeServer(int index); // this computer stays
    // Chooses every server's transport again (after the route changed).
    void reload();

    void refresh(int index);
    void refreshAll();
    void change(int index, AliasChange change, const QString &name);

Q_SIGNALS:
    void serverAdded(int index);
    void serverRemoved(int index);
    void serverChanged(int index); // its transport or access changed
    void listingStarted(int index);
    void listed(int index, const netmsg::AliasListing &listing);
    void changeFinished(int index, netmsg::gui::AliasChange change, const QString &name,
                        const netmsg::Outcome &outcome);

private:
    AliasServer resolve(const QString &server, const QString &transportId);
    void load();
    void save();

    ConsoleContext &m_context;
    QList<AliasServer> m_servers;
    // Listings in flight by server key; a newer one replaces the older.
    QHash<quint64, QFutureWatcher<AliasListing> *> m_listings;
    quint64 m_nextKey = 1;
};

} // namespace netmsg::gui
