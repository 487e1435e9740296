#include "transportscommand.h"

#include "clisession.h"

#include "imessagetransport.h"

#include <QJsonArray>

namespace netmsg::cli {

QString TransportsCommand::description() const
{
    return tr("List the transports, their capabilities and whether they are available here.");
}

int TransportsCommand::execute(const QCommandLineParser &, CliSession &session)
{
    TransportRegistry &registry = session.registry();
    registry.discover();
    const QString defaultId = registry.defaultTransportId();
    for (const TransportInfo &info : registry.transports()) {
        Outcome error;
        IMessageTransport *transport = registry.transport(info.id, &error);
        const Outcome availability = transport ? transport->availability() : error;
        const Capabilities capabilities = transport ? transport->capabilities() : info.capabilities;
        const TransportLimits limits = transport ? transport->limits() : TransportLimits{};
        if (session.json()) {
            QJsonObject object{
                {QStringLiteral("id"), info.id},
                {QStringLiteral("name"), transport ? transport->displayName() : info.name},
                {QStringLiteral("available"), availability.isSuccess()},
                {QStringLiteral("default"), info.id == defaultId},
                {QStringLiteral("priority"), info.priority},
                {QStringLiteral("capabilities"),
                 QJsonArray::fromStringList(capabilityNames(capabilities))},
                {QStringLiteral("availability"), CliSession::outcomeJson(availability)},
                {QStringLiteral("limits"),
                 QJsonObject{{QStringLiteral("maxNameBytes"), limits.maxNameBytes},
                             {QStringLiteral("maxMessageBytes"), limits.maxMessageBytes},
                             {QStringLiteral("maxBroadcastBytes"), limits.maxBroadcastBytes},
                             {QStringLiteral("wireEncoding"), limits.wireEncoding}}},
                {QStringLiteral("file"), info.fileName},
            };
            session.printJson(object);
        } else {
            session.out() << info.id
                          << (info.id == defaultId ? QStringLiteral(" (default)") : QString())
                          << "\n  " << (transport ? transport->displayName() : info.name) << "\n  "
                          << (availability.isSuccess()
                                  ? tr("available")
                                  : tr("unavailable: %1").arg(availability.toString()))
                          << "\n  "
                          << tr("can: %1").arg(
                                 capabilityNames(capabilities).join(QStringLiteral(", ")))
                          << "\n";
        }
    }
    for (const RejectedPlugin &rejected : registry.rejected())
        session.err() << tr("netmsg: refused plugin %1: %2").arg(rejected.fileName, rejected.reason)
                      << '\n';
    if (registry.transports().isEmpty()) {
        session.printError(tr("no transport plugins found in %1")
                               .arg(registry.searchPaths().join(QStringLiteral(", "))));
        return ExitUnavailable;
    }
    return ExitOk;
}

} // namespace netmsg::cli
