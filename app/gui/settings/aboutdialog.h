#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace netmsg::gui {

class ConsoleContext;
class PlainTableModel;

// What a bug report needs: netmsg's version, Qt's at run time and at build
// time, the plugin folders searched, each transport found (id, file, and
// whether it works here or why not), the plugins refused with their reason,
// and where the settings, the data and the history are.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(ConsoleContext &context, QWidget *parent = nullptr);
    ~AboutDialog() override;

    PlainTableModel *transports() const { return m_transports; }
    PlainTableModel *rejected() const { return m_rejected; }
    // All of it as plain text (Copy to Clipboard).
    QString report() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    std::unique_ptr<Ui::AboutDialog> m_ui;
    ConsoleContext &m_context;
    PlainTableModel *m_transports;
    PlainTableModel *m_rejected;
};

} // namespace netmsg::gui
