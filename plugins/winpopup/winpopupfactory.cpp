#include "winpopupfactory.h"

#include "winpopuptransport.h"

namespace netmsg {

IMessageTransport *WinPopupFactory::create(const TransportContext &context, QObject *parent)
{
    return new WinPopupTransport(context, parent);
}

} // namespace netmsg
