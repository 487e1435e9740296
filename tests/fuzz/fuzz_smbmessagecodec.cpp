// The framing both ends share, on its own and with its round trips: a
// NetBIOS session stream through NetbiosFrameReader, whole and cut into
// pieces (the frames must not depend on the cuts), and each packet through
// the parser of its kind: SMBs (SmbMessageCodec, and the replies built from
// them must parse back), session requests (NetbiosSession::decodeName, and
// re-encoding a name must decode to it) and retargets (parseRetarget).
//
// Input: byte 0 the cut seed (fuzzsupport.h, cutStream), byte 1 the reader's
// payload limit (0: the protocol's 0x1FFFF, else n * 512), then the stream.

#include "fuzzsupport.h"

#include "netbiosframereader.h"
#include "netbiossession.h"
#include "smbmessagecodec.h"

using namespace netmsg;
using namespace netmsg::fuzz;

namespace {

struct Read
{
    NetbiosFrameReader::Status status;
    NetbiosFrame frame;
};

// Everything a reader yields until it needs more or finds a malformed header.
QList<Read> drain(NetbiosFrameReader &reader)
{
    QList<Read> reads;
    for (;;) {
        Read read{NetbiosFrameReader::Status::NeedMore, {}};
        read.status = reader.next(&read.frame);
        if (read.status == NetbiosFrameReader::Status::NeedMore)
            return reads;
        reads.append(read);
        if (read.status == NetbiosFrameReader::Status::Malformed)
            return reads;
    }
}

void checkName(const QByteArray &payload, int offset, int *next)
{
    QByteArray name;
    quint8 suffix = 0;
    const int consumed = NetbiosSession::decodeName(payload, offset, &name, &suffix);
    *next = offset + consumed;
    if (consumed == 0)
        return;
    FUZZ_CHECK(consumed >= NetbiosSession::EncodedNameSize);
    FUZZ_CHECK(offset + consumed <= payload.size());
    FUZZ_CHECK(name.size() <= NetbiosSession::NameBytes);
    const QByteArray encoded = NetbiosSession::encodeName(name, suffix);
    QByteArray again;
    quint8 againSuffix = 0;
    FUZZ_CHECK(NetbiosSession::decodeName(encoded, 0, &again, &againSuffix) ==
               NetbiosSession::EncodedNameSize);
    FUZZ_CHECK(again == name && againSuffix == suffix);
}

void checkSmb(const QByteArray &payload)
{
    const std::optional<SmbPacket> packet = SmbMessageCodec::parse(payload);
    if (!packet)
        return;
    FUZZ_CHECK(packet->header.size() == SmbMessageCodec::HeaderSize);
    FUZZ_CHECK(packet->words.size() == quint8(payload.at(SmbMessageCodec::HeaderSize)));
    FUZZ_CHECK(packet->bytes.size() <= payload.size() - SmbMessageCodec::HeaderSize - 3);

    const std::optional<SmbPacket> success =
        SmbMessageCodec::parse(SmbMessageCodec::successResponse(*packet, packet->words));
    FUZZ_CHECK(success && success->command == packet->command);
    FUZZ_CHECK(success->flags & SmbMessageCodec::FlagReply);
    FUZZ_CHECK(success->status.isSuccess() && success->words == packet->words);
    const std::optional<SmbPacket> error = SmbMessageCodec::parse(
        SmbMessageCodec::errorResponse(*packet, DosError::ClassServer, DosError::InvalidNetName));
    FUZZ_CHECK(error && error->command == packet->command && !error->status.isNtStatus);
    FUZZ_CHECK(error->status.errorClass == DosError::ClassServer);
    FUZZ_CHECK(error->status.errorCode == DosError::InvalidNetName);

    // The field readers the receiver applies to the data bytes.
    const QByteArray &bytes = packet->bytes;
    int offset = 0;
    for (int field = 0; field < 4 && offset < bytes.size(); ++field) {
        QByteArray value;
        int used = SmbMessageCodec::readString(bytes, offset, &value);
        if (used == 0)
            used = SmbMessageCodec::readDataBlock(bytes, offset, &value);
        if (used == 0)
            break;
        FUZZ_CHECK(used > 0 && offset + used <= bytes.size() && value.size() < used);
        offset += used;
    }
    for (const QByteArray &dialect : SmbMessageCodec::readDialects(bytes))
        FUZZ_CHECK(!dialect.contains('\0') && dialect.size() < bytes.size());
}

void checkPacket(const NetbiosFrame &frame)
{
    switch (frame.type) {
    case NetbiosSession::SessionMessage:
        checkSmb(frame.payload);
        break;
    case NetbiosSession::SessionRequest: {
        int next = 0;
        checkName(frame.payload, 0, &next);
        if (next > 0)
            checkName(frame.payload, next, &next);
        break;
    }
    case NetbiosSession::RetargetResponse: {
        QHostAddress address;
        quint16 port = 0;
        if (NetbiosSession::parseRetarget(frame.payload, &address, &port))
            FUZZ_CHECK(NetbiosSession::retargetResponse(address, port).mid(4) == frame.payload);
        break;
    }
    default:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    InputReader input(data, size);
    const quint8 seed = input.byte();
    const quint8 limit = input.byte();
    const QByteArray stream = input.rest();
    const int maxPayload = limit == 0 ? NetbiosSession::MaxPayloadLength : limit * 512;

    NetbiosFrameReader whole(maxPayload);
    whole.append(stream);
    const QList<Read> expected = drain(whole);

    NetbiosFrameReader cut(maxPayload);
    QList<Read> reads;
    for (const QByteArray &piece : cutStream(stream, seed)) {
        cut.append(piece);
        reads += drain(cut);
        if (!reads.isEmpty() && reads.last().status == NetbiosFrameReader::Status::Malformed)
            break;
    }
    FUZZ_CHECK(reads.size() == expected.size());
    for (qsizetype i = 0; i < reads.size(); ++i) {
        FUZZ_CHECK(reads.at(i).status == expected.at(i).status);
        FUZZ_CHECK(reads.at(i).frame.type == expected.at(i).frame.type);
        FUZZ_CHECK(reads.at(i).frame.payload == expected.at(i).frame.payload);
        if (reads.at(i).status == NetbiosFrameReader::Status::Frame) {
            FUZZ_CHECK(reads.at(i).frame.payload.size() <= maxPayload);
            checkPacket(reads.at(i).frame);
        }
    }
    return 0;
}
