#pragma once

#include "outcome.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QObject>
#include <QPromise>
#include <QTimer>

class QHostInfo;
class QTcpSocket;

namespace netmsg {

// Whether a WinPopup target could be reached now, without sending anything:
// the host (or the bare name) is looked up as WinPopupSender looks it up, a
// TCP connection to the session port is opened and closed again before a
// byte is written (docs/protocol.md §9.6). Reports ProbeProgress as it passes each step and once
// through its future, then deletes itself; cancelling the future stops it.
class WinPopupProbe : public QObject
{
    Q_OBJECT
public:
    // `hostIsRecipientName`: a name that does not resolve is "name not
    // found" (2273) rather than "bad network path" (53), as for a send.
    WinPopupProbe(QString host, quint16 port, bool hostIsRecipientName, int timeoutMs,
                  QObject *parent = nullptr);
    ~WinPopupProbe() override;

    QFuture<Outcome> future() { return m_promise.future(); }
    void start();

private:
    enum class State { Idle, Resolving, Connecting, Done };

    void onLookedUp(const QHostInfo &info);
    void connectTo(const QHostAddress &address);
    void onConnected();
    void onSocketError();
    void onTimeout();
    void finish(const Outcome &outcome);
    QString peer() const;

    QString m_host;
    quint16 m_port;
    bool m_hostIsRecipientName;
    int m_timeoutMs;
    QPromise<Outcome> m_promise;
    QFutureWatcher<Outcome> m_cancelWatcher;
    State m_state = State::Idle;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    QHostAddress m_address;
    int m_lookupId = -1;
};

} // namespace netmsg
