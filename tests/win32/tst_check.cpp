// The harness of the Qt-free win32 tests (check.h) itself: its exit code says
// pass (0) or fail (1), never how many cases failed. A count would read as
// "skipped" at 77 failures (SKIP_RETURN_CODE) and as a pass at 256, once the
// exit status keeps only its low 8 bits. The inner suites below fail on
// purpose; their FAIL lines are expected.

#include "check.h"

#include <string>

using netmsg::testing::Case;

namespace {

// Runs a suite of `passing` passing and `failing` failing cases and returns
// its exit code, leaving this program's own failure count as it was.
int exitCodeOfSuite(int passing, int failing)
{
    std::vector<Case> cases;
    for (int i = 0; i < passing; ++i)
        cases.push_back({"passes", [] {
                         }});
    for (int i = 0; i < failing; ++i)
        cases.push_back({"fails", [] {
                             ++netmsg::testing::failedChecks();
                         }});
    const int before = netmsg::testing::failedChecks();
    const int code = netmsg::testing::runCases("inner suite (failing on purpose)", cases);
    netmsg::testing::failedChecks() = before;
    return code;
}

void everyCasePassedExitsZero()
{
    CHECK_EQUAL(exitCodeOfSuite(3, 0), 0);
    CHECK_EQUAL(exitCodeOfSuite(0, 0), 0);
}

void oneFailedCaseExitsOne()
{
    CHECK_EQUAL(exitCodeOfSuite(3, 1), 1);
}

void seventySevenFailedCasesAreNoSkip()
{
    const int code = exitCodeOfSuite(1, netmsg::testing::SkipReturnCode);
    CHECK_EQUAL(code, 1);
    CHECK(code != netmsg::testing::SkipReturnCode);
}

void twoHundredFiftySixFailedCasesAreNoPass()
{
    const int code = exitCodeOfSuite(0, 256);
    CHECK_EQUAL(code, 1);
    CHECK((code & 0xff) != 0);
}

void aFailedCheckFailsItsCase()
{
    const int before = netmsg::testing::failedChecks();
    const int code =
        netmsg::testing::runCases("inner suite (failing on purpose)", {{"checksFalse", [] {
                                                                            CHECK(1 + 1 == 3);
                                                                        }}});
    netmsg::testing::failedChecks() = before;
    CHECK_EQUAL(code, 1);
}

} // namespace

int main()
{
    return netmsg::testing::runCases(
        "Check",
        {
            {"everyCasePassedExitsZero", everyCasePassedExitsZero},
            {"oneFailedCaseExitsOne", oneFailedCaseExitsOne},
            {"seventySevenFailedCasesAreNoSkip", seventySevenFailedCasesAreNoSkip},
            {"twoHundredFiftySixFailedCasesAreNoPass", twoHundredFiftySixFailedCasesAreNoPass},
            {"aFailedCheckFailsItsCase", aFailedCheckFailsItsCase},
        });
}
