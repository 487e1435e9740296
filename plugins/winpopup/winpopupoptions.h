#pragma once

#include "outcome.h"
#include "peeradmission.h"
#include "winpopuptext.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace netmsg {

// The settings of the winpopup transport and how they are read from the
// options map of IMessageTransport::configure(): every key checked, unknown
// keys refused, nothing half-applied.
struct WinPopupOptions
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::WinPopupOptions)
public:
    QString codePage = QStringLiteral("CP850");
    // CRLF by default: smbd turns it into LF, but keeps a Windows 0x14 as the
    // control character U+0014 (measured with Samba 4.17); netmsg's receiver
    // reads both. "windows" sends 0x14 as Windows senders did.
    LineBreakStyle lineBreaks = LineBreakStyle::Smbclient;
    int connectTimeoutMs = 5000;
    int replyTimeoutMs = 10000;
    quint16 defaultPort = 139; // NetBIOS session service (docs/protocol.md §1.1)
    // smbclient's buffer and man page: 1600 bytes "is the limit of the protocol"
    // (docs/protocol.md §1.3); Windows receivers take 652 (MS-MSRP 3.2.4.4).
    int maxMessageBytes = 1600;
    // Negprot + SMBsends for short texts instead of the multi-block exchange.
    bool singleBlock = false;
    quint16 listenerPort = 1139; // unprivileged; 0 = any free port
    // Where remote alias listings ask (NetBIOS name service, docs/protocol.md §1.4).
    quint16 nodeStatusPort = 137;
    // Whether the sender follows a NetBIOS retarget to a host other than the
    // one it was sent to (docs/protocol.md §9.2).
    bool retargetOtherHosts = false;
    // What one peer may take of the receiver (keys maxConnectionsPerAddress,
    // connectionsPerAddressPerMinute, limitLoopbackPeers, sessionTimeoutMs).
    PeerLimits peerLimits;

    // Applies `options` over `*this`; on failure `*this` is unchanged and the
    // outcome (ERROR_INVALID_PARAMETER) names the key.
    Outcome apply(const QVariantMap &options);
    static QStringList keys();
};

} // namespace netmsg
