#include "aliasstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace netmsg {

AliasStore::AliasStore(QString filePath)
    : m_filePath(std::move(filePath))
{}

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
    const QFileInfo info(m_filePath);
    m_seenModified = info.exists() ? info.lastModified() : QDateTime();
    m_seenSize = info.exists() ? info.size() : -1;
}

void AliasStore::refresh() const
{
    if (m_filePath.isEmpty())
        return;
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
    for (const QJsonValue &value : names) {
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
    refresh(); // never write back a list another process has changed since
    const QString upper = name.toUpper();
    if (m_index.contains(upper))
        return Outcome(Code::NerrAlreadyExists, tr("%1 is already an alias here").arg(upper));
    m_aliases.append(upper);
    m_index.insert(upper);
    const Outcome saved = save();
    if (!saved.isSuccess()) {
        m_aliases.removeLast();
        m_index.remove(upper);
    }
    return saved;
}

Outcome AliasStore::remove(const QString &name)
{
    refresh();
    const QString upper = name.toUpper();
    if (!m_index.contains(upper))
        return Outcome(Code::NerrNotLocalName, tr("%1 is not an alias here").arg(upper));
    const QStringList before = m_aliases;
    m_aliases.removeAll(upper);
    m_index.remove(upper);
    const Outcome saved = save();
    if (!saved.isSuccess()) {
        m_aliases = before;
        m_index.insert(upper);
    }
    return saved;
}

Outcome AliasStore::save()
{
    if (m_filePath.isEmpty())
        return Outcome::success();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome(Code::AccessDenied,
                       tr("cannot write %1: %2").arg(m_filePath, file.errorString()));
    QJsonObject root;
    root.insert(QLatin1String("aliases"), QJsonArray::fromStringList(m_aliases));
    file.write(QJsonDocument(root).toJson());
    if (!file.commit())
        return Outcome(Code::AccessDenied,
                       tr("cannot write %1: %2").arg(m_filePath, file.errorString()));
    remember();
    return Outcome::success();
}

} // namespace netmsg
