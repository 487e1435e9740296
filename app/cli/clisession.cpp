#include "clisession.h"

#include "imessagetransport.h"

#include <QHash>
#include <QJsonDocument>

#include <cstdio>

namespace netmsg::cli {

CliSession::CliSession(const QCommandLineParser &parser)
    : m_json(parser.isSet(QStringLiteral("json")))
    , m_transportId(parser.value(QStringLiteral("transport")))
    , m_routeText(parser.value(QStringLiteral("route")))
    , m_transportOptions(parser.values(QStringLiteral("transport-option")))
    , m_out(stdout)
    , m_err(stderr)
{
    m_registry.setContext({Settings::dataDirectory(), {}});
}

Outcome CliSession::configureRoute(const QStringList &ids, const QString &codePage,
                                   bool codePageGiven)
{
    QHash<QString, QVariantMap> options;
    for (const QString &id : ids)
        options.insert(id, m_settings.transportOptions(id));
    for (const QString &option : std::as_const(m_transportOptions)) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Outcome(Code::InvalidParameter,
                           tr("--transport-option '%1' is not [ID.]KEY=VALUE").arg(option));
        QString key = option.left(equals);
        const QString value = option.mid(equals + 1);
        QString id;
        if (const qsizetype dot = key.indexOf(QLatin1Char('.')); dot > 0) {
            id = key.left(dot);
            key = key.mid(dot + 1);
            if (!ids.contains(id))
                return Outcome(
                    Code::InvalidParameter,
                    tr("--transport-option '%1' names %2, which is not on the route (%3)")
                        .arg(option, id, ids.join(QLatin1Char(','))));
        } else if (ids.size() == 1) {
            id = ids.first();
        } else {
            return Outcome(Code::InvalidParameter,
                           tr("--transport-option '%1': the route has %2 transports (%3); say "
                              "which, as ID.%4")
                               .arg(option)
                               .arg(ids.size())
                               .arg(ids.join(QLatin1Char(',')), option));
        }
        options[id].insert(key, value);
    }
    for (const QString &id : ids) {
        const Outcome set = m_registry.setTransportOptions(id, options.value(id));
        if (!set.isSuccess())
            return set;
    }
    if (codePage.isEmpty())
        return Outcome::success();
    // A code page shapes the transports that speak one (an OEM wire encoding).
    QStringList wide;
    bool applied = false;
    for (const QString &id : ids) {
        IMessageTransport *transport = m_registry.transport(id);
        if (!transport)
            continue;
        if (!transport->limits().wireEncoding.startsWith(QLatin1String("CP"))) {
            wide.append(id + QLatin1Char(' ') + transport->limits().wireEncoding);
            continue;
        }
        // The settings' code page (set, or the language's) yields to one the
        // transport's own options or -o name; --codepage wins over both.
        if (!codePageGiven && options.value(id).contains(QStringLiteral("codePage"))) {
            applied = true;
            continue;
        }
        const Outcome set =
            m_registry.setTransportOptions(id, {{QStringLiteral("codePage"), codePage}});
        if (!set.isSuccess())
            return set;
        applied = true;
    }
    if (!applied && codePageGiven)
        return Outcome(Code::InvalidParameter,
                       tr("code page %1: no transport on the route speaks an OEM code page (%2)")
                           .arg(codePage, wide.join(QStringLiteral(", "))));
    return Outcome::success();
}

std::optional<QList<RouteEntry>> CliSession::route(int *exitCode, const QString &codePage,
                                                   bool codePageGiven, const QStringList &fallback)
{
    m_registry.discover();
    if (!m_transportId.isEmpty() && !m_routeText.isEmpty()) {
        printError(tr("give either --transport or --route, not both"));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    QStringList ids;
    const QString given = m_transportId.isEmpty() ? m_routeText : m_transportId;
    if (!given.isEmpty()) {
        const Outcome parsed = Route::parse(given, &ids);
        if (!parsed.isSuccess()) {
            printError(parsed.detail());
            *exitCode = ExitUsage;
            return std::nullopt;
        }
    } else {
        ids = fallback.isEmpty() ? m_settings.route() : fallback;
    }
    const Outcome configured = configureRoute(ids, codePage, codePageGiven);
    if (!configured.isSuccess()) {
        printError(tr("transport options"), configured);
        *exitCode =
            configured.category() == OutcomeCategory::InvalidInput ? ExitBadInput : ExitUnavailable;
        return std::nullopt;
    }
    const QList<RouteEntry> entries = Route::resolve(m_registry, ids);
    for (const RouteEntry &entry : entries) {
        // A bad setting of a transport is the user's to fix, not a reason to skip it.
        if (entry.availability.category() == OutcomeCategory::InvalidInput) {
            printError(tr("transport %1").arg(entry.id), entry.availability);
            *exitCode = ExitBadInput;
            return std::nullopt;
        }
    }
    if (std::none_of(entries.begin(), entries.end(),
                     [](const RouteEntry &entry) { return entry.isUsable(); })) {
        for (const RouteEntry &entry : entries)
            printError(tr("transport %1 is not available").arg(entry.id), entry.availability);
        *exitCode = ExitUnavailable;
        return std::nullopt;
    }
    return entries;
}

IMessageTransport *CliSession::transport(int *exitCode, Capability needed)
{
    // The settings' code page (set, or the language's) for what speaks one.
    const std::optional<QList<RouteEntry>> entries = route(exitCode, m_settings.codePage());
    if (!entries)
        return nullptr;
    for (const RouteEntry &entry : *entries) {
        if (entry.isUsable() && entry.transport->hasCapability(needed))
            return entry.transport;
    }
    QStringList ids;
    for (const RouteEntry &entry : *entries)
        ids.append(entry.id);
    printError(tr("no available transport on the route (%1) can %2")
                   .arg(ids.join(QLatin1Char(',')), capabilityNames(needed).join(QString())));
    *exitCode = ExitUnavailable;
    return nullptr;
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
