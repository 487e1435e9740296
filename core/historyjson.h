#pragma once

#include "historystore.h"
#include "netmsg_core_export.h"

#include <QJsonObject>

namespace netmsg {

// The history as JSON, one shape for every program that writes it (`netmsg
// history --json`, the console's JSON export): stable keys, numeric codes,
// UTC times with milliseconds; never translated keys.
namespace HistoryJson {

NETMSG_CORE_EXPORT QJsonObject delivery(const DeliveryRecord &delivery);
// A sent message with its totals and `deliveries`.
NETMSG_CORE_EXPORT QJsonObject message(const MessageSummary &summary,
                                       const QList<DeliveryRecord> &deliveries);

} // namespace HistoryJson

} // namespace netmsg
