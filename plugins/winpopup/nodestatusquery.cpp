#include "nodestatusquery.h"

#include "netbiossession.h"
#include "textcodec.h"
#include "winpopuplog.h"

#include <QHostInfo>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QtEndian>
#include <QUdpSocket>

namespace netmsg {

namespace {

constexpr int Attempts = 3; // UDP: a lost datagram deserves another try
constexpr quint16 TypeNodeStatus = 0x0021;
constexpr quint16 ClassInternet = 0x0001;
constexpr quint16 GroupFlag = 0x8000;

// NetBIOS name service fields are big-endian (docs/protocol.md §1.4).
quint16 be16(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint16>(bytes.constData() + offset);
}

void appendBe16(QByteArray &bytes, quint16 value)
{
    char raw[2];
    qToBigEndian(value, raw);
    bytes.append(raw, 2);
}

} // namespace

NodeStatusQuery::NodeStatusQuery(QString host, quint16 port, int timeoutMs, const TextCodec &codec,
                                 QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_timeoutMs(qMax(3, timeoutMs))
    , m_codec(codec)
    , m_transactionId(quint16(QRandomGenerator::global()->generate()))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NodeStatusQuery::onTimeout);
    m_promise.start();
}

NodeStatusQuery::~NodeStatusQuery()
{
    if (!m_done) {
        m_promise.addResult(AliasListing{Outcome(Code::Cancelled), {}});
        m_promise.finish();
    }
}

QByteArray NodeStatusQuery::request(quint16 transactionId)
{
    // RFC 1002 §4.2.17: no flags (unicast, no recursion), one question for
    // the wildcard name "*" of type NBSTAT, class IN.
    QByteArray datagram;
    appendBe16(datagram, transactionId);
    appendBe16(datagram, 0x0000);
    appendBe16(datagram, 1);
    appendBe16(datagram, 0);
    appendBe16(datagram, 0);
    appendBe16(datagram, 0);
    datagram.append(NetbiosSession::encodeName("*", 0x00));
    appendBe16(datagram, TypeNodeStatus);
    appendBe16(datagram, ClassInternet);
    return datagram;
}

std::optional<QList<NetbiosNameEntry>> NodeStatusQuery::parseResponse(const QByteArray &datagram,
                                                                      quint16 transactionId)
{
    // Header (12), then the answer record: its name (encoded, or a 2-byte
    // pointer), type, class, TTL, RDLENGTH, then NUM_NAMES and 18 bytes a name.
    if (datagram.size() < 12 || be16(datagram, 0) != transactionId ||
        !(be16(datagram, 2) & 0x8000) || (be16(datagram, 2) & 0x000F) != 0 || be16(datagram, 6) < 1)
        return std::nullopt;
    int offset = 12;
    if (offset < datagram.size() && (quint8(datagram.at(offset)) & 0xC0) == 0xC0) {
        offset += 2;
    } else {
        while (offset < datagram.size() && datagram.at(offset) != '\0')
            offset += 1 + quint8(datagram.at(offset));
        offset += 1;
    }
    if (datagram.size() < offset + 11 || be16(datagram, offset) != TypeNodeStatus)
        return std::nullopt;
    const int rdLength = be16(datagram, offset + 8);
    offset += 10;
    if (rdLength < 1 || datagram.size() < offset + rdLength)
        return std::nullopt;
    const int count = quint8(datagram.at(offset));
    ++offset;
    if (1 + 18 * count > rdLength)
        return std::nullopt;
    QList<NetbiosNameEntry> names;
    for (int i = 0; i < count; ++i, offset += 18) {
        NetbiosNameEntry entry;
        entry.name = datagram.mid(offset, NetbiosSession::NameBytes);
        while (!entry.name.isEmpty() && (entry.name.endsWith(' ') || entry.name.endsWith('\0')))
            entry.name.chop(1);
        entry.suffix = quint8(datagram.at(offset + 15));
        entry.flags = be16(datagram, offset + 16);
        names.append(entry);
    }
    return names;
}

QStringList NodeStatusQuery::messengerAliases(const QList<NetbiosNameEntry> &names,
                                              const TextCodec &codec)
{
    // Unique (non-group) names with suffix <03> (docs/protocol.md §1.4).
    QStringList aliases;
    for (const NetbiosNameEntry &entry : names) {
        if (entry.suffix != NetbiosSession::MessengerSuffix || (entry.flags & GroupFlag))
            continue;
        const QString alias = codec.decode(entry.name);
        if (!aliases.contains(alias))
            aliases.append(alias);
    }
    return aliases;
}

void NodeStatusQuery::start()
{
    m_timer.start(m_timeoutMs);
    const QHostAddress literal(m_host);
    if (!literal.isNull()) {
        m_address = literal;
        sendRequest();
        return;
    }
    QHostInfo::lookupHost(m_host, this, &NodeStatusQuery::onLookedUp);
}

void NodeStatusQuery::onLookedUp(const QHostInfo &info)
{
    if (m_done)
        return;
    for (const QHostAddress &address : info.addresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            m_address = address;
            sendRequest();
            return;
        }
    }
    finish(Outcome(Code::BadNetPath,
                   tr("cannot resolve %1 to an IPv4 address: %2").arg(m_host, info.errorString())));
}

void NodeStatusQuery::sendRequest()
{
    if (!m_socket) {
        m_socket = new QUdpSocket(this);
        connect(m_socket, &QUdpSocket::readyRead, this, &NodeStatusQuery::onReadyRead);
        m_socket->bind(QHostAddress(QHostAddress::AnyIPv4), 0);
    }
    ++m_attempts;
    m_timer.start(m_timeoutMs / Attempts);
    m_socket->writeDatagram(request(m_transactionId), m_address, m_port);
}

void NodeStatusQuery::onReadyRead()
{
    while (m_socket->hasPendingDatagrams() && !m_done) {
        const QNetworkDatagram received = m_socket->receiveDatagram();
        // UDP has no connection: anyone who knows the transaction id can
        // answer. Only the host and port asked are believed (RFC 1002 §4.2.1).
        if (!received.senderAddress().isEqual(m_address, QHostAddress::ConvertV4MappedToIPv4) ||
            received.senderPort() != m_port) {
            qCDebug(lcWinPopup) << "ignoring a datagram from" << received.senderAddress()
                                << received.senderPort() << "that was not asked";
            continue;
        }
        const auto names = parseResponse(received.data(), m_transactionId);
        if (!names) {
            qCDebug(lcWinPopup) << "ignoring a datagram that is no node status answer";
            continue;
        }
        finish(Outcome::success(), messengerAliases(*names, m_codec));
    }
}

void NodeStatusQuery::onTimeout()
{
    if (m_done)
        return;
    if (!m_address.isNull() && m_attempts < Attempts) {
        sendRequest();
        return;
    }
    finish(
        Outcome(Code::BadNetPath, tr("no NetBIOS node status answer from %1 port %2 within %3 ms")
                                      .arg(m_host)
                                      .arg(m_port)
                                      .arg(m_timeoutMs)));
}

void NodeStatusQuery::finish(const Outcome &outcome, const QStringList &aliases)
{
    m_done = true;
    m_timer.stop();
    m_promise.addResult(AliasListing{outcome, aliases});
    m_promise.finish();
    deleteLater();
}

} // namespace netmsg
