#pragma once

#include <QByteArray>

namespace netmsg {

// One NetBIOS session service packet: its type and payload (RFC 1002 §4.3.1).
struct NetbiosFrame
{
    quint8 type = 0;
    QByteArray payload;
};

// Cuts a TCP byte stream into NetBIOS session packets. A length above the
// caller's limit is reported as malformed at once, before its payload arrives,
// so a peer cannot make us buffer more than we allow.
class NetbiosFrameReader
{
public:
    enum class Status { NeedMore, Frame, Malformed };

    explicit NetbiosFrameReader(int maxPayload = 0x1FFFF)
        : m_maxPayload(maxPayload)
    {}

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    Status next(NetbiosFrame *frame);
    qsizetype buffered() const { return m_buffer.size() - m_position; }

private:
    QByteArray m_buffer;
    qsizetype m_position = 0;
    int m_maxPayload;
};

} // namespace netmsg
