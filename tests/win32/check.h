#pragma once

// A minimal test harness for the Qt-free Windows layers: these tests link no
// Qt, so that they build and run with mingw under Wine before anything else.
// Each case is a function; a failed CHECK reports file, line and expression and
// fails the case; the program's exit code is 0 when every case passed, else 1
// (never the number of failed cases: 77 of them would read as "skipped" to
// CTest, 256 as a pass once the shell keeps the low 8 bits).

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace netmsg::testing {

struct Case
{
    const char *name;
    std::function<void()> body;
};

inline int &failedChecks()
{
    static int count = 0;
    return count;
}

// Exit code CTest treats as "skipped" (SKIP_RETURN_CODE).
inline constexpr int SkipReturnCode = 77;

// The program's exit code after `failedCases` failed cases.
inline constexpr int exitCodeFor(int failedCases)
{
    return failedCases == 0 ? 0 : 1;
}

inline int runCases(const char *suite, const std::vector<Case> &cases)
{
    int failedCases = 0;
    for (const Case &testCase : cases) {
        const int before = failedChecks();
        testCase.body();
        const bool passed = failedChecks() == before;
        std::printf("%s %s::%s\n", passed ? "PASS  " : "FAIL! ", suite, testCase.name);
        if (!passed)
            ++failedCases;
    }
    std::printf("Totals: %d passed, %d failed\n", int(cases.size()) - failedCases, failedCases);
    std::fflush(stdout);
    return exitCodeFor(failedCases);
}

inline std::string narrow(const std::wstring &text)
{
    std::string result;
    for (wchar_t c : text)
        result += (c < 0x80) ? char(c) : '?';
    return result;
}

} // namespace netmsg::testing

#define CHECK(expression)                                                                          \
    do {                                                                                           \
        if (!(expression)) {                                                                       \
            std::printf("  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #expression);           \
            ++netmsg::testing::failedChecks();                                                     \
        }                                                                                          \
    } while (false)

// Compares two integral values and prints both on failure.
#define CHECK_EQUAL(actual, expected)                                                              \
    do {                                                                                           \
        const auto actualValue = (actual);                                                         \
        const auto expectedValue = (expected);                                                     \
        if (!(actualValue == expectedValue)) {                                                     \
            std::printf("  %s:%d: %s == %lld, expected %s == %lld\n", __FILE__, __LINE__, #actual, \
                        static_cast<long long>(actualValue), #expected,                            \
                        static_cast<long long>(expectedValue));                                    \
            ++netmsg::testing::failedChecks();                                                     \
        }                                                                                          \
    } while (false)
