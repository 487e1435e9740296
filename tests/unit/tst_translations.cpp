#include "imessagetransport.h"
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
    void transportBaseDetailsAreTranslated();
    void switchesAtRunTime();
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

namespace {
// Only what a transport must provide: everything else is the base class's.
class MinimalTransport : public IMessageTransport
{
public:
    QString id() const override { return QStringLiteral("minimal"); }
    QString displayName() const override { return QStringLiteral("Minimal"); }
    Capabilities capabilities() const override { return Capability::Send; }
    TransportLimits limits() const override { return {}; }
    Outcome availability() const override { return Outcome::success(); }
    QFuture<SendResult> send(const Message &) override
    {
        return QtFuture::makeReadyFuture(SendResult::delivered());
    }
};
} // namespace

// The details IMessageTransport writes for every transport reach the user
// (netmsg alias, netmsg listen, -o KEY=VALUE) and speak their language too.
void tst_Translations::transportBaseDetailsAreTranslated()
{
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de_DE"));
    MinimalTransport transport;
    const Outcome receiving = transport.startReceiving({});
    QCOMPARE(receiving.code(), quint32(Code::NotSupported));
    QCOMPARE(receiving.detail(),
             QStringLiteral("der Transport minimal unterstützt den Empfang von Nachrichten nicht"));
    const Outcome option = transport.configure({{QStringLiteral("colour"), 1}});
    QCOMPARE(option.code(), quint32(Code::InvalidParameter));
    QCOMPARE(option.detail(), QStringLiteral("der Transport „minimal“ hat keine Option „colour“"));
    Translations::install(QStringLiteral("en"));
}

void tst_Translations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::install(QStringLiteral("tlh")), QStringLiteral("en"));
}

// The console changes its language without a restart: each install() takes
// the earlier translators out, so English comes back and German comes again.
void tst_Translations::switchesAtRunTime()
{
    const QString english = Outcome(Code::NerrDelComputerName).description();
    const QString german = QStringLiteral("Der Computername kann nicht gelöscht werden.");
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de_DE"));
    QCOMPARE(Translations::current(), QStringLiteral("de_DE"));
    QCOMPARE(Outcome(Code::NerrDelComputerName).description(), german);
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(Outcome(Code::NerrDelComputerName).description(), english);
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de_DE"));
    QCOMPARE(Outcome(Code::NerrDelComputerName).description(), german);
    Translations::uninstall();
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QCOMPARE(Outcome(Code::NerrDelComputerName).description(), english);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
