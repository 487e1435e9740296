#pragma once

#include "capabilities.h"
#include "itransportfactory.h"
#include "netmsg_core_export.h"
#include "outcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QPluginLoader;

namespace netmsg {

class IMessageTransport;

// What a plugin says about itself in its JSON metadata, read before it is loaded.
struct TransportInfo
{
    QString id;
    QString name;
    int apiVersion = 0;
    QStringList platforms;
    Capabilities capabilities;
    int priority = 0;
    QString fileName;
};

struct RejectedPlugin
{
    QString fileName;
    QString reason;
};

// Finds transport plugins in the install's plugin folder (relative to the
// executable) and in the absolute folders named by NETMSG_PLUGIN_PATH; never in
// the working directory. Creates one transport per id on demand and owns it.
class NETMSG_CORE_EXPORT TransportRegistry : public QObject
{
    Q_OBJECT
public:
    explicit TransportRegistry(QObject *parent = nullptr);
    ~TransportRegistry() override;

    static QStringList defaultSearchPaths();
    void setSearchPaths(const QStringList &paths);
    QStringList searchPaths() const { return m_searchPaths; }

    void setContext(const TransportContext &context) { m_context = context; }
    // Options for one transport, merged over the context's options on creation;
    // a transport already created is configured with them at once (its
    // refusal, e.g. an unknown key, is returned and nothing is kept).
    Outcome setTransportOptions(const QString &id, const QVariantMap &options);

    // Reads metadata of every candidate file; loads only those that pass.
    void discover();

    QList<TransportInfo> transports() const; // by priority, highest first
    QList<RejectedPlugin> rejected() const { return m_rejected; }
    bool contains(const QString &id) const { return m_plugins.contains(id); }
    std::optional<TransportInfo> info(const QString &id) const;

    // The transport for `id`, created on first use; null with `error` set when the
    // id is unknown or the plugin fails to load.
    IMessageTransport *transport(const QString &id, Outcome *error = nullptr);
    // The highest-priority transport whose availability() is success; empty if none.
    QString defaultTransportId();

private:
    struct Plugin
    {
        TransportInfo info;
        QPluginLoader *loader = nullptr;
        QPointer<IMessageTransport> instance;
    };
    void consider(const QString &filePath);
    void reject(const QString &filePath, const QString &reason);

    QStringList m_searchPaths;
    TransportContext m_context;
    QHash<QString, QVariantMap> m_options;
    QHash<QString, Plugin> m_plugins;
    QList<RejectedPlugin> m_rejected;
};

} // namespace netmsg
