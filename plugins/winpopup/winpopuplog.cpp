#include "winpopuplog.h"

namespace netmsg {

Q_LOGGING_CATEGORY(lcWinPopup, "netmsg.winpopup", QtInfoMsg)

} // namespace netmsg
