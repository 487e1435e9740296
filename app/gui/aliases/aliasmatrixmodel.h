#pragma once

#include "imessagetransport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace netmsg::gui {

// Which alias lives on which server: a row per alias name (the union of
// every server's listing, case-insensitively, in order), a column per
// server, a marked cell where the alias lives. A column whose listing
// failed says why in its header and marks its cells unknown instead of
// pretending it is empty. Names may come from another host (NetBIOS node
// status): they are shown with control and format characters escaped.
class AliasMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class ListingState { NotListed, Listing, Listed, Failed };
    enum Role {
        PresentRole = Qt::UserRole + 1, // bool: the alias lives on that server (cells)
        AliasRole,                      // the alias as the server named it (cells, rows)
        ListingStateRole,               // ListingState of the column (cells, header)
        ListingCodeRole,                // the listing's Outcome code (cells, header)
    };

    struct Column
    {
        QString title; // "this computer (loopback)", "HQ (loopback)"
        bool readOnly = false;
    };

    explicit AliasMatrixModel(QObject *parent = nullptr);

    void appendColumn(const Column &column);
    void removeColumnAt(int column);
    void setColumn(int column, const Column &info);
    // The column's listing is under way: its old marks stay until it ends.
    void setListing(int column);
    // The listing ended: its aliases, or (on failure) why there are none to show.
    void setListed(int column, const AliasListing &listing);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString alias(int row) const { return m_rows.at(row).name; }
    // The row of `name` (case-insensitively), or -1.
    int rowOf(const QString &name) const;
    bool contains(int row, int column) const;
    ListingState listingState(int column) const { return m_columns.at(column).state; }
    const Outcome &listingOutcome(int column) const { return m_columns.at(column).outcome; }

    // `name` with control, format and other invisible characters written as
    // \xNN or \uNNNN (and "\" as "\\"), so that what a peer sent is seen.
    static QString visibleName(const QString &name);

private:
    struct Row
    {
        QString key; // upper-cased, for the union and the order
        QString name;
    };
    struct ColumnData
    {
        Column info;
        ListingState state = ListingState::NotListed;
        Outcome outcome;
        QSet<QString> keys; // the aliases of the last successful listing
        QStringList names;
    };
    static QString keyOf(const QString &name) { return name.toUpper(); }
    // Brings the rows to the union of every column's aliases, row by row.
    void updateRows();
    QString headerText(const ColumnData &column) const;
    QString headerToolTip(const ColumnData &column) const;

    QList<Row> m_rows;
    QList<ColumnData> m_columns;
};

} // namespace netmsg::gui
