#include "netbiosframereader.h"
#include "netbiossession.h"

#include <QTest>

using namespace netmsg;

// NetBIOS names and session packets against the examples of docs/protocol.md §1.1.
class TestWinPopupNetbios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeName_data();
    void encodeName();
    void decodeNameRoundTrip();
    void decodeRejectsBadLetters();
    void sessionRequestLayout();
    void responses();
    void retarget();
    void readerSplitsStream();
    void readerRefusesOversizedLength();
    void readerRefusesBadFlags();
};

void TestWinPopupNetbios::encodeName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("suffix");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("FRED<03>") << QByteArray("FRED") << 0x03
                              << QByteArray("EGFCEFEECACACACACACACACACACACAAD");
    QTest::newRow("*") << QByteArray("*") << 0x00 << QByteArray("CKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("*SMBSERVER<20>")
        << QByteArray("*SMBSERVER") << 0x20 << QByteArray("CKFDENECFDEFFCFGEFFCCACACACACACA");
}

void TestWinPopupNetbios::encodeName()
{
    QFETCH(QByteArray, name);
    QFETCH(int, suffix);
    QFETCH(QByteArray, encoded);
    const QByteArray bytes = NetbiosSession::encodeName(name, quint8(suffix));
    QCOMPARE(bytes.size(), NetbiosSession::EncodedNameSize);
    QCOMPARE(bytes.at(0), char(0x20));
    QCOMPARE(bytes.mid(1, 32), encoded);
    QCOMPARE(bytes.at(33), '\0');
}

void TestWinPopupNetbios::decodeNameRoundTrip()
{
    const QByteArray encoded = NetbiosSession::encodeName("OPS", 0x03);
    QByteArray name;
    quint8 suffix = 0;
    QCOMPARE(NetbiosSession::decodeName(encoded + "tail", 0, &name, &suffix), 34);
    QCOMPARE(name, QByteArray("OPS"));
    QCOMPARE(suffix, quint8(0x03));
}

void TestWinPopupNetbios::decodeRejectsBadLetters()
{
    QByteArray encoded = NetbiosSession::encodeName("OPS", 0x03);
    encoded[5] = 'Z'; // 'Z' - 'A' = 25 is no nibble
    QByteArray name;
    quint8 suffix = 0;
    QCOMPARE(NetbiosSession::decodeName(encoded, 0, &name, &suffix), 0);
    QCOMPARE(NetbiosSession::decodeName(encoded.left(20), 0, &name, &suffix), 0);
}

void TestWinPopupNetbios::sessionRequestLayout()
{
    const QByteArray request = NetbiosSession::sessionRequest("FRED", 0x03, "ALICE", 0x00);
    // 0x81, flags, 68 bytes of names with an empty scope (docs/protocol.md §1.1).
    QCOMPARE(request.size(), 4 + 68);
    QCOMPARE(quint8(request.at(0)), quint8(0x81));
    QCOMPARE(request.at(1), '\0');
    QCOMPARE(request.at(2), '\0');
    QCOMPARE(quint8(request.at(3)), quint8(68));
    QCOMPARE(request.mid(5, 32), QByteArray("EGFCEFEECACACACACACACACACACACAAD"));
    QByteArray calling;
    quint8 suffix = 0xFF;
    QCOMPARE(NetbiosSession::decodeName(request.mid(4), 34, &calling, &suffix), 34);
    QCOMPARE(calling, QByteArray("ALICE"));
    QCOMPARE(suffix, quint8(0));
}

void TestWinPopupNetbios::responses()
{
    QCOMPARE(NetbiosSession::positiveResponse(), QByteArray::fromHex("82000000"));
    QCOMPARE(NetbiosSession::negativeResponse(0x82), QByteArray::fromHex("8300000182"));
}

void TestWinPopupNetbios::retarget()
{
    const QByteArray packet =
        NetbiosSession::retargetResponse(QHostAddress(QStringLiteral("127.0.0.2")), 1139);
    QCOMPARE(packet, QByteArray::fromHex("840000067f0000020473"));
    QHostAddress address;
    quint16 port = 0;
    QVERIFY(NetbiosSession::parseRetarget(packet.mid(4), &address, &port));
    QCOMPARE(address, QHostAddress(QStringLiteral("127.0.0.2")));
    QCOMPARE(port, quint16(1139));
    QVERIFY(!NetbiosSession::parseRetarget(QByteArray(5, 'x'), &address, &port));
}

void TestWinPopupNetbios::readerSplitsStream()
{
    NetbiosFrameReader reader(1000);
    const QByteArray stream = NetbiosSession::sessionMessage("hello") +
                              NetbiosSession::packet(NetbiosSession::Keepalive, {}) +
                              NetbiosSession::sessionMessage(QByteArray(300, 'x'));
    NetbiosFrame frame;
    // Byte by byte: a frame appears only once all of it has arrived.
    QList<NetbiosFrame> frames;
    for (const char c : stream) {
        reader.append(QByteArray(1, c));
        while (reader.next(&frame) == NetbiosFrameReader::Status::Frame)
            frames.append(frame);
    }
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(0).payload, QByteArray("hello"));
    QCOMPARE(frames.at(1).type, quint8(NetbiosSession::Keepalive));
    QCOMPARE(frames.at(2).payload.size(), 300);
    QCOMPARE(reader.buffered(), 0);
}

void TestWinPopupNetbios::readerRefusesOversizedLength()
{
    NetbiosFrameReader reader(100);
    // The header alone announces 0x1FFFF bytes: refused before any payload.
    reader.append(QByteArray::fromHex("0001ffff"));
    NetbiosFrame frame;
    QCOMPARE(reader.next(&frame), NetbiosFrameReader::Status::Malformed);
}

void TestWinPopupNetbios::readerRefusesBadFlags()
{
    NetbiosFrameReader reader;
    reader.append(QByteArray::fromHex("00800001") + "x");
    NetbiosFrame frame;
    QCOMPARE(reader.next(&frame), NetbiosFrameReader::Status::Malformed);
}

QTEST_GUILESS_MAIN(TestWinPopupNetbios)
#include "tst_winpopupnetbios.moc"
