#pragma once

#include "itransportfactory.h"

#include <QObject>

namespace netmsg {

// Loads the loopback transport: an in-process messenger network for tests and demos.
class LoopbackPlugin : public QObject, public ITransportFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID NETMSG_TRANSPORT_FACTORY_IID FILE "loopback.json")
    Q_INTERFACES(netmsg::ITransportFactory)
public:
    IMessageTransport *create(const TransportContext &context, QObject *parent) override;
};

} // namespace netmsg
