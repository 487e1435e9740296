#include "netbiossession.h"

#include <QtEndian>

namespace netmsg {

QByteArray NetbiosSession::paddedName(const QByteArray &name, quint8 suffix)
{
    QByteArray padded = name.left(NameBytes);
    // The wildcard name "*" is padded with NUL bytes, every other name with
    // spaces (docs/protocol.md §1.1, nmblib.c name_mangle).
    const char pad = name == "*" ? '\0' : ' ';
    padded.append(NameBytes - padded.size(), pad);
    padded.append(char(suffix));
    return padded;
}

QByteArray NetbiosSession::encodeName(const QByteArray &name, quint8 suffix)
{
    const QByteArray raw = paddedName(name, suffix);
    QByteArray encoded;
    encoded.reserve(EncodedNameSize);
    encoded.append(char(0x20));
    for (const char c : raw) {
        const auto byte = quint8(c);
        encoded.append(char('A' + (byte >> 4)));
        encoded.append(char('A' + (byte & 0x0F)));
    }
    encoded.append('\0'); // empty scope
    return encoded;
}

int NetbiosSession::decodeName(const QByteArray &bytes, int offset, QByteArray *name,
                               quint8 *suffix)
{
    if (offset < 0 || bytes.size() - offset < EncodedNameSize || bytes.at(offset) != 0x20)
        return 0;
    QByteArray raw;
    raw.reserve(16);
    for (int i = 0; i < 16; ++i) {
        const int high = bytes.at(offset + 1 + 2 * i) - 'A';
        const int low = bytes.at(offset + 2 + 2 * i) - 'A';
        if (high < 0 || high > 15 || low < 0 || low > 15)
            return 0;
        raw.append(char((high << 4) | low));
    }
    // A non-empty scope (labels after the name) is legal in RFC 1002 but never
    // used by messenger clients; skip its labels rather than refuse them.
    int position = offset + 33;
    while (position < bytes.size() && bytes.at(position) != '\0') {
        position += 1 + quint8(bytes.at(position));
        if (position >= bytes.size())
            return 0;
    }
    if (position >= bytes.size())
        return 0;
    QByteArray plain = raw.left(NameBytes);
    while (!plain.isEmpty() && (plain.endsWith(' ') || plain.endsWith('\0')))
        plain.chop(1);
    *name = plain;
    *suffix = quint8(raw.at(NameBytes));
    return position + 1 - offset;
}

QByteArray NetbiosSession::packet(quint8 type, const QByteArray &payload)
{
    const auto length = quint32(payload.size());
    QByteArray bytes;
    bytes.reserve(HeaderSize + payload.size());
    // Type, then the length big-endian in 24 bits, of which a plain session
    // may use 17 (docs/protocol.md §1.1).
    char header[4];
    qToBigEndian(length & 0x1FFFF, header);
    header[0] = char(type);
    bytes.append(header, 4);
    bytes.append(payload);
    return bytes;
}

QByteArray NetbiosSession::sessionRequest(const QByteArray &calledName, quint8 calledSuffix,
                                          const QByteArray &callingName, quint8 callingSuffix)
{
    return packet(SessionRequest,
                  encodeName(calledName, calledSuffix) + encodeName(callingName, callingSuffix));
}

QByteArray NetbiosSession::negativeResponse(quint8 code)
{
    return packet(NegativeResponse, QByteArray(1, char(code)));
}

QByteArray NetbiosSession::retargetResponse(const QHostAddress &address, quint16 port)
{
    QByteArray payload(6, '\0');
    qToBigEndian(address.toIPv4Address(), payload.data());
    qToBigEndian(port, payload.data() + 4);
    return packet(RetargetResponse, payload);
}

bool NetbiosSession::parseRetarget(const QByteArray &payload, QHostAddress *address, quint16 *port)
{
    if (payload.size() != 6)
        return false;
    *address = QHostAddress(qFromBigEndian<quint32>(payload.constData()));
    *port = qFromBigEndian<quint16>(payload.constData() + 4);
    return *port != 0;
}

} // namespace netmsg
