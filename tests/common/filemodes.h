#pragma once

// What the tests of owner-only files compare: a file's mode bits, as text
// that reads well in a failed QCOMPARE ("0644" where "0600" was expected).
// Unix only; on Windows the files inherit their folder's ACL (privatefiles.h).

#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>

namespace netmsg::testing {

inline QString modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return QStringLiteral("missing: ") + path;
    return QString::asprintf("%04o", unsigned(status.st_mode & 07777));
}

// The common default umask, which lets group and others read what is
// created without care (0644, 0755): under a strict umask of its own the
// test would pass whatever the product did.
inline void useReadableUmask()
{
    ::umask(022);
}

} // namespace netmsg::testing
#endif
