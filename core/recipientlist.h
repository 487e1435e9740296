#pragma once

#include "capabilities.h"
#include "netmsg_core_export.h"
#include "outcome.h"
#include "transportlimits.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace netmsg {

// One destination: a name, optionally at a host and port (name@host[:port]).
struct NETMSG_CORE_EXPORT Recipient
{
    QString name;
    QString host;
    quint16 port = 0;
    QString group; // the @group it came from, if any

    QString address() const; // "NAME", "NAME@host", "NAME@host:port"
    bool operator==(const Recipient &other) const;
};

struct RejectedEntry
{
    QString entry;
    int line = 0; // 1-based line of the input
    Outcome reason;
};

// Parses what people paste or import: names separated by commas, semicolons or
// new lines; CSV with a header (a "name" column, optional "host" and "port");
// name@host[:port]; @group. De-duplicates (case-insensitively) and reports every
// rejected entry with its reason.
class NETMSG_CORE_EXPORT RecipientList
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::RecipientList)
public:
    // Members of a group by name, or nullopt if there is no such group.
    using GroupLookup = std::function<std::optional<QStringList>(const QString &)>;

    static RecipientList parse(const QString &text, const GroupLookup &groups = {});

    void append(const RecipientList &other);
    // Re-checks every name against a transport; failures move to rejected().
    void validate(const TransportLimits &limits, Capabilities capabilities);

    const QList<Recipient> &recipients() const { return m_recipients; }
    const QList<RejectedEntry> &rejected() const { return m_rejected; }
    int duplicates() const { return m_duplicates; }
    bool isEmpty() const { return m_recipients.isEmpty(); }

private:
    void addEntry(const QString &entry, int line, const GroupLookup &groups, int depth);
    void addRecipient(const Recipient &recipient);
    void parseCsv(const QList<QStringList> &rows, int nameColumn, int hostColumn, int portColumn,
                  const GroupLookup &groups);
    void rejectEntry(const QString &entry, int line, const Outcome &reason);

    QList<Recipient> m_recipients;
    QSet<QString> m_seen;
    // Groups being expanded (the path from the outermost), and those done:
    // a group met again on its own path is a cycle, reported once; one met
    // again elsewhere adds nothing new and is not expanded again.
    QStringList m_groupPath;
    QSet<QString> m_groupsDone;
    int m_csvFirstLine = 0;
    QList<RejectedEntry> m_rejected;
    int m_duplicates = 0;
};

} // namespace netmsg
