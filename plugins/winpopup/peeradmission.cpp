#include "peeradmission.h"

#include <algorithm>
#include <utility>

namespace netmsg {

namespace {

constexpr double MinuteMs = 60000.0;
// Past this many addresses, forgettable ones are dropped (at most once a
// second); past the hard cap, every address with nothing open is.
constexpr int PruneAbove = 1024;
constexpr int HardCap = 65536;

} // namespace

PeerAdmission::PeerAdmission(PeerLimits limits)
    : m_limits(std::move(limits))
{}

QString PeerAdmission::keyFor(const QHostAddress &peer)
{
    bool isIpv4 = false;
    const quint32 v4 = peer.toIPv4Address(&isIpv4);
    if (isIpv4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = peer.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

bool PeerAdmission::isLimited(const QHostAddress &peer) const
{
    if (m_limits.maxConnectionsPerAddress <= 0 && m_limits.connectionsPerAddressPerMinute <= 0)
        return false;
    bool isIpv4 = false;
    const QHostAddress v4(peer.toIPv4Address(&isIpv4));
    return m_limits.limitLoopback || !(isIpv4 ? v4 : peer).isLoopback();
}

void PeerAdmission::refill(Peer &peer, qint64 nowMs) const
{
    const double rate = m_limits.connectionsPerAddressPerMinute;
    peer.tokens = std::min(rate, peer.tokens + double(nowMs - peer.refilledAtMs) * rate / MinuteMs);
    peer.refilledAtMs = nowMs;
}

bool PeerLimits::parseNetworks(const QString &text, QList<QPair<QHostAddress, int>> *networks,
                               QString *bad)
{
    networks->clear();
    for (const QString &entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        QPair<QHostAddress, int> network = QHostAddress::parseSubnet(trimmed);
        if (network.first.isNull()) {
            const QHostAddress alone(trimmed);
            if (alone.isNull()) {
                *bad = trimmed;
                return false;
            }
            network = {alone, alone.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        networks->append(network);
    }
    return true;
}

PeerAdmission::Verdict PeerAdmission::admit(const QHostAddress &address, qint64 nowMs)
{
    // An IPv4 peer on a dual-stack socket arrives as ::ffff:a.b.c.d.
    bool isIpv4 = false;
    const quint32 v4 = address.toIPv4Address(&isIpv4);
    const QHostAddress plain = isIpv4 ? QHostAddress(v4) : address;
    const auto within = [&plain](const QList<QPair<QHostAddress, int>> &networks) {
        return std::any_of(networks.cbegin(), networks.cend(),
                           [&plain](const auto &network) { return plain.isInSubnet(network); });
    };
    if (within(m_limits.deniedNetworks))
        return Verdict::Denied;
    if (!m_limits.allowedNetworks.isEmpty() && !within(m_limits.allowedNetworks))
        return Verdict::NotAllowed;
    if (!isLimited(address))
        return Verdict::Admit;
    prune(nowMs);
    const QString key = keyFor(address);
    auto it = m_peers.find(key);
    if (it == m_peers.end())
        it = m_peers.insert(key,
                            Peer{0, double(m_limits.connectionsPerAddressPerMinute), nowMs, false});
    Peer &peer = it.value();
    if (m_limits.maxConnectionsPerAddress > 0 && peer.open >= m_limits.maxConnectionsPerAddress)
        return Verdict::TooManyOpen;
    if (m_limits.connectionsPerAddressPerMinute > 0) {
        refill(peer, nowMs);
        if (peer.tokens < 1.0)
            return Verdict::TooFast;
        peer.tokens -= 1.0;
    }
    ++peer.open;
    return Verdict::Admit;
}

void PeerAdmission::release(const QHostAddress &address)
{
    const auto it = m_peers.find(keyFor(address));
    if (it != m_peers.end() && it->open > 0)
        --it->open;
}

bool PeerAdmission::firstRefusal(const QHostAddress &address)
{
    const auto it = m_peers.find(keyFor(address));
    if (it == m_peers.end() || it->refused)
        return false;
    it->refused = true;
    return true;
}

int PeerAdmission::openFrom(const QHostAddress &address) const
{
    return m_peers.value(keyFor(address)).open;
}

void PeerAdmission::prune(qint64 nowMs)
{
    if (m_peers.size() < PruneAbove || nowMs - m_prunedAtMs < 1000)
        return;
    m_prunedAtMs = nowMs;
    const double full = m_limits.connectionsPerAddressPerMinute;
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        refill(it.value(), nowMs);
        if (it->open == 0 && it->tokens >= full)
            it = m_peers.erase(it);
        else
            ++it;
    }
    if (m_peers.size() < HardCap)
        return;
    // Under a flood from more addresses than that, forget the rate of those
    // with nothing open: the connection limits still hold.
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (it->open == 0)
            it = m_peers.erase(it);
        else
            ++it;
    }
}

} // namespace netmsg
