#pragma once

#include <optional>
#include <QMessageBox>

namespace netmsg::gui {

// Every question the console asks goes through here, so that a test can
// answer it in advance (setNextAnswer) instead of blocking on a dialog, as
// KeePassXC's MessageBox does. A warning never blocks: it is shown window-modal
// with open() and the window goes on.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // The answer the next dialog gets without being shown; what it would have
    // said is kept for the test (lastText()).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // In tests: a question nobody answered in advance gets its default
    // button instead of waiting for a click that never comes.
    static void setUnattended(bool unattended);
    static QString lastText();
    static int shownCount();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
    static int s_shown;
    static bool s_unattended;
};

} // namespace netmsg::gui
