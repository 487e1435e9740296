#include "loopbacktransport.h"

#include "validation.h"

#include <QDir>
#include <QHostInfo>
#include <QPromise>

#include <optional>

namespace netmsg {

namespace {
QStringList upperList(const QVariant &value)
{
    QStringList list = value.typeId() == QMetaType::QStringList
                           ? value.toStringList()
                           : value.toString().split(QRegularExpression(QStringLiteral("[,;]")),
                                                    Qt::SkipEmptyParts);
    for (QString &item : list)
        item = item.trimmed().toUpper();
    return list;
}

TransportLimits loopbackLimits()
{
    TransportLimits limits;
    limits.maxNameBytes = 15;
    limits.maxMessageBytes = 1600;
    limits.maxBroadcastBytes = 128;
    limits.wireEncoding = QStringLiteral("UTF-16LE");
    limits.canSplitLongMessages = true;
    return limits;
}
} // namespace

LoopbackTransport::LoopbackTransport(const TransportContext &context, QObject *parent)
    : IMessageTransport(parent)
    , m_network(QDir(context.dataDirectory).filePath(QStringLiteral("loopback-network.json")))
    , m_random(QRandomGenerator::securelySeeded())
{
    QString local = QHostInfo::localHostName().section(QLatin1Char('.'), 0, 0).toUpper().left(15);
    if (!Validation::checkName(local, NameKind::Server).isSuccess())
        local = QStringLiteral("LOCALHOST");
    m_localServer = local;
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &LoopbackTransport::startFlush);
    m_writer.setMaxThreadCount(1);
}

struct LoopbackTransport::FlushResult
{
    QList<LoopbackNetwork::Pending> batch;
    int revisionAtStart = 0;
    Outcome outcome;
    std::optional<LoopbackNetwork> written;
};

LoopbackTransport::~LoopbackTransport()
{
    // Nothing reported delivered is lost: the write under way ends first,
    // and what it could not write goes out with the rest.
    m_writer.waitForDone();
    if (m_flushing && !m_flushing->outcome.isSuccess())
        m_network.requeue(m_flushing->batch);
    m_network.flush();
}

void LoopbackTransport::refreshNetwork()
{
    // While our own write is under way the file is about to be ours; what
    // another process wrote meanwhile is read once that write has ended.
    if (!m_flushing)
        m_network.refresh();
}

void LoopbackTransport::startFlush()
{
    if (m_flushing || !m_network.hasPending())
        return; // the write under way starts the next one when it ends
    auto job = std::make_shared<FlushResult>();
    job->batch = m_network.takePending();
    job->revisionAtStart = m_network.revision();
    m_flushing = job;
    const QString file = m_network.stateFile();
    m_writer.start([this, job, file] {
        LoopbackNetwork disk(file, LoopbackNetwork::Unread{});
        disk.requeue(job->batch);
        job->outcome = disk.flush();
        job->written.emplace(std::move(disk));
        QMetaObject::invokeMethod(
            this,
            [this, job] {
                m_flushing.reset();
                if (job->outcome.isSuccess()) {
                    m_network.adopt(std::move(*job->written), job->revisionAtStart);
                } else {
                    qWarning().noquote() << "loopback:" << job->outcome.toString();
                    m_network.requeue(job->batch);
                }
                if (m_network.hasPending())
                    scheduleFlush();
            },
            Qt::QueuedConnection);
    });
}

Capabilities LoopbackTransport::capabilities() const
{
    return Capability::Send | Capability::Broadcast | Capability::RemoteServer |
           Capability::ListAliases | Capability::AddAlias | Capability::DeleteAlias |
           Capability::Receive;
}

TransportLimits LoopbackTransport::limits() const
{
    return loopbackLimits();
}

Outcome LoopbackTransport::configure(const QVariantMap &options)
{
    Faults faults = m_faults;
    QString local = m_localServer;
    std::optional<quint32> seed;
    auto invalid = [](const QString &key, const QString &why) {
        return Outcome(Code::InvalidParameter,
                       QStringLiteral("loopback option '%1': %2").arg(key, why));
    };
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QString &key = it.key();
        bool ok = true;
        if (key == QLatin1String("latencyMs")) {
            faults.latencyMs = it.value().toInt(&ok);
            if (!ok || faults.latencyMs < 0)
                return invalid(key, QStringLiteral("'%1' is not a number of milliseconds")
                                        .arg(it.value().toString()));
        } else if (key == QLatin1String("failureRate")) {
            faults.failureRate = it.value().toDouble(&ok);
            if (!ok || faults.failureRate < 0.0 || faults.failureRate > 1.0)
                return invalid(key, QStringLiteral("'%1' is not a fraction from 0 to 1")
                                        .arg(it.value().toString()));
        } else if (key == QLatin1String("failureCode")) {
            faults.failureCode = it.value().toUInt(&ok);
            if (!ok || !Outcome::isKnownCode(faults.failureCode) || faults.failureCode == 0)
                return invalid(
                    key,
                    QStringLiteral("'%1' is not a known error code").arg(it.value().toString()));
        } else if (key == QLatin1String("failNames")) {
            faults.failNames.clear();
            for (const QString &pair : upperList(it.value())) {
                const QString name = pair.section(QLatin1Char('='), 0, 0);
                const quint32 code = pair.section(QLatin1Char('='), 1).toUInt(&ok);
                if (name.isEmpty() || !ok || !Outcome::isKnownCode(code) || code == 0)
                    return invalid(
                        key,
                        QStringLiteral("'%1' is not NAME=CODE with a known error code").arg(pair));
                faults.failNames.insert(name, code);
            }
        } else if (key == QLatin1String("stallNames")) {
            faults.stallNames = upperList(it.value());
        } else if (key == QLatin1String("silentNames")) {
            faults.silentNames = upperList(it.value());
        } else if (key == QLatin1String("offlineServers")) {
            faults.offlineServers = upperList(it.value());
        } else if (key == QLatin1String("maxAliases")) {
            faults.maxAliases = it.value().toInt(&ok);
            if (!ok || faults.maxAliases < 1)
                return invalid(
                    key,
                    QStringLiteral("'%1' is not a positive number").arg(it.value().toString()));
        } else if (key == QLatin1String("seed")) {
            seed = it.value().toUInt(&ok);
            if (!ok)
                return invalid(key,
                               QStringLiteral("'%1' is not a number").arg(it.value().toString()));
        } else if (key == QLatin1String("localName")) {
            local = it.value().toString().toUpper();
            const Outcome check = Validation::checkName(local, NameKind::Server, loopbackLimits());
            if (!check.isSuccess())
                return invalid(key, check.detail());
        } else {
            return invalid(
                key,
                QStringLiteral("unknown option (known: latencyMs, failureRate, "
                               "failureCode, failNames, stallNames, silentNames, offlineServers, "
                               "maxAliases, seed, localName)"));
        }
    }
    m_faults = faults;
    m_localServer = local;
    if (seed)
        m_random.seed(*seed);
    return Outcome::success();
}

QString LoopbackTransport::serverName(const QString &server) const
{
    return server.isEmpty() ? m_localServer : server.toUpper();
}

Outcome LoopbackTransport::checkServer(const QString &server) const
{
    const Outcome check = Validation::checkName(server, NameKind::Server, loopbackLimits());
    if (!check.isSuccess())
        return check;
    if (m_faults.offlineServers.contains(server))
        return Outcome(Code::BadNetPath,
                       QStringLiteral("the loopback server %1 is offline").arg(server));
    return Outcome::success();
}

template <typename T> QFuture<T> LoopbackTransport::later(std::function<T()> work)
{
    // Answers always arrive asynchronously, as from a real network.
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QTimer::singleShot(m_faults.latencyMs, this, [promise, work] {
        promise->addResult(work());
        promise->finish();
    });
    return promise->future();
}

void LoopbackTransport::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

QFuture<SendResult> LoopbackTransport::send(const Message &message)
{
    auto promise = std::make_shared<QPromise<SendResult>>();
    promise->start();
    promise->setProgressValue(SendProgress::Started);
    QFuture<SendResult> future = promise->future();
    const QString recipient = message.recipient.toUpper();
    const bool stalled = m_faults.stallNames.contains(recipient);
    if (stalled || m_faults.silentNames.contains(recipient)) {
        // A stalled peer took the message and never answers (it may have
        // arrived); a silent one never takes it. Either way the future never
        // finishes; the caller's timeout decides.
        if (stalled)
            promise->setProgressValue(SendProgress::HandedOver);
        connect(this, &QObject::destroyed, [promise] { promise->finish(); });
        return future;
    }
    // Answers arrive asynchronously, as from a real network. An attempt
    // cancelled (timed out) before its latency passed is dropped: nothing is
    // delivered behind the caller's back.
    QTimer::singleShot(m_faults.latencyMs, this, [this, promise, message] {
        if (promise->isCanceled()) {
            ++m_dropped;
            promise->finish();
            return;
        }
        promise->setProgressValue(SendProgress::HandedOver);
        deliver(message, promise);
    });
    return future;
}

Outcome LoopbackTransport::checkAddress(const Recipient &recipient) const
{
    // NAME@SERVER names an alias of another loopback server; servers have no ports.
    if (recipient.port != 0)
        return notSupported(
            tr("ports (%1): loopback servers are addressed by name").arg(recipient.address()));
    if (!recipient.host.isEmpty()) {
        const Outcome server =
            Validation::checkName(recipient.host, NameKind::Server, loopbackLimits());
        if (!server.isSuccess())
            return server;
    }
    return Validation::checkName(recipient.name, NameKind::Recipient, loopbackLimits(),
                                 capabilities());
}

QFuture<Outcome> LoopbackTransport::probe(const Recipient &recipient)
{
    const Outcome address = checkAddress(recipient);
    if (!address.isSuccess())
        return ready(address);
    return later<Outcome>([this, recipient] {
        const QString server = serverName(recipient.host);
        const Outcome serverCheck = checkServer(server);
        if (!serverCheck.isSuccess())
            return serverCheck;
        refreshNetwork();
        const QStringList &aliases = m_network.server(server).aliases;
        if (Validation::isBroadcast(recipient.name))
            return Outcome::success(QStringLiteral("a broadcast reaches the %1 aliases of the "
                                                   "loopback server %2")
                                        .arg(aliases.size())
                                        .arg(server));
        const QString name = recipient.name.toUpper();
        if (!aliases.contains(name, Qt::CaseInsensitive))
            return Outcome(
                Code::NerrNameNotFound,
                QStringLiteral("%1 is not an alias of the loopback server %2").arg(name, server));
        return Outcome::success(
            QStringLiteral("%1 is an alias of the loopback server %2").arg(name, server));
    });
}

Outcome LoopbackTransport::route(const Message &message, QString *server, QStringList *aliases)
{
    *server = serverName(message.server.isEmpty() ? message.host : message.server);
    const Outcome serverCheck = checkServer(*server);
    if (!serverCheck.isSuccess())
        return serverCheck;
    const QString recipient = message.recipient.toUpper();
    if (const auto fault = m_faults.failNames.constFind(recipient);
        fault != m_faults.failNames.constEnd())
        return Outcome(*fault, QStringLiteral("injected fault for %1").arg(recipient));
    if (m_faults.failureRate > 0.0 && m_random.generateDouble() < m_faults.failureRate)
        return Outcome(m_faults.failureCode, QStringLiteral("injected random fault"));

    refreshNetwork();
    const LoopbackNetwork::Server &target = m_network.server(*server);
    const bool broadcast = Validation::isBroadcast(recipient);
    const Outcome textCheck = Validation::checkText(message.text, loopbackLimits(), broadcast);
    if (!textCheck.isSuccess())
        return textCheck;
    if (broadcast) {
        *aliases = target.aliases;
        return Outcome::success();
    }
    if (!target.hasAlias(recipient))
        return Outcome(
            Code::NerrNameNotFound,
            QStringLiteral("%1 is not an alias of the loopback server %2").arg(recipient, *server));
    *aliases = {recipient};
    return Outcome::success();
}

void LoopbackTransport::deliver(const Message &message,
                                const std::shared_ptr<QPromise<SendResult>> &promise)
{
    QString server;
    QStringList aliases;
    const Outcome routed = route(message, &server, &aliases);
    if (!routed.isSuccess()) {
        promise->addResult(SendResult::failed(routed));
        promise->finish();
        return;
    }
    const QString sender = message.sender.isEmpty() ? m_localServer : message.sender;
    QList<ReceivedMessage> received;
    for (const QString &alias : std::as_const(aliases))
        received.append({QDateTime::currentDateTimeUtc(), id(), sender, alias, message.text,
                         QStringLiteral("loopback")});
    const bool local = m_receiving && server == m_localServer;
    const auto land = [this, server, message, received, local, promise] {
        for (const ReceivedMessage &one : received) {
            m_network.deliver(server, one.alias, one.sender, message.text);
            if (local)
                emit messageReceived(one);
        }
        scheduleFlush();
        promise->addResult(SendResult::delivered(
            received.size() > 1 ? QStringLiteral("reached %1 aliases").arg(received.size())
                                : QString()));
        promise->finish();
    };
    if (!local || !m_receiverOptions.accept) {
        land();
        return;
    }
    // As a real receiver would: each message is kept (stored) before the
    // sender hears it arrived, and one the receiving side cannot keep is
    // refused, not reported as delivered.
    QList<QFuture<Outcome>> kept;
    for (const ReceivedMessage &one : std::as_const(received))
        kept.append(m_receiverOptions.accept(one));
    QtFuture::whenAll(kept.begin(), kept.end())
        .then(this, [land, promise](const QList<QFuture<Outcome>> &results) {
            for (const QFuture<Outcome> &result : results) {
                const Outcome outcome = result.resultCount() > 0
                                            ? result.result()
                                            : Outcome(Code::NerrBadReceive,
                                                      QStringLiteral("the receiver kept nothing"));
                if (!outcome.isSuccess()) {
                    promise->addResult(SendResult::failed(outcome));
                    promise->finish();
                    return;
                }
            }
            land();
        });
}

QFuture<AliasListing> LoopbackTransport::listAliases(const QString &server)
{
    return later<AliasListing>([this, server] {
        const QString name = serverName(server);
        const Outcome check = checkServer(name);
        if (!check.isSuccess())
            return AliasListing{check, {}};
        refreshNetwork();
        return AliasListing{Outcome::success(), m_network.server(name).aliases};
    });
}

QFuture<Outcome> LoopbackTransport::addAlias(const QString &server, const QString &alias)
{
    return later<Outcome>([this, server, alias] {
        const QString name = serverName(server);
        Outcome check = checkServer(name);
        if (check.isSuccess())
            check = Validation::checkName(alias, NameKind::Alias, loopbackLimits());
        if (!check.isSuccess())
            return check;
        const QString upper = alias.toUpper();
        return m_network.modify([&](LoopbackNetwork &network) {
            auto &target = network.server(name);
            if (target.hasAlias(upper))
                return Outcome(Code::NerrAlreadyExists,
                               QStringLiteral("%1 is already an alias of %2").arg(upper, name));
            if (target.aliases.size() >= m_faults.maxAliases)
                return Outcome(Code::NerrTooManyNames, QStringLiteral("%1 already has %2 aliases")
                                                           .arg(name)
                                                           .arg(target.aliases.size()));
            target.addAlias(upper);
            return Outcome::success();
        });
    });
}

QFuture<Outcome> LoopbackTransport::deleteAlias(const QString &server, const QString &alias)
{
    return later<Outcome>([this, server, alias] {
        const QString name = serverName(server);
        const Outcome check = checkServer(name);
        if (!check.isSuccess())
            return check;
        const QString upper = alias.toUpper();
        return m_network.modify([&](LoopbackNetwork &network) {
            auto &target = network.server(name);
            if (upper == target.computerName)
                return Outcome(Code::NerrDelComputerName,
                               QStringLiteral("%1 is the computer name of %2 and cannot be deleted")
                                   .arg(upper, name));
            if (!target.removeAlias(upper))
                return Outcome(Code::NerrNameNotFound,
                               QStringLiteral("%1 is not an alias of %2").arg(upper, name));
            return Outcome::success();
        });
    });
}

Outcome LoopbackTransport::startReceiving(const ReceiverOptions &options)
{
    m_receiverOptions = options;
    m_receiving = true;
    return Outcome::success();
}

void LoopbackTransport::stopReceiving()
{
    m_receiverOptions = {};
    m_receiving = false;
}

QString LoopbackTransport::receiverAddress() const
{
    return m_receiving ? QStringLiteral("loopback:%1").arg(m_localServer) : QString();
}

} // namespace netmsg
