#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace netmsg::gui {

// Keeps what a view shows in place when its model inserts rows at the top
// (live history and inbox rows): at the top, the view shows the new rows;
// scrolled down, the rows being read stay where they are and the scroll bar
// moves instead. The view's selection follows its rows by itself.
class ScrollAnchor : public QObject
{
    Q_OBJECT
public:
    // Watches `view`'s model (set it first); owned by the view.
    explicit ScrollAnchor(QAbstractItemView *view);

private:
    void aboutToInsert(int first);
    void inserted(int first, int last);
    void rangeChanged();

    QPointer<QAbstractItemView> m_view;
    int m_before = -1;
    int m_target = -1;
};

} // namespace netmsg::gui
