#pragma once

#include <QString>

class QWidget;

namespace netmsg::gui {

// File choosers with a test seam (KeePassXC's FileDialog::setNextFileName):
// a test names the file the next dialog returns, and no dialog is shown.
class FileDialog
{
public:
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static void setNextFileName(const QString &fileName);

private:
    static QString s_next;
    static bool s_hasNext;
};

} // namespace netmsg::gui
