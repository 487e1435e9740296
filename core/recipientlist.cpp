#include "recipientlist.h"

#include "validation.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace netmsg {

namespace {
constexpr int maxGroupDepth = 8;

const QStringList nameColumns{QStringLiteral("name"), QStringLiteral("recipient"),
                              QStringLiteral("alias"), QStringLiteral("computer"),
                              QStringLiteral("to")};

// RFC 4180 fields of one line: commas separate, double quotes quote.
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

int columnOf(const QStringList &header, const QStringList &candidates)
{
    for (int i = 0; i < header.size(); ++i) {
        if (candidates.contains(header.at(i).toLower()))
            return i;
    }
    return -1;
}

// A first line naming a "name" column is a CSV header only when it reads like
// one: every cell a known column name, or the next row as wide as it. So a
// pasted list that happens to hold an alias called ALIAS stays a list.
bool looksLikeHeader(const QStringList &header, const QStringList &lines, int headerLine)
{
    static const QStringList knownColumns =
        nameColumns + QStringList{QStringLiteral("host"),    QStringLiteral("port"),
                                  QStringLiteral("note"),    QStringLiteral("group"),
                                  QStringLiteral("comment"), QStringLiteral("description")};
    const bool allKnown = std::all_of(header.begin(), header.end(), [](const QString &cell) {
        return knownColumns.contains(cell.toLower());
    });
    if (allKnown)
        return true;
    for (int i = headerLine + 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            return splitCsvLine(lines.at(i)).size() == header.size();
    }
    return false;
}

bool isValidHost(const QString &host)
{
    static const QRegularExpression hostName(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?$"));
    return QHostAddress().setAddress(host) || hostName.match(host).hasMatch();
}

QString dedupKey(const Recipient &r)
{
    return r.name.toUpper() + QLatin1Char('@') + r.host.toLower() + QLatin1Char(':') +
           QString::number(r.port);
}
} // namespace

QString Recipient::address() const
{
    if (host.isEmpty())
        return name;
    const bool ipv6 = host.contains(QLatin1Char(':'));
    QString text = name + QLatin1Char('@') +
                   (ipv6 && port ? QLatin1Char('[') + host + QLatin1Char(']') : host);
    if (port)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

bool Recipient::operator==(const Recipient &other) const
{
    return dedupKey(*this) == dedupKey(other);
}

RecipientList RecipientList::parse(const QString &text, const GroupLookup &groups)
{
    RecipientList list;
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalised.split(QLatin1Char('\n'));

    int firstLine = 0;
    while (firstLine < lines.size() && lines.at(firstLine).trimmed().isEmpty())
        ++firstLine;
    if (firstLine < lines.size()) {
        const QStringList header = splitCsvLine(lines.at(firstLine));
        const int nameColumn = columnOf(header, nameColumns);
        if (header.size() >= 2 && nameColumn >= 0 && looksLikeHeader(header, lines, firstLine)) {
            QList<QStringList> rows;
            for (int i = firstLine + 1; i < lines.size(); ++i)
                rows.append(lines.at(i).trimmed().isEmpty() ? QStringList{}
                                                            : splitCsvLine(lines.at(i)));
            list.m_csvFirstLine = firstLine + 2;
            list.parseCsv(rows, nameColumn, columnOf(header, {QStringLiteral("host")}),
                          columnOf(header, {QStringLiteral("port")}), groups);
            return list;
        }
    }

    for (int i = 0; i < lines.size(); ++i) {
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        for (const QString &entry : lines.at(i).split(separators)) {
            const QString trimmed = entry.trimmed();
            if (!trimmed.isEmpty())
                list.addEntry(trimmed, i + 1, groups, 0);
        }
    }
    return list;
}

void RecipientList::parseCsv(const QList<QStringList> &rows, int nameColumn, int hostColumn,
                             int portColumn, const GroupLookup &groups)
{
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const int line = m_csvFirstLine + i;
        if (row.isEmpty())
            continue;
        const QString name = row.value(nameColumn);
        if (name.isEmpty()) {
            rejectEntry(row.join(QLatin1Char(',')), line,
                        Outcome(Code::InvalidName, tr("the name column is empty")));
            continue;
        }
        QString entry = name;
        const QString host = hostColumn >= 0 ? row.value(hostColumn) : QString();
        const QString port = portColumn >= 0 ? row.value(portColumn) : QString();
        if (!host.isEmpty())
            entry +=
                QLatin1Char('@') + host + (port.isEmpty() ? QString() : QLatin1Char(':') + port);
        addEntry(entry, line, groups, 0);
    }
}

void RecipientList::addEntry(const QString &entry, int line, const GroupLookup &groups, int depth)
{
    if (entry.startsWith(QLatin1Char('@'))) {
        const QString group = entry.mid(1).trimmed();
        if (depth >= maxGroupDepth) {
            rejectEntry(
                entry, line,
                Outcome(Code::InvalidParameter,
                        tr("groups nest deeper than %1 levels (a cycle?)").arg(maxGroupDepth)));
            return;
        }
        const QString key = group.toUpper();
        if (m_groupPath.contains(key)) {
            if (!m_groupsDone.contains(key)) {
                m_groupsDone.insert(key); // one report per cycle, however often it closes
                rejectEntry(entry, line,
                            Outcome(Code::InvalidParameter,
                                    tr("the group '%1' contains itself (a cycle)").arg(group)));
            }
            return;
        }
        if (m_groupsDone.contains(key)) {
            ++m_duplicates; // every member is in already
            return;
        }
        const auto members = groups ? groups(group) : std::optional<QStringList>();
        if (!members) {
            rejectEntry(
                entry, line,
                Outcome(Code::NerrNameNotFound, tr("there is no group named '%1'").arg(group)));
            return;
        }
        const qsizetype first = m_recipients.size();
        m_groupPath.append(key);
        for (const QString &member : *members)
            addEntry(member.trimmed(), line, groups, depth + 1);
        m_groupPath.removeLast();
        m_groupsDone.insert(key);
        for (qsizetype i = first; i < m_recipients.size(); ++i) {
            if (m_recipients[i].group.isEmpty())
                m_recipients[i].group = group;
        }
        return;
    }

    Recipient recipient;
    const int at = int(entry.indexOf(QLatin1Char('@')));
    recipient.name = (at < 0 ? entry : entry.left(at)).trimmed();
    if (at >= 0) {
        QString hostPort = entry.mid(at + 1).trimmed();
        QString portText;
        // A ':' that ends an IPv6 address ("PC@fe80::") is not an empty port.
        bool portGiven = false;
        if (hostPort.startsWith(QLatin1Char('['))) {
            const int close = int(hostPort.indexOf(QLatin1Char(']')));
            if (close < 0) {
                rejectEntry(entry, line,
                            Outcome(Code::InvalidParameter,
                                    tr("the host '%1' lacks its closing ']'").arg(hostPort)));
                return;
            }
            portText = hostPort.mid(close + 1);
            hostPort = hostPort.mid(1, close - 1);
            if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':'))) {
                rejectEntry(entry, line,
                            Outcome(Code::InvalidParameter,
                                    tr("unexpected text after ']' in '%1'").arg(entry)));
                return;
            }
            portGiven = !portText.isEmpty();
            portText = portText.mid(1);
        } else if (hostPort.count(QLatin1Char(':')) == 1) {
            portGiven = true;
            const int colon = int(hostPort.indexOf(QLatin1Char(':')));
            portText = hostPort.mid(colon + 1);
            hostPort = hostPort.left(colon);
        }
        // QHostAddress reads " ::1 " as ::1; keep the host as it reads, or
        // "PC1@10.0.0.7 :139" and "PC1@10.0.0.7:139" would be two recipients.
        hostPort = hostPort.trimmed();
        if (hostPort.isEmpty() || !isValidHost(hostPort)) {
            rejectEntry(entry, line,
                        Outcome(Code::BadNetPath,
                                tr("'%1' is not a valid host name or address").arg(hostPort)));
            return;
        }
        recipient.host = hostPort;
        if (portGiven && portText.isEmpty())
            portText = QStringLiteral("(empty)");
        if (!portText.isEmpty()) {
            bool ok = false;
            const uint port = portText.toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                rejectEntry(
                    entry, line,
                    Outcome(Code::InvalidParameter,
                            tr("the port '%1' is not a number from 1 to 65535").arg(portText)));
                return;
            }
            recipient.port = quint16(port);
        }
    }
    const Outcome nameCheck = Validation::checkName(recipient.name, NameKind::Recipient);
    if (!nameCheck.isSuccess()) {
        rejectEntry(entry, line, nameCheck);
        return;
    }
    addRecipient(recipient);
}

void RecipientList::addRecipient(const Recipient &recipient)
{
    const QString key = dedupKey(recipient);
    if (m_seen.contains(key)) {
        ++m_duplicates;
        return;
    }
    m_seen.insert(key);
    m_recipients.append(recipient);
}

void RecipientList::rejectEntry(const QString &entry, int line, const Outcome &reason)
{
    m_rejected.append({entry, line, reason});
}

void RecipientList::append(const RecipientList &other)
{
    for (const Recipient &recipient : other.m_recipients)
        addRecipient(recipient);
    m_rejected.append(other.m_rejected);
    m_duplicates += other.m_duplicates;
}

void RecipientList::validate(const TransportLimits &limits, Capabilities capabilities)
{
    QList<Recipient> kept;
    for (const Recipient &recipient : std::as_const(m_recipients)) {
        const Outcome check =
            Validation::checkName(recipient.name, NameKind::Recipient, limits, capabilities);
        if (check.isSuccess())
            kept.append(recipient);
        else
            rejectEntry(recipient.address(), 0, check);
    }
    m_recipients = kept;
}

} // namespace netmsg
