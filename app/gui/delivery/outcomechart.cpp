#include "outcomechart.h"

#include "widgets/statecolors.h"

#include <QLocale>
#include <QPainter>

namespace netmsg::gui {

OutcomeChart::OutcomeChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Outcome chart"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void OutcomeChart::setCounts(const QHash<DeliveryState, int> &states,
                             const QHash<OutcomeCategory, int> &categories)
{
    m_states = states;
    m_total = 0;
    for (int count : states)
        m_total += count;
    m_categories.clear();
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        if (it.value() > 0)
            m_categories.append({it.key(), it.value()});
    }
    std::sort(m_categories.begin(), m_categories.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList description;
    for (DeliveryState state : DeliveryStates::finalStates())
        description.append(QStringLiteral("%1 %2")
                               .arg(m_states.value(state))
                               .arg(DeliveryStates::displayName(state)));
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    update();
}

QSize OutcomeChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {fontMetrics().averageCharWidth() * 40, line * (6 + int(m_categories.size()) * 2)};
}

QSize OutcomeChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 28, fontMetrics().height() * 8};
}

void OutcomeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const StateColors colors(palette());
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const int margin = line / 2;
    QRect area = rect().adjusted(margin, margin, -margin, -margin);
    const QLocale locale;

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft,
                     tr("By state"));
    painter.setFont(font());
    int y = area.top() + line + margin / 2;

    // One bar, split by state; pending at the end.
    const QList<DeliveryState> order{DeliveryState::Delivered, DeliveryState::Unconfirmed,
                                     DeliveryState::Failed, DeliveryState::Pending};
    const QRect bar(area.left(), y, area.width(), line + margin);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRect(bar);
    if (m_total > 0) {
        int x = bar.left();
        for (DeliveryState state : order) {
            const int count = m_states.value(state);
            if (count == 0)
                continue;
            const int width = int(qint64(bar.width()) * count / m_total);
            painter.setBrush(colors.solid(state));
            painter.drawRect(QRect(x, bar.top(), qMax(1, width), bar.height()));
            x += width;
        }
    }
    y = bar.bottom() + margin;
    // Legend with counts.
    int x = area.left();
    for (DeliveryState state : order) {
        const QString label = QStringLiteral("%1 %2").arg(locale.toString(m_states.value(state)),
                                                          DeliveryStates::displayName(state));
        const int width = line + metrics.horizontalAdvance(label) + line;
        if (x + width > area.right() && x > area.left()) {
            x = area.left();
            y += line + margin / 2;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.solid(state));
        painter.drawRect(QRect(x, y + line / 4, line / 2 + 2, line / 2 + 2));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPoint(x + line, y + metrics.ascent()), label);
        x += width;
    }
    y += line + line;

    painter.setFont(bold);
    painter.drawText(QRect(area.left(), y, area.width(), line), Qt::AlignLeft, tr("By category"));
    painter.setFont(font());
    y += line + margin / 2;
    if (m_categories.isEmpty()) {
        painter.drawText(QRect(area.left(), y, area.width(), line), Qt::AlignLeft,
                         tr("No results yet"));
        return;
    }
    const int labelWidth = metrics.averageCharWidth() * 18;
    const int countWidth = metrics.horizontalAdvance(locale.toString(m_total)) + margin;
    const int barWidth = qMax(10, area.width() - labelWidth - countWidth - margin);
    const int largest = m_categories.first().second;
    for (const auto &[category, count] : std::as_const(m_categories)) {
        if (y + line > area.bottom())
            break;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(area.left(), y, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(Outcome::categoryDescription(category), Qt::ElideRight,
                                            labelWidth - margin));
        painter.setPen(Qt::NoPen);
        painter.setBrush(category == OutcomeCategory::Ok ? colors.solid(DeliveryState::Delivered)
                                                         : palette().color(QPalette::Highlight));
        const int width = qMax(2, int(qint64(barWidth) * count / largest));
        painter.drawRect(QRect(area.left() + labelWidth, y + 2, width, line - 4));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(area.left() + labelWidth + width + margin / 2, y, countWidth, line),
                         Qt::AlignLeft | Qt::AlignVCenter, locale.toString(count));
        y += line + margin / 2;
    }
}

} // namespace netmsg::gui
