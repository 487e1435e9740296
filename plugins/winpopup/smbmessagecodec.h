#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace netmsg {

// SMB1 commands of the messenger exchange (MS-MSRP 2.2.3, docs/protocol.md §1.3).
namespace SmbCommand {
enum : quint8 {
    Negotiate = 0x72,
    SendMessage = 0xD0, // single block
    SendStart = 0xD5,
    SendEnd = 0xD6,
    SendText = 0xD7,
};
} // namespace SmbCommand

// DOS-class error statuses (MS-CIFS 2.2.2.4; docs/protocol.md §2 "Errors on the wire").
namespace DosError {
enum : quint8 { ClassDos = 0x01, ClassServer = 0x02, ClassHardware = 0x03 };
enum : quint16 {
    BadFunction = 1,         // ERRDOS/ERRbadfunc
    NoAccess = 5,            // ERRDOS/ERRnoaccess
    NoMemory = 8,            // ERRDOS/ERRnomem
    RequestNotAccepted = 71, // ERRDOS/ERROR_REQ_NOT_ACCEP: smbd without a message command
    InvalidParameter = 87,   // ERRDOS/ERROR_INVALID_PARAMETER: bad order, bad block
    ServerError = 1,         // ERRSRV/ERRerror
    ServerAccess = 4,        // ERRSRV/ERRaccess
    InvalidNetName = 6,      // ERRSRV/ERRinvnetname: the To name is not ours
    ServerPaused = 81,       // ERRSRV/ERRpaused
    MessagesOff = 82,        // ERRSRV/ERRmsgoff: not receiving messages
    NoRoom = 83,             // ERRSRV/ERRnoroom: no room to buffer the message
    ServerTimeout = 88,      // ERRSRV/ERRtimeout
    NoResources = 89,        // ERRSRV/ERRnoresource
    NoSupport = 0xFFFF,      // ERRSRV/ERRnosupport
};
} // namespace DosError

// The status field of an SMB1 header: DOS form (class, code) unless the reply set
// FLAGS2_NT_STATUS, in which case `value` is an NTSTATUS.
struct SmbStatus
{
    bool isNtStatus = false;
    quint8 errorClass = 0;
    quint16 errorCode = 0;
    quint32 value = 0;

    bool isSuccess() const { return value == 0; }
};

// One parsed SMB1 packet: its 32-byte header, parameter words and data bytes.
struct SmbPacket
{
    QByteArray header;
    quint8 command = 0;
    quint8 flags = 0;
    quint16 flags2 = 0;
    SmbStatus status;
    QList<quint16> words;
    QByteArray bytes;
};

// Builds and parses the SMB1 messenger commands: pure functions on the payload
// of one NetBIOS session message (no NBSS header), so that the sender state
// machine, the receiver and the tests agree byte for byte.
class SmbMessageCodec
{
public:
    static constexpr int HeaderSize = 32;
    // MS-MSRP 2.2.3.3.1: at most 128 bytes of text per SEND_TEXT_MB block.
    static constexpr int MaxTextBlock = 128;
    // MS-MSRP 2.2.3: names are at most 15 bytes plus the NUL.
    static constexpr int MaxNameBytes = 15;
    static constexpr quint8 FlagReply = 0x80;
    static constexpr quint16 Flags2NtStatus = 0x4000;

    // Requests as an unnegotiated client sends them: every header field but the
    // command is zero (MS-MSRP 2.2.3.x, docs/protocol.md §1.2).
    static QByteArray startRequest(const QByteArray &originator, const QByteArray &destination);
    static QByteArray textRequest(quint16 groupId, const QByteArray &block);
    static QByteArray endRequest(quint16 groupId);
    static QByteArray singleRequest(const QByteArray &originator, const QByteArray &destination,
                                    const QByteArray &text);
    static QByteArray negotiateRequest(const QList<QByteArray> &dialects);

    // Replies echo the request's header (PID, MID, TID, UID: Samba's client
    // matches replies by MID) with the reply flag set.
    static QByteArray successResponse(const SmbPacket &request, const QList<quint16> &words = {},
                                      const QByteArray &bytes = {});
    static QByteArray errorResponse(const SmbPacket &request, quint8 errorClass, quint16 errorCode);

    // nullopt unless the payload is a complete SMB1 packet with consistent counts.
    static std::optional<SmbPacket> parse(const QByteArray &payload);

    // Reads "04 name NUL" at `offset`; returns the bytes consumed, 0 if malformed.
    static int readString(const QByteArray &bytes, int offset, QByteArray *value);
    // Reads "01 length(LE16) data" at `offset`; returns the bytes consumed, 0 if
    // malformed (wrong format byte or a length beyond the buffer).
    static int readDataBlock(const QByteArray &bytes, int offset, QByteArray *data);
    // The dialect strings of a negotiate request ("02 name NUL" each).
    static QList<QByteArray> readDialects(const QByteArray &bytes);

private:
    static QByteArray packet(const QByteArray &header, const QList<quint16> &words,
                             const QByteArray &bytes);
    static QByteArray requestHeader(quint8 command);
};

} // namespace netmsg
