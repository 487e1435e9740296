#include "textcodec.h"
#include "winpopuptext.h"

#include <QTest>

using namespace netmsg;

// Text to OEM wire bytes and back: code pages through ICU, both line-break
// styles (MS-MSRP 2.2.3.3.1; docs/protocol.md §1.3), 128-byte blocks.
class TestWinPopupText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encode_data();
    void encode();
    void decodeAcceptsEveryBreak();
    void roundTripGermanAndRussian();
    void blocks();
    void styleNames();
};

void TestWinPopupText::encode_data()
{
    QTest::addColumn<QString>("codePage");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("style");
    QTest::addColumn<QByteArray>("wire");
    const int windows = int(LineBreakStyle::Windows);
    const int smbclient = int(LineBreakStyle::Smbclient);
    QTest::newRow("ascii") << "CP850"
                           << "Hello" << windows << QByteArray("Hello");
    QTest::newRow("german CP850") << "CP850" << QStringLiteral("Grüße") << windows
                                  << QByteArray("Gr\x81\xE1"
                                                "e");
    QTest::newRow("russian CP866")
        << "CP866" << QStringLiteral("Привет") << windows << QByteArray("\x8F\xE0\xA8\xA2\xA5\xE2");
    QTest::newRow("LF windows") << "CP437"
                                << "a\nb" << windows
                                << QByteArray("a\x14"
                                              "b");
    QTest::newRow("CRLF windows") << "CP437"
                                  << "a\r\nb" << windows
                                  << QByteArray("a\x14"
                                                "b");
    QTest::newRow("LFCR windows") << "CP437"
                                  << "a\n\rb" << windows
                                  << QByteArray("a\x14"
                                                "b");
    QTest::newRow("LFLF windows") << "CP437"
                                  << "a\n\nb" << windows
                                  << QByteArray("a\x14\x14"
                                                "b");
    QTest::newRow("LF smbclient") << "CP437"
                                  << "a\nb" << smbclient << QByteArray("a\r\nb");
    QTest::newRow("CRLF smbclient") << "CP437"
                                    << "a\r\nb" << smbclient << QByteArray("a\r\nb");
    QTest::newRow("CR smbclient") << "CP852"
                                  << "a\rb\n"
                                  << smbclient << QByteArray("a\r\nb\r\n");
}

void TestWinPopupText::encode()
{
    QFETCH(QString, codePage);
    QFETCH(QString, text);
    QFETCH(int, style);
    QFETCH(QByteArray, wire);
    const TextCodec codec(codePage);
    QVERIFY(codec.isValid());
    QCOMPARE(WinPopupText::encode(text, codec, LineBreakStyle(style)), wire);
}

void TestWinPopupText::decodeAcceptsEveryBreak()
{
    const TextCodec codec(QStringLiteral("CP850"));
    QCOMPARE(WinPopupText::decode("a\x14"
                                  "b\r\nc\nd\re",
                                  codec),
             QStringLiteral("a\nb\nc\nd\ne"));
}

void TestWinPopupText::roundTripGermanAndRussian()
{
    const QString german = QStringLiteral("Grüße aus Köln,\nÄrger über Öl");
    const TextCodec cp850(QStringLiteral("CP850"));
    QCOMPARE(
        WinPopupText::decode(WinPopupText::encode(german, cp850, LineBreakStyle::Windows), cp850),
        german);
    const QString russian = QStringLiteral("Сервер перезагрузится\nв 18:00");
    const TextCodec cp866(QStringLiteral("CP866"));
    QCOMPARE(WinPopupText::decode(WinPopupText::encode(russian, cp866, LineBreakStyle::Smbclient),
                                  cp866),
             russian);
}

void TestWinPopupText::blocks()
{
    QCOMPARE(WinPopupText::blocks({}, 128), QList<QByteArray>{QByteArray()});
    const QList<QByteArray> parts = WinPopupText::blocks(QByteArray(300, 'x'), 128);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).size(), 128);
    QCOMPARE(parts.at(1).size(), 128);
    QCOMPARE(parts.at(2).size(), 44);
    QCOMPARE(WinPopupText::blocks(QByteArray(128, 'x'), 128).size(), 1);
}

void TestWinPopupText::styleNames()
{
    LineBreakStyle style = LineBreakStyle::Windows;
    QVERIFY(WinPopupText::styleFromName(QStringLiteral("smbclient"), &style));
    QCOMPARE(style, LineBreakStyle::Smbclient);
    QVERIFY(WinPopupText::styleFromName(QStringLiteral("Windows"), &style));
    QCOMPARE(style, LineBreakStyle::Windows);
    QVERIFY(!WinPopupText::styleFromName(QStringLiteral("unix"), &style));
    QCOMPARE(WinPopupText::styleName(LineBreakStyle::Smbclient), QStringLiteral("smbclient"));
}

QTEST_GUILESS_MAIN(TestWinPopupText)
#include "tst_winpopuptext.moc"
