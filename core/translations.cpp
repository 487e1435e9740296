#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTranslations, "netmsg.translations")

namespace netmsg {

namespace {
// Catalogues embedded in netmsg_core; one of the same name installed beside
// the program (NETMSG_TRANSLATION_RELATIVE_DIR, share/netmsg/translations or
// translations\ on Windows) is used in its place.
const QString embeddedFolder = QStringLiteral(":/netmsg/translations");

QStringList catalogueFolders()
{
    QStringList folders;
    if (QCoreApplication::instance()) {
        const QString installed =
            QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                            QStringLiteral(NETMSG_TRANSLATION_RELATIVE_DIR));
        if (QDir(installed).exists())
            folders.append(installed);
    }
    folders.append(embeddedFolder);
    return folders;
}

// Loads netmsg's catalogue for `locale` (or the file `name`): the user's
// languages in their order, each from the first folder that has it, so that
// an installed catalogue of a later language never wins over an embedded one
// of an earlier language. (load() also tries "netmsg_de" for "netmsg_de_AT".)
bool loadCatalogue(QTranslator *translator, const QLocale &locale, const QString &name = {})
{
    QStringList files;
    if (name.isEmpty()) {
        for (QString language : locale.uiLanguages())
            files.append(QStringLiteral("netmsg_") +
                         language.replace(QLatin1Char('-'), QLatin1Char('_')));
    } else {
        files.append(name);
    }
    const QStringList folders = catalogueFolders();
    for (const QString &file : std::as_const(files)) {
        for (const QString &folder : folders) {
            if (translator->load(file, folder, QStringLiteral("_"))) {
                qCDebug(lcTranslations).noquote() << "catalogue" << translator->filePath();
                return true;
            }
        }
    }
    return false;
}

// What install() put in, so that the next call can take it out again. Only
// ever touched on the application's thread.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QStringList Translations::available()
{
    QStringList languages;
    for (const QString &folder : catalogueFolders()) {
        const QStringList files =
            QDir(folder).entryList({QStringLiteral("netmsg_*.qm")}, QDir::Files);
        for (const QString &file : files) {
            const QString language = file.mid(7, file.size() - 10);
            // English is the source language; its catalogue holds only the plurals.
            if (language != QLatin1String("en") && !languages.contains(language))
                languages.append(language);
        }
    }
    languages.sort();
    return languages;
}

QString Translations::install(const QString &language)
{
    uninstall();
    auto *app = QCoreApplication::instance();
    if (!app)
        return currentLanguage();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *own = new QTranslator(app);
    if (!loadCatalogue(own, locale)) {
        // No catalogue for this language: English, with its plural forms
        // ("1 recipient", "2 recipients") from netmsg_en.
        if (loadCatalogue(own, locale, QStringLiteral("netmsg_en"))) {
            QCoreApplication::installTranslator(own);
            installedTranslators().append(own);
        } else {
            delete own;
        }
        return currentLanguage();
    }
    QCoreApplication::installTranslator(own);
    installedTranslators().append(own);
    // Qt's own strings: from Qt's translations folder, or beside ours where
    // an install carries them (the Windows one does).
    auto *qt = new QTranslator(app);
    QStringList qtFolders{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    qtFolders += catalogueFolders();
    const bool qtLoaded =
        std::any_of(qtFolders.cbegin(), qtFolders.cend(), [&](const QString &folder) {
            // In the language netmsg's catalogue is in, not the next one the
            // user's list names.
            return qt->load(QLocale(own->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                            folder);
        });
    if (qtLoaded) {
        QCoreApplication::installTranslator(qt);
        installedTranslators().append(qt);
    } else {
        delete qt;
    }
    qCDebug(lcTranslations) << "using" << own->language();
    currentLanguage() = own->language();
    return currentLanguage();
}

void Translations::uninstall()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installedTranslators().clear();
    currentLanguage() = QStringLiteral("en");
}

QString Translations::current()
{
    return currentLanguage();
}

} // namespace netmsg
