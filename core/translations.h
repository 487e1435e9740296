#pragma once

#include "netmsg_core_export.h"

#include <QString>
#include <QStringList>

namespace netmsg {

// Loads the user's language: Qt's own catalogue and netmsg's (embedded in
// netmsg_core), for the language from Settings or, when that is empty, the
// system's.
class NETMSG_CORE_EXPORT Translations
{
public:
    // Languages netmsg has a catalogue for, e.g. {"de"}; English is built in.
    static QStringList available();
    // Installs the translators on the running application; returns the language
    // in use ("en" when nothing matched).
    static QString install(const QString &language = {});
};

} // namespace netmsg
