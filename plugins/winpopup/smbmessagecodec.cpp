#include "smbmessagecodec.h"

#include <QtEndian>

namespace netmsg {

namespace {

constexpr char BufferFormatData = 0x01;    // MS-CIFS 2.2.2.5: data block
constexpr char BufferFormatDialect = 0x02; // negotiate dialect string
constexpr char BufferFormatString = 0x04;  // NUL-terminated OEM string

// SMB fields are little-endian on the wire (docs/protocol.md §1.2).
void appendLe16(QByteArray &bytes, quint16 value)
{
    char raw[2];
    qToLittleEndian(value, raw);
    bytes.append(raw, 2);
}

quint16 le16(const QByteArray &bytes, int offset)
{
    return qFromLittleEndian<quint16>(bytes.constData() + offset);
}

QByteArray stringField(const QByteArray &value)
{
    QByteArray field;
    field.reserve(value.size() + 2);
    field.append(BufferFormatString);
    field.append(value);
    field.append('\0');
    return field;
}

QByteArray dataField(const QByteArray &data)
{
    QByteArray field;
    field.reserve(data.size() + 3);
    field.append(BufferFormatData);
    appendLe16(field, quint16(data.size()));
    field.append(data);
    return field;
}

} // namespace

QByteArray SmbMessageCodec::requestHeader(quint8 command)
{
    QByteArray header(HeaderSize, '\0');
    header[0] = char(0xFF);
    header[1] = 'S';
    header[2] = 'M';
    header[3] = 'B';
    header[4] = char(command);
    return header;
}

QByteArray SmbMessageCodec::packet(const QByteArray &header, const QList<quint16> &words,
                                   const QByteArray &bytes)
{
    QByteArray packet;
    packet.reserve(HeaderSize + 3 + 2 * words.size() + bytes.size());
    packet.append(header);
    packet.append(char(words.size()));
    for (const quint16 word : words)
        appendLe16(packet, word);
    appendLe16(packet, quint16(bytes.size()));
    packet.append(bytes);
    return packet;
}

QByteArray SmbMessageCodec::startRequest(const QByteArray &originator,
                                         const QByteArray &destination)
{
    return packet(requestHeader(SmbCommand::SendStart), {},
                  stringField(originator) + stringField(destination));
}

QByteArray SmbMessageCodec::textRequest(quint16 groupId, const QByteArray &block)
{
    return packet(requestHeader(SmbCommand::SendText), {groupId}, dataField(block));
}

QByteArray SmbMessageCodec::endRequest(quint16 groupId)
{
    return packet(requestHeader(SmbCommand::SendEnd), {groupId}, {});
}

QByteArray SmbMessageCodec::singleRequest(const QByteArray &originator,
                                          const QByteArray &destination, const QByteArray &text)
{
    return packet(requestHeader(SmbCommand::SendMessage), {},
                  stringField(originator) + stringField(destination) + dataField(text));
}

QByteArray SmbMessageCodec::negotiateRequest(const QList<QByteArray> &dialects)
{
    QByteArray bytes;
    for (const QByteArray &dialect : dialects)
        bytes.append(BufferFormatDialect).append(dialect).append('\0');
    return packet(requestHeader(SmbCommand::Negotiate), {}, bytes);
}

QByteArray SmbMessageCodec::successResponse(const SmbPacket &request, const QList<quint16> &words,
                                            const QByteArray &bytes)
{
    QByteArray header = request.header;
    header.replace(5, 4, QByteArray(4, '\0'));
    header[9] = char(quint8(header.at(9)) | FlagReply);
    return packet(header, words, bytes);
}

QByteArray SmbMessageCodec::errorResponse(const SmbPacket &request, quint8 errorClass,
                                          quint16 errorCode)
{
    QByteArray header = request.header;
    // DOS form: class at 5, reserved at 6, code at 7-8 (docs/protocol.md §1.2); the
    // client negotiated no NT status, so FLAGS2_NT_STATUS stays clear.
    header[5] = char(errorClass);
    header[6] = '\0';
    qToLittleEndian(errorCode, header.data() + 7);
    header[9] = char(quint8(header.at(9)) | FlagReply);
    qToLittleEndian(quint16(le16(header, 10) & ~Flags2NtStatus), header.data() + 10);
    return packet(header, {}, {});
}

std::optional<SmbPacket> SmbMessageCodec::parse(const QByteArray &payload)
{
    if (payload.size() < HeaderSize + 3 || quint8(payload.at(0)) != 0xFF || payload.at(1) != 'S' ||
        payload.at(2) != 'M' || payload.at(3) != 'B')
        return std::nullopt;
    SmbPacket packet;
    packet.header = payload.left(HeaderSize);
    packet.command = quint8(payload.at(4));
    packet.flags = quint8(payload.at(9));
    packet.flags2 = le16(payload, 10);
    packet.status.isNtStatus = packet.flags2 & Flags2NtStatus;
    packet.status.value = qFromLittleEndian<quint32>(payload.constData() + 5);
    packet.status.errorClass = quint8(payload.at(5));
    packet.status.errorCode = le16(payload, 7);
    const int wordCount = quint8(payload.at(HeaderSize));
    const int bccOffset = HeaderSize + 1 + 2 * wordCount;
    if (payload.size() < bccOffset + 2)
        return std::nullopt;
    for (int i = 0; i < wordCount; ++i)
        packet.words.append(le16(payload, HeaderSize + 1 + 2 * i));
    const int byteCount = le16(payload, bccOffset);
    if (payload.size() < bccOffset + 2 + byteCount)
        return std::nullopt;
    packet.bytes = payload.mid(bccOffset + 2, byteCount);
    return packet;
}

int SmbMessageCodec::readString(const QByteArray &bytes, int offset, QByteArray *value)
{
    if (offset >= bytes.size() || bytes.at(offset) != BufferFormatString)
        return 0;
    const qsizetype end = bytes.indexOf('\0', offset + 1);
    if (end < 0)
        return 0;
    *value = bytes.mid(offset + 1, end - offset - 1);
    // Within one NetBIOS frame (at most 0x1FFFF bytes), so the count fits an int.
    return int(end + 1 - offset);
}

int SmbMessageCodec::readDataBlock(const QByteArray &bytes, int offset, QByteArray *data)
{
    if (offset + 3 > bytes.size() || bytes.at(offset) != BufferFormatData)
        return 0;
    const int length = le16(bytes, offset + 1);
    if (offset + 3 + length > bytes.size())
        return 0;
    *data = bytes.mid(offset + 3, length);
    return 3 + length;
}

QList<QByteArray> SmbMessageCodec::readDialects(const QByteArray &bytes)
{
    QList<QByteArray> dialects;
    qsizetype offset = 0;
    while (offset < bytes.size() && bytes.at(offset) == BufferFormatDialect) {
        const qsizetype end = bytes.indexOf('\0', offset + 1);
        if (end < 0)
            break;
        dialects.append(bytes.mid(offset + 1, end - offset - 1));
        offset = end + 1;
    }
    return dialects;
}

} // namespace netmsg
