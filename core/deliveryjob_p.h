#pragma once

// DeliveryJob's private parts, shared by deliveryjob.cpp (the job's life:
// start, cancel, history) and deliveryattempt.cpp (one recipient's route).

#include "deliveryjob.h"

#include <QFutureWatcher>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDelivery)

namespace netmsg {

// One transport of the route with what it can carry of this job's text.
struct DeliveryJob::Step
{
    RouteEntry entry;
    Outcome textOutcome;      // can it carry the text (split if the policy allows)?
    Outcome broadcastOutcome; // and as a broadcast?
    QStringList parts;
};

// One recipient in flight: where on its route it is, and its attempt.
struct DeliveryJob::Slot
{
    int index = -1; // -1: free
    int step = -1;
    int lastTried = -1; // the last step that answered
    int part = 0;
    int stepAttempts = 0; // sends of the current part through the current step
    int attempts = 0;     // all sends for this recipient
    int partsSent = 0;
    int retryDelayMs = 0;
    // Bumped whenever the attempt under way changes: callbacks of an older
    // attempt (a late answer, a stale timer) see a different value and stop.
    quint64 generation = 0;
    bool timing = false;
    QList<RouteStep> route;
    QStringList parts; // what the current step sends this recipient
    QElapsedTimer elapsed;
    QFutureWatcher<SendResult> watcher;
    QTimer timeout;
    QTimer retry;
};

} // namespace netmsg
