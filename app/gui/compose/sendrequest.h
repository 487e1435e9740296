#pragma once

#include "deliveryjob.h"

#include <QList>
#include <QString>

namespace netmsg::gui {

// What the compose tab hands the delivery tab: one message to its recipients
// over a route, with the job's options. The delivery tab runs it through
// core's DeliveryJob; the console never sends in a loop of its own.
struct SendRequest
{
    Message prototype;
    QList<Recipient> recipients;
    QList<RouteEntry> route;
    DeliveryOptions options;
};

} // namespace netmsg::gui
