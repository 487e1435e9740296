#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "netmsg.translations")

namespace netmsg {

namespace {
const QString catalogueFolder = QStringLiteral(":/netmsg/translations");
} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files =
        QDir(catalogueFolder).entryList({QStringLiteral("netmsg_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(7, file.size() - 10));
    return languages;
}

QString Translations::install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("netmsg"), QStringLiteral("_"), catalogueFolder)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    qCDebug(lcTranslations) << "using" << own->language();
    return own->language();
}

} // namespace netmsg
