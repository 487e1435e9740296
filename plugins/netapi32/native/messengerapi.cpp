#include "messengerapi.h"

#include <utility>

namespace netmsg::netapi32 {

namespace {

// A null pointer for the API where our callers say "local" with an empty string.
LPCWSTR optional(const std::wstring &text)
{
    return text.empty() ? nullptr : text.c_str();
}

std::wstring copyOf(LPCWSTR text)
{
    return text ? std::wstring(text) : std::wstring();
}

MessengerName nameAt(LPBYTE buffer, DWORD level, DWORD index)
{
    MessengerName entry;
    if (level == 0) {
        const auto *info = reinterpret_cast<const MSG_INFO_0 *>(buffer) + index;
        entry.name = copyOf(info->msgi0_name);
    } else {
        const auto *info = reinterpret_cast<const MSG_INFO_1 *>(buffer) + index;
        entry.name = copyOf(info->msgi1_name);
        entry.forwardFlag = info->msgi1_forward_flag;
        entry.forwardedTo = copyOf(info->msgi1_forward);
    }
    return entry;
}

bool isSupportedLevel(DWORD level)
{
    return level == 0 || level == 1;
}

// An upper bound on NetMessageNameEnum pages, so that a server that keeps
// answering ERROR_MORE_DATA cannot keep us in the loop for ever.
constexpr int MaximumPages = 10000;

} // namespace

MessengerApi::MessengerApi(const Netapi32Functions &functions, std::string wineVersion)
    : m_functions(functions)
    , m_wineVersion(std::move(wineVersion))
{}

MessengerAvailability MessengerApi::probeAvailability() const
{
    using Reason = MessengerAvailability::Reason;
    if (isWine())
        return {Reason::RunningUnderWine, ERROR_NOT_SUPPORTED, m_wineVersion, NERR_Success};
    const std::string missing = m_functions.missingExports();
    if (!missing.empty())
        return {Reason::ExportsMissing, ERROR_NOT_SUPPORTED, missing, NERR_Success};

    LPBYTE buffer = nullptr;
    DWORD read = 0;
    DWORD total = 0;
    DWORD resume = 0;
    const NET_API_STATUS status =
        m_functions.nameEnum(nullptr, 0, &buffer, MAX_PREFERRED_LENGTH, &read, &total, &resume);
    freeBuffer(buffer);
    if (status == ERROR_NOT_SUPPORTED)
        return {Reason::NotSupportedByWindows, ERROR_NOT_SUPPORTED, {}, status};
    // Any other answer means the API is there; a failing local service does not
    // stop sends executed on a remote server.
    return {Reason::Available, NERR_Success, {}, status};
}

NET_API_STATUS MessengerApi::send(const std::wstring &server, const std::wstring &recipient,
                                  const std::wstring &from, const std::wstring &text) const
{
    if (!mayCall(m_functions.bufferSend))
        return ERROR_NOT_SUPPORTED;
    std::wstring buffer = text; // the API takes a non-const LPBYTE
    return m_functions.bufferSend(optional(server), recipient.c_str(), optional(from),
                                  reinterpret_cast<LPBYTE>(buffer.data()),
                                  static_cast<DWORD>(buffer.size() * sizeof(wchar_t)));
}

NET_API_STATUS MessengerApi::addName(const std::wstring &server, const std::wstring &name) const
{
    if (!mayCall(m_functions.nameAdd))
        return ERROR_NOT_SUPPORTED;
    return m_functions.nameAdd(optional(server), name.c_str());
}

NET_API_STATUS MessengerApi::deleteName(const std::wstring &server, const std::wstring &name) const
{
    if (!mayCall(m_functions.nameDel))
        return ERROR_NOT_SUPPORTED;
    return m_functions.nameDel(optional(server), name.c_str());
}

MessengerNameList MessengerApi::listNames(const std::wstring &server, DWORD level,
                                          DWORD preferredMaximumLength) const
{
    MessengerNameList result;
    if (!mayCall(m_functions.nameEnum) || !m_functions.apiBufferFree) {
        result.status = ERROR_NOT_SUPPORTED;
        return result;
    }
    if (!isSupportedLevel(level)) {
        result.status = ERROR_INVALID_LEVEL;
        return result;
    }
    DWORD resume = 0;
    do {
        LPBYTE buffer = nullptr;
        DWORD read = 0;
        DWORD total = 0;
        result.status = m_functions.nameEnum(optional(server), level, &buffer,
                                             preferredMaximumLength, &read, &total, &resume);
        ++result.pages;
        if ((result.status == NERR_Success || result.status == ERROR_MORE_DATA) && buffer) {
            for (DWORD i = 0; i < read; ++i)
                result.names.push_back(nameAt(buffer, level, i));
        }
        // lmmsg.h: the buffer is freed even when ERROR_MORE_DATA came back.
        freeBuffer(buffer);
        // More data with nothing read would never end: the buffer cannot hold one entry.
        if (result.status == ERROR_MORE_DATA && read == 0) {
            result.status = NERR_BufTooSmall;
            break;
        }
    } while (result.status == ERROR_MORE_DATA && result.pages < MaximumPages);
    return result;
}

MessengerNameInfo MessengerApi::nameInfo(const std::wstring &server, const std::wstring &name,
                                         DWORD level) const
{
    MessengerNameInfo result;
    if (!mayCall(m_functions.nameGetInfo) || !m_functions.apiBufferFree) {
        result.status = ERROR_NOT_SUPPORTED;
        return result;
    }
    if (!isSupportedLevel(level)) {
        result.status = ERROR_INVALID_LEVEL;
        return result;
    }
    LPBYTE buffer = nullptr;
    result.status = m_functions.nameGetInfo(optional(server), name.c_str(), level, &buffer);
    if (result.status == NERR_Success && buffer)
        result.name = nameAt(buffer, level, 0);
    freeBuffer(buffer);
    return result;
}

void MessengerApi::freeBuffer(LPBYTE buffer) const
{
    if (buffer && m_functions.apiBufferFree)
        m_functions.apiBufferFree(buffer);
}

} // namespace netmsg::netapi32
