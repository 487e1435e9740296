#include "preflight.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcPreflight, "netmsg.preflight")

namespace netmsg {

// One probe in flight: its target, the transport's future and its deadline.
struct Preflight::Probe
{
    int index = -1; // -1: free
    QFutureWatcher<Outcome> watcher;
    QTimer timeout;
    QElapsedTimer elapsed;
};

namespace {

// What the probe's progress says about each check (ProbeProgress): a step it
// passed has passed; the step it stopped at failed when the probe did, unless
// it was cancelled there, which says nothing about the target.
void applyProgress(PreflightResult *result, const QFuture<Outcome> &future)
{
    if (future.progressMinimum() != ProbeProgress::NotChecked ||
        future.progressMaximum() != ProbeProgress::PortReached)
        return; // this transport does not report these checks
    const int stage = future.progressValue();
    const bool ok = result->outcome.isSuccess();
    const bool judged = result->outcome.code() != Code::Cancelled;
    if (stage >= ProbeProgress::NameResolved)
        result->address = future.progressText();
    if (stage >= ProbeProgress::NameResolved)
        result->nameResolves = PreflightCheck::Passed;
    else if (stage == ProbeProgress::Resolving && (ok || judged))
        result->nameResolves = ok ? PreflightCheck::Passed : PreflightCheck::Failed;
    if (stage >= ProbeProgress::PortReached)
        result->portReachable = PreflightCheck::Passed;
    else if (stage == ProbeProgress::NameResolved && (ok || judged))
        result->portReachable = ok ? PreflightCheck::Passed : PreflightCheck::Failed;
    else if (stage == ProbeProgress::Resolving && !ok)
        result->portReachable = PreflightCheck::NotReached;
}

} // namespace

Preflight::Preflight(const QList<RouteEntry> &route, QObject *parent)
    : QObject(parent)
    , m_route(route)
{}

Preflight::~Preflight()
{
    // Whatever still runs is stopped; nobody hears about it any more.
    for (const auto &probe : m_probes) {
        probe->watcher.disconnect(this);
        probe->watcher.cancel();
    }
}

PreflightResult Preflight::plan(const Recipient &recipient) const
{
    PreflightResult result;
    result.recipient = recipient;
    // The same choice as DeliveryJob::checkRecipient: the first usable step
    // that can address the target.
    for (const RouteEntry &entry : m_route) {
        const Outcome check =
            entry.isUsable() ? entry.transport->checkAddress(recipient) : entry.availability;
        if (!result.transport.isEmpty()) {
            if (check.isSuccess())
                result.fallbacks.append(entry.id);
        } else if (check.isSuccess()) {
            result.transport = entry.id;
        } else {
            result.skipped.append({entry.id, check});
        }
    }
    if (!result.transport.isEmpty())
        return result;
    if (m_route.isEmpty()) {
        result.outcome = Outcome(Code::InvalidParameter, tr("the route names no transport"));
    } else if (result.skipped.size() == 1) {
        result.outcome = result.skipped.first().reason;
    } else {
        QStringList reasons;
        for (const PreflightStep &step : std::as_const(result.skipped))
            reasons.append(step.transport + QStringLiteral(": ") + step.reason.toString());
        result.outcome = Outcome(result.skipped.first().reason.code(),
                                 tr("no transport on the route can take %1 (%2)")
                                     .arg(recipient.address(), reasons.join(QStringLiteral("; "))));
    }
    return result;
}

Outcome Preflight::start(const QList<Recipient> &recipients)
{
    if (m_running)
        return Outcome(Code::InvalidFunction, tr("this preflight is already running"));
    if (recipients.isEmpty())
        return Outcome(Code::InvalidParameter, tr("there are no targets to check"));
    m_results.clear();
    for (int i = 0; i < recipients.size(); ++i) {
        PreflightResult result = plan(recipients.at(i));
        result.index = i;
        m_results.append(result);
    }
    m_reported = QList<bool>(m_results.size(), false);
    m_next = 0;
    m_finished = 0;
    m_running = true;
    qCDebug(lcPreflight) << "checking" << recipients.size() << "targets over" << m_route.size()
                         << "route step(s)";
    QMetaObject::invokeMethod(
        this,
        [this] {
            const QPointer<Preflight> alive(this);
            emit started(total());
            if (alive)
                launchMore();
        },
        Qt::QueuedConnection);
    return Outcome::success();
}

void Preflight::launchMore()
{
    while (m_running && m_next < total()) {
        const int index = m_next;
        if (m_results.at(index).transport.isEmpty()) {
            // Nothing to probe: why no step can take it is the answer.
            ++m_next;
            if (!report(index))
                return;
            continue;
        }
        auto free = std::find_if(m_probes.begin(), m_probes.end(),
                                 [](const auto &probe) { return probe->index < 0; });
        if (free == m_probes.end()) {
            if (int(m_probes.size()) >= m_concurrency)
                return;
            m_probes.push_back(std::make_unique<Probe>());
            free = std::prev(m_probes.end());
        }
        ++m_next;
        launch(free->get(), index);
    }
}

void Preflight::launch(Probe *slot, int index)
{
    slot->index = index;
    const PreflightResult &result = m_results.at(index);
    const auto entry = std::find_if(m_route.cbegin(), m_route.cend(),
                                    [&](const RouteEntry &e) { return e.id == result.transport; });
    // The transport may have gone away since the plan.
    const QFuture<Outcome> future =
        entry != m_route.cend() && entry->transport
            ? entry->transport->probe(result.recipient)
            : QtFuture::makeReadyFuture(Outcome(
                  Code::InternalError, tr("the %1 transport was closed").arg(result.transport)));
    slot->elapsed.start();
    slot->watcher.disconnect(this);
    slot->timeout.disconnect(this);
    connect(&slot->watcher, &QFutureWatcherBase::finished, this,
            [this, slot] { onProbeFinished(slot); });
    slot->timeout.setSingleShot(true);
    connect(&slot->timeout, &QTimer::timeout, this, [this, slot] { onProbeTimeout(slot); });
    slot->timeout.start(m_timeoutMs);
    // The watcher reports even a finished future through the event loop, so
    // nothing is reported from inside launchMore().
    slot->watcher.setFuture(future);
}

void Preflight::onProbeFinished(Probe *probe)
{
    const QFuture<Outcome> future = probe->watcher.future();
    const QString transport = m_results.at(probe->index).transport;
    endProbe(probe, future.resultCount() > 0
                        ? future.result()
                        : Outcome(Code::InternalError,
                                  tr("the %1 probe ended without an answer").arg(transport)));
}

void Preflight::onProbeTimeout(Probe *probe)
{
    const QString transport = m_results.at(probe->index).transport;
    endProbe(
        probe,
        Outcome(Code::Timeout,
                tr("the %1 probe did not answer within %2 ms").arg(transport).arg(m_timeoutMs)));
}

void Preflight::endProbe(Probe *probe, const Outcome &outcome)
{
    const int index = probe->index;
    if (index < 0 || m_reported.value(index, true))
        return;
    probe->timeout.stop();
    probe->watcher.disconnect(this);
    // Read after the cancel, which freezes the progress the probe got to.
    const QFuture<Outcome> future = probe->watcher.future();
    if (!future.isFinished())
        probe->watcher.cancel();
    PreflightResult &result = m_results[index];
    result.outcome = outcome;
    result.elapsedMs = probe->elapsed.elapsed();
    applyProgress(&result, future);
    probe->index = -1;
    if (report(index))
        launchMore();
}

bool Preflight::report(int index)
{
    m_reported[index] = true;
    ++m_finished;
    if (!m_results.at(index).outcome.isSuccess())
        qCDebug(lcPreflight).noquote()
            << m_results.at(index).recipient.address() << m_results.at(index).outcome.toString();
    const QPointer<Preflight> alive(this);
    emit targetFinished(m_results.at(index));
    if (!alive)
        return false;
    emit progress(m_finished, total());
    if (!alive)
        return false;
    if (m_finished == total() && m_running) {
        m_running = false;
        emit finished();
        return !alive.isNull();
    }
    return true;
}

void Preflight::cancel()
{
    if (!m_running)
        return;
    for (const auto &probe : m_probes) {
        if (probe->index < 0)
            continue;
        probe->timeout.stop();
        probe->watcher.disconnect(this);
        const QFuture<Outcome> future = probe->watcher.future();
        probe->watcher.cancel();
        PreflightResult &result = m_results[probe->index];
        result.outcome = Outcome(Code::Cancelled,
                                 tr("cancelled while %1 was checking it").arg(result.transport));
        result.elapsedMs = probe->elapsed.elapsed();
        applyProgress(&result, future);
        probe->index = -1;
    }
    for (; m_next < total(); ++m_next) {
        if (!m_results.at(m_next).transport.isEmpty())
            m_results[m_next].outcome =
                Outcome(Code::Cancelled, tr("cancelled before it was checked"));
    }
    for (int index = 0; index < total(); ++index) {
        if (!m_reported.at(index) && !report(index))
            return;
    }
}

} // namespace netmsg
