#pragma once

// What the WinPopup transport's in-process tests share (tst_winpopuptransport
// for sending and the transport, tst_winpopupreceiver for the receiver under
// misbehaving peers): netmsg's sender and receiver on 127.0.0.1, an inbox that
// keeps messages later, and reading replies off a raw stream.
#include "netbiosframereader.h"
#include "netbiossession.h"
#include "smbmessagecodec.h"
#include "winpopupconnection.h"
#include "winpopuppeer.h"
#include "winpopupsender.h"
#include "winpopuptransport.h"
#include <QLibrary>
#include <QPromise>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace netmsg::testing {

// An inbox that keeps messages later, as a group-commit store does: accept()
// hands out one future per message, which the test resolves when it likes.
class SlowInbox
{
public:
    static std::function<QFuture<Outcome>(const ReceivedMessage &)>
    acceptInto(const std::shared_ptr<SlowInbox> &inbox)
    {
        return [inbox](const ReceivedMessage &message) {
            auto promise = std::make_shared<QPromise<Outcome>>();
            promise->start();
            inbox->m_pending.append(promise);
            inbox->m_offered.append(message);
            return promise->future();
        };
    }
    int pendingCount() const { return int(m_pending.size()); }
    int offeredCount() const { return int(m_offered.size()); }
    // Finishes every pending future with `outcome`, in one go.
    void resolveAll(const Outcome &outcome = Outcome::success())
    {
        for (const auto &promise : std::exchange(m_pending, {})) {
            promise->addResult(outcome);
            promise->finish();
        }
    }
    // Finishes every pending future without a result (a store that gave up).
    void abandonAll()
    {
        for (const auto &promise : std::exchange(m_pending, {}))
            promise->finish();
    }

private:
    QList<std::shared_ptr<QPromise<Outcome>>> m_pending;
    QList<ReceivedMessage> m_offered;
};

// The SMB commands of the replies in `stream` (after the session response).
inline QList<quint8> replyCommands(const QByteArray &stream)
{
    NetbiosFrameReader reader;
    reader.append(stream);
    NetbiosFrame frame;
    QList<quint8> commands;
    while (reader.next(&frame) == NetbiosFrameReader::Status::Frame) {
        if (frame.type != NetbiosSession::SessionMessage)
            continue;
        const auto reply = SmbMessageCodec::parse(frame.payload);
        commands.append(reply ? reply->command : quint8(0));
    }
    return commands;
}

// The two transports of a test and what they share: a receiver answering to
// OPS, a sender with 2 s timeouts, each with its own data folder.
class WinPopupTransportFixture
{
protected:
    void setUp()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        TransportContext receiverContext;
        receiverContext.dataDirectory = m_dir->filePath(QStringLiteral("receiver"));
        m_receiver = std::make_unique<WinPopupTransport>(receiverContext);
        QVERIFY(m_receiver->configure({{QStringLiteral("listenerPort"), 0}}).isSuccess());
        QVERIFY(m_receiver->addAlias({}, QStringLiteral("OPS")).result().isSuccess());
        TransportContext senderContext;
        senderContext.dataDirectory = m_dir->filePath(QStringLiteral("sender"));
        m_sender = std::make_unique<WinPopupTransport>(senderContext);
        QVERIFY(m_sender
                    ->configure({{QStringLiteral("connectTimeoutMs"), 2000},
                                 {QStringLiteral("replyTimeoutMs"), 2000}})
                    .isSuccess());
    }
    void tearDown()
    {
        m_sender.reset();
        m_receiver.reset();
        m_dir.reset();
    }
    static SendResult awaitSend(QFuture<SendResult> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
            return SendResult::failed(
                Outcome(Code::Timeout, QStringLiteral("test gave up waiting")));
        if (!future.isFinished() || future.isCanceled() || future.resultCount() == 0)
            return SendResult::failed(Outcome(Code::Cancelled));
        return future.result();
    }
    static Outcome await(QFuture<SendResult> future)
    {
        return awaitSend(std::move(future)).outcome;
    }
    void startReceiver(ReceiverOptions options = {})
    {
        options.address = QHostAddress::LocalHost;
        const Outcome started = m_receiver->startReceiving(options);
        QVERIFY2(started.isSuccess(), qPrintable(started.toString()));
        m_port = quint16(m_receiver->receiverAddress().section(QLatin1Char(':'), -1).toUInt());
        QVERIFY(m_port != 0);
        QVERIFY(m_receiver->receiverAddress().startsWith(QLatin1String("127.0.0.1:")));
    }
    Message messageTo(const QString &name, const QString &text) const
    {
        Message message;
        message.recipient = name;
        message.host = QStringLiteral("127.0.0.1");
        message.port = m_port;
        message.sender = QStringLiteral("alice");
        message.text = text;
        return message;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WinPopupTransport> m_receiver;
    std::unique_ptr<WinPopupTransport> m_sender;
    quint16 m_port = 0;
};

} // namespace netmsg::testing
