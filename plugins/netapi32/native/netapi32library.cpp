#include "netapi32library.h"

namespace netmsg::netapi32 {

using win32::appendMissing;
using win32::resolve;

std::string Netapi32Functions::missingExports() const
{
    std::string names;
    appendMissing(names, !bufferSend, "NetMessageBufferSend");
    appendMissing(names, !nameAdd, "NetMessageNameAdd");
    appendMissing(names, !nameDel, "NetMessageNameDel");
    appendMissing(names, !nameEnum, "NetMessageNameEnum");
    appendMissing(names, !nameGetInfo, "NetMessageNameGetInfo");
    appendMissing(names, !apiBufferFree, "NetApiBufferFree");
    return names;
}

Netapi32Library::Netapi32Library()
{
    m_module = win32::loadSystemLibrary(L"netapi32.dll", &m_loadError);
    if (!m_module)
        return;
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

} // namespace netmsg::netapi32
