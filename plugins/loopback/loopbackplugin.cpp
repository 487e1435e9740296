#include "loopbackplugin.h"

#include "loopbacktransport.h"

namespace netmsg {

IMessageTransport *LoopbackPlugin::create(const TransportContext &context, QObject *parent)
{
    return new LoopbackTransport(context, parent);
}

} // namespace netmsg
