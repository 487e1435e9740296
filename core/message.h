#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace netmsg {

// One message to one recipient. `server` is where the send executes (empty means
// the local machine); `host`/`port` name the machine that holds the recipient when
// the transport talks to it directly (winpopup's name@host:port).
struct Message
{
    QString server;
    QString recipient;
    QString host;
    quint16 port = 0;
    QString sender;
    QString text;
};

// A message that came in through a transport's receiver.
struct ReceivedMessage
{
    QDateTime receivedAt;
    QString transport;
    QString sender;
    QString alias;
    QString text;
    QString peerAddress;
};

} // namespace netmsg

Q_DECLARE_METATYPE(netmsg::Message)
Q_DECLARE_METATYPE(netmsg::ReceivedMessage)
