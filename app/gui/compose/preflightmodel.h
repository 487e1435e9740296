#pragma once

#include "preflight.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace netmsg::gui {

// A preflight's targets, a row each, filled in as results come: the
// transport that would take it (and the steps passed over, and why), whether
// its name resolves and its port answers, and the probe's Outcome. Results
// are buffered and applied on a short timer, one dataChanged() per batch.
class PreflightModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TargetColumn,
        TransportColumn,
        NameColumn,
        PortColumn,
        ResultColumn,
        SkippedColumn,
        ColumnCount
    };
    enum Role {
        CodeRole = Qt::UserRole + 1, // the Outcome code, once checked
        CheckRole,                   // PreflightCheck of the name and port columns
        DoneRole,                    // bool
    };

    explicit PreflightModel(QObject *parent = nullptr);

    // A new preflight: a row per target as Preflight planned it (the
    // transport and the steps passed over), none checked yet.
    void begin(const QList<PreflightResult> &planned);
    void addResult(const PreflightResult &result);
    // Applies what is buffered now (the timer does it otherwise).
    void applyPending();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool isDone(int row) const { return m_rows.at(row).done; }
    const PreflightResult &result(int row) const { return m_rows.at(row).result; }
    int doneCount() const;
    int reachableCount() const;

    // Row `row` in full, a line per part, for the details under the table.
    QString detailText(int row) const;

    static QString checkText(PreflightCheck check);

Q_SIGNALS:
    void countsChanged();

private:
    struct Row
    {
        PreflightResult result;
        bool done = false;
    };
    QString displayText(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;

    QList<Row> m_rows;
    QList<PreflightResult> m_pending;
    QTimer m_applyTimer;
};

} // namespace netmsg::gui
