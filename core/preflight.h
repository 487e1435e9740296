#pragma once

#include "imessagetransport.h"
#include "netmsg_core_export.h"
#include "outcome.h"
#include "recipientlist.h"
#include "route.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace netmsg {

// One check of a preflight, as far as the probe got (ProbeProgress).
enum class PreflightCheck {
    NotChecked, // the transport does not look names up or connect
    Passed,
    Failed,
    NotReached, // an earlier check failed, so this one was not tried
};

// A route step passed over for a target, and why: unavailable on this system,
// or it cannot address that target.
struct PreflightStep
{
    QString transport;
    Outcome reason;
};

// What a preflight found for one target.
struct PreflightResult
{
    int index = 0;
    Recipient recipient;
    QString transport; // the step that would take it; empty when none can
    Outcome outcome;   // that transport's probe, or why no step can take it
    PreflightCheck nameResolves = PreflightCheck::NotChecked;
    PreflightCheck portReachable = PreflightCheck::NotChecked;
    QString address;              // what the name resolved to, when the probe says
    QList<PreflightStep> skipped; // the steps before `transport`
    // Later steps that can address the target: a send moves on to them when
    // `transport` answers that it cannot reach it (Route::tryNext).
    QStringList fallbacks;
    qint64 elapsedMs = 0;
};

// Per target, before anything is sent: which transport of a route would take
// it (the first usable step that can address it, as DeliveryJob picks it),
// which steps were passed over and why, and that transport's probe(): could
// it reach the target now. Probes run at most `concurrency` at a time, each
// under a timeout; every result is reported as it comes. Listeners may
// delete the preflight from any of its signals.
class NETMSG_CORE_EXPORT Preflight : public QObject
{
    Q_OBJECT
public:
    explicit Preflight(const QList<RouteEntry> &route, QObject *parent = nullptr);
    ~Preflight() override;

    void setConcurrency(int concurrency) { m_concurrency = qMax(1, concurrency); }
    int concurrency() const { return m_concurrency; }
    // How long one probe may take before it counts as ERROR_TIMEOUT.
    void setTimeoutMs(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }
    const QList<RouteEntry> &route() const { return m_route; }

    // Which step would take `recipient` and which were passed over, without
    // probing: the outcome is success, or why no step can take it.
    PreflightResult plan(const Recipient &recipient) const;

    // Starts checking; results come through targetFinished(), never from
    // inside start(). InvalidParameter when already running or given nothing.
    Outcome start(const QList<Recipient> &recipients);
    // Ends every target still open with ERROR_CANCELLED and stops its probe.
    void cancel();

    bool isRunning() const { return m_running; }
    int total() const { return int(m_results.size()); }
    int finishedCount() const { return m_finished; }
    const QList<PreflightResult> &results() const { return m_results; }

Q_SIGNALS:
    void started(int total);
    void targetFinished(const netmsg::PreflightResult &result);
    void progress(int done, int total);
    void finished();

private:
    struct Probe;
    void launchMore();
    void launch(Probe *slot, int index);
    void onProbeFinished(Probe *probe);
    void onProbeTimeout(Probe *probe);
    void endProbe(Probe *probe, const Outcome &outcome);
    // Reports `index` as done; false when a listener deleted this object.
    bool report(int index);

    QList<RouteEntry> m_route;
    QList<PreflightResult> m_results;
    QList<bool> m_reported;
    std::vector<std::unique_ptr<Probe>> m_probes;
    int m_concurrency = 8;
    int m_timeoutMs = 15000;
    int m_next = 0;
    int m_finished = 0;
    bool m_running = false;
};

} // namespace netmsg

Q_DECLARE_METATYPE(netmsg::PreflightResult)
