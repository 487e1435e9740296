#pragma once

#include "callpool.h"
#include "imessagetransport.h"
#include "messengerapi.h"

#include <QMutex>

#include <memory>
#include <optional>

namespace netmsg {

// The Windows Messenger API as a transport: a thin Qt adapter over the Qt-free
// MessengerApi. Every blocking call runs on the transport's own thread pool;
// every NET_API_STATUS becomes an Outcome of the core catalogue.
class Netapi32Transport : public IMessageTransport
{
    Q_OBJECT
public:
    // Over netapi32.dll from System32, with Wine detected through ntdll.
    static Netapi32Transport *createForThisSystem(QObject *parent);
    // Over any function table (tests hand in fakes); `wineVersion` non-empty
    // means running under Wine, where no NetMessage* function is ever called.
    Netapi32Transport(const netapi32::Netapi32Functions &functions, const std::string &wineVersion,
                      QObject *parent);
    ~Netapi32Transport() override;

    QString id() const override { return QStringLiteral("netapi32"); }
    QString displayName() const override { return tr("Windows Messenger (netapi32)"); }
    Capabilities capabilities() const override;
    TransportLimits limits() const override;
    // Decided once, on first use: Wine, missing exports, Windows Vista and later
    // (ERROR_NOT_SUPPORTED), or available.
    Outcome availability() const override;

    QFuture<SendResult> send(const Message &message) override;
    QFuture<AliasListing> listAliases(const QString &server) override;
    QFuture<Outcome> addAlias(const QString &server, const QString &name) override;
    QFuture<Outcome> deleteAlias(const QString &server, const QString &name) override;
    // NetMessageNameGetInfo level 1: success with the forwarding state as detail.
    QFuture<Outcome> aliasInfo(const QString &server, const QString &name);

    static constexpr int MaxParallelCalls = 32;

    // A NET_API_STATUS as an Outcome: the code itself (the catalogue shares the
    // numbering), with the function that returned it as the detail.
    static Outcome outcomeFor(quint32 status, const QString &function);

private:
    Outcome availabilityFor(const netapi32::MessengerAvailability &probe) const;

    // Null when given a table; shared with every call in flight, so that the
    // DLL stays loaded under a call that outlives the transport (CallPool).
    std::shared_ptr<netapi32::Netapi32Library> m_library;
    std::shared_ptr<const netapi32::MessengerApi> m_api;
    mutable QMutex m_availabilityMutex;
    mutable std::optional<Outcome> m_availability;
    CallPool m_calls{MaxParallelCalls}; // last: destroyed first, before what calls use
};

} // namespace netmsg
