#pragma once

#include "itransportfactory.h"

#include <QObject>

namespace netmsg {

// The plugin's entry point: metadata in winpopup.json, one WinPopupTransport per
// create(). The work lives in the classes beside it.
class WinPopupFactory : public QObject, public ITransportFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID NETMSG_TRANSPORT_FACTORY_IID FILE "winpopup.json")
    Q_INTERFACES(netmsg::ITransportFactory)
public:
    IMessageTransport *create(const TransportContext &context, QObject *parent) override;
};

} // namespace netmsg
