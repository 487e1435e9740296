// What Debian's Wine really does with the functions the Windows backends use
// (docs/protocol.md §5), checked against Wine's own DLLs: Wine is detected; the
// NetMessage* exports resolve but the layer never calls them (a call would kill
// this process with exception 0x80000100); WTSEnumerateSessionsW succeeds with
// no sessions; WTSOpenServerW is not implemented; WTSSendMessageW fails without an error code and
// still comes back as a clear failure. Skipped (exit code 77) on real Windows.

#include "check.h"
#include "messengerapi.h"
#include "terminalservices.h"

#include <lmerr.h>

#include <cstring>

using netmsg::testing::Case;

namespace {

const std::string wine = netmsg::netapi32::wineVersion();

void detectsWine()
{
    CHECK(!wine.empty());
    CHECK(netmsg::wts::wineVersion() == wine);
    std::printf("  running under Wine %s\n", wine.c_str());
}

void netapi32ExportsResolve()
{
    netmsg::netapi32::Netapi32Library library;
    CHECK(library.isLoaded());
    CHECK_EQUAL(library.loadError(), DWORD(0));
    CHECK(library.functions().missingExports().empty());
}

void messengerIsNeverCalledUnderWine()
{
    using namespace netmsg::netapi32;
    Netapi32Library library;
    MessengerApi api(library.functions(), wine);
    const MessengerAvailability availability = api.probeAvailability();
    CHECK(availability.reason == MessengerAvailability::Reason::RunningUnderWine);
    CHECK(availability.detail == wine);
    // Reaching the checks below at all proves no stub was called.
    CHECK_EQUAL(api.send(L"", L"ALICE", L"", L"hello"), DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(api.addName(L"", L"ALIAS"), DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(api.deleteName(L"", L"ALIAS"), DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(api.listNames(L"").status, DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(api.nameInfo(L"", L"ALIAS").status, DWORD(ERROR_NOT_SUPPORTED));
}

void wtsExportsResolve()
{
    netmsg::wts::WtsLibrary library;
    CHECK(library.isLoaded());
    CHECK(library.functions().missingExports().empty());
    CHECK(library.functions().canOpenServers());
}

void wtsIsUnavailableUnderWine()
{
    using namespace netmsg::wts;
    WtsLibrary library;
    TerminalServices wts(library.functions(), wine);
    CHECK(wts.availability().reason == WtsAvailability::Reason::RunningUnderWine);
}

void enumerateSessionsGivesNone()
{
    using namespace netmsg::wts;
    WtsLibrary library;
    TerminalServices wts(library.functions(), wine);
    const SessionList list = wts.listSessions(L"");
    CHECK(!list.failure.failed());
    CHECK_EQUAL(list.sessions.size(), size_t(0));
}

void sendMessageFailsWithoutErrorCode()
{
    using namespace netmsg::wts;
    WtsLibrary library;
    // Pretend to be Windows, to call Wine's WTSSendMessageW on purpose.
    TerminalServices wts(library.functions(), std::string());
    MessageOptions options;
    options.title = L"netmsg test";
    const SessionDelivery delivery = wts.sendToSession(L"", 1, L"hello", options);
    CHECK(delivery.failure.failed());
    CHECK(delivery.failure.withoutErrorCode);
    CHECK_EQUAL(delivery.failure.error, DWORD(ERROR_INTERNAL_ERROR));
    CHECK(std::strcmp(delivery.failure.call, "WTSSendMessageW") == 0);
    CHECK_EQUAL(delivery.response, DWORD(0));

    // With no sessions, a user name matches nothing.
    const TargetDelivery target = wts.sendToTarget(L"", L"*", L"hello", options);
    CHECK_EQUAL(target.failure.error, DWORD(NERR_NameNotFound));
}

void openServerIsNotImplemented()
{
    using namespace netmsg::wts;
    WtsLibrary library;
    TerminalServices wts(library.functions(), wine);
    const SessionList list = wts.listSessions(L"TS01");
    CHECK(list.failure.failed());
    CHECK(std::strcmp(list.failure.call, "WTSOpenServerW") == 0);
    CHECK_EQUAL(list.failure.error, DWORD(ERROR_CALL_NOT_IMPLEMENTED));
    std::printf("  WTSOpenServerW: error %lu%s\n", list.failure.error,
                list.failure.withoutErrorCode ? " (no error code)" : "");
}

void noMsgExe()
{
    CHECK(netmsg::wts::msgExePath().empty());
}

} // namespace

int main()
{
    if (wine.empty()) {
        std::printf("SKIP   not running under Wine\n");
        return netmsg::testing::SkipReturnCode;
    }
    return netmsg::testing::runCases(
        "Wine", {
                    {"detectsWine", detectsWine},
                    {"netapi32ExportsResolve", netapi32ExportsResolve},
                    {"messengerIsNeverCalledUnderWine", messengerIsNeverCalledUnderWine},
                    {"wtsExportsResolve", wtsExportsResolve},
                    {"wtsIsUnavailableUnderWine", wtsIsUnavailableUnderWine},
                    {"enumerateSessionsGivesNone", enumerateSessionsGivesNone},
                    {"sendMessageFailsWithoutErrorCode", sendMessageFailsWithoutErrorCode},
                    {"openServerIsNotImplemented", openServerIsNotImplemented},
                    {"noMsgExe", noMsgExe},
                });
}
