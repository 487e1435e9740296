#pragma once

#include <QLoggingCategory>

namespace netmsg {

// The one logging category of the winpopup plugin ("netmsg.winpopup"); debug
// output is off unless QT_LOGGING_RULES turns it on, so a busy receiver stays quiet.
Q_DECLARE_LOGGING_CATEGORY(lcWinPopup)

} // namespace netmsg
