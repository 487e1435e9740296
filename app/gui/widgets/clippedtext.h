#pragma once

#include <QStringList>

class QWidget;

namespace netmsg::gui {

// Texts that the visible widgets under `root` cannot show whole at their
// present size, each as "Class 'text': needs N px, has M": single-line
// labels, buttons and check boxes, group box titles and tabs. Rich text and
// word-wrapped labels, which reflow, and item views, whose cells elide by
// design, are not checked. The pseudo-locale test walks every tab and dialog
// with it (tests/gui/tst_pseudolocale.cpp).
QStringList clippedTexts(const QWidget *root);

} // namespace netmsg::gui
