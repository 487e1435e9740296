#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace netmsg::fuzz {

void checkFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", condition, file, line);
    std::fflush(stderr);
    std::abort();
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "netmsg-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    // Every closed connection logs a line; millions of them would be the
    // whole run. Qt's own warnings stay: they point at misuse.
    QLoggingCategory::setFilterRules(QStringLiteral("netmsg.*=false"));
}

void processPostedEvents()
{
    // Deferred deletes run only when asked for by name outside an event loop.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::sendPostedEvents();
}

bool verbose()
{
    static const bool on = qEnvironmentVariableIsSet("NETMSG_FUZZ_VERBOSE");
    return on;
}

quint8 InputReader::byte()
{
    return m_position < m_size ? m_data[m_position++] : 0;
}

QByteArray InputReader::rest()
{
    if (m_position >= m_size)
        return {};
    const auto *begin = reinterpret_cast<const char *>(m_data + m_position);
    const qsizetype length = qsizetype(m_size - m_position);
    m_position = m_size;
    return QByteArray(begin, length);
}

QList<QByteArray> cutStream(const QByteArray &stream, quint8 seed)
{
    QList<QByteArray> pieces;
    if (stream.isEmpty())
        return pieces;
    if (seed == 0) {
        pieces.append(stream);
        return pieces;
    }
    const quint32 largest = 2u << (seed & 0x07);
    // xorshift32: cheap, and the same cuts for the same seed everywhere.
    quint32 state = 0x9E3779B9u ^ (quint32(seed) * 0x01000193u);
    for (qsizetype offset = 0; offset < stream.size();) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype length = qMin<qsizetype>(1 + state % largest, stream.size() - offset);
        pieces.append(stream.mid(offset, length));
        offset += length;
    }
    return pieces;
}

MemorySocket::MemorySocket(QObject *parent)
    : QTcpSocket(parent)
{}

MemorySocket::~MemorySocket()
{
    // QAbstractSocket's destructor would close through its own
    // disconnectFromHost(), signalling from a half-destroyed object.
    blockSignals(true);
    setSocketState(UnconnectedState);
}

void MemorySocket::makeConnected()
{
    setLocalAddress(QHostAddress(QHostAddress::LocalHost));
    setLocalPort(1139);
    setPeerAddress(QHostAddress(QHostAddress::LocalHost));
    setPeerPort(49152);
    QIODevice::open(ReadWrite);
    setSocketState(ConnectedState);
}

void MemorySocket::connectToHost(const QString &hostName, quint16 port, OpenMode mode,
                                 NetworkLayerProtocol protocol)
{
    Q_UNUSED(protocol);
    m_requestedAddress = QHostAddress(hostName);
    m_requestedPort = port;
    m_connectPending = true;
    // As QAbstractSocket does: open at once, so that writes queue meanwhile.
    QIODevice::open(mode);
    setSocketState(ConnectingState);
    Q_EMIT stateChanged(ConnectingState);
}

void MemorySocket::completeConnection()
{
    if (!m_connectPending)
        return;
    m_connectPending = false;
    setPeerAddress(m_requestedAddress);
    setPeerPort(m_requestedPort);
    setLocalAddress(QHostAddress(QHostAddress::LocalHost));
    setLocalPort(49152);
    setSocketState(ConnectedState);
    Q_EMIT stateChanged(ConnectedState);
    Q_EMIT connected();
}

void MemorySocket::refuseConnection()
{
    if (!m_connectPending)
        return;
    m_connectPending = false;
    setSocketState(UnconnectedState);
    Q_EMIT stateChanged(UnconnectedState);
    failWith(ConnectionRefusedError);
}

void MemorySocket::deliver(const QByteArray &bytes)
{
    if (state() != ConnectedState || bytes.isEmpty())
        return;
    m_incoming.append(bytes);
    Q_EMIT readyRead();
}

void MemorySocket::peerCloses()
{
    if (state() != ConnectedState)
        return;
    // As QAbstractSocket reports a read of 0 bytes: the error, then the close.
    failWith(RemoteHostClosedError);
    disconnectFromHost();
}

void MemorySocket::networkFails()
{
    if (state() != ConnectedState)
        return;
    failWith(NetworkError);
    disconnectFromHost();
}

void MemorySocket::failWith(QAbstractSocket::SocketError error)
{
    setSocketError(error);
    setErrorString(QStringLiteral("socket error %1 (fuzz peer)").arg(int(error)));
    Q_EMIT errorOccurred(error);
}

void MemorySocket::disconnectFromHost()
{
    const SocketState previous = state();
    if (previous == UnconnectedState)
        return;
    m_connectPending = false;
    m_incoming.clear();
    setSocketState(UnconnectedState);
    Q_EMIT stateChanged(UnconnectedState);
    Q_EMIT readChannelFinished();
    if (previous == ConnectedState || previous == ClosingState)
        Q_EMIT disconnected();
}

qint64 MemorySocket::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + m_incoming.size();
}

qint64 MemorySocket::bytesToWrite() const
{
    return m_peerReads ? 0 : m_written.size();
}

void MemorySocket::setSocketOption(QAbstractSocket::SocketOption option, const QVariant &value)
{
    Q_UNUSED(option);
    Q_UNUSED(value);
}

QVariant MemorySocket::socketOption(QAbstractSocket::SocketOption option)
{
    Q_UNUSED(option);
    return {};
}

qint64 MemorySocket::readData(char *data, qint64 maxSize)
{
    const qint64 length = qMin<qint64>(maxSize, m_incoming.size());
    if (length > 0) {
        std::memcpy(data, m_incoming.constData(), size_t(length));
        m_incoming.remove(0, length);
    }
    return length;
}

qint64 MemorySocket::readLineData(char *data, qint64 maxSize)
{
    return QIODevice::readLineData(data, maxSize);
}

qint64 MemorySocket::skipData(qint64 maxSize)
{
    const qint64 length = qMin<qint64>(maxSize, m_incoming.size());
    m_incoming.remove(0, length);
    return length;
}

qint64 MemorySocket::writeData(const char *data, qint64 size)
{
    if (state() == UnconnectedState)
        return -1;
    m_written.append(data, size);
    if (m_transcript)
        m_transcript->append(data, size);
    return size;
}

NetbiosStream splitNetbiosStream(const QByteArray &stream)
{
    // RFC 1002 §4.3.1: type, flags (only the length's bit 16), 16-bit length.
    NetbiosStream result;
    qsizetype offset = 0;
    while (offset < stream.size()) {
        if (stream.size() - offset < 4 || (quint8(stream.at(offset + 1)) & 0xFE)) {
            result.complete = false;
            return result;
        }
        const auto length =
            qsizetype(qFromBigEndian<quint32>(stream.constData() + offset) & 0x1FFFF);
        if (stream.size() - offset - 4 < length) {
            result.complete = false;
            return result;
        }
        result.packets.append({quint8(stream.at(offset)), stream.mid(offset + 4, length)});
        offset += 4 + length;
    }
    return result;
}

} // namespace netmsg::fuzz
