#pragma once

#include "deliverystate.h"

#include <QColor>
#include <QPalette>

namespace netmsg::gui {

// The colours of delivery states in one place, picked for the palette in
// use (light or dark), as KeePassXC's StateColorPalette: never a red or green
// hard-coded in a view.
class StateColors
{
public:
    explicit StateColors(const QPalette &palette);
    QColor foreground(DeliveryState state) const;
    QColor background(DeliveryState state) const;
    // A solid colour for charts and markers.
    QColor solid(DeliveryState state) const;
    QColor invalidInput() const; // marks a rejected recipient or an unencodable character

private:
    bool m_dark;
};

} // namespace netmsg::gui
