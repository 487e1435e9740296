#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace netmsg {

bool PrivateFiles::makeFolder(const QString &path)
{
    if (path.isEmpty())
        return false;
    // The missing folders, outermost first: each is made with its mode at
    // once (mkdir with permissions), never made first and restricted after.
    QStringList missing;
    QString level = QDir::cleanPath(QDir(path).absolutePath());
    while (!QFileInfo::exists(level)) {
        missing.prepend(level);
        const QString parent = QFileInfo(level).path();
        if (parent == level)
            break;
        level = parent;
    }
    const QDir root;
    for (const QString &folder : std::as_const(missing)) {
#ifdef Q_OS_UNIX
        const bool made = root.mkdir(folder, folderPermissions());
#else
        const bool made = root.mkdir(folder);
#endif
        if (!made && !QFileInfo(folder).isDir()) // another process may have made it
            return false;
    }
    return QFileInfo(path).isDir();
}

bool PrivateFiles::createFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
#ifdef Q_OS_UNIX
    const bool created = file.open(QIODevice::WriteOnly | QIODevice::NewOnly, filePermissions());
#else
    const bool created = file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
#endif
    return created || QFileInfo::exists(path);
}

bool PrivateFiles::restrict(QFileDevice &file)
{
#ifdef Q_OS_UNIX
    return file.setPermissions(filePermissions());
#else
    Q_UNUSED(file)
    return true;
#endif
}

} // namespace netmsg
