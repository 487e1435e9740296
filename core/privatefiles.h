#pragma once

#include "netmsg_core_export.h"

#include <QFileDevice>
#include <QString>

namespace netmsg {

// History, settings and transport state (alias lists, the loopback network
// and its inboxes) are readable by their owner only: on Unix every file netmsg
// creates for them is 0600 and every folder 0700. Folders and files are made
// with that mode (no moment in which another account could open them); a
// file written through QSaveFile is restricted before its first byte. A
// folder or settings file that exists is left as it is (the user's choice).
// On Windows these live in the user's profile, whose ACL keeps other users
// out and which new files inherit: nothing is changed there.
class NETMSG_CORE_EXPORT PrivateFiles
{
public:
    static QFileDevice::Permissions filePermissions()
    {
        return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    }
    static QFileDevice::Permissions folderPermissions()
    {
        return filePermissions() | QFileDevice::ExeOwner;
    }

    // Creates the folder `path` and every missing folder above it, each
    // owner-only. True when `path` is a folder afterwards.
    static bool makeFolder(const QString &path);
    // Creates `path` as an empty owner-only file where none exists, for files
    // that another library fills and that keep the mode of the file they find
    // (SQLite and its -wal and -shm files, QSettings). True when the file
    // exists afterwards.
    static bool createFile(const QString &path);
    // Makes an open file owner-only: for a QSaveFile, call it before writing,
    // while its temporary file (what is renamed onto the target) is empty.
    static bool restrict(QFileDevice &file);
};

} // namespace netmsg
