// Netapi32Transport over a fake netapi32: every documented NET_API_STATUS of
// every Messenger function (docs/protocol.md §3) becomes the catalogue Outcome of
// the same code, availability names its reason, blocking calls run on the
// transport's own threads, and under Wine nothing is ever called. Sends
// cancelled or timed out before their call started never call the API later.

#include "callgate.h"
#include "netapi32transport.h"

#include <QtTest>

#include <cstdlib>

Q_DECLARE_METATYPE(netmsg::OutcomeCategory)

using namespace netmsg;
using netmsg::testing::CallGate;
using netmsg::testing::JobEnd;

namespace {

struct FakeNetapi32
{
    NET_API_STATUS status = NERR_Success;
    int calls = 0;
    QThread *callingThread = nullptr;
    std::vector<std::wstring> names{L"XPBOX", L"ADMINISTRATOR", L"OPS"};
    std::wstring lastText;
    bool blocking = false; // NetMessageBufferSend waits in `gate` until the test opens it
};

FakeNetapi32 fake;
CallGate gate;

void called()
{
    ++fake.calls;
    fake.callingThread = QThread::currentThread();
}

NET_API_STATUS WINAPI bufferSend(LPCWSTR, LPCWSTR name, LPCWSTR, LPBYTE buffer, DWORD length)
{
    if (fake.blocking) {
        gate.pass(name);
        return NERR_Success;
    }
    called();
    fake.lastText.assign(reinterpret_cast<const wchar_t *>(buffer), length / sizeof(wchar_t));
    return fake.status;
}

NET_API_STATUS WINAPI nameAdd(LPCWSTR, LPCWSTR)
{
    called();
    return fake.status;
}

NET_API_STATUS WINAPI nameDel(LPCWSTR, LPCWSTR)
{
    called();
    return fake.status;
}

NET_API_STATUS WINAPI nameEnum(LPCWSTR, DWORD, LPBYTE *buffer, DWORD, LPDWORD read, LPDWORD total,
                               LPDWORD)
{
    called();
    *buffer = nullptr;
    *read = 0;
    *total = 0;
    if (fake.status != NERR_Success)
        return fake.status;
    auto *entries = static_cast<MSG_INFO_0 *>(std::calloc(fake.names.size(), sizeof(MSG_INFO_0)));
    for (size_t i = 0; i < fake.names.size(); ++i)
        entries[i].msgi0_name = fake.names[i].data();
    *buffer = reinterpret_cast<LPBYTE>(entries);
    *read = *total = DWORD(fake.names.size());
    return NERR_Success;
}

NET_API_STATUS WINAPI nameGetInfo(LPCWSTR, LPCWSTR, DWORD, LPBYTE *buffer)
{
    called();
    *buffer = nullptr;
    if (fake.status != NERR_Success)
        return fake.status;
    auto *info = static_cast<MSG_INFO_1 *>(std::calloc(1, sizeof(MSG_INFO_1)));
    *info = MSG_INFO_1{fake.names[2].data(), MSGNAME_FORWARDED_TO, fake.names[1].data()};
    *buffer = reinterpret_cast<LPBYTE>(info);
    return NERR_Success;
}

NET_API_STATUS WINAPI apiBufferFree(LPVOID buffer)
{
    std::free(buffer);
    return NERR_Success;
}

netapi32::Netapi32Functions fakeTable()
{
    netapi32::Netapi32Functions table;
    table.bufferSend = bufferSend;
    table.nameAdd = nameAdd;
    table.nameDel = nameDel;
    table.nameEnum = nameEnum;
    table.nameGetInfo = nameGetInfo;
    table.apiBufferFree = apiBufferFree;
    return table;
}

template <typename T> T resultOf(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class tst_Netapi32Transport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void documentedStatus_data();
    void documentedStatus();
    void unknownStatusKeepsItsCode();
    void sendRunsOnTheTransportsThreads();
    void listsAliases();
    void aliasInfoShowsForwarding();
    void wineIsUnavailableAndNeverCalled();
    void vistaAndLaterAreUnavailable();
    void missingExportsAreUnavailable();
    void stoppedLocalServiceIsNamed();
    void thisSystemIsWine();
    void limitsAndCapabilities();
    void cancelledQueuedSendsNeverCallTheApi();
    void jobTimeoutLeavesTheQueuedUnsent();
    void jobCancelLeavesTheQueuedUnsent();
    void destroyingTheTransportLeavesBlockedCallsRunning();

private:
    static std::unique_ptr<Netapi32Transport> blockingTransport();
};

void tst_Netapi32Transport::init()
{
    fake = FakeNetapi32();
    gate.reset();
}

// A failed test may leave calls in the gate: let them out before the next one.
void tst_Netapi32Transport::cleanup()
{
    gate.open();
    QTRY_COMPARE(gate.left(), gate.entered());
}

std::unique_ptr<Netapi32Transport> tst_Netapi32Transport::blockingTransport()
{
    fake.blocking = true;
    return std::make_unique<Netapi32Transport>(fakeTable(), std::string(), nullptr);
}

void tst_Netapi32Transport::documentedStatus_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<quint32>("status");
    QTest::addColumn<OutcomeCategory>("category");

    using C = OutcomeCategory;
    const struct
    {
        const char *function;
        quint32 status;
        const char *symbol;
        C category;
    } rows[] = {
        {"NetMessageBufferSend", ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED", C::AccessDenied},
        {"NetMessageBufferSend", ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER",
         C::InvalidInput},
        {"NetMessageBufferSend", ERROR_NOT_SUPPORTED, "ERROR_NOT_SUPPORTED", C::NotSupported},
        {"NetMessageBufferSend", NERR_NameNotFound, "NERR_NameNotFound", C::NameNotFound},
        {"NetMessageBufferSend", NERR_NetworkError, "NERR_NetworkError", C::Unreachable},
        {"NetMessageNameAdd", ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED", C::AccessDenied},
        {"NetMessageNameAdd", ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER", C::InvalidInput},
        {"NetMessageNameAdd", ERROR_NOT_SUPPORTED, "ERROR_NOT_SUPPORTED", C::NotSupported},
        {"NetMessageNameAdd", NERR_AlreadyExists, "NERR_AlreadyExists", C::InvalidInput},
        {"NetMessageNameAdd", NERR_DuplicateName, "NERR_DuplicateName", C::InvalidInput},
        {"NetMessageNameAdd", NERR_NetworkError, "NERR_NetworkError", C::Unreachable},
        {"NetMessageNameAdd", NERR_TooManyNames, "NERR_TooManyNames", C::Internal},
        {"NetMessageNameDel", ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED", C::AccessDenied},
        {"NetMessageNameDel", ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER", C::InvalidInput},
        {"NetMessageNameDel", ERROR_NOT_SUPPORTED, "ERROR_NOT_SUPPORTED", C::NotSupported},
        {"NetMessageNameDel", NERR_DelComputerName, "NERR_DelComputerName", C::InvalidInput},
        {"NetMessageNameDel", NERR_IncompleteDel, "NERR_IncompleteDel", C::Internal},
        {"NetMessageNameDel", NERR_NameInUse, "NERR_NameInUse", C::InvalidInput},
        {"NetMessageNameDel", NERR_NotLocalName, "NERR_NotLocalName", C::NameNotFound},
        {"NetMessageNameEnum", ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED", C::AccessDenied},
        {"NetMessageNameEnum", ERROR_INVALID_LEVEL, "ERROR_INVALID_LEVEL", C::InvalidInput},
        {"NetMessageNameEnum", ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER", C::InvalidInput},
        {"NetMessageNameEnum", ERROR_NOT_ENOUGH_MEMORY, "ERROR_NOT_ENOUGH_MEMORY", C::Internal},
        {"NetMessageNameEnum", ERROR_NOT_SUPPORTED, "ERROR_NOT_SUPPORTED", C::NotSupported},
        {"NetMessageNameEnum", NERR_BufTooSmall, "NERR_BufTooSmall", C::Internal},
        {"NetMessageNameGetInfo", ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED", C::AccessDenied},
        {"NetMessageNameGetInfo", ERROR_INVALID_LEVEL, "ERROR_INVALID_LEVEL", C::InvalidInput},
        {"NetMessageNameGetInfo", ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER",
         C::InvalidInput},
        {"NetMessageNameGetInfo", ERROR_NOT_ENOUGH_MEMORY, "ERROR_NOT_ENOUGH_MEMORY", C::Internal},
        {"NetMessageNameGetInfo", ERROR_NOT_SUPPORTED, "ERROR_NOT_SUPPORTED", C::NotSupported},
        {"NetMessageNameGetInfo", NERR_NotLocalName, "NERR_NotLocalName", C::NameNotFound},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s %s", row.function, row.symbol)
            << QString::fromLatin1(row.function) << row.status << row.category;
    }
}

// ERROR_MORE_DATA, NameEnum's remaining documented code, is followed, not
// reported: tst_messengerapi pages through it.
void tst_Netapi32Transport::documentedStatus()
{
    QFETCH(QString, function);
    QFETCH(quint32, status);
    QFETCH(OutcomeCategory, category);

    Netapi32Transport transport(fakeTable(), std::string(), nullptr);
    QVERIFY(transport.availability().isSuccess());
    fake.status = status;
    const QString server = QStringLiteral("\\\\XPBOX");
    Outcome outcome;
    if (function == QLatin1String("NetMessageBufferSend")) {
        const SendResult sent = resultOf(transport.send(Message{
            server, QStringLiteral("OPS"), {}, 0, QStringLiteral("ADMIN"), QStringLiteral("hi")}));
        QCOMPARE(sent.state, DeliveryState::Failed); // the service refused it: it never left
        outcome = sent.outcome;
    } else if (function == QLatin1String("NetMessageNameAdd"))
        outcome = resultOf(transport.addAlias(server, QStringLiteral("OPS")));
    else if (function == QLatin1String("NetMessageNameDel"))
        outcome = resultOf(transport.deleteAlias(server, QStringLiteral("OPS")));
    else if (function == QLatin1String("NetMessageNameEnum"))
        outcome = resultOf(transport.listAliases(server)).outcome;
    else
        outcome = resultOf(transport.aliasInfo(server, QStringLiteral("OPS")));

    QVERIFY2(Outcome::isKnownCode(status), qPrintable(outcome.toString()));
    QCOMPARE(outcome.code(), status);
    QCOMPARE(outcome.category(), category);
    QCOMPARE(outcome.detail(), QStringLiteral("%1 returned %2").arg(function).arg(status));
    QVERIFY(!outcome.description().startsWith(QLatin1String("Unknown")));
}

void tst_Netapi32Transport::unknownStatusKeepsItsCode()
{
    Netapi32Transport transport(fakeTable(), std::string(), nullptr);
    fake.status = 2184; // NERR_ServiceNotInstalled: undocumented for these functions
    const SendResult sent = resultOf(
        transport.send(Message{{}, QStringLiteral("OPS"), {}, 0, {}, QStringLiteral("x")}));
    QCOMPARE(sent.state, DeliveryState::Failed);
    const Outcome &outcome = sent.outcome;
    QCOMPARE(outcome.code(), 2184u);
    QCOMPARE(outcome.category(), OutcomeCategory::Internal);
    QCOMPARE(outcome.detail(), QStringLiteral("NetMessageBufferSend returned 2184"));
}

void tst_Netapi32Transport::sendRunsOnTheTransportsThreads()
{
    Netapi32Transport transport(fakeTable(), std::string(), nullptr);
    const QString text = QStringLiteral("Gr\u00fc\u00dfe \u20ac");
    const SendResult sent =
        resultOf(transport.send(Message{{}, QStringLiteral("OPS"), {}, 0, {}, text}));
    QVERIFY2(sent.outcome.isSuccess(), qPrintable(sent.outcome.toString()));
    QCOMPARE(sent.state, DeliveryState::Delivered);
    QCOMPARE(QString::fromStdWString(fake.lastText), text);
    QVERIFY(fake.callingThread);
    QVERIFY(fake.callingThread != QThread::currentThread());
}

void tst_Netapi32Transport::listsAliases()
{
    Netapi32Transport transport(fakeTable(), std::string(), nullptr);
    const AliasListing listing = resultOf(transport.listAliases({}));
    QVERIFY(listing.outcome.isSuccess());
    QCOMPARE(listing.aliases, QStringList({QStringLiteral("XPBOX"), QStringLiteral("ADMINISTRATOR"),
                                           QStringLiteral("OPS")}));
}

void tst_Netapi32Transport::aliasInfoShowsForwarding()
{
    Netapi32Transport transport(fakeTable(), std::string(), nullptr);
    const Outcome outcome = resultOf(transport.aliasInfo({}, QStringLiteral("OPS")));
    QVERIFY(outcome.isSuccess());
    QCOMPARE(outcome.detail(), QStringLiteral("OPS forwarded to ADMINISTRATOR"));
}

void tst_Netapi32Transport::wineIsUnavailableAndNeverCalled()
{
    Netapi32Transport transport(fakeTable(), "8.0", nullptr);
    const Outcome availability = transport.availability();
    QCOMPARE(availability.code(), quint32(Code::NotSupported));
    QVERIFY2(availability.detail().contains(QLatin1String("Wine 8.0")),
             qPrintable(availability.detail()));
    const SendResult sent = resultOf(
        transport.send(Message{{}, QStringLiteral("OPS"), {}, 0, {}, QStringLiteral("x")}));
    QCOMPARE(sent.outcome, availability);
    QCOMPARE(sent.state, DeliveryState::Failed);
    QCOMPARE(resultOf(transport.listAliases({})).outcome, availability);
    QCOMPARE(resultOf(transport.addAlias({}, QStringLiteral("OPS"))), availability);
    QCOMPARE(resultOf(transport.deleteAlias({}, QStringLiteral("OPS"))), availability);
    QCOMPARE(fake.calls, 0);
}

void tst_Netapi32Transport::vistaAndLaterAreUnavailable()
{
    fake.status = ERROR_NOT_SUPPORTED;
    Netapi32Transport transport(fakeTable(), std::string(), nullptr);
    const Outcome availability = transport.availability();
    QCOMPARE(availability.code(), quint32(Code::NotSupported));
    QVERIFY2(availability.detail().contains(QLatin1String("Vista")),
             qPrintable(availability.detail()));
    QCOMPARE(fake.calls, 1); // the one probe, remembered afterwards
    transport.availability();
    QCOMPARE(fake.calls, 1);
}

void tst_Netapi32Transport::missingExportsAreUnavailable()
{
    netapi32::Netapi32Functions table = fakeTable();
    table.bufferSend = nullptr;
    Netapi32Transport transport(table, std::string(), nullptr);
    const Outcome availability = transport.availability();
    QCOMPARE(availability.category(), OutcomeCategory::NotSupported);
    QCOMPARE(availability.detail(), QStringLiteral("netapi32.dll lacks NetMessageBufferSend"));
}

void tst_Netapi32Transport::stoppedLocalServiceIsNamed()
{
    fake.status = NERR_ServiceNotInstalled;
    Netapi32Transport transport(fakeTable(), std::string(), nullptr);
    const Outcome availability = transport.availability();
    QVERIFY(availability.isSuccess());
    QVERIFY2(availability.detail().contains(QLatin1String("answered 2184:")),
             qPrintable(availability.detail()));
}

void tst_Netapi32Transport::thisSystemIsWine()
{
    if (netapi32::wineVersion().empty())
        QSKIP("not running under Wine");
    std::unique_ptr<Netapi32Transport> transport(Netapi32Transport::createForThisSystem(nullptr));
    const Outcome availability = transport->availability();
    QCOMPARE(availability.category(), OutcomeCategory::NotSupported);
    QVERIFY2(availability.detail().startsWith(QLatin1String("running under Wine")),
             qPrintable(availability.detail()));
    // Would abort the process if it reached Wine's stub.
    const SendResult sent = resultOf(
        transport->send(Message{{}, QStringLiteral("OPS"), {}, 0, {}, QStringLiteral("x")}));
    QCOMPARE(sent.outcome, availability);
    QCOMPARE(sent.state, DeliveryState::Failed);
}

void tst_Netapi32Transport::limitsAndCapabilities()
{
    Netapi32Transport transport(fakeTable(), std::string(), nullptr);
    QCOMPARE(transport.id(), QStringLiteral("netapi32"));
    QCOMPARE(transport.limits().wireEncoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(transport.limits().maxNameBytes, 15);
    QVERIFY(transport.hasCapability(Capability::ListAliases));
    QVERIFY(!transport.hasCapability(Capability::Receive));
}

// More sends than the pool has threads: the ones still queued are cancelled
// and never call NetMessageBufferSend, even once the threads are free.
void tst_Netapi32Transport::cancelledQueuedSendsNeverCallTheApi()
{
    const std::unique_ptr<Netapi32Transport> transport = blockingTransport();
    testing::cancelQueuedSends(*transport, gate, Netapi32Transport::MaxParallelCalls);
}

// A job's timeout: the calls under way are unconfirmed (1460), the queued ones
// failed, and none of those runs when the blocked calls return.
void tst_Netapi32Transport::jobTimeoutLeavesTheQueuedUnsent()
{
    const std::unique_ptr<Netapi32Transport> transport = blockingTransport();
    testing::runBlockedJob(*transport, gate, Netapi32Transport::MaxParallelCalls, JobEnd::Timeout);
}

void tst_Netapi32Transport::jobCancelLeavesTheQueuedUnsent()
{
    const std::unique_ptr<Netapi32Transport> transport = blockingTransport();
    testing::runBlockedJob(*transport, gate, Netapi32Transport::MaxParallelCalls, JobEnd::Cancel);
}

void tst_Netapi32Transport::destroyingTheTransportLeavesBlockedCallsRunning()
{
    testing::destroyWhileCallsBlock(blockingTransport(), gate, Netapi32Transport::MaxParallelCalls);
}

QTEST_GUILESS_MAIN(tst_Netapi32Transport)
#include "tst_netapi32transport.moc"
