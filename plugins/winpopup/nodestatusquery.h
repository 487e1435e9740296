#pragma once

#include "imessagetransport.h"

#include <QByteArray>
#include <QFuture>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <optional>

class QHostInfo;
class QUdpSocket;

namespace netmsg {

class TextCodec;

// One entry of a NetBIOS node status answer (RFC 1002 §4.2.18).
struct NetbiosNameEntry
{
    QByteArray name; // OEM bytes, padding removed
    quint8 suffix = 0;
    quint16 flags = 0; // 0x8000 = group name
};

// Lists the messenger aliases of a remote host the way nmblookup -A does: a
// NetBIOS node status request over UDP, whose answer names every registered
// name; the unique <03> names are the aliases (docs/protocol.md §1.4). Retries a
// lost datagram; reports once through its future, then deletes itself.
class NodeStatusQuery : public QObject
{
    Q_OBJECT
public:
    NodeStatusQuery(QString host, quint16 port, int timeoutMs, const TextCodec &codec,
                    QObject *parent = nullptr);
    ~NodeStatusQuery() override;

    QFuture<AliasListing> future() { return m_promise.future(); }
    void start();

    static QByteArray request(quint16 transactionId);
    // nullopt unless `datagram` answers `transactionId` with a node status record.
    static std::optional<QList<NetbiosNameEntry>> parseResponse(const QByteArray &datagram,
                                                                quint16 transactionId);
    static QStringList messengerAliases(const QList<NetbiosNameEntry> &names,
                                        const TextCodec &codec);

private:
    void onLookedUp(const QHostInfo &info);
    void sendRequest();
    void onReadyRead();
    void onTimeout();
    void finish(const Outcome &outcome, const QStringList &aliases = {});

    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
    const TextCodec &m_codec;
    QPromise<AliasListing> m_promise;
    QUdpSocket *m_socket = nullptr;
    QTimer m_timer;
    QHostAddress m_address;
    quint16 m_transactionId;
    int m_attempts = 0;
    bool m_done = false;
};

} // namespace netmsg
