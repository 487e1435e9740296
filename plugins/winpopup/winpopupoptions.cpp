#include "winpopupoptions.h"

#include "textcodec.h"

namespace netmsg {

namespace {

bool readInt(const QVariant &value, int minimum, int maximum, int *out)
{
    bool ok = false;
    const int number = value.toString().toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return false;
    *out = number;
    return true;
}

bool readBool(const QVariant &value, bool *out)
{
    const QString text = value.toString().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") ||
        text == QLatin1String("yes") || text == QLatin1String("on")) {
        *out = true;
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0") ||
        text == QLatin1String("no") || text == QLatin1String("off")) {
        *out = false;
        return true;
    }
    return false;
}

} // namespace

QStringList WinPopupOptions::keys()
{
    return {QStringLiteral("codePage"),
            QStringLiteral("lineBreaks"),
            QStringLiteral("connectTimeoutMs"),
            QStringLiteral("replyTimeoutMs"),
            QStringLiteral("defaultPort"),
            QStringLiteral("maxMessageBytes"),
            QStringLiteral("singleBlock"),
            QStringLiteral("listenerPort"),
            QStringLiteral("retargetOtherHosts"),
            QStringLiteral("maxConnectionsPerAddress"),
            QStringLiteral("connectionsPerAddressPerMinute"),
            QStringLiteral("limitLoopbackPeers"),
            QStringLiteral("sessionTimeoutMs"),
            QStringLiteral("allowNetworks"),
            QStringLiteral("denyNetworks")};
}

Outcome WinPopupOptions::apply(const QVariantMap &options)
{
    WinPopupOptions next = *this;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        int number = 0;
        bool ok = true;
        if (key == QLatin1String("codePage")) {
            const QString name = TextCodec::canonicalName(value.toString());
            // The wire is an OEM code page, never UTF-16 (docs/protocol.md §3 MS-MSRP).
            ok = !name.isEmpty() && name.startsWith(QLatin1String("CP")) &&
                 TextCodec(name).isValid();
            next.codePage = name;
        } else if (key == QLatin1String("lineBreaks")) {
            ok = WinPopupText::styleFromName(value.toString(), &next.lineBreaks);
        } else if (key == QLatin1String("connectTimeoutMs")) {
            ok = readInt(value, 1, 600000, &next.connectTimeoutMs);
        } else if (key == QLatin1String("replyTimeoutMs")) {
            ok = readInt(value, 1, 600000, &next.replyTimeoutMs);
        } else if (key == QLatin1String("defaultPort")) {
            ok = readInt(value, 1, 65535, &number);
            next.defaultPort = quint16(number);
        } else if (key == QLatin1String("maxMessageBytes")) {
            ok = readInt(value, 1, 65535, &next.maxMessageBytes);
        } else if (key == QLatin1String("singleBlock")) {
            ok = readBool(value, &next.singleBlock);
        } else if (key == QLatin1String("listenerPort")) {
            ok = readInt(value, 0, 65535, &number);
            next.listenerPort = quint16(number);
        } else if (key == QLatin1String("retargetOtherHosts")) {
            ok = readBool(value, &next.retargetOtherHosts);
        } else if (key == QLatin1String("maxConnectionsPerAddress")) {
            ok = readInt(value, 0, 1000000, &next.peerLimits.maxConnectionsPerAddress);
        } else if (key == QLatin1String("connectionsPerAddressPerMinute")) {
            ok = readInt(value, 0, 1000000, &next.peerLimits.connectionsPerAddressPerMinute);
        } else if (key == QLatin1String("limitLoopbackPeers")) {
            ok = readBool(value, &next.peerLimits.limitLoopback);
        } else if (key == QLatin1String("sessionTimeoutMs")) {
            ok = readInt(value, 1, 86400000, &next.peerLimits.sessionTimeoutMs);
        } else if (key == QLatin1String("allowNetworks") || key == QLatin1String("denyNetworks")) {
            QString bad;
            if (!PeerLimits::parseNetworks(value.toString(),
                                           key == QLatin1String("allowNetworks")
                                               ? &next.peerLimits.allowedNetworks
                                               : &next.peerLimits.deniedNetworks,
                                           &bad))
                return Outcome(Code::InvalidParameter,
                               tr("winpopup option \"%1\": \"%2\" is not an address or "
                                  "address/prefix")
                                   .arg(key, bad));
            ok = true;
        } else if (key == QLatin1String("nodeStatusPort")) {
            ok = readInt(value, 1, 65535, &number);
            next.nodeStatusPort = quint16(number);
        } else {
            return Outcome(Code::InvalidParameter, tr("unknown winpopup option \"%1\" (known: %2)")
                                                       .arg(key, keys().join(QLatin1String(", "))));
        }
        if (!ok)
            return Outcome(
                Code::InvalidParameter,
                tr("bad value \"%1\" for winpopup option \"%2\"").arg(value.toString(), key));
    }
    *this = next;
    return Outcome::success();
}

} // namespace netmsg
