#pragma once

#include <QString>
#include <QTextDocument>
#include <QVariant>

namespace netmsg::gui {

// A tooltip that shows `text` as it is: QToolTip guesses rich text from a
// leading tag, and a message, a detail or a CSV field may well start with one.
inline QVariant plainToolTip(const QVariant &text)
{
    if (!text.isValid() || text.toString().isEmpty())
        return text;
    return Qt::convertFromPlainText(text.toString(), Qt::WhiteSpaceNormal);
}

} // namespace netmsg::gui
