#include "imessagetransport.h"

#include "validation.h"

#include <QPromise>

namespace netmsg {

IMessageTransport::~IMessageTransport() = default;

Outcome IMessageTransport::configure(const QVariantMap &options)
{
    if (options.isEmpty())
        return Outcome::success();
    return Outcome(Code::InvalidParameter,
                   tr("transport '%1' has no option '%2'").arg(id(), options.firstKey()));
}

QFuture<AliasListing> IMessageTransport::listAliases(const QString &)
{
    return ready(AliasListing{notSupported(tr("listing aliases")), {}});
}

QFuture<Outcome> IMessageTransport::addAlias(const QString &, const QString &)
{
    return ready(notSupported(tr("adding aliases")));
}

QFuture<Outcome> IMessageTransport::deleteAlias(const QString &, const QString &)
{
    return ready(notSupported(tr("deleting aliases")));
}

Outcome IMessageTransport::startReceiving(const ReceiverOptions &)
{
    return notSupported(tr("receiving messages"));
}

void IMessageTransport::stopReceiving() {}

QFuture<Outcome> IMessageTransport::ready(const Outcome &outcome)
{
    return QtFuture::makeReadyFuture(outcome);
}

QFuture<AliasListing> IMessageTransport::ready(const AliasListing &listing)
{
    return QtFuture::makeReadyFuture(listing);
}

QFuture<SendResult> IMessageTransport::refused(const Outcome &outcome)
{
    return QtFuture::makeReadyFuture(SendResult::failed(outcome));
}

Outcome IMessageTransport::checkAddress(const Recipient &recipient) const
{
    if (!recipient.host.isEmpty() || recipient.port != 0)
        return notSupported(tr("addressing a host directly (%1)").arg(recipient.address()));
    return Validation::checkName(recipient.name, NameKind::Recipient, limits(), capabilities());
}

QFuture<Outcome> IMessageTransport::probe(const Recipient &recipient)
{
    const Outcome available = availability();
    if (!available.isSuccess())
        return ready(available);
    const Outcome address = checkAddress(recipient);
    if (!address.isSuccess())
        return ready(address);
    return ready(
        Outcome::success(tr("the %1 transport can address %2; it cannot check more without sending")
                             .arg(id(), recipient.address())));
}

AliasAccess IMessageTransport::aliasAccess(const QString &server) const
{
    const Capabilities aliasCapabilities =
        Capability::ListAliases | Capability::AddAlias | Capability::DeleteAlias;
    if (!server.isEmpty() && !hasCapability(Capability::RemoteServer))
        return {{}, tr("the %1 transport manages only this computer's aliases").arg(id())};
    return {capabilities() & aliasCapabilities, {}};
}

Outcome IMessageTransport::notSupported(const QString &what) const
{
    return Outcome(Code::NotSupported, tr("the %1 transport does not support %2").arg(id(), what));
}

} // namespace netmsg
