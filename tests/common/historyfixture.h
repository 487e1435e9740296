#pragma once

#include "outcome.h"

#include <QString>
#include <QStringList>

namespace netmsg {

// How big a generated history is, and how its rows vary.
struct HistoryFixtureShape
{
    int messages = 1000;
    int deliveriesPerMessage = 1000;
    int distinctRecipients = 5000;
    quint32 seed = 1;
};

// Fills a history file with generated sent messages and deliveries, for tests
// and benchmarks that need a big one: the schema is HistoryStore's own
// (created by opening the file), the rows go in through one connection in one
// transaction with prepared statements, and each message's per-state totals
// match its rows. States are about 80% delivered, 15% failed, 5% unconfirmed;
// transports and recipients (recipientName) are mixed.
class HistoryFixture
{
public:
    static Outcome generate(const QString &path, const HistoryFixtureShape &shape = {});
    // The recipient names used: "PC0000", "SRV0001", "OPS0002", "LAB0003", "DESK0004", ...
    static QString recipientName(int index);
    static QStringList transports();
};

} // namespace netmsg
