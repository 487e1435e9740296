// The receiver's side of the wire through the real state machine: what a
// peer sends (NetBIOS session packets carrying SMBs) cut at the points the
// input chooses and delivered to a WinPopupConnection on an in-memory
// socket, whose inbox takes each message at once or later, or refuses it.
//
// Input: byte 0 options, byte 1 the cut seed (fuzzsupport.h, cutStream),
// byte 2 flags, then the peer's byte stream.
//   byte 0, bits 0-1  the inbox: 0 none (kept at once), 1 keeps, 2 refuses,
//                     3 answers once the next piece has arrived
//           bit 2     that late answer (3) refuses instead of keeping
//           bit 3     maxMessageBytes 200 instead of 4096
//           bit 4     the peer reads none of our replies
//           bit 5     the receiver stops (WinPopupConnection::stop) half-way
//           bits 6-7  the end: 0 the peer closes, 1 the network fails, 2 the
//                     connection is destroyed under the peer, 3 the late answer
//                     comes first, then the peer closes
//   byte 2, bit 0     the peer echoes our group ids, as a client does (below)

#include "fuzzsupport.h"

#include "aliasstore.h"
#include "netbiossession.h"
#include "smbmessagecodec.h"
#include "textcodec.h"
#include "winpopupconnection.h"

#include <QPointer>
#include <QPromise>
#include <QtEndian>

#include <memory>
#include <optional>

using namespace netmsg;
using namespace netmsg::fuzz;

namespace {

// The names the seeds call (tests/fuzz/README.md).
const QStringList Aliases = {QStringLiteral("OPS"), QStringLiteral("NIGHTSHIFT"),
                             QStringLiteral("FRED")};

struct Receiver
{
    AliasStore aliases;
    TextCodec codec{QStringLiteral("CP850")};

    Receiver()
    {
        for (const QString &alias : Aliases)
            aliases.add(alias);
    }
};

Receiver &receiver()
{
    static Receiver *shared = new Receiver;
    return *shared;
}

int countSmbRequests(const QByteArray &stream, int *completing)
{
    const NetbiosStream packets = splitNetbiosStream(stream);
    int requests = 0;
    for (const auto &[type, payload] : packets.packets) {
        if (type != NetbiosSession::SessionMessage)
            continue;
        ++requests;
        if (payload.size() > 4 && (quint8(payload.at(4)) == SmbCommand::SendEnd ||
                                   quint8(payload.at(4)) == SmbCommand::SendMessage))
            ++*completing;
    }
    // The connection handles no more than the whole packets before a cut-off
    // or malformed one.
    return requests;
}

// What we said must be what a messenger client can read: at most one session
// response, first, and SMB replies (reply flag set) to no more requests than
// were sent.
void checkReplies(const QByteArray &written, int smbRequests)
{
    const NetbiosStream replies = splitNetbiosStream(written);
    FUZZ_CHECK(replies.complete);
    int smbReplies = 0;
    for (qsizetype i = 0; i < replies.packets.size(); ++i) {
        const auto &[type, payload] = replies.packets.at(i);
        switch (type) {
        case NetbiosSession::PositiveResponse:
            FUZZ_CHECK(i == 0 && payload.isEmpty());
            break;
        case NetbiosSession::NegativeResponse:
            FUZZ_CHECK(i == 0 && payload.size() == 1);
            break;
        case NetbiosSession::SessionMessage: {
            const std::optional<SmbPacket> reply = SmbMessageCodec::parse(payload);
            FUZZ_CHECK(reply.has_value());
            FUZZ_CHECK(reply->flags & SmbMessageCodec::FlagReply);
            ++smbReplies;
            break;
        }
        default:
            FUZZ_CHECK(!"a reply of a type a receiver never sends");
        }
    }
    FUZZ_CHECK(smbReplies <= smbRequests);
}

// A client sends back, in SEND_TEXT and SEND_END, the group id our answer to
// SEND_START gave it. A recorded stream carries the id another receiver gave,
// and ours come from a counter that every connection in the process shares;
// so, when asked, the peer's bytes get the id this connection gave written
// into them, after that answer and before they arrive: delivery pauses at the
// end of each SEND_START packet.
class GroupIdEcho
{
public:
    explicit GroupIdEcho(const QByteArray &stream)
    {
        // Offsets in the stream of each packet's end and of each echo's id.
        qsizetype offset = 0;
        for (const auto &[type, payload] : splitNetbiosStream(stream).packets) {
            const qsizetype start = offset + NetbiosSession::HeaderSize;
            offset = start + payload.size();
            if (type != NetbiosSession::SessionMessage || payload.size() < 35)
                continue;
            const auto command = quint8(payload.at(4));
            if (command == SmbCommand::SendStart)
                m_startEnds.append(offset);
            else if ((command == SmbCommand::SendText || command == SmbCommand::SendEnd) &&
                     quint8(payload.at(SmbMessageCodec::HeaderSize)) >= 1)
                m_idOffsets.append(start + SmbMessageCodec::HeaderSize + 1);
        }
    }

    // Where delivery from `offset` up to `end` must pause.
    qsizetype pauseBefore(qsizetype offset, qsizetype end) const
    {
        for (const qsizetype startEnd : m_startEnds) {
            if (startEnd > offset && startEnd < end)
                return startEnd;
        }
        return end;
    }

    // Echoes the id of our last answer to SEND_START in what is not yet sent.
    void echo(const QByteArray &written, QByteArray *stream, qsizetype sent)
    {
        std::optional<quint16> id;
        for (const auto &[type, payload] : splitNetbiosStream(written).packets) {
            const std::optional<SmbPacket> reply = type == NetbiosSession::SessionMessage
                                                       ? SmbMessageCodec::parse(payload)
                                                       : std::nullopt;
            if (reply && reply->command == SmbCommand::SendStart && reply->status.isSuccess() &&
                !reply->words.isEmpty())
                id = reply->words.first();
        }
        if (!id)
            return;
        for (const qsizetype at : m_idOffsets) {
            if (at >= sent)
                qToLittleEndian(*id, stream->data() + at);
        }
    }

private:
    QList<qsizetype> m_startEnds;
    QList<qsizetype> m_idOffsets;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    InputReader input(data, size);
    const quint8 options = input.byte();
    const quint8 seed = input.byte();
    const bool echoGroupIds = input.byte() & 0x01;
    const QByteArray recorded = input.rest();
    const QList<QByteArray> pieces = cutStream(recorded, seed);
    QByteArray stream = recorded;
    GroupIdEcho groupIds(recorded);

    const int inbox = options & 0x03;
    const bool lateRefuses = options & 0x04;
    const int maxMessageBytes = (options & 0x08) ? 200 : 4096;
    const int end = options >> 6;

    Receiver &shared = receiver();
    int accepted = 0;
    int received = 0;
    std::unique_ptr<QPromise<Outcome>> pending;
    const Outcome refusal(Code::NoSystemResources, QStringLiteral("the inbox is full (fuzz)"));

    WinPopupConnectionRules rules;
    rules.aliases = &shared.aliases;
    rules.codec = &shared.codec;
    rules.maxMessageBytes = maxMessageBytes;
    if (inbox != 0) {
        rules.accept = [&](const ReceivedMessage &message) {
            // One message at a time: nothing more is handled until it is answered.
            FUZZ_CHECK(!pending);
            FUZZ_CHECK(shared.aliases.contains(message.alias));
            // CP850 is one byte a character, and a line break never grows.
            FUZZ_CHECK(message.text.size() <= maxMessageBytes);
            ++accepted;
            if (inbox == 1)
                return QtFuture::makeReadyFuture(Outcome::success());
            if (inbox == 2)
                return QtFuture::makeReadyFuture(refusal);
            pending = std::make_unique<QPromise<Outcome>>();
            pending->start();
            return pending->future();
        };
    }
    auto answerLate = [&] {
        if (!pending)
            return;
        const std::unique_ptr<QPromise<Outcome>> promise = std::move(pending);
        promise->addResult(lateRefuses ? refusal : Outcome::success());
        promise->finish();
        processPostedEvents();
    };

    auto *socket = new MemorySocket;
    socket->makeConnected();
    socket->setPeerReads(!(options & 0x10));
    QPointer<WinPopupConnection> connection = new WinPopupConnection(socket, rules);
    QObject::connect(connection, &WinPopupConnection::messageReceived,
                     [&](const ReceivedMessage &message) {
                         FUZZ_CHECK(shared.aliases.contains(message.alias));
                         FUZZ_CHECK(message.peerAddress == QLatin1String("127.0.0.1"));
                         ++received;
                     });

    qsizetype sent = 0;
    for (qsizetype i = 0; i < pieces.size() && socket->state() == QTcpSocket::ConnectedState; ++i) {
        if ((options & 0x20) && i == pieces.size() / 2)
            connection->stop();
        const qsizetype end = sent + pieces.at(i).size();
        while (sent < end && socket->state() == QTcpSocket::ConnectedState) {
            const qsizetype until = echoGroupIds ? groupIds.pauseBefore(sent, end) : end;
            socket->deliver(stream.mid(sent, until - sent));
            processPostedEvents();
            sent = until;
            if (echoGroupIds)
                groupIds.echo(socket->written(), &stream, sent);
        }
        answerLate();
    }
    switch (end) {
    case 0:
        socket->peerCloses();
        answerLate();
        break;
    case 1:
        socket->networkFails();
        answerLate();
        break;
    case 2:
        break;
    default:
        answerLate();
        socket->peerCloses();
        break;
    }
    processPostedEvents();
    const QByteArray written = socket->written();
    delete connection;
    // A store that answers after its connection is gone answers nobody.
    answerLate();
    processPostedEvents();

    int completing = 0;
    checkReplies(written, countSmbRequests(recorded, &completing));
    if (verbose())
        qInfo().noquote() << received << "of" << completing << "messages received;"
                          << splitNetbiosStream(written).packets.size() << "replies";
    FUZZ_CHECK(received <= completing);
    if (inbox == 1)
        FUZZ_CHECK(received == accepted);
    if (inbox == 2 || (inbox == 3 && lateRefuses))
        FUZZ_CHECK(received == 0);
    return 0;
}
