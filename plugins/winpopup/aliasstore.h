#pragma once

#include "outcome.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace netmsg {

// The messenger names the local receiver answers to: what NetMessageNameAdd /
// Del / Enum manage on Windows (PROTOCOL.md §3). Kept upper-cased, in a JSON
// file in the transport's data folder so that it survives restarts; every
// change is written through at once (QSaveFile, so a crash keeps the old list).
class AliasStore
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::AliasStore)
public:
    // An empty path keeps the list in memory only.
    explicit AliasStore(QString filePath = {});

    Outcome load();
    QStringList aliases() const { return m_aliases; }
    bool contains(const QString &name) const { return m_index.contains(name.toUpper()); }
    Outcome add(const QString &name);
    Outcome remove(const QString &name);
    QString filePath() const { return m_filePath; }

private:
    Outcome save() const;

    QString m_filePath;
    QStringList m_aliases;
    QSet<QString> m_index;
};

} // namespace netmsg
