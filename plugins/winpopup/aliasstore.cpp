#include "aliasstore.h"

#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace netmsg {

namespace {

// Long enough for another process's one read and write; a lock whose owner
// died is taken over at once (QLockFile checks the process), one that is
// merely old after QLockFile's default 30 s.
constexpr int LockTimeoutMs = 5000;

bool isSharedTemporaryFolder(const QString &directory)
{
    const QFileInfo info(directory);
    const QString canonical = info.canonicalFilePath();
    const QString temporary = QFileInfo(QDir::tempPath()).canonicalFilePath();
    if (QDir::cleanPath(info.absoluteFilePath()) == QDir::cleanPath(QDir::tempPath()) ||
        (!canonical.isEmpty() && canonical == temporary))
        return true;
#ifdef Q_OS_UNIX
    // /tmp, /var/tmp, /dev/shm and the like: anyone may create files there.
    if (info.isDir() && info.permissions().testFlag(QFileDevice::WriteOther))
        return true;
#endif
    return false;
}

// A change another process made is seen at most this late.
constexpr qint64 LookIntervalMs = 5;

} // namespace

AliasStore::AliasStore(QString filePath)
    : m_filePath(std::move(filePath))
{}

QString AliasStore::filePathIn(const QString &dataDirectory, QString *why)
{
    QString reason;
    if (dataDirectory.isEmpty())
        reason = tr("there is no data folder");
    else if (isSharedTemporaryFolder(dataDirectory))
        reason = tr("the data folder %1 is a shared temporary folder").arg(dataDirectory);
    if (why)
        *why = reason;
    if (!reason.isEmpty())
        return {};
    return QDir(dataDirectory).filePath(QStringLiteral("winpopup-aliases.json"));
}

QStringList AliasStore::aliases() const
{
    refresh();
    return m_aliases;
}

bool AliasStore::contains(const QString &name) const
{
    refresh();
    return m_index.contains(name.toUpper());
}

void AliasStore::remember() const
{
    m_lastLook.start();
    const QFileInfo info(m_filePath);
    m_seenModified = info.exists() ? info.lastModified() : QDateTime();
    m_seenSize = info.exists() ? info.size() : -1;
}

void AliasStore::refresh() const
{
    if (m_filePath.isEmpty() || (m_lastLook.isValid() && !m_lastLook.hasExpired(LookIntervalMs)))
        return;
    m_lastLook.start();
    const QFileInfo info(m_filePath);
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    const qint64 size = info.exists() ? info.size() : -1;
    if (modified == m_seenModified && size == m_seenSize)
        return;
    // A file that can't be read now keeps the last good list.
    AliasStore fresh(m_filePath);
    if (fresh.load().isSuccess()) {
        m_aliases = fresh.m_aliases;
        m_index = fresh.m_index;
        m_seenModified = fresh.m_seenModified;
        m_seenSize = fresh.m_seenSize;
    }
}

Outcome AliasStore::load()
{
    if (m_filePath.isEmpty() || !QFileInfo::exists(m_filePath))
        return readFile();
    // Reads take the lock too: on Windows a file open for reading cannot be
    // replaced, so a read beside another process's write would make that
    // write fail with "access denied". A folder where no lock can be made
    // is one where no writer can replace the file either.
    QLockFile lock(m_filePath + QLatin1String(".lock"));
    const Outcome locked = acquire(lock);
    if (!locked.isSuccess() && lock.error() != QLockFile::PermissionError)
        return locked;
    return readFile();
}

Outcome AliasStore::readFile()
{
    m_aliases.clear();
    m_index.clear();
    remember();
    if (m_filePath.isEmpty() || !QFileInfo::exists(m_filePath))
        return Outcome::success();
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome(Code::AccessDenied,
                       tr("cannot read %1: %2").arg(m_filePath, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Outcome(Code::InvalidData,
                       tr("%1 is not an alias list: %2").arg(m_filePath, error.errorString()));
    const QJsonArray names = document.object().value(QLatin1String("aliases")).toArray();
    for (const auto &value : names) {
        const QString name = value.toString().toUpper();
        if (!name.isEmpty() && !m_index.contains(name)) {
            m_aliases.append(name);
            m_index.insert(name);
        }
    }
    return Outcome::success();
}

Outcome AliasStore::add(const QString &name)
{
    const QString upper = name.toUpper();
    return update([&](QStringList &aliases) {
        if (aliases.contains(upper))
            return Outcome(Code::NerrAlreadyExists, tr("%1 is already an alias here").arg(upper));
        aliases.append(upper);
        return Outcome::success();
    });
}

Outcome AliasStore::remove(const QString &name)
{
    const QString upper = name.toUpper();
    return update([&](QStringList &aliases) {
        if (aliases.removeAll(upper) == 0)
            return Outcome(Code::NerrNotLocalName, tr("%1 is not an alias here").arg(upper));
        return Outcome::success();
    });
}

Outcome AliasStore::update(const std::function<Outcome(QStringList &)> &change)
{
    QStringList aliases = m_aliases;
    if (m_filePath.isEmpty()) {
        const Outcome changed = change(aliases);
        if (changed.isSuccess())
            adopt(aliases);
        return changed;
    }
    // Read, change and write as one step against every other process: the
    // lock lives beside the file, so it is as private as the file's folder.
    PrivateFiles::makeFolder(QFileInfo(m_filePath).absolutePath());
    QLockFile lock(m_filePath + QLatin1String(".lock"));
    if (const Outcome locked = acquire(lock); !locked.isSuccess())
        return locked;
    AliasStore fresh(m_filePath);
    const Outcome loaded = fresh.readFile();
    if (!loaded.isSuccess())
        return loaded; // never overwrite a list we could not read
    aliases = fresh.m_aliases;
    const Outcome changed = change(aliases);
    const Outcome saved = changed.isSuccess() ? write(aliases) : changed;
    adopt(saved.isSuccess() ? aliases : fresh.m_aliases);
    remember();
    return saved;
}

Outcome AliasStore::acquire(QLockFile &lock) const
{
    if (lock.tryLock(LockTimeoutMs))
        return Outcome::success();
    const QString lockPath = m_filePath + QLatin1String(".lock");
    if (lock.error() == QLockFile::LockFailedError)
        return Outcome(
            Code::Timeout,
            tr("%1 is held by another process (waited %2 ms)").arg(lockPath).arg(LockTimeoutMs));
    return Outcome(lock.error() == QLockFile::PermissionError ? Code::AccessDenied
                                                              : Code::InternalError,
                   tr("cannot lock %1").arg(lockPath));
}

void AliasStore::adopt(const QStringList &aliases)
{
    m_aliases = aliases;
    m_index = QSet<QString>(aliases.cbegin(), aliases.cend());
}

Outcome AliasStore::write(const QStringList &aliases)
{
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file))
        return Outcome(Code::AccessDenied,
                       tr("cannot write %1: %2").arg(m_filePath, file.errorString()));
    QJsonObject root;
    root.insert(QLatin1String("aliases"), QJsonArray::fromStringList(aliases));
    file.write(QJsonDocument(root).toJson());
    if (!file.commit())
        return Outcome(Code::AccessDenied,
                       tr("cannot write %1: %2").arg(m_filePath, file.errorString()));
    return Outcome::success();
}

} // namespace netmsg
