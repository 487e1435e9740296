#pragma once

#include "imessagetransport.h"

#include <QString>
#include <QStringList>

namespace netmsg {

// One run of msg.exe (docs/protocol.md §4): `msg <target> [/server:S] [/time:N] [/w]`
// with the text on stdin, never through a shell. The fallback when
// WTSSendMessageW fails in a way msg.exe can cover.
struct MsgExeRequest
{
    QString program; // full path of msg.exe
    QString server;  // empty = this machine
    QString target;  // user, session name, session id or "*"
    QString text;
    int timeoutSeconds = 0;
    bool wait = false;
    QString stdinEncoding; // a TextCodec name, e.g. "CP850"; UTF-8 if not valid
};

class MsgExe
{
public:
    static QStringList arguments(const MsgExeRequest &request);
    // Blocking: starts msg.exe, writes the text, waits for it to end. Exit code 0
    // is delivered; otherwise the "Error <n>" msg.exe prints becomes the code
    // when it names one of the catalogue, else ERROR_GEN_FAILURE with the
    // output (failed). One that took the text and had to be killed after its
    // deadline may have shown the box: unconfirmed.
    static SendResult run(const MsgExeRequest &request);
};

} // namespace netmsg
