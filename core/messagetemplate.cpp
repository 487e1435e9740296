#include "messagetemplate.h"

#include <QLocale>

namespace netmsg {

namespace {
const QString recipientVariable = QStringLiteral("{recipient}");
} // namespace

QStringList MessageTemplate::variables()
{
    return {QStringLiteral("{date}"), QStringLiteral("{time}"), QStringLiteral("{sender}"),
            recipientVariable};
}

QString MessageTemplate::expand(const QString &text, const QDateTime &when, const QString &sender)
{
    const QLocale locale;
    QString expanded = text;
    expanded.replace(QLatin1String("{date}"), locale.toString(when.date(), QLocale::ShortFormat));
    expanded.replace(QLatin1String("{time}"), locale.toString(when.time(), QLocale::ShortFormat));
    expanded.replace(QLatin1String("{sender}"), sender);
    return expanded;
}

bool MessageTemplate::isPersonal(const QString &text)
{
    return text.contains(recipientVariable);
}

QString MessageTemplate::forRecipient(const QString &text, const QString &recipient)
{
    QString personal = text;
    personal.replace(recipientVariable, recipient);
    return personal;
}

} // namespace netmsg
