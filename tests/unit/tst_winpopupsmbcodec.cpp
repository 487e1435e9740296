#include "smbmessagecodec.h"

#include <QTest>

using namespace netmsg;

// The SMB1 messenger commands byte for byte (MS-MSRP 2.2.3, docs/protocol.md §1.2-1.3).
class TestWinPopupSmbCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startRequestLayout();
    void textRequestLayout();
    void endRequestLayout();
    void singleRequestLayout();
    void parseStartReplyWithAndWithoutGroupId();
    void errorResponseIsDosForm();
    void successResponseEchoesHeader();
    void parseRejectsTruncatedOrForeign_data();
    void parseRejectsTruncatedOrForeign();
    void readDataBlockChecksFormatAndLength();
    void readDialects();
};

namespace {

QByteArray header(quint8 command)
{
    QByteArray h(32, '\0');
    h[0] = char(0xFF);
    h[1] = 'S';
    h[2] = 'M';
    h[3] = 'B';
    h[4] = char(command);
    return h;
}

} // namespace

void TestWinPopupSmbCodec::startRequestLayout()
{
    const QByteArray packet = SmbMessageCodec::startRequest("ALICE", "OPS");
    // Every header field but the command is zero; WCT=0; BCC; 04 from NUL 04 to NUL.
    QCOMPARE(packet, header(0xD5) +
                         QByteArray::fromHex("00"
                                             "0c00") +
                         "\x04"
                         "ALICE" +
                         QByteArray(1, '\0') +
                         "\x04"
                         "OPS" +
                         QByteArray(1, '\0'));
}

void TestWinPopupSmbCodec::textRequestLayout()
{
    const QByteArray packet = SmbMessageCodec::textRequest(0x1234, "Hi");
    // WCT=1, group id LE, BCC=3+n, 01, n (LE), data.
    QCOMPARE(packet, header(0xD7) +
                         QByteArray::fromHex("01"
                                             "3412"
                                             "0500"
                                             "01"
                                             "0200") +
                         "Hi");
}

void TestWinPopupSmbCodec::endRequestLayout()
{
    QCOMPARE(SmbMessageCodec::endRequest(7), header(0xD6) + QByteArray::fromHex("01"
                                                                                "0700"
                                                                                "0000"));
}

void TestWinPopupSmbCodec::singleRequestLayout()
{
    const QByteArray packet = SmbMessageCodec::singleRequest("A", "B", "xyz");
    QCOMPARE(packet, header(0xD0) +
                         QByteArray::fromHex("00"
                                             "0c00"
                                             "044100"
                                             "044200"
                                             "010300") +
                         "xyz");
}

void TestWinPopupSmbCodec::parseStartReplyWithAndWithoutGroupId()
{
    const auto request = SmbMessageCodec::parse(SmbMessageCodec::startRequest("A", "B"));
    QVERIFY(request);
    // Windows: WCT=1 with a group id; Samba: WCT=0 (docs/protocol.md headlines).
    const auto windows = SmbMessageCodec::parse(SmbMessageCodec::successResponse(*request, {42}));
    QVERIFY(windows);
    QCOMPARE(windows->words, QList<quint16>{42});
    QVERIFY(windows->flags & SmbMessageCodec::FlagReply);
    QVERIFY(windows->status.isSuccess());
    const auto samba = SmbMessageCodec::parse(SmbMessageCodec::successResponse(*request));
    QVERIFY(samba);
    QVERIFY(samba->words.isEmpty());
    QVERIFY(samba->bytes.isEmpty());
}

void TestWinPopupSmbCodec::errorResponseIsDosForm()
{
    const auto request = SmbMessageCodec::parse(SmbMessageCodec::endRequest(1));
    QVERIFY(request);
    const QByteArray bytes =
        SmbMessageCodec::errorResponse(*request, DosError::ClassServer, DosError::MessagesOff);
    // class at 5, reserved at 6, code at 7-8 little-endian.
    QCOMPARE(bytes.mid(5, 4), QByteArray::fromHex("02005200"));
    const auto reply = SmbMessageCodec::parse(bytes);
    QVERIFY(reply);
    QVERIFY(!reply->status.isSuccess());
    QVERIFY(!reply->status.isNtStatus);
    QCOMPARE(reply->status.errorClass, quint8(DosError::ClassServer));
    QCOMPARE(reply->status.errorCode, quint16(DosError::MessagesOff));
}

void TestWinPopupSmbCodec::successResponseEchoesHeader()
{
    QByteArray raw = SmbMessageCodec::startRequest("A", "B");
    raw[26] = char(0x39); // PID low
    raw[30] = char(0x05); // MID: Samba's client matches replies by it
    const auto request = SmbMessageCodec::parse(raw);
    QVERIFY(request);
    const QByteArray reply = SmbMessageCodec::successResponse(*request);
    QCOMPARE(reply.at(26), char(0x39));
    QCOMPARE(reply.at(30), char(0x05));
    QCOMPARE(quint8(reply.at(9)), quint8(0x80));
}

void TestWinPopupSmbCodec::parseRejectsTruncatedOrForeign_data()
{
    QTest::addColumn<QByteArray>("payload");
    const QByteArray good = SmbMessageCodec::startRequest("ALICE", "OPS");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("header only") << good.left(32);
    QTest::newRow("bytes cut") << good.left(good.size() - 1);
    QByteArray smb2 = good;
    smb2[0] = char(0xFE);
    QTest::newRow("SMB2 magic") << smb2;
    QByteArray words = good;
    words[32] = char(40); // 40 words announced, none there
    QTest::newRow("word count beyond end") << words;
}

void TestWinPopupSmbCodec::parseRejectsTruncatedOrForeign()
{
    QFETCH(QByteArray, payload);
    QVERIFY(!SmbMessageCodec::parse(payload));
}

void TestWinPopupSmbCodec::readDataBlockChecksFormatAndLength()
{
    QByteArray data;
    QCOMPARE(SmbMessageCodec::readDataBlock(QByteArray::fromHex("010200") + "ab", 0, &data), 5);
    QCOMPARE(data, QByteArray("ab"));
    // Samba skips the format byte unchecked (docs/protocol.md §2); we do not.
    QCOMPARE(SmbMessageCodec::readDataBlock(QByteArray::fromHex("000200") + "ab", 0, &data), 0);
    QCOMPARE(SmbMessageCodec::readDataBlock(QByteArray::fromHex("010900") + "ab", 0, &data), 0);
    QByteArray name;
    QCOMPARE(SmbMessageCodec::readString(QByteArray("\x04"
                                                    "NAME"),
                                         0, &name),
             0); // no NUL
}

void TestWinPopupSmbCodec::readDialects()
{
    const auto request = SmbMessageCodec::parse(
        SmbMessageCodec::negotiateRequest({"PC NETWORK PROGRAM 1.0", "NT LM 0.12"}));
    QVERIFY(request);
    QCOMPARE(request->command, quint8(SmbCommand::Negotiate));
    QCOMPARE(SmbMessageCodec::readDialects(request->bytes),
             (QList<QByteArray>{"PC NETWORK PROGRAM 1.0", "NT LM 0.12"}));
}

QTEST_GUILESS_MAIN(TestWinPopupSmbCodec)
#include "tst_winpopupsmbcodec.moc"
