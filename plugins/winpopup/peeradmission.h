#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace netmsg {

// How much of a receiver one peer may take (issue 10 "Security"), beyond
// ReceiverOptions' limits for all peers together.
struct PeerLimits
{
    // Connections open at once from one address; 0 = no limit.
    int maxConnectionsPerAddress = 16;
    // New connections from one address: bursts of up to this many, and this
    // many a minute after that (a token bucket); 0 = no limit.
    int connectionsPerAddressPerMinute = 300;
    // Loopback peers are processes on this machine, and the receiver's only
    // peers in its default binding: one address for all of them, so they are
    // limited only when this is set (tests, or a loopback-only proxy).
    bool limitLoopback = false;
    // How long one connection may last, however busy: a peer that keeps
    // sending whole requests is never idle, but it does not keep its place
    // for ever (a message takes well under a second).
    int sessionTimeoutMs = 60000;
    // Peer networks (address/prefix, QHostAddress::parseSubnet): a peer in a
    // denied one is refused; with an allowed list, so is a peer in none of
    // them. Both apply to loopback peers too. Empty: everyone.
    QList<QPair<QHostAddress, int>> allowedNetworks;
    QList<QPair<QHostAddress, int>> deniedNetworks;

    // "10.0.0.0/8,192.168.1.5" into networks (an address alone is a /32 or
    // /128), or false with the entry that is not one in `bad`.
    static bool parseNetworks(const QString &text, QList<QPair<QHostAddress, int>> *networks,
                              QString *bad);
};

// Decides, for each connection a receiver accepts, whether its peer address
// is within its PeerLimits, and keeps the per-address counts that takes.
// IPv4 addresses count one by one, IPv6 ones by their /64 (what one host
// usually holds). Addresses with nothing open and a full bucket are
// forgotten, so a flood from many addresses leaves no lasting state.
// Pure bookkeeping on a clock the caller passes: no sockets, no timers.
class PeerAdmission
{
public:
    enum class Verdict { Admit, TooManyOpen, TooFast, Denied, NotAllowed };

    explicit PeerAdmission(PeerLimits limits = {});

    // Admit counts a connection from `peer` as open until release().
    Verdict admit(const QHostAddress &peer, qint64 nowMs);
    void release(const QHostAddress &peer);
    // True the first time an address is refused since it was last forgotten:
    // worth a line in the log above debug level.
    bool firstRefusal(const QHostAddress &peer);
    int openFrom(const QHostAddress &peer) const;
    int trackedAddresses() const { return int(m_peers.size()); }
    const PeerLimits &limits() const { return m_limits; }

    // The address the limits count: IPv4 (also when mapped into IPv6), or
    // the /64 of an IPv6 address.
    static QString keyFor(const QHostAddress &peer);

private:
    struct Peer
    {
        int open = 0;
        double tokens = 0;
        qint64 refilledAtMs = 0;
        bool refused = false;
    };

    bool isLimited(const QHostAddress &peer) const;
    void refill(Peer &peer, qint64 nowMs) const;
    void prune(qint64 nowMs);

    PeerLimits m_limits;
    QHash<QString, Peer> m_peers;
    qint64 m_prunedAtMs = 0;
};

} // namespace netmsg
