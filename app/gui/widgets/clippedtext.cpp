#include "clippedtext.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTabBar>

namespace netmsg::gui {

namespace {

// What a label shows: a mnemonic's & only when it has a buddy; the widest line.
int textWidth(const QFontMetrics &metrics, QString text, bool mnemonic)
{
    if (mnemonic)
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")))
            .replace(QLatin1String("&&"), QLatin1String("&"));
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

QString entry(const QWidget *widget, const QString &text, int needs, int has)
{
    return QStringLiteral("%1 '%2': needs %3 px, has %4")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text)
        .arg(needs)
        .arg(has);
}

} // namespace

QStringList clippedTexts(const QWidget *root)
{
    QStringList clipped;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (!label->isVisible() || text.isEmpty() || label->wordWrap() ||
            label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            continue;
        const int margins = 2 * label->margin() + qMax(0, label->indent());
        const int has = label->contentsRect().width() - margins;
        const int needs = textWidth(label->fontMetrics(), text, label->buddy() != nullptr);
        if (needs > has + 1)
            clipped.append(entry(label, text, needs, has));
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const int needs = button->sizeHint().width();
        if (needs > button->width() + 1)
            clipped.append(entry(button, button->text(), needs, button->width()));
    }
    for (const QGroupBox *group : root->findChildren<QGroupBox *>()) {
        if (!group->isVisible() || group->title().isEmpty())
            continue;
        const int needs =
            textWidth(group->fontMetrics(), group->title(), true) + (group->isCheckable() ? 24 : 8);
        if (needs > group->width())
            clipped.append(entry(group, group->title(), needs, group->width()));
    }
    for (const QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            // The text and the least frame a style draws around it.
            const int needs = textWidth(tabs->fontMetrics(), tabs->tabText(i), true) + 8;
            const int has = tabs->tabRect(i).width();
            const bool outside = tabs->tabRect(i).right() > tabs->width();
            if (needs > has + 1 || outside)
                clipped.append(entry(tabs, tabs->tabText(i), needs, outside ? 0 : has));
        }
    }
    return clipped;
}

} // namespace netmsg::gui
