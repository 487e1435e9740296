#pragma once

#include "netmsg_core_export.h"

#include <QString>
#include <QtPlugin>
#include <QVariantMap>

namespace netmsg {

class IMessageTransport;

// The version of the plugin contract. A plugin whose metadata names another
// apiVersion, or whose IID differs, is refused before any of its code runs.
// Version 2: IMessageTransport gained probe() and aliasAccess().
inline constexpr int TransportApiVersion = 2;
#define NETMSG_TRANSPORT_FACTORY_IID "org.netmsg.TransportFactory/1"

// What a transport gets from its host: where it may keep state, and its options.
struct TransportContext
{
    QString dataDirectory;
    QVariantMap options;
};

// The Qt plugin interface every transport plugin implements.
class ITransportFactory
{
public:
    virtual ~ITransportFactory() = default;
    virtual IMessageTransport *create(const TransportContext &context, QObject *parent) = 0;
};

} // namespace netmsg

Q_DECLARE_INTERFACE(netmsg::ITransportFactory, NETMSG_TRANSPORT_FACTORY_IID)
