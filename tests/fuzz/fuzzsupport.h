#pragma once

// What the fuzz targets share: the entry points libFuzzer calls, a Qt
// application for the event-driven code, a check that fails a run in every
// build type, a deterministic cutter for byte streams and an in-memory
// QTcpSocket that lets the real state machines run without a network.

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Unlike Q_ASSERT this holds in release builds too: a broken invariant is a
// finding, and libFuzzer (or the corpus driver) reports the abort.
#define FUZZ_CHECK(condition)                                                                      \
    ((condition) ? void(0) : netmsg::fuzz::checkFailed(#condition, __FILE__, __LINE__))

namespace netmsg::fuzz {

[[noreturn]] void checkFailed(const char *condition, const char *file, int line);

// The QCoreApplication every target runs in (made on first use), with
// netmsg's own log categories silenced: a fuzzer runs millions of inputs.
void ensureApplication();

// Runs what the code under test queued: posted events and deferred deletes.
void processPostedEvents();

// NETMSG_FUZZ_VERBOSE is set: the targets say what each input did (to stderr).
bool verbose();

// An input read from the front: option bytes first, then the rest as one
// stream. Reads past the end give 0.
class InputReader
{
public:
    InputReader(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}

    quint8 byte();
    QByteArray rest();

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_position = 0;
};

// Cuts `stream` into the pieces a TCP peer might deliver it in, decided by
// `seed`: 0 delivers it whole; otherwise the low three bits set the largest
// piece (2 to 256 bytes) and all eight bits seed the cut points.
QList<QByteArray> cutStream(const QByteArray &stream, quint8 seed);

// A QTcpSocket with no network: what the peer sends comes in through
// deliver() (one readyRead each, as a real socket reports a read), what the
// code under test writes is kept in written(). It is connected at once
// (makeConnected(), as a QTcpServer hands a socket over) or on request
// (connectToHost() only records the wish; the harness calls
// completeConnection() or refuseConnection(), as the network would later).
class MemorySocket : public QTcpSocket
{
public:
    explicit MemorySocket(QObject *parent = nullptr);
    ~MemorySocket() override;

    void makeConnected();
    bool isConnectPending() const { return m_connectPending; }
    void completeConnection();
    void refuseConnection();

    // Bytes from the peer; ignored unless connected.
    void deliver(const QByteArray &bytes);
    // The peer closes its end, or the network fails under the connection.
    void peerCloses();
    void networkFails();
    // A peer that reads none of our replies leaves them in our write queue.
    void setPeerReads(bool reads) { m_peerReads = reads; }

    const QByteArray &written() const { return m_written; }
    // Also appends every write to `*transcript`, which may outlive the socket.
    void setTranscript(QByteArray *transcript) { m_transcript = transcript; }
    QHostAddress requestedAddress() const { return m_requestedAddress; }
    quint16 requestedPort() const { return m_requestedPort; }

    void connectToHost(const QString &hostName, quint16 port, OpenMode mode = ReadWrite,
                       NetworkLayerProtocol protocol = AnyIPProtocol) override;
    void disconnectFromHost() override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    void setSocketOption(QAbstractSocket::SocketOption option, const QVariant &value) override;
    QVariant socketOption(QAbstractSocket::SocketOption option) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 readLineData(char *data, qint64 maxSize) override;
    qint64 skipData(qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void failWith(QAbstractSocket::SocketError error);

    QByteArray m_incoming;
    QByteArray m_written;
    QByteArray *m_transcript = nullptr;
    QHostAddress m_requestedAddress;
    quint16 m_requestedPort = 0;
    bool m_connectPending = false;
    bool m_peerReads = true;
};

// A NetBIOS session stream cut into its packets, as a peer would read it;
// `complete` is false when bytes are left over or a header is malformed.
struct NetbiosStream
{
    QList<QPair<quint8, QByteArray>> packets; // type, payload
    bool complete = true;
};
NetbiosStream splitNetbiosStream(const QByteArray &stream);

} // namespace netmsg::fuzz
