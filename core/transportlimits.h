#pragma once

#include <QString>

namespace netmsg {

// What a transport can carry, measured the way its wire measures it.
struct TransportLimits
{
    int maxNameBytes = 15;       // NetBIOS name without the suffix byte
    int maxMessageBytes = 0;     // 0 = no limit; bytes in wireEncoding
    int maxBroadcastBytes = 128; // net send * (docs/protocol.md §6)
    QString wireEncoding;        // "UTF-16LE" or an OEM code page such as "CP850"
    bool canSplitLongMessages = false;
};

} // namespace netmsg
