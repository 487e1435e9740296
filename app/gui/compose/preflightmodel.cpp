#include "preflightmodel.h"

#include "widgets/statecolors.h"

#include <QGuiApplication>
#include <QTextDocument>

namespace netmsg::gui {

namespace {
// Results gathered for this long are applied in one batch.
constexpr int applyDelayMs = 50;

QString reasonText(const Outcome &outcome)
{
    return outcome.detail().isEmpty() ? outcome.description() : outcome.detail();
}
} // namespace

PreflightModel::PreflightModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(applyDelayMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &PreflightModel::applyPending);
}

void PreflightModel::begin(const QList<PreflightResult> &planned)
{
    m_applyTimer.stop();
    m_pending.clear();
    beginResetModel();
    m_rows.clear();
    for (const PreflightResult &result : planned)
        m_rows.append(Row{result, false});
    endResetModel();
    emit countsChanged();
}

void PreflightModel::addResult(const PreflightResult &result)
{
    m_pending.append(result);
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void PreflightModel::applyPending()
{
    m_applyTimer.stop();
    int first = -1;
    int last = -1;
    for (const PreflightResult &result : std::as_const(m_pending)) {
        if (result.index < 0 || result.index >= m_rows.size())
            continue;
        m_rows[result.index] = Row{result, true};
        first = first < 0 ? result.index : qMin(first, result.index);
        last = qMax(last, result.index);
    }
    m_pending.clear();
    if (first < 0)
        return;
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit countsChanged();
}

int PreflightModel::doneCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.done; }));
}

int PreflightModel::reachableCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.done && row.result.outcome.isSuccess();
    }));
}

int PreflightModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreflightModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PreflightModel::checkText(PreflightCheck check)
{
    switch (check) {
    case PreflightCheck::Passed:
        return tr("yes");
    case PreflightCheck::Failed:
        return tr("no");
    case PreflightCheck::NotReached:
        return tr("not tried");
    case PreflightCheck::NotChecked:
        break;
    }
    return tr("not checked");
}

QString PreflightModel::displayText(const Row &row, int column) const
{
    const PreflightResult &result = row.result;
    switch (column) {
    case TargetColumn:
        return result.recipient.address();
    case TransportColumn:
        if (result.transport.isEmpty())
            return tr("none");
        return result.fallbacks.isEmpty()
                   ? result.transport
                   : tr("%1, then %2")
                         .arg(result.transport, result.fallbacks.join(QStringLiteral(", ")));
    case NameColumn:
        if (!row.done)
            return result.transport.isEmpty() ? QString() : tr("…");
        return result.address.isEmpty()
                   ? checkText(result.nameResolves)
                   : tr("%1 (%2)").arg(checkText(result.nameResolves), result.address);
    case PortColumn:
        if (!row.done)
            return result.transport.isEmpty() ? QString() : tr("…");
        return checkText(result.portReachable);
    case ResultColumn:
        if (!row.done)
            return tr("checking…");
        if (result.outcome.isSuccess())
            return result.outcome.detail().isEmpty()
                       ? tr("reachable")
                       : tr("reachable: %1").arg(result.outcome.detail());
        return tr("%1 (%2)").arg(result.outcome.description()).arg(result.outcome.code()) +
               (result.outcome.detail().isEmpty() ? QString()
                                                  : QStringLiteral(": ") + result.outcome.detail());
    case SkippedColumn: {
        QStringList steps;
        for (const PreflightStep &step : result.skipped)
            steps.append(tr("%1: %2").arg(step.transport, reasonText(step.reason)));
        return steps.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QString PreflightModel::toolTip(const Row &row, int column) const
{
    const PreflightResult &result = row.result;
    switch (column) {
    case TransportColumn:
        if (result.fallbacks.isEmpty())
            return displayText(row, column);
        return tr("If %1 answers that it cannot reach this target, a send tries %2 next.")
            .arg(result.transport, result.fallbacks.join(QStringLiteral(", ")));
    case ResultColumn:
        return row.done ? result.outcome.toString() : displayText(row, column);
    case SkippedColumn: {
        QStringList steps;
        for (const PreflightStep &step : result.skipped)
            steps.append(tr("%1 skipped: %2").arg(step.transport, step.reason.toString()));
        return steps.join(QLatin1Char('\n'));
    }
    default:
        return displayText(row, column);
    }
}

QString PreflightModel::detailText(int row) const
{
    const Row &entry = m_rows.at(row);
    const PreflightResult &result = entry.result;
    QStringList lines;
    lines.append(
        result.transport.isEmpty()
            ? tr("%1: no transport on the route can take it").arg(result.recipient.address())
            : tr("%1 through %2").arg(result.recipient.address(), result.transport));
    for (const PreflightStep &step : result.skipped)
        lines.append(tr("Skipped %1: %2").arg(step.transport, step.reason.toString()));
    if (!result.fallbacks.isEmpty())
        lines.append(tr("If %1 answers that it cannot reach it, a send tries %2 next.")
                         .arg(result.transport, result.fallbacks.join(QStringLiteral(", "))));
    if (!entry.done) {
        lines.append(tr("Checking…"));
        return lines.join(QLatin1Char('\n'));
    }
    if (!result.transport.isEmpty())
        lines.append(tr("Name resolves: %1. Port reachable: %2.")
                         .arg(displayText(entry, NameColumn), displayText(entry, PortColumn)));
    lines.append(tr("Result: %1").arg(result.outcome.toString()));
    return lines.join(QLatin1Char('\n'));
}

QVariant PreflightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PreflightResult &result = row.result;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole: {
        const QString text = toolTip(row, index.column());
        return text.isEmpty() ? QVariant()
                              : QVariant(Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal));
    }
    case Qt::ForegroundRole: {
        if (!row.done)
            return {};
        const StateColors colors(QGuiApplication::palette());
        const auto colorFor = [&](bool good) {
            return colors.foreground(good ? DeliveryState::Delivered : DeliveryState::Failed);
        };
        if (index.column() == ResultColumn)
            return colorFor(result.outcome.isSuccess());
        const PreflightCheck check = index.column() == NameColumn   ? result.nameResolves
                                     : index.column() == PortColumn ? result.portReachable
                                                                    : PreflightCheck::NotChecked;
        if (check == PreflightCheck::Passed || check == PreflightCheck::Failed)
            return colorFor(check == PreflightCheck::Passed);
        return {};
    }
    case CodeRole:
        return row.done ? QVariant(qint64(result.outcome.code())) : QVariant();
    case CheckRole:
        if (!row.done)
            return {};
        if (index.column() == NameColumn)
            return int(result.nameResolves);
        if (index.column() == PortColumn)
            return int(result.portReachable);
        return {};
    case DoneRole:
        return row.done;
    default:
        return {};
    }
}

QVariant PreflightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case TransportColumn:
        return tr("Transport");
    case NameColumn:
        return tr("Name resolves");
    case PortColumn:
        return tr("Port reachable");
    case ResultColumn:
        return tr("Result");
    case SkippedColumn:
        return tr("Skipped steps");
    default:
        return {};
    }
}

} // namespace netmsg::gui
