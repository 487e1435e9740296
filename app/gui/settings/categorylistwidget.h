#pragma once

#include <QListWidget>

namespace netmsg::gui {

// The settings dialog's list of pages (as KeePassXC's CategoryListWidget):
// one row per page with its icon, as wide as its longest title.
class CategoryListWidget : public QListWidget
{
    Q_OBJECT
public:
    explicit CategoryListWidget(QWidget *parent = nullptr);

    int addCategory(const QString &title, const QIcon &icon);
    void setCategoryTitle(int index, const QString &title);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QIcon fitted(const QIcon &icon) const;
};

} // namespace netmsg::gui
