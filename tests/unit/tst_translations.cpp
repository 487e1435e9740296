#include "outcome.h"
#include "translations.h"

#include <QtTest>

using namespace netmsg;

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void germanIsEmbedded();
    void everyOutcomeAndCategoryIsTranslated();
    void unknownLanguageFallsBackToEnglish();
};

void tst_Translations::germanIsEmbedded()
{
    QVERIFY2(Translations::available().contains(QStringLiteral("de")),
             qPrintable(Translations::available().join(QLatin1Char(','))));
}

void tst_Translations::everyOutcomeAndCategoryIsTranslated()
{
    QHash<quint32, QString> english;
    for (quint32 code : Outcome::knownCodes())
        english.insert(code, Outcome(code).description());
    const QString englishCategory = Outcome::categoryDescription(OutcomeCategory::NameNotFound);

    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de_DE"));
    for (quint32 code : Outcome::knownCodes()) {
        const QString german = Outcome(code).description();
        QVERIFY2(german != english.value(code),
                 qPrintable(QStringLiteral("%1 untranslated: %2").arg(code).arg(german)));
    }
    QCOMPARE(Outcome(Code::NerrDelComputerName).description(),
             QStringLiteral("Der Computername kann nicht gelöscht werden."));
    QVERIFY(Outcome::categoryDescription(OutcomeCategory::NameNotFound) != englishCategory);
}

void tst_Translations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::install(QStringLiteral("tlh")), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
