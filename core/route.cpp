#include "route.h"

#include "transportregistry.h"

#include <QRegularExpression>

namespace netmsg {

QStringList Route::platformDefault()
{
#ifdef Q_OS_WIN
    return {QStringLiteral("netapi32"), QStringLiteral("wts"), QStringLiteral("winpopup")};
#else
    return {QStringLiteral("winpopup")};
#endif
}

Outcome Route::parse(const QString &text, QStringList *ids)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]{1,32}$"));
    QStringList parsed;
    const QStringList entries = text.split(QLatin1Char(','));
    for (int i = 0; i < entries.size(); ++i) {
        const QString id = entries.at(i).trimmed().toLower();
        if (id.isEmpty())
            return Outcome(Code::InvalidParameter,
                           tr("route '%1': entry %2 is empty").arg(text).arg(i + 1));
        if (!idPattern.match(id).hasMatch())
            return Outcome(Code::InvalidParameter,
                           tr("route '%1': '%2' is not a transport id").arg(text, id));
        if (parsed.contains(id))
            return Outcome(Code::InvalidParameter,
                           tr("route '%1': '%2' is named twice").arg(text, id));
        parsed.append(id);
    }
    *ids = parsed;
    return Outcome::success();
}

QList<RouteEntry> Route::resolve(TransportRegistry &registry, const QStringList &ids)
{
    QList<RouteEntry> route;
    for (const QString &id : ids) {
        RouteEntry entry;
        entry.id = id;
        Outcome error;
        entry.transport = registry.transport(id, &error);
        entry.availability = entry.transport ? entry.transport->availability() : error;
        if (!entry.transport && entry.availability.isSuccess())
            entry.availability = Outcome(Code::NotSupported, tr("no transport '%1'").arg(id));
        route.append(entry);
    }
    return route;
}

bool Route::tryNext(const SendResult &result)
{
    if (result.state != DeliveryState::Failed)
        return false;
    const OutcomeCategory category = result.outcome.category();
    return category == OutcomeCategory::NotSupported || category == OutcomeCategory::NameNotFound;
}

} // namespace netmsg
