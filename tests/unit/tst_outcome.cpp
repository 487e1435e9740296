#include "outcome.h"

#include <QtTest>

using namespace netmsg;

class tst_Outcome : public QObject
{
    Q_OBJECT
private slots:
    void catalogueCoversProtocolCodes_data();
    void catalogueCoversProtocolCodes();
    void successIsOk();
    void unknownCodeIsInternal();
    void transientCodes_data();
    void transientCodes();
    void toStringCarriesCodeAndDetail();
    void everyCodeHasDescriptionAndSymbol();
};

void tst_Outcome::catalogueCoversProtocolCodes_data()
{
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<OutcomeCategory>("category");
    // docs/protocol.md §3 "Numeric values", plus the codes netmsg adds.
    QTest::newRow("2123") << 2123u << "NERR_BufTooSmall" << OutcomeCategory::Internal;
    QTest::newRow("2136") << 2136u << "NERR_NetworkError" << OutcomeCategory::Unreachable;
    QTest::newRow("2140") << 2140u << "NERR_InternalError" << OutcomeCategory::Internal;
    QTest::newRow("2273") << 2273u << "NERR_NameNotFound" << OutcomeCategory::NameNotFound;
    QTest::newRow("2276") << 2276u << "NERR_AlreadyExists" << OutcomeCategory::InvalidInput;
    QTest::newRow("2277") << 2277u << "NERR_TooManyNames" << OutcomeCategory::Internal;
    QTest::newRow("2278") << 2278u << "NERR_DelComputerName" << OutcomeCategory::InvalidInput;
    QTest::newRow("2282") << 2282u << "NERR_BadReceive" << OutcomeCategory::Internal;
    QTest::newRow("2283") << 2283u << "NERR_NameInUse" << OutcomeCategory::InvalidInput;
    QTest::newRow("2284") << 2284u << "NERR_MsgNotStarted" << OutcomeCategory::NotSupported;
    QTest::newRow("2285") << 2285u << "NERR_NotLocalName" << OutcomeCategory::NameNotFound;
    QTest::newRow("2289") << 2289u << "NERR_TruncatedBroadcast" << OutcomeCategory::InvalidInput;
    QTest::newRow("2297") << 2297u << "NERR_DuplicateName" << OutcomeCategory::InvalidInput;
    QTest::newRow("2299") << 2299u << "NERR_IncompleteDel" << OutcomeCategory::Internal;
    QTest::newRow("5") << 5u << "ERROR_ACCESS_DENIED" << OutcomeCategory::AccessDenied;
    QTest::newRow("8") << 8u << "ERROR_NOT_ENOUGH_MEMORY" << OutcomeCategory::Internal;
    QTest::newRow("50") << 50u << "ERROR_NOT_SUPPORTED" << OutcomeCategory::NotSupported;
    QTest::newRow("53") << 53u << "ERROR_BAD_NETPATH" << OutcomeCategory::Unreachable;
    QTest::newRow("71") << 71u << "ERROR_REQ_NOT_ACCEP" << OutcomeCategory::Unreachable;
    QTest::newRow("87") << 87u << "ERROR_INVALID_PARAMETER" << OutcomeCategory::InvalidInput;
    QTest::newRow("120") << 120u << "ERROR_CALL_NOT_IMPLEMENTED" << OutcomeCategory::NotSupported;
    QTest::newRow("123") << 123u << "ERROR_INVALID_NAME" << OutcomeCategory::InvalidInput;
    QTest::newRow("124") << 124u << "ERROR_INVALID_LEVEL" << OutcomeCategory::InvalidInput;
    QTest::newRow("234") << 234u << "ERROR_MORE_DATA" << OutcomeCategory::Ok;
    QTest::newRow("1223") << 1223u << "ERROR_CANCELLED" << OutcomeCategory::Cancelled;
    QTest::newRow("1460") << 1460u << "ERROR_TIMEOUT" << OutcomeCategory::Timeout;
    QTest::newRow("1722") << 1722u << "RPC_S_SERVER_UNAVAILABLE" << OutcomeCategory::Unreachable;
    QTest::newRow("1359") << 1359u << "ERROR_INTERNAL_ERROR" << OutcomeCategory::Internal;
}

void tst_Outcome::catalogueCoversProtocolCodes()
{
    QFETCH(quint32, code);
    QFETCH(QString, symbol);
    QFETCH(OutcomeCategory, category);
    QVERIFY(Outcome::isKnownCode(code));
    const Outcome outcome(code);
    QCOMPARE(outcome.symbol(), symbol);
    QCOMPARE(outcome.category(), category);
    QVERIFY(!outcome.description().isEmpty());
}

void tst_Outcome::successIsOk()
{
    const Outcome ok = Outcome::success();
    QVERIFY(ok.isSuccess());
    QCOMPARE(ok.code(), 0u);
    QCOMPARE(ok.category(), OutcomeCategory::Ok);
    QVERIFY(!Outcome(Code::NerrNameNotFound).isSuccess());
}

void tst_Outcome::unknownCodeIsInternal()
{
    const Outcome outcome(987654u);
    QVERIFY(!Outcome::isKnownCode(987654u));
    QCOMPARE(outcome.category(), OutcomeCategory::Internal);
    QVERIFY(outcome.description().contains(QLatin1String("987654")));
    QCOMPARE(outcome.symbol(), QStringLiteral("ERROR_987654"));
}

void tst_Outcome::transientCodes_data()
{
    QTest::addColumn<quint32>("code");
    QTest::addColumn<bool>("transient");
    QTest::newRow("timeout") << quint32(Code::Timeout) << true;
    QTest::newRow("network error") << quint32(Code::NerrNetworkError) << true;
    QTest::newRow("refused") << quint32(Code::ConnectionRefused) << true;
    QTest::newRow("name not found") << quint32(Code::NerrNameNotFound) << false;
    QTest::newRow("access denied") << quint32(Code::AccessDenied) << false;
    QTest::newRow("cancelled") << quint32(Code::Cancelled) << false;
    QTest::newRow("success") << quint32(Code::Success) << false;
}

void tst_Outcome::transientCodes()
{
    QFETCH(quint32, code);
    QFETCH(bool, transient);
    QCOMPARE(Outcome(code).isTransient(), transient);
}

void tst_Outcome::toStringCarriesCodeAndDetail()
{
    const Outcome outcome(Code::NerrDelComputerName, QStringLiteral("HQ is the computer name"));
    const QString text = outcome.toString();
    QVERIFY2(text.contains(QLatin1String("(2278)")), qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1String(": HQ is the computer name")), qPrintable(text));
    QVERIFY(!Outcome::success().toString().contains(QLatin1Char(':')));
}

void tst_Outcome::everyCodeHasDescriptionAndSymbol()
{
    QSet<QString> symbols;
    for (quint32 code : Outcome::knownCodes()) {
        const Outcome outcome(code);
        QVERIFY2(!outcome.description().isEmpty(), qPrintable(QString::number(code)));
        QVERIFY2(!symbols.contains(outcome.symbol()), qPrintable(outcome.symbol()));
        symbols.insert(outcome.symbol());
    }
    QVERIFY(symbols.size() >= 40);
}

QTEST_GUILESS_MAIN(tst_Outcome)
#include "tst_outcome.moc"
