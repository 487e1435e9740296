// The sender's reply parsing through the real state machine: a
// WinPopupSender delivers one message to a peer whose answers (NetBIOS
// session responses, retargets, SMB replies) are the input, cut where it
// says, on in-memory sockets (WinPopupSender::createSocket), so a retarget
// or the *SMBSERVER retry opens another one and reads on in the same stream.
//
// Input: byte 0 options, byte 1 the cut seed (fuzzsupport.h, cutStream),
// then what the peer sends.
//   bit 0     single block (negprot + SEND_MESSAGE for texts up to 128 bytes)
//   bits 1-2  the text: 0 empty, 1 22 bytes, 2 128 bytes, 3 300 bytes
//   bit 3     every connection after the first is refused
//   bits 4-5  the end: 0 the peer closes, 1 the network fails, 2 the job
//             cancels, 3 the transport goes (the sender is destroyed)
//   bit 6     retargets to other hosts are followed (retargetOtherHosts)

#include "fuzzsupport.h"

#include "deliverystate.h"
#include "netbiossession.h"
#include "smbmessagecodec.h"
#include "winpopupsender.h"

#include <QPointer>

#include <deque>

using namespace netmsg;
using namespace netmsg::fuzz;

namespace {

// A sender whose connections are in-memory sockets; each one's requests are
// kept in `transcripts`, which outlive the sockets.
class FuzzedSender : public WinPopupSender
{
public:
    FuzzedSender(WinPopupTarget target, std::deque<QByteArray> *transcripts)
        : WinPopupSender(std::move(target))
        , m_transcripts(transcripts)
    {}

    QPointer<MemorySocket> current;
    int connections = 0;

protected:
    QTcpSocket *createSocket() override
    {
        auto *socket = new MemorySocket(this);
        m_transcripts->emplace_back();
        socket->setTranscript(&m_transcripts->back());
        current = socket;
        ++connections;
        return socket;
    }

private:
    std::deque<QByteArray> *m_transcripts;
};

QByteArray textOfClass(int textClass)
{
    switch (textClass) {
    case 0:
        return {};
    case 1:
        return QByteArrayLiteral("Backup starts at 22:00");
    case 2:
        return QByteArray(128, 'x');
    default:
        return QByteArray(300, 'y');
    }
}

struct Requests
{
    bool handedOver = false;
    quint8 lastCommand = 0;
};

// What the sender wrote on one connection must be a messenger client's
// exchange: a session request first, then SMB requests, text blocks within
// the protocol's 128 bytes.
Requests checkTranscript(const QByteArray &transcript)
{
    Requests requests;
    const NetbiosStream packets = splitNetbiosStream(transcript);
    FUZZ_CHECK(packets.complete);
    for (qsizetype i = 0; i < packets.packets.size(); ++i) {
        const auto &[type, payload] = packets.packets.at(i);
        if (i == 0) {
            FUZZ_CHECK(type == NetbiosSession::SessionRequest);
            FUZZ_CHECK(payload.size() == 2 * NetbiosSession::EncodedNameSize);
            continue;
        }
        FUZZ_CHECK(type == NetbiosSession::SessionMessage);
        const std::optional<SmbPacket> request = SmbMessageCodec::parse(payload);
        FUZZ_CHECK(request.has_value());
        FUZZ_CHECK(!(request->flags & SmbMessageCodec::FlagReply));
        if (request->command == SmbCommand::SendText) {
            QByteArray block;
            FUZZ_CHECK(SmbMessageCodec::readDataBlock(request->bytes, 0, &block) > 0);
            FUZZ_CHECK(block.size() <= SmbMessageCodec::MaxTextBlock);
        }
        if (request->command == SmbCommand::SendEnd || request->command == SmbCommand::SendMessage)
            requests.handedOver = true;
        requests.lastCommand = request->command;
    }
    return requests;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    InputReader input(data, size);
    const quint8 options = input.byte();
    const quint8 seed = input.byte();
    const QList<QByteArray> pieces = cutStream(input.rest(), seed);

    WinPopupTarget target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = 139;
    target.calledName = QByteArrayLiteral("OPS");
    target.callingName = QByteArrayLiteral("NETMSGFUZZ");
    target.originator = QByteArrayLiteral("ADMIN");
    target.destination = QByteArrayLiteral("OPS");
    target.singleBlock = options & 0x01;
    target.text = textOfClass((options >> 1) & 0x03);
    target.retargetOtherHosts = options & 0x40;
    const bool refuseLater = options & 0x08;
    const int end = (options >> 4) & 0x03;

    std::deque<QByteArray> transcripts;
    auto *sender = new FuzzedSender(target, &transcripts);
    QPointer<FuzzedSender> alive = sender;
    QFuture<SendResult> future = sender->future();
    sender->start();

    // Each turn: the network completes a pending connect, or the peer's next
    // piece arrives; a turn per piece and per connection is enough.
    qsizetype next = 0;
    while (alive && !future.isFinished()) {
        processPostedEvents();
        if (!alive || future.isFinished() || !sender->current)
            break;
        MemorySocket *socket = sender->current;
        if (socket->isConnectPending()) {
            if (refuseLater && sender->connections > 1)
                socket->refuseConnection();
            else
                socket->completeConnection();
            continue;
        }
        if (next >= pieces.size())
            break;
        socket->deliver(pieces.at(next++));
    }
    if (alive && !future.isFinished()) {
        MemorySocket *socket = sender->current;
        switch (end) {
        case 0:
            if (socket)
                socket->peerCloses();
            break;
        case 1:
            if (socket)
                socket->networkFails();
            break;
        case 2:
            future.cancel();
            break;
        default:
            delete sender;
            break;
        }
        processPostedEvents();
    }
    // Whatever is still under way ends with its transport.
    delete alive.data();
    processPostedEvents();

    // It reports once, and what it reports matches what went out.
    FUZZ_CHECK(future.isFinished());
    FUZZ_CHECK(future.isCanceled() || future.resultCount() == 1);
    Requests last;
    bool handedOver = false;
    for (const QByteArray &transcript : transcripts) {
        last = checkTranscript(transcript);
        handedOver = handedOver || last.handedOver;
    }
    if (future.resultCount() == 1) {
        const SendResult result = future.result();
        if (verbose())
            qInfo().noquote() << DeliveryStates::name(result.state) << result.outcome.toString()
                              << "after" << transcripts.size() << "connections";
        if (result.state == DeliveryState::Delivered)
            FUZZ_CHECK(last.lastCommand == SmbCommand::SendEnd ||
                       last.lastCommand == SmbCommand::SendMessage);
        if (result.state == DeliveryState::Unconfirmed)
            FUZZ_CHECK(handedOver);
        if (!handedOver)
            FUZZ_CHECK(result.state == DeliveryState::Failed);
        FUZZ_CHECK(result.state != DeliveryState::Pending);
    }
    return 0;
}
