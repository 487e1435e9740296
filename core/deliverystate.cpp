#include "deliverystate.h"

#include <QJsonObject>

namespace netmsg {

namespace {
struct StateName
{
    DeliveryState state;
    const char *name;
};
constexpr StateName stateNames[] = {
    {DeliveryState::Pending, "pending"},
    {DeliveryState::Delivered, "delivered"},
    {DeliveryState::Failed, "failed"},
    {DeliveryState::Unconfirmed, "unconfirmed"},
};
} // namespace

QString DeliveryStates::name(DeliveryState state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("pending");
}

std::optional<DeliveryState> DeliveryStates::fromName(const QString &name)
{
    for (const StateName &entry : stateNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.state;
    }
    return std::nullopt;
}

QString DeliveryStates::displayName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return tr("pending");
    case DeliveryState::Delivered:
        return tr("delivered");
    case DeliveryState::Failed:
        return tr("failed");
    case DeliveryState::Unconfirmed:
        return tr("unconfirmed");
    }
    return tr("pending");
}

QList<DeliveryState> DeliveryStates::finalStates()
{
    return {DeliveryState::Delivered, DeliveryState::Failed, DeliveryState::Unconfirmed};
}

QJsonArray routeToJson(const QList<RouteStep> &route)
{
    QJsonArray array;
    for (const RouteStep &step : route) {
        QJsonObject object{{QStringLiteral("transport"), step.transport},
                           {QStringLiteral("code"), qint64(step.code)},
                           {QStringLiteral("symbol"), Outcome(step.code).symbol()},
                           {QStringLiteral("state"), DeliveryStates::name(step.state)},
                           {QStringLiteral("detail"), step.detail}};
        if (step.skipped)
            object.insert(QStringLiteral("skipped"), true);
        array.append(object);
    }
    return array;
}

QList<RouteStep> routeFromJson(const QJsonArray &array)
{
    QList<RouteStep> route;
    route.reserve(array.size());
    for (const auto &value : array) {
        const QJsonObject object = value.toObject();
        RouteStep step;
        step.transport = object.value(QLatin1String("transport")).toString();
        step.code = quint32(object.value(QLatin1String("code")).toInteger());
        step.state = DeliveryStates::fromName(object.value(QLatin1String("state")).toString())
                         .value_or(DeliveryState::Failed);
        step.detail = object.value(QLatin1String("detail")).toString();
        step.skipped = object.value(QLatin1String("skipped")).toBool();
        route.append(step);
    }
    return route;
}

} // namespace netmsg
