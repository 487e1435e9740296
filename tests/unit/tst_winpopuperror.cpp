#include "netbiossession.h"
#include "winpopuperror.h"

#include <QSet>
#include <QTest>

using namespace netmsg;

// The one mapping table from wire and socket errors to Outcomes.
class TestWinPopupError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionRefusalsEachHaveTheirOwnCode();
    void sessionRefusalDetailNamesWireCode();
    void dosStatuses_data();
    void dosStatuses();
    void ntStatuses();
    void socketErrors_data();
    void socketErrors();
    void everyMappedCodeIsInTheCatalogue();
};

void TestWinPopupError::sessionRefusalsEachHaveTheirOwnCode()
{
    const QList<quint8> wire = {0x80, 0x81, 0x82, 0x83, 0x8F};
    QSet<quint32> codes;
    for (const quint8 code : wire)
        codes.insert(WinPopupError::fromSessionRefusal(code).code());
    QCOMPARE(codes.size(), wire.size());
    QCOMPARE(WinPopupError::fromSessionRefusal(NetbiosSession::CalledNameNotPresent).code(),
             quint32(Code::NerrNameNotFound));
    QCOMPARE(WinPopupError::fromSessionRefusal(0x42).code(), quint32(Code::BadNetResponse));
}

void TestWinPopupError::sessionRefusalDetailNamesWireCode()
{
    const Outcome outcome = WinPopupError::fromSessionRefusal(0x82);
    QVERIFY(outcome.detail().contains(QLatin1String("0x82")));
    QVERIFY(outcome.detail().contains(QLatin1String("called name not present")));
}

void TestWinPopupError::dosStatuses_data()
{
    QTest::addColumn<int>("errorClass");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<quint32>("code");
    // smbd without a message command (docs/protocol.md §2).
    QTest::newRow("ERRDOS/71") << 1 << 71 << quint32(Code::RequestNotAccepted);
    QTest::newRow("ERRDOS/87") << 1 << 87 << quint32(Code::InvalidParameter);
    QTest::newRow("ERRDOS/8") << 1 << 8 << quint32(Code::NotEnoughMemory);
    QTest::newRow("ERRSRV/ERRmsgoff") << 2 << 82 << quint32(Code::NerrMsgNotStarted);
    QTest::newRow("ERRSRV/ERRnoroom") << 2 << 83 << quint32(Code::NoSystemResources);
    QTest::newRow("ERRSRV/ERRinvnetname") << 2 << 6 << quint32(Code::BadNetName);
    QTest::newRow("unknown") << 3 << 99 << quint32(Code::UnexpectedNetworkError);
}

void TestWinPopupError::dosStatuses()
{
    QFETCH(int, errorClass);
    QFETCH(int, errorCode);
    QFETCH(quint32, code);
    SmbStatus status;
    status.errorClass = quint8(errorClass);
    status.errorCode = quint16(errorCode);
    status.value = quint32(errorClass) | (quint32(errorCode) << 16);
    const Outcome outcome = WinPopupError::fromSmbStatus(status, SmbCommand::SendText);
    QCOMPARE(outcome.code(), code);
    QVERIFY(outcome.detail().contains(QLatin1String("SMBsendtxt")));
}

void TestWinPopupError::ntStatuses()
{
    SmbStatus status;
    status.isNtStatus = true;
    status.value = 0xC00000D0;
    QCOMPARE(WinPopupError::fromSmbStatus(status, SmbCommand::SendStart).code(),
             quint32(Code::RequestNotAccepted));
    status.value = 0xC0001234;
    const Outcome unknown = WinPopupError::fromSmbStatus(status, SmbCommand::SendStart);
    QCOMPARE(unknown.code(), quint32(Code::UnexpectedNetworkError));
    QVERIFY(unknown.detail().contains(QLatin1String("0xC0001234")));
    QVERIFY(WinPopupError::fromSmbStatus(SmbStatus(), SmbCommand::SendEnd).isSuccess());
}

void TestWinPopupError::socketErrors_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<quint32>("code");
    QTest::newRow("refused") << int(QAbstractSocket::ConnectionRefusedError)
                             << quint32(Code::ConnectionRefused);
    QTest::newRow("closed") << int(QAbstractSocket::RemoteHostClosedError)
                            << quint32(Code::NetNameDeleted);
    QTest::newRow("no host") << int(QAbstractSocket::HostNotFoundError)
                             << quint32(Code::BadNetPath);
    QTest::newRow("timeout") << int(QAbstractSocket::SocketTimeoutError) << quint32(Code::Timeout);
}

void TestWinPopupError::socketErrors()
{
    QFETCH(int, error);
    QFETCH(quint32, code);
    const Outcome outcome =
        WinPopupError::fromSocketError(QAbstractSocket::SocketError(error), QStringLiteral("d"));
    QCOMPARE(outcome.code(), code);
    QCOMPARE(outcome.detail(), QStringLiteral("d"));
}

void TestWinPopupError::everyMappedCodeIsInTheCatalogue()
{
    for (int code = 0x80; code <= 0x8F; ++code)
        QVERIFY(Outcome::isKnownCode(WinPopupError::fromSessionRefusal(quint8(code)).code()));
    for (int errorClass = 1; errorClass <= 3; ++errorClass) {
        for (const int errorCode : {1, 4, 5, 6, 8, 71, 81, 82, 83, 87, 88, 89, 0xFFFF}) {
            SmbStatus status;
            status.errorClass = quint8(errorClass);
            status.errorCode = quint16(errorCode);
            status.value = 1;
            QVERIFY(Outcome::isKnownCode(
                WinPopupError::fromSmbStatus(status, SmbCommand::SendStart).code()));
        }
    }
}

QTEST_GUILESS_MAIN(TestWinPopupError)
#include "tst_winpopuperror.moc"
