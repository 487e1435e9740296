#pragma once

// The peers tst_faults_receiver sets on the receiver. A swarm of hostile
// clients runs in a child process (the test binary started with --swarm),
// so that the parent's RSS is the receiver's own and each side has its own
// file descriptors; the well-behaved client runs in the test itself.
//
//     test binary --swarm MODE PORT COUNT SOURCES INTERVAL_MS [IN_FLIGHT]
//
// MODE: dribble (a session request, one byte every INTERVAL_MS: never a whole
// packet in the test's time), silent (connects, sends nothing: a peer that
// vanished without a FIN), halfclose (half a session request, then
// shutdown(SHUT_WR)), busy (a session request, then a whole unknown SMB every
// INTERVAL_MS: never idle, never finished), flood (complete single-block
// messages on COUNT connections one after another, IN_FLIGHT at a time).
// SOURCES: comma-separated addresses the connections bind to, in turn.
// The child prints "ready" once every connection of a slow mode is set up
// (connected or refused), "done" once a flood is over, and a line of
// counters (SwarmStats::parse) whenever they change.
#include <QByteArray>
#include <QHostAddress>
#include <QStringList>

namespace netmsg::testing {

struct SwarmStats
{
    int connected = 0; // TCP connections established
    int refused = 0;   // negative session responses received
    int closed = 0;    // connections the receiver closed (refused ones included)
    int delivered = 0; // messages the receiver confirmed (flood)
    int failed = 0;    // connections that did not connect at all

    QByteArray line() const;
    static SwarmStats parse(const QByteArray &line);
};

// The child's side: runs the swarm until it is killed.
int runSwarm(const QStringList &arguments);

// One message from `source` in the multi-block exchange, each step waiting
// for its reply, as a Windows or netmsg sender does.
struct Delivery
{
    bool delivered = false;
    qint64 elapsedMs = 0;
    QString what; // how far it got, when it did not get through
};
Delivery deliverFrom(const QHostAddress &source, quint16 port, const QByteArray &alias,
                     const QByteArray &text, int timeoutMs = 5000);

} // namespace netmsg::testing
