#pragma once

#include "netmsg_core_export.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace netmsg {

// Variables in a message text, for templates: {date}, {time} and {sender}
// are filled when the message is composed, {recipient} by the delivery job
// for each recipient (each gets its own text, measured and split on its own).
class NETMSG_CORE_EXPORT MessageTemplate
{
public:
    static QStringList variables();
    static QString expand(const QString &text, const QDateTime &when, const QString &sender);
    static bool isPersonal(const QString &text);
    static QString forRecipient(const QString &text, const QString &recipient);
};

} // namespace netmsg
