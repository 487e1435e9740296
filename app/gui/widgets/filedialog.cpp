#include "filedialog.h"

#include <QFileDialog>

namespace netmsg::gui {

QString FileDialog::s_next;
bool FileDialog::s_hasNext = false;

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return std::exchange(s_next, {});
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return std::exchange(s_next, {});
    }
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_next = fileName;
    s_hasNext = true;
}

} // namespace netmsg::gui
