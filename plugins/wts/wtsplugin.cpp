#include "wtsplugin.h"

#include "wtstransport.h"

namespace netmsg {

IMessageTransport *WtsPlugin::create(const TransportContext &context, QObject *parent)
{
    WtsTransport *transport = WtsTransport::createForThisSystem(parent);
    transport->configure(context.options);
    return transport;
}

} // namespace netmsg
