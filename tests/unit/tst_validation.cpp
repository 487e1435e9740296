#include "validation.h"

#include <QtTest>

using namespace netmsg;

class tst_Validation : public QObject
{
    Q_OBJECT
private slots:
    void names_data();
    void names();
    void errorNamesCharacterAndPosition();
    void errorQuotesANameWithPercentSignsAsTyped_data();
    void errorQuotesANameWithPercentSignsAsTyped();
    void broadcastNeedsCapability();
    void nameLengthInWireBytes();
    void textEncodability();
    void textLength_data();
    void textLength();
};

void tst_Validation::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<quint32>("code");
    QTest::newRow("plain") << "OPS" << int(NameKind::Alias) << 0u;
    QTest::newRow("dots and hyphens") << "PC-7.LAB" << int(NameKind::Recipient) << 0u;
    QTest::newRow("15 chars") << "ABCDEFGHIJKLMNO" << int(NameKind::Alias) << 0u;
    QTest::newRow("16 chars") << "ABCDEFGHIJKLMNOP" << int(NameKind::Alias) << 123u;
    QTest::newRow("empty") << "" << int(NameKind::Alias) << 123u;
    QTest::newRow("question mark") << "OP?S" << int(NameKind::Alias) << 123u;
    QTest::newRow("slash") << "A/B" << int(NameKind::Recipient) << 123u;
    QTest::newRow("backslash") << "A\\B" << int(NameKind::Recipient) << 123u;
    QTest::newRow("brackets") << "A[B]" << int(NameKind::Recipient) << 123u;
    QTest::newRow("colon") << "A:B" << int(NameKind::Recipient) << 123u;
    QTest::newRow("control") << "A\tB" << int(NameKind::Recipient) << 123u;
    QTest::newRow("star inside") << "A*" << int(NameKind::Recipient) << 123u;
    QTest::newRow("star alone as alias") << "*" << int(NameKind::Alias) << 123u;
    QTest::newRow("star alone as recipient") << "*" << int(NameKind::Recipient) << 0u;
    QTest::newRow("leading space") << " OPS" << int(NameKind::Alias) << 123u;
    QTest::newRow("only dots") << "..." << int(NameKind::Alias) << 123u;
    QTest::newRow("reserved") << "system" << int(NameKind::Alias) << 123u;
    QTest::newRow("umlaut in CP850") << "MÜLLER" << int(NameKind::Alias) << 0u;
    QTest::newRow("cyrillic in CP850") << "ИВАН" << int(NameKind::Alias) << 123u;
}

void tst_Validation::names()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(quint32, code);
    const Outcome outcome = Validation::checkName(name, NameKind(kind));
    QVERIFY2(outcome.code() == code, qPrintable(outcome.toString()));
}

void tst_Validation::errorNamesCharacterAndPosition()
{
    const Outcome outcome = Validation::checkName(QStringLiteral("OP?S"), NameKind::Recipient);
    QCOMPARE(outcome.code(), quint32(Code::InvalidName));
    QVERIFY2(outcome.detail().contains(QLatin1String("'?'")), qPrintable(outcome.detail()));
    QVERIFY2(outcome.detail().contains(QLatin1String("position 3")), qPrintable(outcome.detail()));
    const Outcome control = Validation::checkName(QStringLiteral("A\x01"), NameKind::Alias);
    QVERIFY2(control.detail().contains(QLatin1String("U+0001")), qPrintable(control.detail()));
}

void tst_Validation::errorQuotesANameWithPercentSignsAsTyped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    // '%' is allowed in a name; a name is data, never part of the message's
    // own %1..%5 placeholders.
    QTest::newRow("forbidden character")
        << QStringLiteral("A%4|") << QStringLiteral("'A%4|' has the character '|' at position 4");
    QTest::newRow("star") << QStringLiteral("B%3*")
                          << QStringLiteral("'B%3*' has '*' at position 4");
    QTest::newRow("unencodable")
        << QStringLiteral("C%4\u20ac")
        << QStringLiteral("'C%4\u20ac' has the character '\u20ac' at position 4, which CP437");
    QTest::newRow("too long") << QStringLiteral("%3%4%3%4%3%4%3%4")
                              << QStringLiteral(
                                     "'%3%4%3%4%3%4%3%4' is 16 characters long; the limit is 15");
}

void tst_Validation::errorQuotesANameWithPercentSignsAsTyped()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    TransportLimits limits;
    limits.wireEncoding = QStringLiteral("CP437");
    limits.maxNameBytes = 15;
    const Outcome outcome = Validation::checkName(name, NameKind::Recipient, limits);
    QCOMPARE(outcome.code(), quint32(Code::InvalidName));
    QVERIFY2(outcome.detail().contains(expected), qPrintable(outcome.detail()));
}

void tst_Validation::broadcastNeedsCapability()
{
    QCOMPARE(Validation::checkName(QStringLiteral("*"), NameKind::Recipient, {}, Capability::Send)
                 .code(),
             quint32(Code::NotSupported));
    QVERIFY(Validation::checkName(QStringLiteral("*"), NameKind::Recipient, {},
                                  Capability::Send | Capability::Broadcast)
                .isSuccess());
}

void tst_Validation::nameLengthInWireBytes()
{
    TransportLimits wide;
    wide.wireEncoding = QStringLiteral("UTF-16LE");
    wide.maxNameBytes = 15;
    // In UTF-16 transports the limit counts characters, and any script is fine.
    QVERIFY(Validation::checkName(QStringLiteral("ИВАН"), NameKind::Alias, wide).isSuccess());
    TransportLimits russian;
    russian.wireEncoding = QStringLiteral("CP866");
    QVERIFY(Validation::checkName(QStringLiteral("ИВАН"), NameKind::Alias, russian).isSuccess());
    russian.maxNameBytes = 3;
    QCOMPARE(Validation::checkName(QStringLiteral("ИВАН"), NameKind::Alias, russian).code(),
             quint32(Code::InvalidName));
}

void tst_Validation::textEncodability()
{
    TransportLimits limits;
    limits.wireEncoding = QStringLiteral("CP850");
    const Outcome outcome = Validation::checkText(QStringLiteral("Grüße – Привет"), limits, false);
    QCOMPARE(outcome.code(), quint32(Code::NoUnicodeTranslation));
    QVERIFY2(outcome.detail().contains(QStringLiteral("'–' at position 7")),
             qPrintable(outcome.detail()));
    QVERIFY2(outcome.detail().contains(QStringLiteral("'П' at position 9")),
             qPrintable(outcome.detail()));
    QVERIFY(Validation::checkText(QStringLiteral("Grüße"), limits, false).isSuccess());
}

void tst_Validation::textLength_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("characters");
    QTest::addColumn<bool>("broadcast");
    QTest::addColumn<quint32>("code");
    QTest::newRow("oem at limit") << "CP850" << 200 << false << 0u;
    QTest::newRow("oem over limit") << "CP850" << 201 << false << 4336u;
    QTest::newRow("utf16 over limit") << "UTF-16LE" << 101 << false << 4336u;
    QTest::newRow("broadcast at 128") << "CP850" << 128 << true << 0u;
    QTest::newRow("broadcast over 128") << "CP850" << 129 << true << 2289u;
    QTest::newRow("utf16 broadcast 65 chars") << "UTF-16LE" << 65 << true << 2289u;
}

void tst_Validation::textLength()
{
    QFETCH(QString, encoding);
    QFETCH(int, characters);
    QFETCH(bool, broadcast);
    QFETCH(quint32, code);
    TransportLimits limits;
    limits.wireEncoding = encoding;
    limits.maxMessageBytes = 200;
    limits.maxBroadcastBytes = 128;
    const Outcome outcome =
        Validation::checkText(QString(characters, QLatin1Char('x')), limits, broadcast);
    QVERIFY2(outcome.code() == code, qPrintable(outcome.toString()));
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
