#pragma once

#include "outcome.h"

#include <QDialog>

#include <memory>

class QSettings;

namespace Ui {
class TemplatesDialog;
}

namespace netmsg::gui {

class TemplatesModel;

// Edits the message templates: the list (add, remove, reorder), each one's
// name and text, with the variables a text may hold explained. OK checks
// them (a name and a text each, no name twice) and saves them to the
// TemplateStore; Cancel keeps what was stored. Remembers its size.
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplatesDialog(QSettings &settings, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    TemplatesModel *model() const { return m_model; }
    void selectTemplate(int row);
    int selectedTemplate() const;
    void setName(const QString &name);
    void setText(const QString &text);
    // What OK refused ("" when nothing is wrong).
    QString problem() const;
    Outcome validate() const;

    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    // The templates were stored.
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();
    void updateButtons();
    void updateHint();
    void addTemplate();
    void removeTemplate();
    void moveTemplate(int offset);

    std::unique_ptr<Ui::TemplatesDialog> m_ui;
    QSettings &m_settings;
    TemplatesModel *m_model;
};

} // namespace netmsg::gui
