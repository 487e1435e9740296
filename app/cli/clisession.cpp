#include "clisession.h"

#include "imessagetransport.h"

#include <QJsonDocument>

#include <cstdio>

namespace netmsg::cli {

CliSession::CliSession(const QCommandLineParser &parser)
    : m_json(parser.isSet(QStringLiteral("json")))
    , m_transportId(parser.value(QStringLiteral("transport")))
    , m_transportOptions(parser.values(QStringLiteral("transport-option")))
    , m_out(stdout)
    , m_err(stderr)
{
    m_registry.setContext({Settings::dataDirectory(), {}});
}

IMessageTransport *CliSession::transport(int *exitCode, const QVariantMap &extraOptions)
{
    m_registry.discover();
    QString id = m_transportId.isEmpty() ? m_settings.defaultTransport() : m_transportId;
    if (id.isEmpty())
        id = m_registry.defaultTransportId();
    if (id.isEmpty()) {
        printError(tr("no transport is available on this system (see 'netmsg transports')"));
        *exitCode = ExitUnavailable;
        return nullptr;
    }
    QVariantMap options = m_settings.transportOptions(id);
    for (const QString &option : m_transportOptions) {
        const int equals = int(option.indexOf(QLatin1Char('=')));
        if (equals <= 0) {
            printError(tr("--transport-option '%1' is not KEY=VALUE").arg(option));
            *exitCode = ExitUsage;
            return nullptr;
        }
        options.insert(option.left(equals), option.mid(equals + 1));
    }
    for (auto it = extraOptions.cbegin(); it != extraOptions.cend(); ++it)
        options.insert(it.key(), it.value());
    m_registry.setTransportOptions(id, options);

    Outcome error;
    IMessageTransport *transport = m_registry.transport(id, &error);
    if (!transport) {
        printError(tr("transport %1").arg(id), error);
        *exitCode = error.code() == Code::InvalidParameter ? ExitBadInput : ExitUnavailable;
        return nullptr;
    }
    const Outcome available = transport->availability();
    if (!available.isSuccess()) {
        printError(tr("transport %1 is not available").arg(id), available);
        *exitCode = ExitUnavailable;
        return nullptr;
    }
    return transport;
}

HistoryStore *CliSession::history(int *exitCode)
{
    if (m_history)
        return m_history.get();
    auto store = std::make_unique<HistoryStore>();
    const Outcome opened = store->open(m_settings.historyPath());
    if (!opened.isSuccess()) {
        printError(tr("history"), opened);
        *exitCode = ExitIoError;
        return nullptr;
    }
    m_history = std::move(store);
    return m_history.get();
}

void CliSession::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void CliSession::printError(const QString &context, const Outcome &outcome)
{
    m_err << "netmsg: " << context << ": " << outcome.toString() << Qt::endl;
}

void CliSession::printError(const QString &message)
{
    m_err << "netmsg: " << message << Qt::endl;
}

QJsonObject CliSession::outcomeJson(const Outcome &outcome)
{
    return {{QStringLiteral("code"), qint64(outcome.code())},
            {QStringLiteral("symbol"), outcome.symbol()},
            {QStringLiteral("category"), Outcome::categoryName(outcome.category())},
            {QStringLiteral("description"), outcome.description()},
            {QStringLiteral("detail"), outcome.detail()}};
}

QString CliSession::escapeControls(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7F || (u >= 0x80 && u < 0xA0))
            escaped += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

Outcome noResultOutcome()
{
    return Outcome(
        Code::InternalError,
        QCoreApplication::translate("netmsg::cli::CliSession", "the transport gave no result"));
}

int CliSession::exitCodeFor(const Outcome &outcome)
{
    switch (outcome.category()) {
    case OutcomeCategory::Ok:
        return ExitOk;
    case OutcomeCategory::InvalidInput:
        return ExitBadInput;
    case OutcomeCategory::NotSupported:
        return ExitUnavailable;
    default:
        return ExitAllFailed;
    }
}

} // namespace netmsg::cli
