#include "winpopupprobe.h"

#include "imessagetransport.h"
#include "winpopuperror.h"
#include "winpopuplog.h"

#include <QHostInfo>
#include <QTcpSocket>

namespace netmsg {

WinPopupProbe::WinPopupProbe(QString host, quint16 port, bool hostIsRecipientName, int timeoutMs,
                             QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_hostIsRecipientName(hostIsRecipientName)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WinPopupProbe::onTimeout);
    m_promise.start();
    connect(&m_cancelWatcher, &QFutureWatcherBase::canceled, this,
            [this] { finish(Outcome(Code::Cancelled)); });
    m_cancelWatcher.setFuture(m_promise.future());
}

WinPopupProbe::~WinPopupProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_state != State::Done) {
        m_state = State::Done;
        m_promise.addResult(
            Outcome(Code::Cancelled, tr("the transport was closed while checking %1").arg(peer())));
        m_promise.finish();
    }
}

void WinPopupProbe::start()
{
    m_promise.setProgressRange(ProbeProgress::NotChecked, ProbeProgress::PortReached);
    m_promise.setProgressValue(ProbeProgress::Resolving);
    const QHostAddress literal(m_host);
    if (!literal.isNull()) {
        connectTo(literal);
        return;
    }
    m_state = State::Resolving;
    m_timer.start(m_timeoutMs);
    m_lookupId = QHostInfo::lookupHost(m_host, this, &WinPopupProbe::onLookedUp);
}

void WinPopupProbe::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_state != State::Resolving)
        return;
    // The address WinPopupSender would pick: IPv4 first.
    QHostAddress chosen;
    for (const QHostAddress &address : info.addresses()) {
        if (chosen.isNull() || (address.protocol() == QAbstractSocket::IPv4Protocol &&
                                chosen.protocol() != QAbstractSocket::IPv4Protocol))
            chosen = address;
    }
    if (info.error() != QHostInfo::NoError || chosen.isNull()) {
        // As a send reports it (docs/protocol.md §9.2 "Addressing", §9.6).
        finish(Outcome(m_hostIsRecipientName ? Code::NerrNameNotFound : Code::BadNetPath,
                       tr("%1 does not resolve: %2").arg(m_host, info.errorString())));
        return;
    }
    connectTo(chosen);
}

void WinPopupProbe::connectTo(const QHostAddress &address)
{
    m_address = address;
    m_promise.setProgressValueAndText(ProbeProgress::NameResolved, address.toString());
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &WinPopupProbe::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &WinPopupProbe::onSocketError);
    m_state = State::Connecting;
    m_timer.start(m_timeoutMs);
    qCDebug(lcWinPopup) << "probing" << peer();
    m_socket->connectToHost(address, m_port);
}

void WinPopupProbe::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_promise.setProgressValueAndText(ProbeProgress::PortReached, m_address.toString());
    finish(Outcome::success(tr("%1 answers").arg(peer())));
}

void WinPopupProbe::onSocketError()
{
    if (m_state != State::Connecting || !m_socket)
        return;
    finish(WinPopupError::fromSocketError(m_socket->error(),
                                          tr("%1: %2").arg(peer(), m_socket->errorString())));
}

void WinPopupProbe::onTimeout()
{
    if (m_state == State::Resolving)
        finish(Outcome(Code::Timeout,
                       tr("resolving %1 took longer than %2 ms").arg(m_host).arg(m_timeoutMs)));
    else if (m_state == State::Connecting)
        finish(Outcome(Code::Timeout,
                       tr("connecting to %1 took longer than %2 ms").arg(peer()).arg(m_timeoutMs)));
}

void WinPopupProbe::finish(const Outcome &outcome)
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_timer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        // Nothing was written: a clean close after a connect, a reset otherwise.
        m_socket->disconnect(this);
        if (outcome.isSuccess())
            m_socket->close();
        else
            m_socket->abort();
    }
    m_promise.addResult(outcome);
    m_promise.finish();
    deleteLater();
}

QString WinPopupProbe::peer() const
{
    QString address = m_address.isNull() ? m_host : m_address.toString();
    if (address.contains(QLatin1Char(':')))
        address = QLatin1Char('[') + address + QLatin1Char(']');
    return address + QLatin1Char(':') + QString::number(m_port);
}

} // namespace netmsg
