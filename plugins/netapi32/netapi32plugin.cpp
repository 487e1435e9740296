#include "netapi32plugin.h"

#include "netapi32transport.h"

namespace netmsg {

IMessageTransport *Netapi32Plugin::create(const TransportContext &, QObject *parent)
{
    return Netapi32Transport::createForThisSystem(parent);
}

} // namespace netmsg
