#pragma once

#include "itransportfactory.h"

#include <QObject>

namespace netmsg {

// Loads the netapi32 transport: the Windows Messenger API (NetMessageBufferSend
// and the NetMessageName* functions).
class Netapi32Plugin : public QObject, public ITransportFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID NETMSG_TRANSPORT_FACTORY_IID FILE "netapi32.json")
    Q_INTERFACES(netmsg::ITransportFactory)
public:
    IMessageTransport *create(const TransportContext &context, QObject *parent) override;
};

} // namespace netmsg
