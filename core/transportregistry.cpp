#include "transportregistry.h"

#include "imessagetransport.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRegistry, "netmsg.registry")

namespace netmsg {

namespace {
QString currentPlatform()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macos");
#else
    return QStringLiteral("linux");
#endif
}

// Whether `path` names a folder without help from the working folder. On
// Windows QDir::isAbsolutePath also accepts "C:plugins" (relative to drive
// C's working folder) and "\plugins" (the working folder's drive): only a
// drive with its root ("C:/") or a UNC share ("//server/share") is taken.
bool isFullyQualified(const QString &path)
{
#ifdef Q_OS_WIN
    const QString slashed = QDir::fromNativeSeparators(path);
    if (slashed.startsWith(QLatin1String("//")))
        return slashed.size() > 2 && slashed.at(2) != QLatin1Char('/');
    return slashed.size() >= 3 && slashed.at(0).isLetter() && slashed.at(1) == QLatin1Char(':') &&
           slashed.at(2) == QLatin1Char('/');
#else
    return QDir::isAbsolutePath(path);
#endif
}

// One folder may be named two ways ("/opt/x" and "Z:/opt/x" under Wine,
// "C:\\x" and "c:/x" on Windows, or through a symbolic link): it is searched
// once, under the first name given.
void appendFolder(QStringList &paths, const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    const QString canonical = QFileInfo(clean).canonicalFilePath();
    const Qt::CaseSensitivity cs =
#ifdef Q_OS_WIN
        Qt::CaseInsensitive;
#else
        Qt::CaseSensitive;
#endif
    for (const QString &known : std::as_const(paths)) {
        if (known.compare(clean, cs) == 0)
            return;
        if (!canonical.isEmpty() &&
            QFileInfo(known).canonicalFilePath().compare(canonical, cs) == 0)
            return;
    }
    paths.append(clean);
}
} // namespace

TransportRegistry::TransportRegistry(QObject *parent)
    : QObject(parent)
    , m_searchPaths(defaultSearchPaths())
{}

TransportRegistry::~TransportRegistry()
{
    for (auto &plugin : m_plugins)
        delete plugin.instance.data();
    // Loaders are not unloaded: Qt keeps plugin libraries until exit, which is
    // what objects created from them need.
    for (auto &plugin : m_plugins)
        delete plugin.loader;
}

QStringList TransportRegistry::defaultSearchPaths()
{
    QStringList paths;
    // Tests and developers name extra folders; each must be absolute, so that
    // nothing is ever loaded relative to the working directory.
    const QString extra = qEnvironmentVariable("NETMSG_PLUGIN_PATH");
    for (const QString &path : extra.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        if (isFullyQualified(path))
            appendFolder(paths, path);
        else
            qCWarning(lcRegistry).noquote()
                << "ignoring relative NETMSG_PLUGIN_PATH entry" << path
                << "(only absolute folders are searched, so that nothing loads from the working"
                   " folder)";
    }
    if (QCoreApplication::instance()) {
        appendFolder(paths, QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                                QStringLiteral(NETMSG_PLUGIN_RELATIVE_DIR));
    }
    return paths;
}

void TransportRegistry::setSearchPaths(const QStringList &paths)
{
    m_searchPaths.clear();
    for (const QString &path : paths) {
        if (isFullyQualified(path))
            appendFolder(m_searchPaths, path);
        else
            qCWarning(lcRegistry).noquote()
                << "ignoring relative plugin folder" << path
                << "(only absolute folders are searched, so that nothing loads from the working"
                   " folder)";
    }
}

Outcome TransportRegistry::setTransportOptions(const QString &id, const QVariantMap &options)
{
    // A transport already created takes them at once, so that options mean
    // the same whenever they are given (before or after the first use).
    const auto it = m_plugins.constFind(id);
    if (it != m_plugins.constEnd() && it->instance) {
        const Outcome configured = it->instance->configure(options);
        if (!configured.isSuccess())
            return configured;
    }
    QVariantMap &merged = m_options[id];
    for (auto option = options.cbegin(); option != options.cend(); ++option)
        merged.insert(option.key(), option.value());
    return Outcome::success();
}

void TransportRegistry::discover()
{
    for (const QString &path : std::as_const(m_searchPaths)) {
        const QDir dir(path);
        if (!dir.exists())
            continue;
        for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
            const QString filePath = dir.absoluteFilePath(entry);
            if (QLibrary::isLibrary(filePath))
                consider(filePath);
        }
    }
}

void TransportRegistry::reject(const QString &filePath, const QString &reason)
{
    qCWarning(lcRegistry).noquote() << "refusing plugin" << filePath << ":" << reason;
    m_rejected.append({filePath, reason});
}

void TransportRegistry::consider(const QString &filePath)
{
    for (const auto &plugin : std::as_const(m_plugins)) {
        if (plugin.info.fileName == filePath)
            return;
    }
    auto *loader = new QPluginLoader(filePath);
    // Everything below reads metadata only; no code of the plugin runs before
    // it has passed every check.
    const QJsonObject metaData = loader->metaData();
    auto refuse = [&](const QString &reason) {
        reject(filePath, reason);
        delete loader;
    };
    if (metaData.isEmpty())
        return refuse(QStringLiteral("not a Qt plugin (%1)").arg(loader->errorString()));
    const QString iid = metaData.value(QLatin1String("IID")).toString();
    if (iid != QLatin1String(NETMSG_TRANSPORT_FACTORY_IID))
        return refuse(QStringLiteral("interface '%1' is not '%2'")
                          .arg(iid, QLatin1String(NETMSG_TRANSPORT_FACTORY_IID)));
    const QJsonObject meta = metaData.value(QLatin1String("MetaData")).toObject();
    TransportInfo info;
    info.fileName = filePath;
    info.id = meta.value(QLatin1String("id")).toString();
    info.name = meta.value(QLatin1String("name")).toString(info.id);
    info.apiVersion = meta.value(QLatin1String("apiVersion")).toInt();
    info.priority = meta.value(QLatin1String("priority")).toInt();
    for (const auto &value : meta.value(QLatin1String("platforms")).toArray())
        info.platforms.append(value.toString());
    QStringList capabilities;
    for (const auto &value : meta.value(QLatin1String("capabilities")).toArray())
        capabilities.append(value.toString());
    info.capabilities = capabilitiesFromNames(capabilities);

    if (info.id.isEmpty())
        return refuse(QStringLiteral("its metadata has no id"));
    if (info.apiVersion != TransportApiVersion)
        return refuse(QStringLiteral("API version %1, this netmsg speaks version %2")
                          .arg(info.apiVersion)
                          .arg(TransportApiVersion));
    if (!info.platforms.contains(currentPlatform()))
        return refuse(QStringLiteral("built for %1, not %2")
                          .arg(info.platforms.join(QStringLiteral(", ")), currentPlatform()));
    if (const auto existing = m_plugins.constFind(info.id); existing != m_plugins.constEnd())
        return refuse(QStringLiteral("id '%1' is already provided by %2")
                          .arg(info.id, existing->info.fileName));
    m_plugins.insert(info.id, Plugin{info, loader, nullptr});
    qCDebug(lcRegistry) << "found transport" << info.id << "in" << filePath;
}

QList<TransportInfo> TransportRegistry::transports() const
{
    QList<TransportInfo> result;
    for (const auto &plugin : m_plugins)
        result.append(plugin.info);
    std::sort(result.begin(), result.end(), [](const TransportInfo &a, const TransportInfo &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.id < b.id;
    });
    return result;
}

std::optional<TransportInfo> TransportRegistry::info(const QString &id) const
{
    const auto it = m_plugins.constFind(id);
    if (it == m_plugins.constEnd())
        return std::nullopt;
    return it->info;
}

IMessageTransport *TransportRegistry::transport(const QString &id, Outcome *error)
{
    auto setError = [error](const Outcome &outcome) {
        if (error)
            *error = outcome;
        return nullptr;
    };
    const auto it = m_plugins.find(id);
    if (it == m_plugins.end()) {
        QStringList known;
        for (const auto &info : transports())
            known.append(info.id);
        return setError(
            Outcome(Code::NotSupported,
                    tr("there is no transport '%1' (known: %2)")
                        .arg(id, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))));
    }
    if (it->instance)
        return it->instance;
    auto *factory = qobject_cast<ITransportFactory *>(it->loader->instance());
    if (!factory)
        return setError(
            Outcome(Code::InternalError,
                    tr("the %1 plugin failed to load: %2").arg(id, it->loader->errorString())));
    TransportContext context = m_context;
    // The user's own data folder, never a shared temporary one: transports
    // keep alias lists and state there.
    if (context.dataDirectory.isEmpty())
        context.dataDirectory = Settings::dataDirectory();
    const QVariantMap options = m_options.value(id);
    for (auto option = options.cbegin(); option != options.cend(); ++option)
        context.options.insert(option.key(), option.value());
    IMessageTransport *transport = factory->create(context, nullptr);
    if (!transport)
        return setError(
            Outcome(Code::InternalError, tr("the %1 plugin created no transport").arg(id)));
    if (!context.options.isEmpty()) {
        const Outcome configured = transport->configure(context.options);
        if (!configured.isSuccess()) {
            delete transport;
            return setError(configured);
        }
    }
    it->instance = transport;
    if (error)
        *error = Outcome::success();
    return transport;
}

QString TransportRegistry::defaultTransportId()
{
    for (const auto &info : transports()) {
        IMessageTransport *candidate = transport(info.id);
        if (candidate && candidate->availability().isSuccess())
            return info.id;
    }
    return {};
}

} // namespace netmsg
