#include "deliverymodel.h"

#include "widgets/plaintooltip.h"
#include "widgets/statecolors.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace netmsg::gui {

namespace {
// Results gathered for this long are applied in one batch.
constexpr int applyDelayMs = 50;

QString csvField(QString value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}
} // namespace

DeliveryModel::DeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(applyDelayMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &DeliveryModel::applyPending);
}

void DeliveryModel::begin(const QList<Recipient> &recipients)
{
    m_applyTimer.stop();
    m_pending.clear();
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(recipients.size());
    m_jobRows.clear();
    for (int i = 0; i < recipients.size(); ++i) {
        Row row;
        row.recipient = recipients.at(i);
        row.result.index = i;
        row.result.recipient = recipients.at(i);
        m_rows.append(row);
        m_jobRows.append(i);
    }
    m_counts.clear();
    m_counts.insert(DeliveryState::Pending, int(recipients.size()));
    endResetModel();
    emit countsChanged();
}

void DeliveryModel::beginRetry(const QList<int> &rows)
{
    applyPending();
    m_jobRows = rows;
    for (int row : rows) {
        setState(m_rows[row], DeliveryState::Pending);
        m_rows[row].result.outcome = Outcome();
        m_rows[row].heldUntil = {};
    }
    if (!rows.isEmpty())
        emit dataChanged(index(*std::min_element(rows.begin(), rows.end()), 0),
                         index(*std::max_element(rows.begin(), rows.end()), ColumnCount - 1));
    emit countsChanged();
}

void DeliveryModel::beginResume(const QList<DeliveryResult> &finished, const QList<Recipient> &rest)
{
    QList<Recipient> recipients;
    recipients.reserve(finished.size() + rest.size());
    for (const DeliveryResult &result : finished)
        recipients.append(result.recipient);
    recipients += rest;
    begin(recipients);
    for (int i = 0; i < finished.size(); ++i) {
        m_pending.append(finished.at(i));
        m_pending.last().index = i;
    }
    applyPending();
    m_jobRows.remove(0, finished.size());
}

void DeliveryModel::addResult(const DeliveryResult &result)
{
    m_pending.append(result);
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void DeliveryModel::markHeld(int jobIndex, const QDateTime &retryAt, const Outcome &outcome)
{
    if (jobIndex < 0 || jobIndex >= m_jobRows.size())
        return;
    const int row = m_jobRows.at(jobIndex);
    m_rows[row].heldUntil = retryAt;
    m_rows[row].result.outcome = outcome;
    m_dirtyFirst = m_dirtyFirst < 0 ? row : qMin(m_dirtyFirst, row);
    m_dirtyLast = qMax(m_dirtyLast, row);
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void DeliveryModel::setState(Row &row, DeliveryState state)
{
    --m_counts[row.result.state];
    row.result.state = state;
    ++m_counts[state];
}

void DeliveryModel::applyPending()
{
    m_applyTimer.stop();
    for (const DeliveryResult &result : std::as_const(m_pending)) {
        if (result.index < 0 || result.index >= m_jobRows.size())
            continue;
        const int row = m_jobRows.at(result.index);
        Row &target = m_rows[row];
        const DeliveryState state = result.state;
        const Recipient recipient = target.recipient;
        setState(target, state);
        target.result = result;
        target.result.index = row;
        target.result.recipient = recipient;
        target.heldUntil = {};
        m_dirtyFirst = m_dirtyFirst < 0 ? row : qMin(m_dirtyFirst, row);
        m_dirtyLast = qMax(m_dirtyLast, row);
    }
    const bool counted = !m_pending.isEmpty();
    m_pending.clear();
    if (m_dirtyFirst >= 0)
        emit dataChanged(index(m_dirtyFirst, 0), index(m_dirtyLast, ColumnCount - 1));
    m_dirtyFirst = m_dirtyLast = -1;
    if (counted)
        emit countsChanged();
}

int DeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryModel::routeText(const QList<RouteStep> &route)
{
    // The transport that ended the route first; what came before in brackets:
    // "winpopup (after wts 2273; netapi32, wts skipped)".
    if (route.isEmpty())
        return {};
    QStringList skipped;
    QStringList tried;
    for (qsizetype i = 0; i + 1 < route.size(); ++i) {
        const RouteStep &step = route.at(i);
        if (step.skipped)
            skipped.append(step.transport);
        else
            tried.append(tr("%1 %2").arg(step.transport).arg(step.code));
    }
    QStringList before;
    if (!tried.isEmpty())
        before.append(tr("after %1").arg(tried.join(QStringLiteral(", "))));
    if (!skipped.isEmpty())
        before.append(tr("%1 skipped").arg(skipped.join(QStringLiteral(", "))));
    const QString last = route.constLast().skipped ? QString() : route.constLast().transport;
    if (before.isEmpty())
        return last;
    return last.isEmpty() ? before.join(QStringLiteral("; "))
                          : tr("%1 (%2)").arg(last, before.join(QStringLiteral("; ")));
}

QVariant DeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const DeliveryResult &result = row.result;
    const bool done = result.state != DeliveryState::Pending;
    switch (role) {
    case StateRole:
        return int(result.state);
    case CodeRole:
        return done ? QVariant(qint64(result.outcome.code())) : QVariant();
    case CategoryRole:
        return done ? QVariant(int(result.outcome.category())) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return StateColors(QGuiApplication::palette()).foreground(result.state);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return plainToolTip(result.outcome.detail().isEmpty()
                                    ? data(index, Qt::DisplayRole)
                                    : QVariant(result.outcome.toString()));
        if (index.column() == RouteColumn) {
            QStringList steps;
            for (const RouteStep &step : result.route)
                steps.append(
                    tr("%1: %2").arg(step.transport, Outcome(step.code, step.detail).toString()));
            return plainToolTip(steps.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CodeColumn || index.column() == AttemptsColumn ||
            index.column() == TimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RecipientColumn:
        return row.recipient.address();
    case StateColumn:
        if (!done && row.heldUntil.isValid())
            return tr("held, next try %1")
                .arg(QLocale().toString(row.heldUntil.toLocalTime().time(), QLocale::ShortFormat));
        return DeliveryStates::displayName(result.state);
    case CodeColumn:
        return done || row.heldUntil.isValid() ? QVariant(qint64(result.outcome.code()))
                                               : QVariant();
    case DescriptionColumn:
        if (!done && !row.heldUntil.isValid())
            return {};
        // Success needs no words beyond its state; its detail may have some.
        if (result.outcome.isSuccess())
            return result.outcome.detail();
        return result.outcome.detail().isEmpty()
                   ? result.outcome.description()
                   : result.outcome.description() + QStringLiteral(" ") + result.outcome.detail();
    case RouteColumn:
        return routeText(result.route);
    case AttemptsColumn:
        return done ? QVariant(result.attempts) : QVariant();
    case TimeColumn:
        return done ? QVariant(tr("%L1 s").arg(double(result.elapsedMs) / 1000.0, 0, 'f', 2))
                    : QVariant();
    default:
        return {};
    }
}

QVariant DeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecipientColumn:
        return tr("Recipient");
    case StateColumn:
        return tr("State");
    case CodeColumn:
        return tr("Code");
    case DescriptionColumn:
        return tr("Description");
    case RouteColumn:
        return tr("Route");
    case AttemptsColumn:
        return tr("Attempts");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

int DeliveryModel::heldCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.result.state == DeliveryState::Pending && row.heldUntil.isValid();
    }));
}

QDateTime DeliveryModel::nextRetry() const
{
    QDateTime next;
    for (const Row &row : m_rows) {
        if (row.result.state == DeliveryState::Pending && row.heldUntil.isValid() &&
            (!next.isValid() || row.heldUntil < next))
            next = row.heldUntil;
    }
    return next;
}

QHash<OutcomeCategory, int> DeliveryModel::categoryCounts() const
{
    QHash<OutcomeCategory, int> counts;
    for (const Row &row : m_rows) {
        if (row.result.state != DeliveryState::Pending)
            ++counts[row.result.outcome.category()];
    }
    return counts;
}

QList<int> DeliveryModel::rows(DeliveryState state) const
{
    QList<int> matching;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).result.state == state)
            matching.append(i);
    }
    return matching;
}

QByteArray DeliveryModel::toCsv() const
{
    QByteArray csv = "recipient,state,code,symbol,description,detail,transport,route,attempts,"
                     "parts,partsSent,elapsedMs\n";
    for (const Row &row : m_rows) {
        const DeliveryResult &r = row.result;
        const QStringList fields{row.recipient.address(),
                                 DeliveryStates::name(r.state),
                                 QString::number(r.outcome.code()),
                                 r.outcome.symbol(),
                                 r.outcome.description(),
                                 r.outcome.detail(),
                                 r.transport,
                                 routeText(r.route),
                                 QString::number(r.attempts),
                                 QString::number(r.parts),
                                 QString::number(r.partsSent),
                                 QString::number(r.elapsedMs)};
        QStringList escaped;
        for (const QString &field : fields)
            escaped.append(csvField(field));
        csv += escaped.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return csv;
}

QByteArray DeliveryModel::toJson() const
{
    QJsonArray rows;
    for (const Row &row : m_rows) {
        const DeliveryResult &r = row.result;
        rows.append(QJsonObject{{QStringLiteral("recipient"), row.recipient.address()},
                                {QStringLiteral("state"), DeliveryStates::name(r.state)},
                                {QStringLiteral("code"), qint64(r.outcome.code())},
                                {QStringLiteral("symbol"), r.outcome.symbol()},
                                {QStringLiteral("detail"), r.outcome.detail()},
                                {QStringLiteral("transport"), r.transport},
                                {QStringLiteral("route"), routeToJson(r.route)},
                                {QStringLiteral("attempts"), r.attempts},
                                {QStringLiteral("parts"), r.parts},
                                {QStringLiteral("partsSent"), r.partsSent},
                                {QStringLiteral("elapsedMs"), r.elapsedMs}});
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace netmsg::gui
