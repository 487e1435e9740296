#include "messagebox.h"

namespace netmsg::gui {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;
int MessageBox::s_shown = 0;
bool MessageBox::s_unattended = false;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    ++s_shown;
    s_lastText = text;
    if (s_nextAnswer)
        return *std::exchange(s_nextAnswer, std::nullopt);
    if (s_unattended)
        return defaultButton;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    ++s_shown;
    s_lastText = text;
    if (s_unattended)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

void MessageBox::setUnattended(bool unattended)
{
    s_unattended = unattended;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

int MessageBox::shownCount()
{
    return s_shown;
}

} // namespace netmsg::gui
