#include "netbiossession.h"
#include "nodestatusquery.h"
#include "textcodec.h"
#include "winpopuptransport.h"

#include <QNetworkDatagram>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace netmsg;

namespace {

struct Name
{
    QByteArray name;
    quint8 suffix;
    quint16 flags;
};

// A node status answer as nmbd sends it (RFC 1002 §4.2.18).
QByteArray answer(quint16 id, const QList<Name> &names)
{
    QByteArray d;
    const auto be16 = [&d](quint16 v) {
        d.append(char(v >> 8)).append(char(v & 0xFF));
    };
    be16(id);
    be16(0x8400); // response, authoritative
    be16(0);
    be16(1);
    be16(0);
    be16(0);
    d.append(NetbiosSession::encodeName("*", 0));
    be16(0x0021);
    be16(0x0001);
    d.append(QByteArray(4, '\0')); // TTL
    be16(quint16(1 + 18 * names.size() + 6));
    d.append(char(names.size()));
    for (const Name &n : names) {
        d.append(NetbiosSession::paddedName(n.name, n.suffix));
        be16(n.flags);
    }
    d.append(QByteArray(6, '\0')); // unit id
    return d;
}

const QList<Name> nmbdNames = {{"NMBTEST", 0x00, 0x0400},
                               {"NMBTEST", 0x03, 0x0400},
                               {"OPSDESK", 0x03, 0x0400},
                               {"NMBTEST", 0x20, 0x0400},
                               {"TESTGRP", 0x03, 0x8400}};

} // namespace

// Remote alias listing through NetBIOS node status (docs/protocol.md §1.4).
class TestWinPopupNodeStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestLayout();
    void parsesAnswerAndKeepsUniqueMessengerNames();
    void rejectsOtherTransactionsAndTruncation();
    void listsRemoteAliasesOverUdp();
    void silentHostIsUnreachable();
    void answersFromElsewhereAreIgnored();
};

void TestWinPopupNodeStatus::requestLayout()
{
    const QByteArray request = NodeStatusQuery::request(0x1234);
    QCOMPARE(request.left(12), QByteArray::fromHex("123400000001000000000000"));
    QCOMPARE(request.mid(13, 32), QByteArray("CKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    QCOMPARE(request.right(4), QByteArray::fromHex("00210001"));
}

void TestWinPopupNodeStatus::parsesAnswerAndKeepsUniqueMessengerNames()
{
    const auto names = NodeStatusQuery::parseResponse(answer(7, nmbdNames), 7);
    QVERIFY(names);
    QCOMPARE(names->size(), 5);
    QCOMPARE(names->at(1).name, QByteArray("NMBTEST"));
    QCOMPARE(names->at(1).suffix, quint8(0x03));
    const TextCodec codec(QStringLiteral("CP850"));
    QCOMPARE(NodeStatusQuery::messengerAliases(*names, codec),
             (QStringList{QStringLiteral("NMBTEST"), QStringLiteral("OPSDESK")}));
}

void TestWinPopupNodeStatus::rejectsOtherTransactionsAndTruncation()
{
    const QByteArray good = answer(7, nmbdNames);
    QVERIFY(!NodeStatusQuery::parseResponse(good, 8));
    QVERIFY(!NodeStatusQuery::parseResponse(good.left(good.size() - 20), 7));
    QVERIFY(!NodeStatusQuery::parseResponse(NodeStatusQuery::request(7), 7)); // not a response
}

void TestWinPopupNodeStatus::listsRemoteAliasesOverUdp()
{
    // A name service on loopback that answers like nmbd.
    QUdpSocket service;
    QVERIFY(service.bind(QHostAddress::LocalHost, 0));
    QByteArray question;
    connect(&service, &QUdpSocket::readyRead, &service, [&] {
        const QNetworkDatagram datagram = service.receiveDatagram();
        question = datagram.data();
        const quint16 id = quint16((quint8(question.at(0)) << 8) | quint8(question.at(1)));
        service.writeDatagram(datagram.makeReply(answer(id, nmbdNames)));
    });
    QTemporaryDir dir;
    WinPopupTransport transport({dir.path(), {}});
    QVERIFY(
        transport.configure({{QStringLiteral("nodeStatusPort"), service.localPort()}}).isSuccess());
    QFuture<AliasListing> future = transport.listAliases(QStringLiteral("\\\\127.0.0.1"));
    QTRY_VERIFY(future.isFinished());
    const AliasListing listing = future.result();
    QVERIFY2(listing.outcome.isSuccess(), qPrintable(listing.outcome.toString()));
    QCOMPARE(listing.aliases, (QStringList{QStringLiteral("NMBTEST"), QStringLiteral("OPSDESK")}));
    QCOMPARE(question.mid(12), NodeStatusQuery::request(0).mid(12));
}

void TestWinPopupNodeStatus::silentHostIsUnreachable()
{
    QUdpSocket silent; // bound, never answers
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    WinPopupTransport transport({dir.path(), {}});
    QVERIFY(transport
                .configure({{QStringLiteral("nodeStatusPort"), silent.localPort()},
                            {QStringLiteral("connectTimeoutMs"), 600}})
                .isSuccess());
    QFuture<AliasListing> future = transport.listAliases(QStringLiteral("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
    QCOMPARE(future.result().outcome.code(), quint32(Code::BadNetPath));
    QTRY_COMPARE(silent.pendingDatagramSize() > 0, true);
}

// Anyone who sees (or guesses) the 16-bit transaction id can answer over UDP;
// only an answer from the host and port we asked counts.
void TestWinPopupNodeStatus::answersFromElsewhereAreIgnored()
{
    QUdpSocket service;
    QVERIFY(service.bind(QHostAddress::LocalHost, 0));
    QUdpSocket forger;
    QVERIFY(forger.bind(QHostAddress::LocalHost, 0));
    connect(&service, &QUdpSocket::readyRead, &service, [&] {
        const QNetworkDatagram datagram = service.receiveDatagram();
        const QByteArray question = datagram.data();
        const quint16 id = quint16((quint8(question.at(0)) << 8) | quint8(question.at(1)));
        // The forged answer gets there first, from another port.
        forger.writeDatagram(answer(id, {{"FORGED", 0x03, 0x0400}}), datagram.senderAddress(),
                             quint16(datagram.senderPort()));
        QTimer::singleShot(100, &service, [&service, datagram, id] {
            service.writeDatagram(datagram.makeReply(answer(id, nmbdNames)));
        });
    });
    QTemporaryDir dir;
    WinPopupTransport transport({dir.path(), {}});
    QVERIFY(transport
                .configure({{QStringLiteral("nodeStatusPort"), service.localPort()},
                            {QStringLiteral("connectTimeoutMs"), 3000}})
                .isSuccess());
    QFuture<AliasListing> future = transport.listAliases(QStringLiteral("127.0.0.1"));
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
    const AliasListing listing = future.result();
    QVERIFY2(listing.outcome.isSuccess(), qPrintable(listing.outcome.toString()));
    QCOMPARE(listing.aliases, (QStringList{QStringLiteral("NMBTEST"), QStringLiteral("OPSDESK")}));
}

QTEST_GUILESS_MAIN(TestWinPopupNodeStatus)
#include "tst_winpopupnodestatus.moc"
