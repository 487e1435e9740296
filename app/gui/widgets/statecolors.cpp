#include "statecolors.h"

namespace netmsg::gui {

StateColors::StateColors(const QPalette &palette)
    : m_dark(palette.color(QPalette::Window).lightness() < 128)
{}

QColor StateColors::solid(DeliveryState state) const
{
    switch (state) {
    case DeliveryState::Delivered:
        return m_dark ? QColor(0x4c, 0xaf, 0x50) : QColor(0x2e, 0x7d, 0x32);
    case DeliveryState::Failed:
        return m_dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case DeliveryState::Unconfirmed:
        return m_dark ? QColor(0xff, 0xb3, 0x00) : QColor(0xb2, 0x6a, 0x00);
    case DeliveryState::Pending:
        break;
    }
    return m_dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
}

QColor StateColors::foreground(DeliveryState state) const
{
    return solid(state);
}

QColor StateColors::background(DeliveryState state) const
{
    QColor color = solid(state);
    color.setAlpha(m_dark ? 70 : 40);
    return color;
}

QColor StateColors::invalidInput() const
{
    return m_dark ? QColor(0xff, 0x80, 0x80) : QColor(0xc6, 0x28, 0x28);
}

} // namespace netmsg::gui
