#include "wordcolumns.h"

#include "deliverystate.h"

#include <QHeaderView>
#include <QTableView>

namespace netmsg::gui {

namespace {
int margin(const QTableView *view)
{
    return 3 * view->fontMetrics().averageCharWidth();
}
int headerWidth(const QTableView *view, int column)
{
    return QFontMetrics(view->horizontalHeader()->font())
        .horizontalAdvance(view->model()->headerData(column, Qt::Horizontal).toString());
}
} // namespace

void fitHeaderWord(QTableView *view, int column, int minimumCharacters)
{
    view->setColumnWidth(column, qMax(view->fontMetrics().averageCharWidth() * minimumCharacters,
                                      headerWidth(view, column) + margin(view)));
}

void fitStateColumn(QTableView *view, int column)
{
    int widest = headerWidth(view, column);
    for (DeliveryState state : {DeliveryState::Delivered, DeliveryState::Failed,
                                DeliveryState::Unconfirmed, DeliveryState::Pending})
        widest =
            qMax(widest, view->fontMetrics().horizontalAdvance(DeliveryStates::displayName(state)));
    view->setColumnWidth(column, widest + margin(view));
}

} // namespace netmsg::gui
