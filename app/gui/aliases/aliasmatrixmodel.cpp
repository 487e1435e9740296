#include "aliasmatrixmodel.h"

#include "widgets/statecolors.h"

#include <QGuiApplication>
#include <QTextDocument>

#include <algorithm>

namespace netmsg::gui {

namespace {
// A mark where the alias lives; "?" where the server could not say.
const QString presentMark = QStringLiteral("\u25CF");
const QString unknownMark = QStringLiteral("?");

QString hexEscape(char32_t ucs4, int width)
{
    return QString::number(uint(ucs4), 16).toUpper().rightJustified(width, QLatin1Char('0'));
}
} // namespace

AliasMatrixModel::AliasMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString AliasMatrixModel::visibleName(const QString &name)
{
    QString visible;
    for (const char32_t ucs4 : name.toUcs4()) {
        const QChar::Category category = QChar::category(ucs4);
        if (ucs4 == U'\\') {
            visible += QStringLiteral("\\\\");
        } else if (ucs4 < 0x20 || (ucs4 >= 0x7F && ucs4 < 0xA0)) {
            visible += QStringLiteral("\\x") + hexEscape(ucs4, 2);
        } else if (category == QChar::Other_Format || category == QChar::Other_NotAssigned ||
                   category == QChar::Other_PrivateUse || category == QChar::Other_Surrogate ||
                   category == QChar::Separator_Line || category == QChar::Separator_Paragraph ||
                   (category == QChar::Separator_Space && ucs4 != U' ')) {
            // Direction overrides, zero-width and odd spaces would hide what was sent.
            visible += QStringLiteral("\\u") + hexEscape(ucs4, 4);
        } else {
            visible += QString::fromUcs4(&ucs4, 1);
        }
    }
    return visible;
}

void AliasMatrixModel::appendColumn(const Column &column)
{
    const int at = int(m_columns.size());
    beginInsertColumns({}, at, at);
    m_columns.append(ColumnData{column, ListingState::NotListed, {}, {}, {}});
    endInsertColumns();
}

void AliasMatrixModel::removeColumnAt(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    beginRemoveColumns({}, column, column);
    m_columns.removeAt(column);
    endRemoveColumns();
    updateRows();
}

void AliasMatrixModel::setColumn(int column, const Column &info)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_columns[column].info = info;
    emit headerDataChanged(Qt::Horizontal, column, column);
}

void AliasMatrixModel::setListing(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_columns[column].state = ListingState::Listing;
    emit headerDataChanged(Qt::Horizontal, column, column);
}

void AliasMatrixModel::setListed(int column, const AliasListing &listing)
{
    if (column < 0 || column >= m_columns.size())
        return;
    ColumnData &data = m_columns[column];
    data.outcome = listing.outcome;
    data.keys.clear();
    data.names.clear();
    if (listing.outcome.isSuccess()) {
        data.state = ListingState::Listed;
        for (const QString &name : listing.aliases) {
            if (!data.keys.contains(keyOf(name))) {
                data.keys.insert(keyOf(name));
                data.names.append(name);
            }
        }
    } else {
        data.state = ListingState::Failed;
    }
    updateRows();
    emit headerDataChanged(Qt::Horizontal, column, column);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

void AliasMatrixModel::updateRows()
{
    QList<Row> wanted;
    QSet<QString> seen;
    for (const ColumnData &column : std::as_const(m_columns)) {
        for (const QString &name : column.names) {
            if (!seen.contains(keyOf(name))) {
                seen.insert(keyOf(name));
                wanted.append(Row{keyOf(name), name});
            }
        }
    }
    std::sort(wanted.begin(), wanted.end(),
              [](const Row &a, const Row &b) { return a.key < b.key; });
    // Rows that no server lists any more go; the rest stay where they are
    // (so do the view's selection and scroll position), new ones come in
    // at their place in the order.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!seen.contains(m_rows.at(row).key)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < wanted.size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row).key == wanted.at(row).key)
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, wanted.at(row));
        endInsertRows();
    }
}

int AliasMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AliasMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int AliasMatrixModel::rowOf(const QString &name) const
{
    const QString key = keyOf(name);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

bool AliasMatrixModel::contains(int row, int column) const
{
    return row >= 0 && row < m_rows.size() && column >= 0 && column < m_columns.size() &&
           m_columns.at(column).keys.contains(m_rows.at(row).key);
}

QVariant AliasMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ColumnData &column = m_columns.at(index.column());
    const Row &row = m_rows.at(index.row());
    const bool present = column.keys.contains(row.key);
    const bool failed = column.state == ListingState::Failed;
    switch (role) {
    case Qt::DisplayRole:
        return failed ? unknownMark : present ? presentMark : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (failed)
            return StateColors(QGuiApplication::palette()).foreground(DeliveryState::Failed);
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString name = visibleName(row.name);
        const QString text =
            failed
                ? tr("%1 could not be listed: %2").arg(column.info.title, column.outcome.toString())
            : present ? tr("%1 lives on %2").arg(name, column.info.title)
                      : tr("%1 is not an alias of %2").arg(name, column.info.title);
        // Never rich text: the name may be a peer's.
        return role == Qt::ToolTipRole ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal)
                                       : text;
    }
    case PresentRole:
        return present;
    case AliasRole:
        return row.name;
    case ListingStateRole:
        return int(column.state);
    case ListingCodeRole:
        return qint64(column.outcome.code());
    default:
        return {};
    }
}

QString AliasMatrixModel::headerText(const ColumnData &column) const
{
    QString status;
    switch (column.state) {
    case ListingState::NotListed:
        status = tr("not listed yet");
        break;
    case ListingState::Listing:
        status = tr("listing…");
        break;
    case ListingState::Listed:
        status = tr("%n alias(es)", nullptr, int(column.names.size()));
        break;
    case ListingState::Failed:
        status =
            tr("not listed (%1):\n%2").arg(column.outcome.code()).arg(column.outcome.description());
        break;
    }
    if (column.info.readOnly)
        status += QLatin1Char('\n') + tr("read-only");
    return column.info.title + QLatin1Char('\n') + status;
}

QString AliasMatrixModel::headerToolTip(const ColumnData &column) const
{
    QString text = column.info.title;
    if (column.state == ListingState::Failed)
        text += QLatin1Char('\n') + tr("could not be listed: %1").arg(column.outcome.toString());
    if (column.info.readOnly)
        text +=
            QLatin1Char('\n') + tr("read-only: its transport cannot add or delete aliases here");
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QVariant AliasMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return visibleName(m_rows.at(section).name);
        case Qt::ToolTipRole:
            return Qt::convertFromPlainText(visibleName(m_rows.at(section).name),
                                            Qt::WhiteSpaceNormal);
        case AliasRole:
            return m_rows.at(section).name;
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const ColumnData &column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return headerText(column);
    case Qt::ToolTipRole:
        return headerToolTip(column);
    case Qt::ForegroundRole:
        if (column.state == ListingState::Failed)
            return StateColors(QGuiApplication::palette()).foreground(DeliveryState::Failed);
        return {};
    case ListingStateRole:
        return int(column.state);
    case ListingCodeRole:
        return qint64(column.outcome.code());
    default:
        return {};
    }
}

} // namespace netmsg::gui
