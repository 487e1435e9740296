#pragma once

#include "netmsg_core_export.h"

#include <QString>
#include <QStringList>

namespace netmsg {

// Loads the user's language: Qt's own catalogue and netmsg's (embedded in
// netmsg_core), for the language from Settings or, when that is empty, the
// system's. The console switches at run time: install() again takes out the
// translators it put in before, and QCoreApplication then sends
// QEvent::LanguageChange to every widget, which retranslates itself.
class NETMSG_CORE_EXPORT Translations
{
public:
    // Languages netmsg has a catalogue for, e.g. {"de"}; English is built in.
    static QStringList available();
    // Installs the translators on the running application, in place of those
    // an earlier call installed; returns the language in use ("en" when
    // nothing matched: then none is installed and netmsg speaks English).
    static QString install(const QString &language = {});
    // Takes out the translators install() put in: back to English.
    static void uninstall();
    // The language the last install() put in use ("en" before any).
    static QString current();
};

} // namespace netmsg
