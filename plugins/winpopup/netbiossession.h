#pragma once

#include <QByteArray>
#include <QHostAddress>

namespace netmsg {

// The NetBIOS session service as WinPopup uses it over TCP (RFC 1002 §4.3,
// docs/protocol.md §1.1): a 4-byte header on every packet, a session request that
// names the called and calling NetBIOS names, and the responses to it.
// Pure functions on bytes, so that both the sender and the receiver and their
// tests share one definition of the wire.
class NetbiosSession
{
public:
    enum PacketType : quint8 {
        SessionMessage = 0x00,
        SessionRequest = 0x81,
        PositiveResponse = 0x82,
        NegativeResponse = 0x83,
        RetargetResponse = 0x84,
        Keepalive = 0x85,
    };

    // RFC 1002 §4.3.4 negative response codes.
    enum NegativeCode : quint8 {
        NotListeningOnCalledName = 0x80,
        NotListeningForCallingName = 0x81,
        CalledNameNotPresent = 0x82,
        InsufficientResources = 0x83,
        UnspecifiedError = 0x8F,
    };

    // NetBIOS name suffixes: messenger aliases are <03> (docs/protocol.md §6), the
    // calling workstation <00>, the *SMBSERVER fallback <20>.
    enum Suffix : quint8 {
        WorkstationSuffix = 0x00,
        MessengerSuffix = 0x03,
        ServerSuffix = 0x20,
    };

    static constexpr int HeaderSize = 4;
    // 17-bit length: byte 1's low bit extends the 16-bit length (docs/protocol.md §1.1).
    static constexpr int MaxPayloadLength = 0x1FFFF;
    static constexpr int NameBytes = 15;
    static constexpr int EncodedNameSize = 34;

    // The 16 raw name bytes: upper-cased by the caller, padded with spaces to 15
    // bytes (NUL bytes for the lone "*"), then the suffix.
    static QByteArray paddedName(const QByteArray &name, quint8 suffix);
    // First-level encoding with an empty scope: 0x20, 32 letters 'A'+nibble, 0x00.
    static QByteArray encodeName(const QByteArray &name, quint8 suffix);
    // Reads one first-level encoded name at `offset`. Returns the bytes consumed,
    // or 0 when the name is malformed; trailing padding is removed from `name`.
    static int decodeName(const QByteArray &bytes, int offset, QByteArray *name, quint8 *suffix);

    static QByteArray packet(quint8 type, const QByteArray &payload);
    static QByteArray sessionRequest(const QByteArray &calledName, quint8 calledSuffix,
                                     const QByteArray &callingName, quint8 callingSuffix);
    static QByteArray positiveResponse() { return packet(PositiveResponse, {}); }
    static QByteArray negativeResponse(quint8 code);
    static QByteArray retargetResponse(const QHostAddress &address, quint16 port);
    static QByteArray sessionMessage(const QByteArray &payload)
    {
        return packet(SessionMessage, payload);
    }

    // Where a retarget response sends us (IPv4 address, port); false if malformed.
    static bool parseRetarget(const QByteArray &payload, QHostAddress *address, quint16 *port);
};

} // namespace netmsg
