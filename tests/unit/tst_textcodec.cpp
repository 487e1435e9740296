#include "textcodec.h"

#include <QtTest>

using namespace netmsg;

class tst_TextCodec : public QObject
{
    Q_OBJECT
private slots:
    void canonicalNames_data();
    void canonicalNames();
    void oemCodePagesOffered();
    void roundTrip_data();
    void roundTrip();
    void knownBytes();
    void unencodablePositions();
    void utf16CarriesEverything();
};

void tst_TextCodec::canonicalNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cp850") << "cp850"
                           << "CP850";
    QTest::newRow("850") << "850"
                         << "CP850";
    QTest::newRow("IBM866") << "IBM866"
                            << "CP866";
    QTest::newRow("ibm-437") << "ibm-437"
                             << "CP437";
    QTest::newRow("utf16") << "utf-16le"
                           << "UTF-16LE";
    QTest::newRow("unknown number") << "CP12345"
                                    << "";
    QTest::newRow("garbage") << "klingon"
                             << "";
}

void tst_TextCodec::canonicalNames()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextCodec::canonicalName(input), expected);
    QCOMPARE(TextCodec(input).isValid(), !expected.isEmpty());
}

void tst_TextCodec::oemCodePagesOffered()
{
    const QStringList pages = TextCodec::oemCodePages();
    for (const char *required : {"CP437", "CP850", "CP852", "CP866"})
        QVERIFY2(pages.contains(QLatin1String(required)), required);
}

void tst_TextCodec::roundTrip_data()
{
    QTest::addColumn<QString>("codePage");
    QTest::addColumn<QString>("text");
    QTest::newRow("german cp850") << "CP850" << QStringLiteral("Grüße aus Köln, Straße");
    QTest::newRow("russian cp866") << "CP866" << QStringLiteral("Привет, мир! Ёлка");
    QTest::newRow("czech cp852") << "CP852" << QStringLiteral("Příliš žluťoučký kůň");
    QTest::newRow("box cp437") << "CP437" << QStringLiteral("┌─┐ ░▒▓ ü");
}

void tst_TextCodec::roundTrip()
{
    QFETCH(QString, codePage);
    QFETCH(QString, text);
    const TextCodec codec(codePage);
    QVERIFY(codec.unencodable(text).isEmpty());
    const QByteArray bytes = codec.encode(text);
    QCOMPARE(bytes.size(), text.size()); // one byte per character in an OEM code page
    QCOMPARE(codec.decode(bytes), text);
}

void tst_TextCodec::knownBytes()
{
    // Values from the IBM code page tables.
    QCOMPARE(TextCodec(QStringLiteral("CP850")).encode(QStringLiteral("ü")), QByteArray("\x81"));
    QCOMPARE(TextCodec(QStringLiteral("CP850")).encode(QStringLiteral("ß")), QByteArray("\xE1"));
    QCOMPARE(TextCodec(QStringLiteral("CP866")).encode(QStringLiteral("П")), QByteArray("\x8F"));
    QCOMPARE(TextCodec(QStringLiteral("UTF-16LE")).encode(QStringLiteral("A")),
             QByteArray("A\0", 2));
    // The double-byte OEM code pages of Japanese (Shift JIS) and Chinese (GBK)
    // Windows: two bytes a character, ASCII as itself.
    const TextCodec japanese(QStringLiteral("CP932"));
    QVERIFY(japanese.isValid());
    QCOMPARE(japanese.encode(QStringLiteral("日本 A")), QByteArray("\x93\xfa\x96\x7b A"));
    QCOMPARE(japanese.decode(QByteArray("\x93\xfa\x96\x7b")), QStringLiteral("日本"));
    const TextCodec chinese(QStringLiteral("CP936"));
    QVERIFY(chinese.isValid());
    QCOMPARE(chinese.encode(QStringLiteral("中文")), QByteArray("\xd6\xd0\xce\xc4"));
    QCOMPARE(chinese.decode(QByteArray("\xd6\xd0\xce\xc4")), QStringLiteral("中文"));
    // Windows' Shift JIS (NEC's row 13), as WideCharToMultiByte(932) writes it.
    QCOMPARE(japanese.encode(QStringLiteral("①")), QByteArray("\x87\x40"));
    // Shift JIS has no euro sign.
    const auto bad = japanese.unencodable(QStringLiteral("ok €"));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad.first().position, 3);
}

void tst_TextCodec::unencodablePositions()
{
    const TextCodec codec(QStringLiteral("CP850"));
    const auto bad = codec.unencodable(QStringLiteral("Hi Привет €!"));
    QCOMPARE(bad.size(), 7);
    QCOMPARE(bad.first().character, QStringLiteral("П"));
    QCOMPARE(bad.first().position, 3);
    QCOMPARE(bad.last().character, QStringLiteral("€"));
    QCOMPARE(bad.last().position, 10);
    // A character outside the BMP counts as one, at its first code unit.
    const auto emoji = codec.unencodable(QStringLiteral("ok 😀 ok"));
    QCOMPARE(emoji.size(), 1);
    QCOMPARE(emoji.first().position, 3);
    QCOMPARE(emoji.first().character.size(), 2);
}

void tst_TextCodec::utf16CarriesEverything()
{
    const TextCodec codec(QStringLiteral("UTF-16LE"));
    const QString text = QStringLiteral("Привет € 😀");
    QVERIFY(codec.unencodable(text).isEmpty());
    QCOMPARE(codec.encodedSize(text), text.size() * 2);
    QCOMPARE(codec.decode(codec.encode(text)), text);
}

QTEST_GUILESS_MAIN(tst_TextCodec)
#include "tst_textcodec.moc"
