#pragma once

#include "outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QLockFile;

namespace netmsg {

// The messenger names the local receiver answers to: what NetMessageNameAdd /
// Del / Enum manage on Windows (docs/protocol.md §3). Kept upper-cased, in a JSON
// file in the transport's data folder so that it survives restarts; every
// change is made under a QLockFile beside the file, on a fresh read of it, and
// written through at once (QSaveFile, so a crash keeps the old list): two
// processes changing the list at once never lose each other's names. Reads
// take the lock as well (on Windows an open file cannot be replaced).
// Another process's changes (`netmsg alias add` beside a running `netmsg
// listen`) are picked up on the next look, as NetMessageNameAdd reaches a
// running messenger; a busy receiver looks at the file at most every few
// milliseconds (LookIntervalMs), not once per session.
class AliasStore
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::AliasStore)
public:
    // An empty path keeps the list in memory only.
    explicit AliasStore(QString filePath = {});

    // The alias file for a data folder, or empty (keep the list in memory)
    // with the reason in `why` when there is no folder or it is a shared
    // temporary one, where another user could plant or read the file.
    static QString filePathIn(const QString &dataDirectory, QString *why = nullptr);

    Outcome load();
    QStringList aliases() const;
    bool contains(const QString &name) const;
    Outcome add(const QString &name);
    Outcome remove(const QString &name);
    QString filePath() const { return m_filePath; }

private:
    // Applies `change` to the current list: for a file, under its lock and
    // on a fresh read, then writes the result. Nothing is written unless
    // `change` succeeds.
    Outcome update(const std::function<Outcome(QStringList &)> &change);
    Outcome write(const QStringList &aliases);
    // Reads the file as it is, without the lock (the caller holds it).
    Outcome readFile();
    Outcome acquire(QLockFile &lock) const;
    void adopt(const QStringList &aliases);
    // Re-reads the file when it changed on disk since this store last saw it.
    void refresh() const;
    void remember() const;

    QString m_filePath;
    // A cache of the file: refreshed from const lookups too.
    mutable QStringList m_aliases;
    mutable QSet<QString> m_index;
    mutable QDateTime m_seenModified;
    mutable qint64 m_seenSize = -1;
    // When the file was last looked at (a stat, and a local-time conversion
    // of its date: costly at thousands of sessions a second).
    mutable QElapsedTimer m_lastLook;
};

} // namespace netmsg
