#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace netmsg {

class TextCodec;

// How line breaks travel: Windows senders turn CR, LF, CRLF and LFCR into one
// 0x14 byte (MS-MSRP 2.2.3.3.1); smbclient sends CRLF (docs/protocol.md §1.3).
// LineFeed (bare LF, one byte like core counts a break) is not an option of
// its own: it is the fallback for CRLF text that fits only that way.
enum class LineBreakStyle { Windows, Smbclient, LineFeed };

// Message text between QString and the OEM bytes on the wire: line breaks per
// style, text blocks for SEND_TEXT_MB, and the way back for the receiver.
class WinPopupText
{
public:
    static QByteArray encode(const QString &text, const TextCodec &codec, LineBreakStyle style);
    // Every break a sender may use (0x14, CRLF, LF, CR) becomes "\n".
    static QString decode(const QByteArray &bytes, const TextCodec &codec);
    // Blocks of at most `blockSize` bytes; an empty text is one empty block, as
    // Samba's client sends it (docs/protocol.md §1.3).
    static QList<QByteArray> blocks(const QByteArray &wire, int blockSize);

    static QString styleName(LineBreakStyle style);
    // "windows" or "smbclient"; false for anything else.
    static bool styleFromName(const QString &name, LineBreakStyle *style);
};

} // namespace netmsg
