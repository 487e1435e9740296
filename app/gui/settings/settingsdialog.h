#pragma once

#include "outcome.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace netmsg::gui {

class ConsoleContext;
class ISettingsPage;

// The console's settings: a category list beside a stack of pages (General,
// Delivery, Receiver, Language, Notifications), each an ISettingsPage.
// Apply and OK check every page first: a page with a problem is shown with
// the reason and nothing is saved; otherwise every page writes its part,
// ConsoleContext::applySettings() re-resolves the route and restarts the
// receiver, and a new language is switched to at once. Remembers its size.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ConsoleContext &context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    int pageCount() const { return int(m_pages.size()); }
    ISettingsPage *page(int index) const { return m_pages.value(index); }
    template <typename Page> Page *page() const
    {
        for (ISettingsPage *candidate : m_pages) {
            if (auto *found = dynamic_cast<Page *>(candidate))
                return found;
        }
        return nullptr;
    }
    int currentPage() const;
    void showPage(int index);
    // What the last Apply or OK refused ("" when it saved).
    QString problem() const;

    // Loads every page from the settings again.
    void load();
    // Checks every page and, when all are good, saves them and applies the
    // settings. The outcome names the page and field at fault.
    Outcome apply();
    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    // The settings were saved and applied.
    void applied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPage(ISettingsPage *page);
    void retranslate();
    void showProblem(const QString &problem);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConsoleContext &m_context;
    QList<ISettingsPage *> m_pages;
};

} // namespace netmsg::gui
