#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "netmsg.translations")

namespace netmsg {

namespace {
const QString catalogueFolder = QStringLiteral(":/netmsg/translations");

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
    const QStringList files =
        QDir(catalogueFolder).entryList({QStringLiteral("netmsg_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(7, file.size() - 10);
        // English is the source language; its catalogue holds only the plurals.
        if (language != QLatin1String("en"))
            languages.append(language);
    }
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
    if (!own->load(locale, QStringLiteral("netmsg"), QStringLiteral("_"), catalogueFolder)) {
        // No catalogue for this language: English, with its plural forms
        // ("1 recipient", "2 recipients") from netmsg_en.
        if (own->load(QStringLiteral("netmsg_en"), catalogueFolder)) {
            QCoreApplication::installTranslator(own);
            installedTranslators().append(own);
        } else {
            delete own;
        }
        return currentLanguage();
    }
    QCoreApplication::installTranslator(own);
    installedTranslators().append(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
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
