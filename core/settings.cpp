#include "settings.h"

#include "textcodec.h"

#include "privatefiles.h"
#include "route.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

namespace netmsg {

namespace {
constexpr const char *homeVariable = "NETMSG_HOME";

QString transportGroup(const QString &id)
{
    return QStringLiteral("transport/") + id;
}

// QSettings writes through a QSaveFile, which gives a new file the umask's
// mode but keeps the mode of one that exists: so the file exists, owner-only,
// before QSettings first writes it.
void prepareFile(const QSettings &settings)
{
    const QString file = settings.fileName();
    if (PrivateFiles::makeFolder(QFileInfo(file).absolutePath()))
        PrivateFiles::createFile(file);
}
} // namespace

Settings::Settings()
{
    const QString home = qEnvironmentVariable(homeVariable);
    if (!home.isEmpty())
        m_settings = std::make_unique<QSettings>(QDir(home).filePath(QStringLiteral("netmsg.ini")),
                                                 QSettings::IniFormat);
    else
        m_settings =
            std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                        QStringLiteral("netmsg"), QStringLiteral("netmsg"));
    prepareFile(*m_settings);
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    prepareFile(*m_settings);
}

Settings::~Settings() = default;

QString Settings::dataDirectory()
{
    const QString home = qEnvironmentVariable(homeVariable);
    QString directory =
        !home.isEmpty() ? home
                        : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                              QStringLiteral("/netmsg");
    PrivateFiles::makeFolder(directory);
    return directory;
}

QString Settings::defaultHistoryPath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("history.sqlite"));
}

QString Settings::defaultTransport() const
{
    return m_settings->value(QStringLiteral("defaultTransport")).toString();
}

void Settings::setDefaultTransport(const QString &id)
{
    m_settings->setValue(QStringLiteral("defaultTransport"), id);
}

QStringList Settings::route() const
{
    QStringList ids;
    const QString text =
        m_settings->value(QStringLiteral("route")).toStringList().join(QLatin1Char(','));
    if (!text.trimmed().isEmpty() && Route::parse(text, &ids).isSuccess())
        return ids;
    const QString single = defaultTransport();
    return single.isEmpty() ? Route::platformDefault() : QStringList{single};
}

void Settings::setRoute(const QStringList &ids)
{
    m_settings->setValue(QStringLiteral("route"), ids.join(QLatin1Char(',')));
}

QString Settings::senderName() const
{
    // The login name, as Windows' messenger uses the user's name; the
    // machine's name where the environment names no user (a service, a
    // container).
    QString fallback;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        fallback = qEnvironmentVariable(variable);
        if (!fallback.isEmpty())
            break;
    }
    if (fallback.isEmpty())
        fallback = QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0);
    if (fallback.isEmpty())
        fallback = QStringLiteral("NETMSG");
    return m_settings->value(QStringLiteral("senderName"), fallback.toUpper().left(15)).toString();
}

void Settings::setSenderName(const QString &name)
{
    m_settings->setValue(QStringLiteral("senderName"), name);
}

QString Settings::codePage() const
{
    // Unset, the OEM code page of the language netmsg speaks (the setting's,
    // else the system's).
    const QVariant value = m_settings->value(QStringLiteral("codePage"));
    return value.isValid() ? value.toString() : TextCodec::oemCodePageFor(language());
}

bool Settings::hasCodePage() const
{
    return m_settings->contains(QStringLiteral("codePage"));
}

void Settings::setCodePage(const QString &codePage)
{
    m_settings->setValue(QStringLiteral("codePage"), codePage);
}

int Settings::concurrency() const
{
    return qBound(1, m_settings->value(QStringLiteral("concurrency"), 8).toInt(), 256);
}

void Settings::setConcurrency(int concurrency)
{
    m_settings->setValue(QStringLiteral("concurrency"), concurrency);
}

int Settings::timeoutMs() const
{
    return qMax(1, m_settings->value(QStringLiteral("timeoutMs"), 15000).toInt());
}

void Settings::setTimeoutMs(int ms)
{
    m_settings->setValue(QStringLiteral("timeoutMs"), ms);
}

int Settings::retries() const
{
    return qBound(0, m_settings->value(QStringLiteral("retries"), 0).toInt(), 10);
}

void Settings::setRetries(int retries)
{
    m_settings->setValue(QStringLiteral("retries"), retries);
}

int Settings::maxTextCharacters() const
{
    return qBound(1, m_settings->value(QStringLiteral("maxTextCharacters"), 64 * 1024).toInt(),
                  16 * 1024 * 1024);
}

void Settings::setMaxTextCharacters(int characters)
{
    m_settings->setValue(QStringLiteral("maxTextCharacters"), characters);
}

QString Settings::listenerAddress() const
{
    return m_settings->value(QStringLiteral("listener/address"), QStringLiteral("127.0.0.1"))
        .toString();
}

void Settings::setListenerAddress(const QString &address)
{
    m_settings->setValue(QStringLiteral("listener/address"), address);
}

quint16 Settings::listenerPort() const
{
    const int port = m_settings->value(QStringLiteral("listener/port"), 1139).toInt();
    return port > 0 && port <= 65535 ? quint16(port) : quint16(1139);
}

void Settings::setListenerPort(quint16 port)
{
    m_settings->setValue(QStringLiteral("listener/port"), port);
}

QString Settings::language() const
{
    return m_settings->value(QStringLiteral("language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("language"), language);
}

bool Settings::receiverEnabled() const
{
    return m_settings->value(QStringLiteral("listener/enabled"), true).toBool();
}

void Settings::setReceiverEnabled(bool enabled)
{
    m_settings->setValue(QStringLiteral("listener/enabled"), enabled);
}

int Settings::confirmRecipients() const
{
    return qMax(1, m_settings->value(QStringLiteral("confirmRecipients"), 20).toInt());
}

void Settings::setConfirmRecipients(int count)
{
    m_settings->setValue(QStringLiteral("confirmRecipients"), count);
}

bool Settings::notifications() const
{
    return m_settings->value(QStringLiteral("notifications"), true).toBool();
}

void Settings::setNotifications(bool on)
{
    m_settings->setValue(QStringLiteral("notifications"), on);
}

QString Settings::historyPath() const
{
    return m_settings->value(QStringLiteral("historyPath"), defaultHistoryPath()).toString();
}

void Settings::setHistoryPath(const QString &path)
{
    m_settings->setValue(QStringLiteral("historyPath"), path);
}

QVariantMap Settings::transportOptions(const QString &id) const
{
    QVariantMap options;
    m_settings->beginGroup(transportGroup(id));
    for (const QString &key : m_settings->childKeys())
        options.insert(key, m_settings->value(key));
    m_settings->endGroup();
    return options;
}

void Settings::setTransportOption(const QString &id, const QString &key, const QVariant &value)
{
    m_settings->setValue(transportGroup(id) + QLatin1Char('/') + key, value);
}

} // namespace netmsg
