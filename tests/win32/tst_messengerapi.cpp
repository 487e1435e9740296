// MessengerApi against a fake netapi32 that behaves like Windows XP's Messenger
// service (docs/protocol.md §3): names paged with ERROR_MORE_DATA, access denied,
// duplicate names, unknown recipients, the computer name that cannot be deleted.

#include "check.h"
#include "messengerapi.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <set>

using namespace netmsg::netapi32;
using netmsg::testing::Case;

namespace {

// The state of the fake Messenger service of one XP machine.
struct FakeMessenger
{
    std::wstring computerName = L"XPBOX";
    std::vector<std::wstring> localNames = {L"XPBOX", L"ADMINISTRATOR"};
    std::vector<std::wstring> otherMachinesNames = {L"ALICE", L"BOB"};
    size_t maximumNames = 6;
    NET_API_STATUS forcedStatus = NERR_Success; // non-zero: every call answers this
    bool moreDataWithoutEntries = false;        // a broken server
    int calls = 0;
    std::set<void *> buffers; // allocated and not yet freed
    int frees = 0;
    std::vector<DWORD> resumeHandles; // as passed in, per NetMessageNameEnum call
    bool lastServerWasNull = false;
    bool lastFromWasNull = false;
    std::wstring lastRecipient;
    std::wstring lastText;
    DWORD lastLength = 0;
};

FakeMessenger fake;

bool contains(const std::vector<std::wstring> &names, LPCWSTR name)
{
    return std::find(names.begin(), names.end(), std::wstring(name)) != names.end();
}

LPBYTE allocate(size_t bytes)
{
    void *buffer = std::calloc(1, bytes);
    fake.buffers.insert(buffer);
    return static_cast<LPBYTE>(buffer);
}

// Lays out `count` entries of `level` starting at `first`, strings after the array.
LPBYTE nameBuffer(DWORD level, size_t first, size_t count)
{
    const size_t entrySize = level == 0 ? sizeof(MSG_INFO_0) : sizeof(MSG_INFO_1);
    size_t bytes = entrySize * count;
    for (size_t i = 0; i < count; ++i)
        bytes += (fake.localNames[first + i].size() + 1) * sizeof(wchar_t);
    LPBYTE buffer = allocate(bytes + sizeof(wchar_t));
    auto *strings = reinterpret_cast<wchar_t *>(buffer + entrySize * count);
    for (size_t i = 0; i < count; ++i) {
        const std::wstring &name = fake.localNames[first + i];
        std::wmemcpy(strings, name.c_str(), name.size() + 1);
        if (level == 0) {
            reinterpret_cast<MSG_INFO_0 *>(buffer)[i].msgi0_name = strings;
        } else {
            auto &info = reinterpret_cast<MSG_INFO_1 *>(buffer)[i];
            info.msgi1_name = strings;
            info.msgi1_forward_flag = MSGNAME_NOT_FORWARDED;
            info.msgi1_forward = nullptr;
        }
        strings += name.size() + 1;
    }
    return buffer;
}

NET_API_STATUS WINAPI fakeBufferSend(LPCWSTR server, LPCWSTR recipient, LPCWSTR from, LPBYTE buf,
                                     DWORD length)
{
    ++fake.calls;
    fake.lastServerWasNull = server == nullptr;
    fake.lastFromWasNull = from == nullptr;
    fake.lastRecipient = recipient;
    fake.lastLength = length;
    fake.lastText.assign(reinterpret_cast<const wchar_t *>(buf), length / sizeof(wchar_t));
    if (fake.forcedStatus)
        return fake.forcedStatus;
    if (!contains(fake.localNames, recipient) && !contains(fake.otherMachinesNames, recipient))
        return NERR_NameNotFound;
    return NERR_Success;
}

NET_API_STATUS WINAPI fakeNameAdd(LPCWSTR server, LPCWSTR name)
{
    ++fake.calls;
    fake.lastServerWasNull = server == nullptr;
    if (fake.forcedStatus)
        return fake.forcedStatus;
    if (std::wcslen(name) > 15)
        return ERROR_INVALID_PARAMETER;
    if (contains(fake.localNames, name))
        return NERR_AlreadyExists;
    if (contains(fake.otherMachinesNames, name))
        return NERR_DuplicateName;
    if (fake.localNames.size() >= fake.maximumNames)
        return NERR_TooManyNames;
    fake.localNames.push_back(name);
    return NERR_Success;
}

NET_API_STATUS WINAPI fakeNameDel(LPCWSTR, LPCWSTR name)
{
    ++fake.calls;
    if (fake.forcedStatus)
        return fake.forcedStatus;
    if (fake.computerName == name)
        return NERR_DelComputerName;
    auto it = std::find(fake.localNames.begin(), fake.localNames.end(), std::wstring(name));
    if (it == fake.localNames.end())
        return NERR_NotLocalName;
    fake.localNames.erase(it);
    return NERR_Success;
}

// Entries per page: a made-up 64 bytes each, as real servers count bytes too.
constexpr DWORD FakeEntryBytes = 64;

NET_API_STATUS WINAPI fakeNameEnum(LPCWSTR, DWORD level, LPBYTE *bufptr, DWORD preferredMaximum,
                                   LPDWORD entriesRead, LPDWORD totalEntries, LPDWORD resume)
{
    ++fake.calls;
    fake.resumeHandles.push_back(resume ? *resume : 0xFFFFFFFF);
    *bufptr = nullptr;
    *entriesRead = 0;
    *totalEntries = DWORD(fake.localNames.size());
    if (fake.forcedStatus)
        return fake.forcedStatus;
    if (level > 1)
        return ERROR_INVALID_LEVEL;
    if (fake.moreDataWithoutEntries) {
        *bufptr = allocate(16);
        return ERROR_MORE_DATA;
    }
    const size_t first = resume ? *resume : 0;
    const size_t left = fake.localNames.size() - first;
    size_t fits =
        preferredMaximum == MAX_PREFERRED_LENGTH ? left : preferredMaximum / FakeEntryBytes;
    if (fits == 0)
        return NERR_BufTooSmall;
    const size_t count = std::min(fits, left);
    *bufptr = nameBuffer(level, first, count);
    *entriesRead = DWORD(count);
    if (resume)
        *resume = DWORD(first + count);
    return first + count < fake.localNames.size() ? ERROR_MORE_DATA : NERR_Success;
}

NET_API_STATUS WINAPI fakeNameGetInfo(LPCWSTR, LPCWSTR name, DWORD level, LPBYTE *bufptr)
{
    ++fake.calls;
    *bufptr = nullptr;
    if (fake.forcedStatus)
        return fake.forcedStatus;
    if (level > 1)
        return ERROR_INVALID_LEVEL;
    auto it = std::find(fake.localNames.begin(), fake.localNames.end(), std::wstring(name));
    if (it == fake.localNames.end())
        return NERR_NotLocalName;
    *bufptr = nameBuffer(level, size_t(it - fake.localNames.begin()), 1);
    return NERR_Success;
}

NET_API_STATUS WINAPI fakeApiBufferFree(LPVOID buffer)
{
    ++fake.frees;
    if (fake.buffers.erase(buffer) != 1)
        return ERROR_INVALID_PARAMETER; // not ours, or freed twice: leaves a trace below
    std::free(buffer);
    return NERR_Success;
}

Netapi32Functions fakeTable()
{
    Netapi32Functions table;
    table.bufferSend = fakeBufferSend;
    table.nameAdd = fakeNameAdd;
    table.nameDel = fakeNameDel;
    table.nameEnum = fakeNameEnum;
    table.nameGetInfo = fakeNameGetInfo;
    table.apiBufferFree = fakeApiBufferFree;
    return table;
}

MessengerApi xp()
{
    fake = FakeMessenger();
    return MessengerApi(fakeTable(), std::string());
}

std::vector<std::wstring> namesOf(const MessengerNameList &list)
{
    std::vector<std::wstring> names;
    for (const MessengerName &entry : list.names)
        names.push_back(entry.name);
    return names;
}

void listFollowsMoreDataAndFreesEveryPage()
{
    MessengerApi api = xp();
    fake.localNames = {L"XPBOX", L"ADMINISTRATOR", L"ALIAS1", L"ALIAS2", L"ALIAS3"};
    const MessengerNameList list = api.listNames(L"", 0, 2 * FakeEntryBytes);
    CHECK_EQUAL(list.status, DWORD(NERR_Success));
    CHECK_EQUAL(list.pages, 3);
    CHECK(namesOf(list) == fake.localNames);
    CHECK(fake.buffers.empty());
    CHECK_EQUAL(fake.frees, 3);
    // The resume handle goes back to the API as it returned it.
    CHECK(fake.resumeHandles == std::vector<DWORD>({0, 2, 4}));
}

void listLevelOneCarriesForwardFields()
{
    MessengerApi api = xp();
    const MessengerNameList list = api.listNames(L"\\\\XPBOX", 1, 1 * FakeEntryBytes);
    CHECK_EQUAL(list.status, DWORD(NERR_Success));
    CHECK_EQUAL(list.pages, 2);
    CHECK_EQUAL(list.names.size(), size_t(2));
    CHECK(list.names[1].name == L"ADMINISTRATOR");
    CHECK_EQUAL(list.names[1].forwardFlag, DWORD(MSGNAME_NOT_FORWARDED));
    CHECK(list.names[1].forwardedTo.empty());
    CHECK(fake.buffers.empty());
}

void listEverythingAtOnce()
{
    MessengerApi api = xp();
    const MessengerNameList list = api.listNames(L"");
    CHECK_EQUAL(list.status, DWORD(NERR_Success));
    CHECK_EQUAL(list.pages, 1);
    CHECK(namesOf(list) == fake.localNames);
    CHECK(fake.buffers.empty());
}

void listWithTooSmallBuffer()
{
    MessengerApi api = xp();
    const MessengerNameList list = api.listNames(L"", 0, FakeEntryBytes - 1);
    CHECK_EQUAL(list.status, DWORD(NERR_BufTooSmall));
    CHECK(list.names.empty());
    CHECK(fake.buffers.empty());
}

void listStopsWhenMoreDataBringsNothing()
{
    MessengerApi api = xp();
    fake.moreDataWithoutEntries = true;
    const MessengerNameList list = api.listNames(L"", 0, 2 * FakeEntryBytes);
    CHECK_EQUAL(list.status, DWORD(NERR_BufTooSmall));
    CHECK_EQUAL(list.pages, 1);
    CHECK(fake.buffers.empty()); // freed although ERROR_MORE_DATA came back
}

void listRefusesUnknownLevelWithoutCalling()
{
    MessengerApi api = xp();
    CHECK_EQUAL(api.listNames(L"", 2).status, DWORD(ERROR_INVALID_LEVEL));
    CHECK_EQUAL(api.nameInfo(L"", L"XPBOX", 3).status, DWORD(ERROR_INVALID_LEVEL));
    CHECK_EQUAL(fake.calls, 0);
}

void accessDeniedEverywhere()
{
    MessengerApi api = xp();
    fake.forcedStatus = ERROR_ACCESS_DENIED;
    CHECK_EQUAL(api.send(L"\\\\XPBOX", L"ALICE", L"", L"hi"), DWORD(ERROR_ACCESS_DENIED));
    CHECK_EQUAL(api.addName(L"\\\\XPBOX", L"NEWNAME"), DWORD(ERROR_ACCESS_DENIED));
    CHECK_EQUAL(api.deleteName(L"\\\\XPBOX", L"ADMINISTRATOR"), DWORD(ERROR_ACCESS_DENIED));
    CHECK_EQUAL(api.listNames(L"\\\\XPBOX").status, DWORD(ERROR_ACCESS_DENIED));
    CHECK_EQUAL(api.nameInfo(L"\\\\XPBOX", L"XPBOX").status, DWORD(ERROR_ACCESS_DENIED));
    CHECK(fake.buffers.empty());
}

void addNames()
{
    MessengerApi api = xp();
    CHECK_EQUAL(api.addName(L"", L"NEWNAME"), DWORD(NERR_Success));
    CHECK(fake.lastServerWasNull);
    CHECK_EQUAL(api.addName(L"", L"NEWNAME"), DWORD(NERR_AlreadyExists));
    CHECK_EQUAL(api.addName(L"", L"ALICE"), DWORD(NERR_DuplicateName));
    CHECK_EQUAL(api.addName(L"", L"SIXTEENCHARSLONG"), DWORD(ERROR_INVALID_PARAMETER));
    CHECK_EQUAL(api.addName(L"", L"FOUR"), DWORD(NERR_Success));
    CHECK_EQUAL(api.addName(L"", L"FIVE"), DWORD(NERR_Success));
    CHECK_EQUAL(api.addName(L"", L"SIX"), DWORD(NERR_Success));
    CHECK_EQUAL(api.addName(L"", L"SEVEN"), DWORD(NERR_TooManyNames));
    CHECK_EQUAL(api.listNames(L"").names.size(), size_t(6));
}

void deleteNames()
{
    MessengerApi api = xp();
    CHECK_EQUAL(api.deleteName(L"", L"XPBOX"), DWORD(NERR_DelComputerName));
    CHECK_EQUAL(api.deleteName(L"", L"NOSUCHNAME"), DWORD(NERR_NotLocalName));
    CHECK_EQUAL(api.deleteName(L"", L"ADMINISTRATOR"), DWORD(NERR_Success));
    CHECK(namesOf(api.listNames(L"")) == std::vector<std::wstring>({L"XPBOX"}));
}

void sendPassesUtf16WithByteLength()
{
    MessengerApi api = xp();
    const std::wstring text = L"Gr\u00fc\u00dfe \u20ac 100";
    CHECK_EQUAL(api.send(L"", L"ALICE", L"", text), DWORD(NERR_Success));
    CHECK(fake.lastServerWasNull);
    CHECK(fake.lastFromWasNull);
    CHECK(fake.lastRecipient == L"ALICE");
    CHECK_EQUAL(fake.lastLength, DWORD(text.size() * 2));
    CHECK(fake.lastText == text);

    CHECK_EQUAL(api.send(L"\\\\XPBOX", L"BOB", L"ADMIN", L"x"), DWORD(NERR_Success));
    CHECK(!fake.lastServerWasNull);
    CHECK(!fake.lastFromWasNull);
}

void sendToUnknownName()
{
    MessengerApi api = xp();
    CHECK_EQUAL(api.send(L"", L"NOBODY", L"", L"hello"), DWORD(NERR_NameNotFound));
}

void nameInfoBothLevels()
{
    MessengerApi api = xp();
    MessengerNameInfo info = api.nameInfo(L"", L"ADMINISTRATOR", 0);
    CHECK_EQUAL(info.status, DWORD(NERR_Success));
    CHECK(info.name.name == L"ADMINISTRATOR");
    info = api.nameInfo(L"", L"XPBOX", 1);
    CHECK_EQUAL(info.status, DWORD(NERR_Success));
    CHECK(info.name.name == L"XPBOX");
    CHECK_EQUAL(api.nameInfo(L"", L"NOSUCHNAME").status, DWORD(NERR_NotLocalName));
    CHECK(fake.buffers.empty());
}

// Every documented NET_API_STATUS of docs/protocol.md §3 reaches the caller unchanged.
void documentedStatusesPassThrough()
{
    const DWORD sendCodes[] = {ERROR_ACCESS_DENIED, ERROR_INVALID_PARAMETER, ERROR_NOT_SUPPORTED,
                               NERR_NameNotFound, NERR_NetworkError};
    const DWORD addCodes[] = {ERROR_ACCESS_DENIED, ERROR_INVALID_PARAMETER, ERROR_NOT_SUPPORTED,
                              NERR_AlreadyExists,  NERR_DuplicateName,      NERR_NetworkError,
                              NERR_TooManyNames};
    const DWORD deleteCodes[] = {ERROR_ACCESS_DENIED,  ERROR_INVALID_PARAMETER, ERROR_NOT_SUPPORTED,
                                 NERR_DelComputerName, NERR_IncompleteDel,      NERR_NameInUse,
                                 NERR_NotLocalName};
    const DWORD enumCodes[] = {ERROR_ACCESS_DENIED,     ERROR_INVALID_LEVEL,
                               ERROR_INVALID_PARAMETER, ERROR_NOT_ENOUGH_MEMORY,
                               ERROR_NOT_SUPPORTED,     NERR_BufTooSmall};
    const DWORD infoCodes[] = {ERROR_ACCESS_DENIED,     ERROR_INVALID_LEVEL,
                               ERROR_INVALID_PARAMETER, ERROR_NOT_ENOUGH_MEMORY,
                               ERROR_NOT_SUPPORTED,     NERR_NotLocalName};
    MessengerApi api = xp();
    for (DWORD code : sendCodes) {
        fake.forcedStatus = code;
        CHECK_EQUAL(api.send(L"", L"ALICE", L"", L"hi"), code);
    }
    for (DWORD code : addCodes) {
        fake.forcedStatus = code;
        CHECK_EQUAL(api.addName(L"", L"NEWNAME"), code);
    }
    for (DWORD code : deleteCodes) {
        fake.forcedStatus = code;
        CHECK_EQUAL(api.deleteName(L"", L"ADMINISTRATOR"), code);
    }
    for (DWORD code : enumCodes) {
        fake.forcedStatus = code;
        CHECK_EQUAL(api.listNames(L"").status, code);
    }
    for (DWORD code : infoCodes) {
        fake.forcedStatus = code;
        CHECK_EQUAL(api.nameInfo(L"", L"XPBOX").status, code);
    }
    CHECK(fake.buffers.empty());
}

void wineNeverCallsTheApi()
{
    fake = FakeMessenger();
    MessengerApi api(fakeTable(), "8.0");
    const MessengerAvailability availability = api.probeAvailability();
    CHECK(availability.reason == MessengerAvailability::Reason::RunningUnderWine);
    CHECK_EQUAL(availability.status, DWORD(ERROR_NOT_SUPPORTED));
    CHECK(availability.detail == "8.0");
    CHECK_EQUAL(api.send(L"", L"ALICE", L"", L"hi"), DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(api.addName(L"", L"NEWNAME"), DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(api.deleteName(L"", L"ADMINISTRATOR"), DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(api.listNames(L"").status, DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(api.nameInfo(L"", L"XPBOX").status, DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(fake.calls, 0);
}

void missingExportIsNotSupported()
{
    fake = FakeMessenger();
    Netapi32Functions table = fakeTable();
    table.bufferSend = nullptr;
    table.nameGetInfo = nullptr;
    MessengerApi api(table, std::string());
    const MessengerAvailability availability = api.probeAvailability();
    CHECK(availability.reason == MessengerAvailability::Reason::ExportsMissing);
    CHECK(availability.detail == "NetMessageBufferSend, NetMessageNameGetInfo");
    CHECK_EQUAL(api.send(L"", L"ALICE", L"", L"hi"), DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(api.nameInfo(L"", L"XPBOX").status, DWORD(ERROR_NOT_SUPPORTED));
    CHECK_EQUAL(fake.calls, 0);
    CHECK(Netapi32Functions().missingExports() ==
          "NetMessageBufferSend, NetMessageNameAdd, NetMessageNameDel, NetMessageNameEnum, "
          "NetMessageNameGetInfo, NetApiBufferFree");
}

void probeOnVistaAndLater()
{
    MessengerApi api = xp();
    fake.forcedStatus = ERROR_NOT_SUPPORTED;
    const MessengerAvailability availability = api.probeAvailability();
    CHECK(availability.reason == MessengerAvailability::Reason::NotSupportedByWindows);
    CHECK_EQUAL(availability.status, DWORD(ERROR_NOT_SUPPORTED));
}

void probeOnXp()
{
    MessengerApi api = xp();
    const MessengerAvailability availability = api.probeAvailability();
    CHECK(availability.reason == MessengerAvailability::Reason::Available);
    CHECK_EQUAL(availability.status, DWORD(NERR_Success));
    CHECK_EQUAL(fake.calls, 1);
    CHECK(fake.buffers.empty());
    CHECK_EQUAL(availability.probeStatus, DWORD(NERR_Success));
    // Access denied, or a stopped local service, still leave remote servers to try.
    fake.forcedStatus = ERROR_ACCESS_DENIED;
    CHECK(api.probeAvailability().reason == MessengerAvailability::Reason::Available);
    fake.forcedStatus = NERR_ServiceNotInstalled;
    const MessengerAvailability stopped = api.probeAvailability();
    CHECK(stopped.reason == MessengerAvailability::Reason::Available);
    CHECK_EQUAL(stopped.probeStatus, DWORD(NERR_ServiceNotInstalled));
}

} // namespace

int main()
{
    return netmsg::testing::runCases(
        "MessengerApi",
        {
            {"listFollowsMoreDataAndFreesEveryPage", listFollowsMoreDataAndFreesEveryPage},
            {"listLevelOneCarriesForwardFields", listLevelOneCarriesForwardFields},
            {"listEverythingAtOnce", listEverythingAtOnce},
            {"listWithTooSmallBuffer", listWithTooSmallBuffer},
            {"listStopsWhenMoreDataBringsNothing", listStopsWhenMoreDataBringsNothing},
            {"listRefusesUnknownLevelWithoutCalling", listRefusesUnknownLevelWithoutCalling},
            {"accessDeniedEverywhere", accessDeniedEverywhere},
            {"addNames", addNames},
            {"deleteNames", deleteNames},
            {"sendPassesUtf16WithByteLength", sendPassesUtf16WithByteLength},
            {"sendToUnknownName", sendToUnknownName},
            {"nameInfoBothLevels", nameInfoBothLevels},
            {"documentedStatusesPassThrough", documentedStatusesPassThrough},
            {"wineNeverCallsTheApi", wineNeverCallsTheApi},
            {"missingExportIsNotSupported", missingExportIsNotSupported},
            {"probeOnVistaAndLater", probeOnVistaAndLater},
            {"probeOnXp", probeOnXp},
        });
}
