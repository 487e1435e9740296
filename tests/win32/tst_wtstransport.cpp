// WtsTransport over a fake wtsapi32 and a fake msg.exe: the user's response
// (IDOK ... IDTIMEOUT, IDASYNC) in the Outcome detail, errors from the
// catalogue, the msg.exe fallback only where the API itself is unusable (with
// an argument list and the text on stdin), availability reasons, a wait only
// with a bounded timeout, and sends cancelled or timed out before their call
// started never showing a box later.

#include "callgate.h"
#include "wtstransport.h"

#include "textcodec.h"

#include <lmerr.h>

#include <QtTest>

#include <cstdio>
#include <cstdlib>

using namespace netmsg;
using netmsg::testing::CallGate;
using netmsg::testing::JobEnd;

namespace {

enum class SendBehaviour { Answer, FailSilently, AccessDenied };

struct FakeSession
{
    DWORD id;
    std::wstring station;
    WTS_CONNECTSTATE_CLASS state;
    std::wstring user;
};

struct FakeWts
{
    SendBehaviour behaviour = SendBehaviour::Answer;
    int sendCalls = 0;
    std::wstring title;
    std::wstring text;
    DWORD timeout = 0;
    BOOL wait = FALSE;
    std::vector<FakeSession> sessions{
        {0, L"Services", WTSDisconnected, L""},
        {1, L"Console", WTSActive, L"alice"},
        {2, L"RDP-Tcp#3", WTSDisconnected, L"bob"},
    };
    bool blocking = false; // WTSSendMessageW waits in `gate` until the test opens it
};

FakeWts fake;
CallGate gate;

const FakeSession *sessionOf(DWORD id)
{
    for (const FakeSession &session : fake.sessions) {
        if (session.id == id)
            return &session;
    }
    return nullptr;
}

BOOL WINAPI enumerate(HANDLE, DWORD, DWORD, PWTS_SESSION_INFOW *info, DWORD *count)
{
    const std::vector<FakeSession> &sessions = fake.sessions;
    auto *entries =
        static_cast<WTS_SESSION_INFOW *>(std::calloc(sessions.size(), sizeof(WTS_SESSION_INFOW)));
    for (size_t i = 0; i < sessions.size(); ++i)
        entries[i] = {sessions[i].id, const_cast<LPWSTR>(sessions[i].station.c_str()),
                      sessions[i].state};
    *info = entries;
    *count = DWORD(sessions.size());
    return TRUE;
}

BOOL WINAPI query(HANDLE, DWORD id, WTS_INFO_CLASS, LPWSTR *buffer, DWORD *bytes)
{
    const FakeSession *session = sessionOf(id);
    if (!session)
        return FALSE;
    const size_t length = session->user.size() + 1;
    *buffer = static_cast<LPWSTR>(std::calloc(length, sizeof(wchar_t)));
    wmemcpy(*buffer, session->user.c_str(), length);
    *bytes = DWORD(length * sizeof(wchar_t));
    return TRUE;
}

BOOL WINAPI sendMessage(HANDLE, DWORD sessionId, LPWSTR title, DWORD titleBytes, LPWSTR text,
                        DWORD textBytes, DWORD, DWORD timeout, DWORD *response, BOOL wait)
{
    if (fake.blocking) {
        const FakeSession *session = sessionOf(sessionId);
        gate.pass(session ? session->user : std::wstring());
        *response = IDASYNC;
        return TRUE;
    }
    ++fake.sendCalls;
    fake.title.assign(title, titleBytes / sizeof(wchar_t));
    fake.text.assign(text, textBytes / sizeof(wchar_t));
    fake.timeout = timeout;
    fake.wait = wait;
    *response = 0;
    switch (fake.behaviour) {
    case SendBehaviour::FailSilently:
        return FALSE;
    case SendBehaviour::AccessDenied:
        SetLastError(ERROR_ACCESS_DENIED);
        return FALSE;
    case SendBehaviour::Answer:
        break;
    }
    *response = !wait ? IDASYNC : timeout == 1 ? IDTIMEOUT : IDOK;
    return TRUE;
}

HANDLE WINAPI openServer(LPWSTR)
{
    return reinterpret_cast<HANDLE>(0x77);
}

VOID WINAPI closeServer(HANDLE) {}

VOID WINAPI freeMemory(PVOID memory)
{
    std::free(memory);
}

wts::WtsFunctions fakeTable()
{
    wts::WtsFunctions table;
    table.enumerateSessions = enumerate;
    table.querySessionInformation = query;
    table.sendMessage = sendMessage;
    table.openServer = openServer;
    table.closeServer = closeServer;
    table.freeMemory = freeMemory;
    return table;
}

SendResult sendTo(WtsTransport &transport, const QString &recipient, const QString &text,
                  const QString &server = {})
{
    QFuture<SendResult> future =
        transport.send(Message{server, recipient, {}, 0, QStringLiteral("ADMIN"), text});
    future.waitForFinished();
    return future.result();
}

} // namespace

class tst_WtsTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void recordsTheUsersResponse_data();
    void recordsTheUsersResponse();
    void unknownRecipientIsNameNotFound();
    void accessDeniedDoesNotFallBack();
    void silentFailureWithoutMsgExe();
    void silentFailureFallsBackToMsgExe();
    void msgExeErrorBecomesItsCode();
    void msgExeAloneWhenTheApiIsMissing();
    void nothingToSendWith();
    void listsSessions();
    void probeMatchesSessionsAndShowsNothing();
    void configureRefusesBadOptions();
    void thisSystemIsWine();
    void waitNeedsABoundedTimeout_data();
    void waitNeedsABoundedTimeout();
    void cancelledQueuedSendsNeverShowABox();
    void jobTimeoutLeavesTheQueuedUnsent();
    void jobCancelLeavesTheQueuedUnsent();
    void destroyingTheTransportLeavesBlockedCallsRunning();

private:
    QStringList msgExeLog() const;
    static std::unique_ptr<WtsTransport> blockingTransport();

    QTemporaryDir m_directory;
    QString m_fakeMsgExe;
    QString m_logPath;
};

void tst_WtsTransport::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_fakeMsgExe = QCoreApplication::applicationDirPath() + QStringLiteral("/fakemsg.exe");
    QVERIFY2(QFile::exists(m_fakeMsgExe), qPrintable(m_fakeMsgExe));
    m_logPath = m_directory.filePath(QStringLiteral("msg.log"));
    qputenv("NETMSG_FAKEMSG_LOG", QDir::toNativeSeparators(m_logPath).toLocal8Bit());
}

void tst_WtsTransport::init()
{
    fake = FakeWts();
    gate.reset();
    QFile::remove(m_logPath);
    qunsetenv("NETMSG_FAKEMSG_ERROR");
}

// A failed test may leave calls in the gate: let them out before the next one.
void tst_WtsTransport::cleanup()
{
    gate.open();
    QTRY_COMPARE(gate.left(), gate.entered());
}

// Sessions user01 ... user40 (ids 101 ...), whose message boxes block until the
// gate opens; no msg.exe to fall back on.
std::unique_ptr<WtsTransport> tst_WtsTransport::blockingTransport()
{
    const QStringList users = testing::numberedNames(QStringLiteral("user"), 40);
    for (int i = 0; i < users.size(); ++i)
        fake.sessions.push_back({DWORD(101 + i), L"RDP-Tcp#" + std::to_wstring(101 + i), WTSActive,
                                 users.at(i).toStdWString()});
    fake.blocking = true;
    return std::make_unique<WtsTransport>(fakeTable(), std::string(), QString(), nullptr);
}

QStringList tst_WtsTransport::msgExeLog() const
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void tst_WtsTransport::recordsTheUsersResponse_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<int>("timeoutSeconds");
    QTest::addColumn<bool>("wait");
    QTest::addColumn<QString>("detail");

    QTest::newRow("user, answered")
        << QStringLiteral("alice") << 60 << true << QStringLiteral("session 1: IDOK");
    QTest::newRow("user, timed out")
        << QStringLiteral("alice") << 1 << true << QStringLiteral("session 1: IDTIMEOUT");
    QTest::newRow("no wait") << QStringLiteral("alice") << 0 << false
                             << QStringLiteral("session 1: IDASYNC");
    QTest::newRow("session name") << QStringLiteral("RDP-Tcp#3") << 0 << false
                                  << QStringLiteral("session 2: IDASYNC");
    QTest::newRow("session id") << QStringLiteral("2") << 0 << false
                                << QStringLiteral("session 2: IDASYNC");
    QTest::newRow("every user") << QStringLiteral("*") << 0 << false
                                << QStringLiteral("session 1: IDASYNC; session 2: IDASYNC");
}

void tst_WtsTransport::recordsTheUsersResponse()
{
    QFETCH(QString, recipient);
    QFETCH(int, timeoutSeconds);
    QFETCH(bool, wait);
    QFETCH(QString, detail);

    WtsTransport transport(fakeTable(), std::string(), m_fakeMsgExe, nullptr);
    QVERIFY(transport
                .configure({{QStringLiteral("title"), QStringLiteral("From ADMIN")},
                            {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                            {QStringLiteral("wait"), wait}})
                .isSuccess());
    const SendResult sent = sendTo(transport, recipient, QStringLiteral("Reboot at 18:00"));
    QVERIFY2(sent.outcome.isSuccess(), qPrintable(sent.outcome.toString()));
    QCOMPARE(sent.state, DeliveryState::Delivered);
    QCOMPARE(sent.outcome.detail(), detail);
    QCOMPARE(QString::fromStdWString(fake.title), QStringLiteral("From ADMIN"));
    QCOMPARE(QString::fromStdWString(fake.text), QStringLiteral("Reboot at 18:00"));
    QCOMPARE(int(fake.timeout), timeoutSeconds);
    QCOMPARE(bool(fake.wait), wait);
    QVERIFY(msgExeLog().isEmpty());
}

void tst_WtsTransport::unknownRecipientIsNameNotFound()
{
    WtsTransport transport(fakeTable(), std::string(), m_fakeMsgExe, nullptr);
    const SendResult sent = sendTo(transport, QStringLiteral("dave"), QStringLiteral("hi"));
    QCOMPARE(sent.state, DeliveryState::Failed);
    const Outcome &outcome = sent.outcome;
    QCOMPARE(outcome.code(), quint32(Code::NerrNameNotFound));
    QCOMPARE(outcome.category(), OutcomeCategory::NameNotFound);
    QCOMPARE(fake.sendCalls, 0);
    QVERIFY(msgExeLog().isEmpty());
}

void tst_WtsTransport::accessDeniedDoesNotFallBack()
{
    fake.behaviour = SendBehaviour::AccessDenied;
    WtsTransport transport(fakeTable(), std::string(), m_fakeMsgExe, nullptr);
    const SendResult sent = sendTo(transport, QStringLiteral("bob"), QStringLiteral("hi"));
    QCOMPARE(sent.state, DeliveryState::Failed);
    const Outcome &outcome = sent.outcome;
    QCOMPARE(outcome.code(), quint32(Code::AccessDenied));
    QVERIFY2(outcome.detail().contains(QLatin1String("session 2: ERROR_ACCESS_DENIED")),
             qPrintable(outcome.detail()));
    QVERIFY(msgExeLog().isEmpty());
}

void tst_WtsTransport::silentFailureWithoutMsgExe()
{
    fake.behaviour = SendBehaviour::FailSilently;
    WtsTransport transport(fakeTable(), std::string(), QString(), nullptr);
    QVERIFY(transport.availability().isSuccess());
    QVERIFY(transport.availability().detail().contains(QLatin1String("msg.exe")));
    const SendResult sent = sendTo(transport, QStringLiteral("alice"), QStringLiteral("hi"));
    QCOMPARE(sent.state, DeliveryState::Failed);
    const Outcome &outcome = sent.outcome;
    QCOMPARE(outcome.code(), quint32(Code::InternalError));
    QVERIFY2(
        outcome.detail().startsWith(QLatin1String("WTSSendMessageW failed without an error code")),
        qPrintable(outcome.detail()));
}

void tst_WtsTransport::silentFailureFallsBackToMsgExe()
{
    fake.behaviour = SendBehaviour::FailSilently;
    WtsTransport transport(fakeTable(), std::string(), m_fakeMsgExe, nullptr);
    QVERIFY(transport
                .configure({{QStringLiteral("timeoutSeconds"), 30},
                            {QStringLiteral("wait"), true},
                            {QStringLiteral("stdinEncoding"), QStringLiteral("CP850")}})
                .isSuccess());
    const QString text = QStringLiteral("Gr\u00fc\u00dfe; \"quoted\" & <not a shell>");
    const SendResult sent =
        sendTo(transport, QStringLiteral("alice"), text, QStringLiteral("\\\\TS01"));
    QVERIFY2(sent.outcome.isSuccess(), qPrintable(sent.outcome.toString()));
    QCOMPARE(sent.state, DeliveryState::Delivered);
    QCOMPARE(sent.outcome.detail(), QStringLiteral("sent through msg.exe"));
    QCOMPARE(fake.sendCalls, 1);

    const QStringList log = msgExeLog();
    QCOMPARE(log.mid(0, 4),
             QStringList({QStringLiteral("arg:alice"), QStringLiteral("arg:/server:TS01"),
                          QStringLiteral("arg:/time:30"), QStringLiteral("arg:/w")}));
    QCOMPARE(log.size(), 5);
    QVERIFY(log.at(4).startsWith(QLatin1String("stdin:")));
    const QByteArray bytes = QByteArray::fromHex(log.at(4).mid(6).toLatin1());
    QCOMPARE(bytes, TextCodec(QStringLiteral("CP850")).encode(text));
    QCOMPARE(bytes.left(5), QByteArray("Gr\x81\xe1"
                                       "e"));
}

void tst_WtsTransport::msgExeErrorBecomesItsCode()
{
    fake.behaviour = SendBehaviour::FailSilently;
    qputenv("NETMSG_FAKEMSG_ERROR", "5");
    WtsTransport transport(fakeTable(), std::string(), m_fakeMsgExe, nullptr);
    const SendResult sent = sendTo(transport, QStringLiteral("alice"), QStringLiteral("hi"));
    QCOMPARE(sent.state, DeliveryState::Failed);
    const Outcome &outcome = sent.outcome;
    QCOMPARE(outcome.code(), quint32(Code::AccessDenied));
    QVERIFY2(outcome.detail().startsWith(QLatin1String("msg.exe exited with code 1: Error 5")),
             qPrintable(outcome.detail()));
}

void tst_WtsTransport::msgExeAloneWhenTheApiIsMissing()
{
    wts::WtsFunctions table = fakeTable();
    table.sendMessage = nullptr;
    WtsTransport transport(table, std::string(), m_fakeMsgExe, nullptr);
    const Outcome availability = transport.availability();
    QVERIFY2(availability.isSuccess(), qPrintable(availability.toString()));
    QVERIFY(availability.detail().contains(QLatin1String("lacks WTSSendMessageW")));
    const SendResult sent = sendTo(transport, QStringLiteral("*"), QStringLiteral("hi"));
    QVERIFY2(sent.outcome.isSuccess(), qPrintable(sent.outcome.toString()));
    QCOMPARE(sent.state, DeliveryState::Delivered);
    QCOMPARE(msgExeLog().value(0), QStringLiteral("arg:*"));
}

void tst_WtsTransport::nothingToSendWith()
{
    wts::WtsFunctions table = fakeTable();
    table.sendMessage = nullptr;
    WtsTransport transport(table, std::string(), QString(), nullptr);
    const Outcome availability = transport.availability();
    QCOMPARE(availability.code(), quint32(Code::NotSupported));
    QVERIFY2(availability.detail().contains(QLatin1String("no msg.exe")),
             qPrintable(availability.detail()));
    QVERIFY(availability.detail().contains(QLatin1String("Home")));
    const SendResult sent = sendTo(transport, QStringLiteral("alice"), QStringLiteral("hi"));
    QCOMPARE(sent.outcome, availability);
    QCOMPARE(sent.state, DeliveryState::Failed);
}

void tst_WtsTransport::listsSessions()
{
    WtsTransport transport(fakeTable(), std::string(), QString(), nullptr);
    QFuture<SessionListing> future = transport.listSessions(QStringLiteral("TS01"));
    future.waitForFinished();
    const SessionListing listing = future.result();
    QVERIFY(listing.outcome.isSuccess());
    QCOMPARE(listing.sessions.size(), 3);
    QCOMPARE(listing.sessions.at(1).userName, QStringLiteral("alice"));
    QCOMPARE(listing.sessions.at(1).state, QStringLiteral("active"));
    QCOMPARE(listing.sessions.at(2).stationName, QStringLiteral("RDP-Tcp#3"));
    QCOMPARE(listing.sessions.at(2).state, QStringLiteral("disconnected"));
}

void tst_WtsTransport::probeMatchesSessionsAndShowsNothing()
{
    const auto probe = [](WtsTransport &transport, const QString &target) {
        QFuture<Outcome> future = transport.probe(Recipient{target, {}, 0, {}});
        future.waitForFinished();
        return future.result();
    };
    WtsTransport transport(fakeTable(), std::string(), m_fakeMsgExe, nullptr);
    const Outcome alice = probe(transport, QStringLiteral("alice"));
    QVERIFY2(alice.isSuccess(), qPrintable(alice.toString()));
    QCOMPARE(alice.detail(), QStringLiteral("1 session(s) match alice: 1"));
    QCOMPARE(probe(transport, QStringLiteral("*")).detail(),
             QStringLiteral("2 session(s) match *: 1, 2"));
    QCOMPARE(probe(transport, QStringLiteral("dave")).code(), quint32(Code::NerrNameNotFound));
    QCOMPARE(fake.sendCalls, 0);
    QVERIFY(msgExeLog().isEmpty());

    // Where only msg.exe could deliver, nothing more can be checked without sending.
    wts::WtsFunctions table = fakeTable();
    table.sendMessage = nullptr;
    WtsTransport msgExeOnly(table, std::string(), m_fakeMsgExe, nullptr);
    const Outcome unchecked = probe(msgExeOnly, QStringLiteral("dave"));
    QVERIFY2(unchecked.isSuccess(), qPrintable(unchecked.toString()));
    QVERIFY(unchecked.detail().contains(QLatin1String("cannot check more")));
    QVERIFY(msgExeLog().isEmpty());
}

void tst_WtsTransport::configureRefusesBadOptions()
{
    WtsTransport transport(fakeTable(), std::string(), QString(), nullptr);
    QCOMPARE(transport.configure({{QStringLiteral("colour"), 1}}).code(),
             quint32(Code::InvalidParameter));
    QCOMPARE(transport.configure({{QStringLiteral("timeoutSeconds"), -1}}).code(),
             quint32(Code::InvalidParameter));
    QCOMPARE(
        transport.configure({{QStringLiteral("stdinEncoding"), QStringLiteral("KOI9")}}).code(),
        quint32(Code::InvalidParameter));
    QVERIFY(transport.configure({{QStringLiteral("timeoutSeconds"), 5}}).isSuccess());
}

void tst_WtsTransport::thisSystemIsWine()
{
    if (wts::wineVersion().empty())
        QSKIP("not running under Wine");
    std::unique_ptr<WtsTransport> transport(WtsTransport::createForThisSystem(nullptr));
    QVERIFY(transport->msgExePath().isEmpty());
    const Outcome availability = transport->availability();
    QCOMPARE(availability.category(), OutcomeCategory::NotSupported);
    QVERIFY2(availability.detail().startsWith(QLatin1String("running under Wine")),
             qPrintable(availability.detail()));
    const SendResult sent = sendTo(*transport, QStringLiteral("alice"), QStringLiteral("hi"));
    QCOMPARE(sent.outcome, availability);
    QCOMPARE(sent.state, DeliveryState::Failed);
}

void tst_WtsTransport::waitNeedsABoundedTimeout_data()
{
    QTest::addColumn<int>("timeoutSeconds"); // -1: not given
    QTest::addColumn<bool>("accepted");

    QTest::newRow("no timeout") << -1 << false;
    QTest::newRow("0 (none)") << 0 << false;
    QTest::newRow("3601 s") << 3601 << false;
    QTest::newRow("7200 s") << 7200 << false;
    QTest::newRow("1 s") << 1 << true;
    QTest::newRow("30 s") << 30 << true;
    QTest::newRow("3600 s") << 3600 << true;
}

// A box that waits for its answer holds a pool thread until then: only with a
// timeout from 1 to MaxWaitSeconds. A refused setting changes nothing.
void tst_WtsTransport::waitNeedsABoundedTimeout()
{
    QFETCH(int, timeoutSeconds);
    QFETCH(bool, accepted);

    WtsTransport transport(fakeTable(), std::string(), QString(), nullptr);
    QVariantMap options{{QStringLiteral("wait"), true}};
    if (timeoutSeconds >= 0)
        options.insert(QStringLiteral("timeoutSeconds"), timeoutSeconds);
    const Outcome outcome = transport.configure(options);
    if (accepted) {
        QVERIFY2(outcome.isSuccess(), qPrintable(outcome.toString()));
    } else {
        QCOMPARE(outcome.code(), quint32(Code::InvalidParameter));
        QVERIFY2(outcome.detail().contains(QLatin1String("'wait'")) &&
                     outcome.detail().contains(QLatin1String("'timeoutSeconds'")),
                 qPrintable(outcome.detail()));
    }

    const SendResult sent = sendTo(transport, QStringLiteral("alice"), QStringLiteral("hi"));
    QVERIFY2(sent.outcome.isSuccess(), qPrintable(sent.outcome.toString()));
    QCOMPARE(bool(fake.wait), accepted);
    QCOMPARE(int(fake.timeout), accepted ? timeoutSeconds : 0);
}

// More sends than the pool has threads: the ones still queued are cancelled
// and never call WTSSendMessageW, even once the threads are free.
void tst_WtsTransport::cancelledQueuedSendsNeverShowABox()
{
    const std::unique_ptr<WtsTransport> transport = blockingTransport();
    testing::cancelQueuedSends(*transport, gate, WtsTransport::MaxParallelCalls);
}

// A job's timeout: the boxes under way are unconfirmed (1460), the queued ones
// failed, and none of those is shown when the blocked calls return.
void tst_WtsTransport::jobTimeoutLeavesTheQueuedUnsent()
{
    const std::unique_ptr<WtsTransport> transport = blockingTransport();
    testing::runBlockedJob(*transport, gate, WtsTransport::MaxParallelCalls, JobEnd::Timeout);
}

void tst_WtsTransport::jobCancelLeavesTheQueuedUnsent()
{
    const std::unique_ptr<WtsTransport> transport = blockingTransport();
    testing::runBlockedJob(*transport, gate, WtsTransport::MaxParallelCalls, JobEnd::Cancel);
}

void tst_WtsTransport::destroyingTheTransportLeavesBlockedCallsRunning()
{
    testing::destroyWhileCallsBlock(blockingTransport(), gate, WtsTransport::MaxParallelCalls);
}

// Under Wine, a process that ran QProcess from a worker thread sometimes never
// finishes exiting (its main thread waits in NtWaitForMultipleObjects after
// main() returned; about one cold run in three). The results are written by
// then, so under Wine the test ends its process without the exit-time cleanup.
int main(int argc, char **argv)
{
    int result = 0;
    {
        QCoreApplication application(argc, argv);
        QTEST_SET_MAIN_SOURCE_PATH
        tst_WtsTransport test;
        result = QTest::qExec(&test, argc, argv);
    }
    if (!wts::wineVersion().empty()) {
        std::fflush(nullptr);
        TerminateProcess(GetCurrentProcess(), UINT(result));
    }
    return result;
}

#include "tst_wtstransport.moc"
