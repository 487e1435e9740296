#pragma once

#include "deliverystate.h"
#include "outcome.h"

#include <QHash>
#include <QWidget>

namespace netmsg::gui {

// The outcome of a job at a glance, painted with QPainter (the Qt for mingw
// has no Qt Charts): one bar split by delivery state, then a bar per failure
// category, each with its count.
class OutcomeChart : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeChart(QWidget *parent = nullptr);

    void setCounts(const QHash<DeliveryState, int> &states,
                   const QHash<OutcomeCategory, int> &categories);
    int total() const { return m_total; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QHash<DeliveryState, int> m_states;
    QList<QPair<OutcomeCategory, int>> m_categories;
    int m_total = 0;
};

} // namespace netmsg::gui
