#pragma once

#include "netmsg_core_export.h"

#include <QSettings>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace netmsg {

// The user's choices, through QSettings. NETMSG_HOME, when set, holds both the
// settings file (netmsg.ini) and the data (history, transport state) so that
// tests and portable installs stay self-contained.
class NETMSG_CORE_EXPORT Settings
{
public:
    Settings();
    explicit Settings(const QString &iniFile);
    ~Settings();

    static QString dataDirectory();
    static QString defaultHistoryPath();

    QString defaultTransport() const;
    void setDefaultTransport(const QString &id);
    // The transports tried per recipient, in order (Route). Default: the
    // `defaultTransport` alone when that is set, else Route::platformDefault().
    QStringList route() const;
    void setRoute(const QStringList &ids);
    QString senderName() const; // default: the user's login name, upper-cased
    void setSenderName(const QString &name);
    QString codePage() const; // default: TextCodec::oemCodePageFor(language())
    bool hasCodePage() const; // set by the user, not the default
    void setCodePage(const QString &codePage);
    int concurrency() const; // default 8
    void setConcurrency(int concurrency);
    int timeoutMs() const; // per recipient, default 15000
    void setTimeoutMs(int ms);
    int retries() const; // default 0
    void setRetries(int retries);
    int maxTextCharacters() const; // default 65536
    void setMaxTextCharacters(int characters);
    QString listenerAddress() const; // default 127.0.0.1
    void setListenerAddress(const QString &address);
    quint16 listenerPort() const; // default 1139: unprivileged
    void setListenerPort(quint16 port);
    QString language() const; // empty = the system's
    void setLanguage(const QString &language);
    // The receiver inside the console (the embedded default: on).
    bool receiverEnabled() const;
    void setReceiverEnabled(bool enabled);
    // A send to more recipients than this asks for confirmation first.
    int confirmRecipients() const; // default 20
    void setConfirmRecipients(int count);
    bool notifications() const; // default on
    void setNotifications(bool on);
    QString historyPath() const;
    void setHistoryPath(const QString &path);

    // The [transport/<id>] group, as options for IMessageTransport::configure().
    QVariantMap transportOptions(const QString &id) const;
    void setTransportOption(const QString &id, const QString &key, const QVariant &value);

    QSettings &raw() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace netmsg
