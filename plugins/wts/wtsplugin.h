#pragma once

#include "itransportfactory.h"

#include <QObject>

namespace netmsg {

// Loads the wts transport: message boxes in terminal sessions through
// WTSSendMessageW, with msg.exe as the fallback.
class WtsPlugin : public QObject, public ITransportFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID NETMSG_TRANSPORT_FACTORY_IID FILE "wts.json")
    Q_INTERFACES(netmsg::ITransportFactory)
public:
    IMessageTransport *create(const TransportContext &context, QObject *parent) override;
};

} // namespace netmsg
