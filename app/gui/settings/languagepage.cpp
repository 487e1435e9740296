#include "languagepage.h"
#include "ui_languagepage.h"

#include "translations.h"

#include <QLocale>
#include <QStyle>

namespace netmsg::gui {

LanguagePage::LanguagePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LanguagePage>())
{
    m_ui->setupUi(this);
    fillLanguages();
}

LanguagePage::~LanguagePage() = default;

QString LanguagePage::title() const
{
    return tr("Language");
}

QIcon LanguagePage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-desktop-locale"),
                            style()->standardIcon(QStyle::SP_FileDialogInfoView));
}

// Each catalogue under its own name ("Deutsch"), so that a reader of that
// language finds it whatever the console speaks now.
void LanguagePage::fillLanguages()
{
    const QString current = language();
    const QSignalBlocker blocker(m_ui->languageBox);
    m_ui->languageBox->clear();
    const QLocale system = QLocale::system();
    m_ui->languageBox->addItem(tr("The system's language (%1)")
                                   .arg(system.nativeLanguageName().isEmpty()
                                            ? system.name()
                                            : system.nativeLanguageName()),
                               QString());
    m_ui->languageBox->addItem(QStringLiteral("English (en)"), QStringLiteral("en"));
    QStringList languages = Translations::available();
    languages.sort();
    for (const QString &language : std::as_const(languages)) {
        if (language == QLatin1String("en"))
            continue;
        m_ui->languageBox->addItem(
            QStringLiteral("%1 (%2)").arg(QLocale(language).nativeLanguageName(), language),
            language);
    }
    setLanguage(current);
}

QString LanguagePage::language() const
{
    return m_ui->languageBox->currentData().toString();
}

bool LanguagePage::setLanguage(const QString &language)
{
    const int index = m_ui->languageBox->findData(language);
    m_ui->languageBox->setCurrentIndex(qMax(0, index));
    return index >= 0;
}

void LanguagePage::load(const Settings &settings)
{
    // A language without a catalogue here (a settings file from elsewhere)
    // shows as the system's.
    setLanguage(settings.language());
}

void LanguagePage::save(Settings &settings)
{
    settings.setLanguage(language());
}

Outcome LanguagePage::validate()
{
    return Outcome::success();
}

void LanguagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QWidget::changeEvent(event);
}

} // namespace netmsg::gui
