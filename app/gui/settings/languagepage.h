#pragma once

#include "settings/isettingspage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LanguagePage;
}

namespace netmsg::gui {

// Settings > Language: the system's language, English, or one of the
// catalogues netmsg carries (Translations::available()). The dialog switches
// the running console when it is applied.
class LanguagePage : public QWidget, public ISettingsPage
{
    Q_OBJECT
public:
    explicit LanguagePage(QWidget *parent = nullptr);
    ~LanguagePage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override { return this; }
    void load(const Settings &settings) override;
    void save(Settings &settings) override;
    Outcome validate() override;

    // "" for the system's, "en", "de", ...
    QString language() const;
    bool setLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::LanguagePage> m_ui;
};

} // namespace netmsg::gui
