#include "categorylistwidget.h"

#include <QPainter>
#include <QScrollBar>

namespace netmsg::gui {

CategoryListWidget::CategoryListWidget(QWidget *parent)
    : QListWidget(parent)
{
    setIconSize(QSize(24, 24));
    setSpacing(2);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

// Every icon on a canvas of the list's icon size, so that the titles line
// up whatever size the theme or style drew each icon at.
QIcon CategoryListWidget::fitted(const QIcon &icon) const
{
    const qreal ratio = devicePixelRatioF();
    QPixmap canvas(iconSize() * ratio);
    canvas.setDevicePixelRatio(ratio);
    canvas.fill(Qt::transparent);
    const QPixmap drawn = icon.pixmap(iconSize(), ratio);
    const QSizeF drawnSize = QSizeF(drawn.size()) / drawn.devicePixelRatio();
    QPainter painter(&canvas);
    painter.drawPixmap(QPointF((iconSize().width() - drawnSize.width()) / 2,
                               (iconSize().height() - drawnSize.height()) / 2),
                       drawn);
    return QIcon(canvas);
}

int CategoryListWidget::addCategory(const QString &title, const QIcon &icon)
{
    addItem(new QListWidgetItem(fitted(icon), title));
    updateGeometry();
    return count() - 1;
}

void CategoryListWidget::setCategoryTitle(int index, const QString &title)
{
    if (QListWidgetItem *entry = item(index))
        entry->setText(title);
    updateGeometry();
}

QSize CategoryListWidget::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = qMax(width, fontMetrics().horizontalAdvance(item(i)->text()));
    width += iconSize().width() + 4 * spacing() + 2 * frameWidth() +
             verticalScrollBar()->sizeHint().width() + fontMetrics().averageCharWidth() * 3;
    return {width, QListWidget::sizeHint().height()};
}

QSize CategoryListWidget::minimumSizeHint() const
{
    return {sizeHint().width(), QListWidget::minimumSizeHint().height()};
}

} // namespace netmsg::gui
