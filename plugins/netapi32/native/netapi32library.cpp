#include "netapi32library.h"

namespace netmsg::netapi32 {

namespace {

// GetProcAddress returns a generic FARPROC; going through void (*)() keeps
// -Wcast-function-type quiet, as GCC treats that type as matching any function.
template <typename Function> Function resolve(HMODULE module, const char *name)
{
    return reinterpret_cast<Function>(reinterpret_cast<void (*)()>(GetProcAddress(module, name)));
}

void appendName(std::string &names, bool missing, const char *name)
{
    if (!missing)
        return;
    if (!names.empty())
        names += ", ";
    names += name;
}

} // namespace

std::string Netapi32Functions::missingExports() const
{
    std::string names;
    appendName(names, !bufferSend, "NetMessageBufferSend");
    appendName(names, !nameAdd, "NetMessageNameAdd");
    appendName(names, !nameDel, "NetMessageNameDel");
    appendName(names, !nameEnum, "NetMessageNameEnum");
    appendName(names, !nameGetInfo, "NetMessageNameGetInfo");
    appendName(names, !apiBufferFree, "NetApiBufferFree");
    return names;
}

Netapi32Library::Netapi32Library()
{
    m_module = LoadLibraryExW(L"netapi32.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    if (!m_module) {
        m_loadError = GetLastError();
        return;
    }
    using F = Netapi32Functions;
    m_functions.bufferSend = resolve<F::BufferSend>(m_module, "NetMessageBufferSend");
    m_functions.nameAdd = resolve<F::NameAdd>(m_module, "NetMessageNameAdd");
    m_functions.nameDel = resolve<F::NameDel>(m_module, "NetMessageNameDel");
    m_functions.nameEnum = resolve<F::NameEnum>(m_module, "NetMessageNameEnum");
    m_functions.nameGetInfo = resolve<F::NameGetInfo>(m_module, "NetMessageNameGetInfo");
    m_functions.apiBufferFree = resolve<F::ApiBufferFree>(m_module, "NetApiBufferFree");
}

Netapi32Library::~Netapi32Library()
{
    if (m_module)
        FreeLibrary(m_module);
}

std::string wineVersion()
{
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    if (!ntdll)
        return {};
    using WineGetVersion = const char *(CDECL *)();
    auto getVersion = resolve<WineGetVersion>(ntdll, "wine_get_version");
    if (!getVersion)
        return {};
    const char *version = getVersion();
    return version ? std::string(version) : std::string("unknown");
}

} // namespace netmsg::netapi32
