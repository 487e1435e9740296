#pragma once

#include "deliveryjob.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

namespace netmsg::gui {

// A delivery job's recipients, a row each, as they go from pending to
// delivered, failed or unconfirmed. Results are buffered and applied on a
// short timer, one dataChanged() per batch over the rows they touched, so
// 10,000 results never cause 10,000 repaints. A retry re-runs some rows: a
// new job's results map back onto them.
class DeliveryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RecipientColumn,
        StateColumn,
        CodeColumn,
        DescriptionColumn,
        RouteColumn,
        AttemptsColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole + 1, CodeRole, CategoryRole };

    explicit DeliveryModel(QObject *parent = nullptr);

    // A new job: one row per recipient, all pending.
    void begin(const QList<Recipient> &recipients);
    // A retry of `rows`: they go back to pending, and the next job's result
    // `i` belongs to rows[i].
    void beginRetry(const QList<int> &rows);
    // A resume: the rows `finished` already have (those recorded unconfirmed
    // because they were under way when the sender died), then `rest` pending;
    // the job's result `i` belongs to rest[i].
    void beginResume(const QList<DeliveryResult> &finished, const QList<Recipient> &rest);
    void addResult(const DeliveryResult &result);
    void markHeld(int jobIndex, const QDateTime &retryAt, const Outcome &outcome);
    // Applies what is buffered now (the timer does it otherwise).
    void applyPending();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int count(DeliveryState state) const { return m_counts.value(state); }
    int heldCount() const;
    QDateTime nextRetry() const;
    QHash<OutcomeCategory, int> categoryCounts() const;
    QList<int> rows(DeliveryState state) const;
    Recipient recipient(int row) const { return m_rows.at(row).recipient; }
    const DeliveryResult &result(int row) const { return m_rows.at(row).result; }

    // The table as CSV or JSON (one object per recipient), for export.
    QByteArray toCsv() const;
    QByteArray toJson() const;

    static QString routeText(const QList<RouteStep> &route);

Q_SIGNALS:
    void countsChanged();

private:
    struct Row
    {
        Recipient recipient;
        DeliveryResult result;
        QDateTime heldUntil;
    };
    void setState(Row &row, DeliveryState state);

    QList<Row> m_rows;
    QList<int> m_jobRows; // job index -> row
    QList<DeliveryResult> m_pending;
    QHash<DeliveryState, int> m_counts;
    QTimer m_applyTimer;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
};

} // namespace netmsg::gui
