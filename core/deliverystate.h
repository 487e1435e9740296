#pragma once

#include "netmsg_core_export.h"
#include "outcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace netmsg {

// What one recipient's result means for the operator, beside its Outcome code
// (which stays the wire's or the OS's):
// - Delivered: the peer confirmed.
// - Failed: provably not delivered (refused, unreachable, timed out or
//   cancelled before the message was handed over).
// - Unconfirmed: it may have arrived (the text was handed over and no answer
//   came, a blocking call returned after its deadline, a datagram).
// Only Failed transient results are ever retried automatically.
enum class DeliveryState {
    Pending,
    Delivered,
    Failed,
    Unconfirmed,
};

class NETMSG_CORE_EXPORT DeliveryStates
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::DeliveryStates)
public:
    // Stable names for JSON, history and filters: "pending", "delivered", ...
    static QString name(DeliveryState state);
    static std::optional<DeliveryState> fromName(const QString &name);
    // Translated, for people: "delivered", "zugestellt", ...
    static QString displayName(DeliveryState state);
    // The states a finished recipient can end in, in display order.
    static QList<DeliveryState> finalStates();
};

// One transport's answer for one recipient on its route (ARCHITECTURE.md
// "Route"): the step that ended the route and every step tried before it.
struct RouteStep
{
    QString transport;
    quint32 code = 0;
    DeliveryState state = DeliveryState::Failed;
    QString detail;
    bool skipped = false; // not tried: unavailable here, or cannot address the recipient

    bool operator==(const RouteStep &other) const
    {
        return transport == other.transport && code == other.code && state == other.state &&
               detail == other.detail && skipped == other.skipped;
    }
};

// [{"transport":..,"code":..,"state":..,"detail":..,"skipped":..}, ...] for
// --json and the history's route column.
NETMSG_CORE_EXPORT QJsonArray routeToJson(const QList<RouteStep> &route);
NETMSG_CORE_EXPORT QList<RouteStep> routeFromJson(const QJsonArray &array);

} // namespace netmsg

Q_DECLARE_METATYPE(netmsg::DeliveryState)
Q_DECLARE_METATYPE(netmsg::RouteStep)
