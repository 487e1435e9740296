// TextCodec on Windows, where Qt has no ICU and code pages go through
// WideCharToMultiByte / MultiByteToWideChar (core/textcodec_win.cpp): the OEM
// code pages WinPopup uses, exact bytes both ways, and no silent best fit.

#include "textcodec.h"

#include <QtTest>

using namespace netmsg;

class tst_TextCodecWin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTheCommonOemCodePages();
    void roundTrip_data();
    void roundTrip();
    void noBestFit();
    void namesUnencodableCharacters();
    void controlBytesStayControls();
    void unknownCodePage();
};

void tst_TextCodecWin::offersTheCommonOemCodePages()
{
    const QStringList pages = TextCodec::oemCodePages();
    for (const char *name : {"CP437", "CP850", "CP852", "CP866"})
        QVERIFY2(pages.contains(QLatin1String(name)), name);
    QCOMPARE(TextCodec::canonicalName(QStringLiteral("ibm850")), QStringLiteral("CP850"));
}

void tst_TextCodecWin::roundTrip_data()
{
    QTest::addColumn<QString>("codePage");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("CP850 German") << QStringLiteral("CP850") << QStringLiteral("Gr\u00fc\u00dfe")
                                  << QByteArray("Gr\x81\xe1"
                                                "e");
    QTest::newRow("CP437 box") << QStringLiteral("CP437")
                               << QStringLiteral("\u2554\u2550\u2557 \u00e9")
                               << QByteArray("\xc9\xcd\xbb \x82");
    QTest::newRow("CP866 Russian")
        << QStringLiteral("CP866") << QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442")
        << QByteArray("\x8f\xe0\xa8\xa2\xa5\xe2");
    QTest::newRow("CP852 Czech") << QStringLiteral("CP852") << QStringLiteral("\u017elu\u0165")
                                 << QByteArray("\xa7lu\x9c");
}

void tst_TextCodecWin::roundTrip()
{
    QFETCH(QString, codePage);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);

    const TextCodec codec(codePage);
    QVERIFY(codec.isValid());
    QCOMPARE(codec.encode(text), bytes);
    QCOMPARE(codec.decode(bytes), text);
    QVERIFY(codec.unencodable(text).isEmpty());
    QCOMPARE(codec.encodedSize(text), bytes.size());
}

// Windows' best fit would turn "ā" into "a" and "€" into "?" silently; the
// backend asks for no best fit and reports both.
void tst_TextCodecWin::noBestFit()
{
    const TextCodec codec(QStringLiteral("CP850"));
    const QList<UnencodableCharacter> bad = codec.unencodable(QStringLiteral("a\u0101b\u20ac"));
    QCOMPARE(bad.size(), 2);
    QCOMPARE(bad.at(0).character, QStringLiteral("\u0101"));
    QCOMPARE(bad.at(0).position, 1);
    QCOMPARE(bad.at(1).character, QStringLiteral("\u20ac"));
    QCOMPARE(bad.at(1).position, 3);
    QCOMPARE(codec.encode(QStringLiteral("\u0101")), QByteArray("?"));
}

void tst_TextCodecWin::namesUnencodableCharacters()
{
    const TextCodec codec(QStringLiteral("CP866"));
    const QList<UnencodableCharacter> bad =
        codec.unencodable(QStringLiteral("\u041f\u0440\u0438 \U0001F600"));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad.at(0).character, QStringLiteral("\U0001F600"));
    QCOMPARE(bad.at(0).position, 4);
}

void tst_TextCodecWin::controlBytesStayControls()
{
    const TextCodec codec(QStringLiteral("CP437"));
    QCOMPARE(codec.decode(QByteArray("a\x01\x14"
                                     "b")),
             QStringLiteral("a\u0001\u0014b"));
}

void tst_TextCodecWin::unknownCodePage()
{
    QVERIFY(TextCodec::canonicalName(QStringLiteral("CP9999")).isEmpty());
    QVERIFY(!TextCodec(QStringLiteral("CP9999")).isValid());
}

QTEST_GUILESS_MAIN(tst_TextCodecWin)
#include "tst_textcodecwin.moc"
