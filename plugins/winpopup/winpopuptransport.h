#pragma once

#include "aliasstore.h"
#include "imessagetransport.h"
#include "itransportfactory.h"
#include "textcodec.h"
#include "winpopupoptions.h"

#include <QReadWriteLock>

namespace netmsg {

class WinPopupReceiver;
struct WinPopupTarget;

// WinPopup messages over the NetBIOS session service, spoken natively on every
// platform: each send() runs its own WinPopupSender; startReceiving() runs a
// WinPopupReceiver that answers to the names of the alias list, which
// listAliases/addAlias/deleteAlias manage for the local server. Options come
// through configure() (the registry passes TransportContext::options there).
class WinPopupTransport : public IMessageTransport
{
    Q_OBJECT
public:
    explicit WinPopupTransport(const TransportContext &context, QObject *parent = nullptr);
    ~WinPopupTransport() override;

    QString id() const override { return QStringLiteral("winpopup"); }
    QString displayName() const override { return tr("WinPopup (SMB messenger)"); }
    Capabilities capabilities() const override;
    TransportLimits limits() const override;
    Outcome availability() const override;
    Outcome configure(const QVariantMap &options) override;

    QFuture<SendResult> send(const Message &message) override;
    // Takes NAME@host[:port]: the session goes straight to that host.
    Outcome checkAddress(const Recipient &recipient) const override;
    // Resolves the host (or the bare name) and opens a TCP connection to its
    // session port, then closes it: nothing is sent.
    QFuture<Outcome> probe(const Recipient &recipient) override;
    // This computer's receiver names: all; another host's: listing only.
    AliasAccess aliasAccess(const QString &server) const override;
    QFuture<AliasListing> listAliases(const QString &server) override;
    QFuture<Outcome> addAlias(const QString &server, const QString &name) override;
    QFuture<Outcome> deleteAlias(const QString &server, const QString &name) override;

    Outcome startReceiving(const ReceiverOptions &options) override;
    void stopReceiving() override;
    QString receiverAddress() const override;

    // Everything send() checks before a byte goes out: target, names, code page
    // and length. Public so that tests can see what would go on the wire.
    Outcome prepare(const Message &message, WinPopupTarget *target) const;
    const WinPopupOptions &options() const { return m_options; }

private:
    static TransportLimits limitsFor(const WinPopupOptions &options);
    static bool isLocalServer(const QString &server);
    Outcome checkLocal(const QString &server, const QString &what) const;
    QString defaultSenderName() const;

    WinPopupOptions m_options;
    TextCodec m_codec;
    mutable QReadWriteLock m_limitsLock;
    TransportLimits m_limits;
    AliasStore m_aliases;
    WinPopupReceiver *m_receiver = nullptr;
};

} // namespace netmsg
