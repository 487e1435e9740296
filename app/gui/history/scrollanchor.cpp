#include "scrollanchor.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace netmsg::gui {

ScrollAnchor::ScrollAnchor(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &parent, int first, int) {
                if (!parent.isValid())
                    aboutToInsert(first);
            });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    inserted(first, last);
            });
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &ScrollAnchor::rangeChanged);
}

void ScrollAnchor::aboutToInsert(int first)
{
    m_before = first == 0 ? m_view->verticalScrollBar()->value() : -1;
}

void ScrollAnchor::inserted(int first, int last)
{
    if (first != 0 || m_before <= 0) {
        m_before = -1;
        return;
    }
    int delta = last - first + 1;
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerPixel) {
        const auto *table = qobject_cast<QTableView *>(m_view.data());
        delta *= table ? table->verticalHeader()->defaultSectionSize() : m_view->sizeHintForRow(0);
    }
    m_target = m_before + delta;
    m_before = -1;
    // The scroll bar's range grows with the view's next layout.
    rangeChanged();
}

void ScrollAnchor::rangeChanged()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    if (m_target < 0 || bar->maximum() < m_target)
        return;
    bar->setValue(std::exchange(m_target, -1));
}

} // namespace netmsg::gui
