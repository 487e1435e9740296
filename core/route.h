#pragma once

#include "imessagetransport.h"
#include "netmsg_core_export.h"
#include "outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace netmsg {

class TransportRegistry;

// One step of a route as a job gets it: the transport, or why this system
// has none that can be used (not installed, or unavailable: its Outcome).
struct RouteEntry
{
    QString id;
    QPointer<IMessageTransport> transport;
    Outcome availability;

    bool isUsable() const { return transport && availability.isSuccess(); }
};

// An ordered list of transports tried per recipient (ARCHITECTURE.md
// "Route"): on Windows the Messenger API first, WTS / msg.exe as its fallback,
// WinPopup for the rest. A job moves on to the next step only when one answers
// that this way cannot reach the target; a delivered or unconfirmed answer
// ends the route.
class NETMSG_CORE_EXPORT Route
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::Route)
public:
    // "netapi32,wts,winpopup" on Windows, "winpopup" elsewhere.
    static QStringList platformDefault();
    // "netapi32, wts ,winpopup" -> the ids; InvalidParameter naming the bad
    // entry (empty, repeated, not an id) and nothing set otherwise.
    static Outcome parse(const QString &text, QStringList *ids);
    // Each id's transport from the registry, or why this system lacks it. A
    // transport the registry does not know is a step without a transport.
    static QList<RouteEntry> resolve(TransportRegistry &registry, const QStringList &ids);
    // After a step's final answer: is the next transport worth a try? Only
    // when this one provably did not deliver because this way cannot reach
    // the target (not supported, no such name or session on that path).
    static bool tryNext(const SendResult &result);
};

} // namespace netmsg
