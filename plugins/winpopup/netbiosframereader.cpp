#include "netbiosframereader.h"

#include "netbiossession.h"

#include <QtEndian>

namespace netmsg {

NetbiosFrameReader::Status NetbiosFrameReader::next(NetbiosFrame *frame)
{
    const qsizetype available = m_buffer.size() - m_position;
    if (available < NetbiosSession::HeaderSize)
        return Status::NeedMore;
    const char *header = m_buffer.constData() + m_position;
    // Byte 1 carries flags; only its low bit (length bit 16) may be set.
    if (quint8(header[1]) & 0xFE)
        return Status::Malformed;
    const int length = int(qFromBigEndian<quint32>(header) & 0x1FFFF);
    if (length > m_maxPayload)
        return Status::Malformed;
    if (available < NetbiosSession::HeaderSize + length)
        return Status::NeedMore;
    frame->type = quint8(header[0]);
    frame->payload = m_buffer.mid(m_position + NetbiosSession::HeaderSize, length);
    m_position += NetbiosSession::HeaderSize + length;
    // Compact once everything buffered was consumed, or the dead prefix is large.
    if (m_position == m_buffer.size()) {
        m_buffer.clear();
        m_position = 0;
    } else if (m_position > 65536) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    return Status::Frame;
}

} // namespace netmsg
