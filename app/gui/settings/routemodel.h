#pragma once

#include "route.h"

#include <QAbstractTableModel>
#include <QColor>

namespace netmsg::gui {

// The default route as the General page edits it: every transport the
// registry knows (and any the route names that is not installed here), each
// with a check box (on the route or not) and whether it works on this
// system, and why not. The checked ones, top to bottom, are the route.
class RouteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TransportColumn, AvailabilityColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UsableRole };

    explicit RouteModel(QObject *parent = nullptr);

    // The route's steps first, in order and checked; then the others.
    void setTransports(const QList<RouteEntry> &route, const QList<RouteEntry> &all);
    QStringList route() const;
    // Moves a row one place up (-1) or down (+1); false at either end.
    bool moveRow(int row, int offset);
    void setColors(const QColor &usable, const QColor &unusable);
    // Every text again, after the language changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString availabilityText(const RouteEntry &entry);

private:
    struct Row
    {
        RouteEntry entry;
        bool onRoute = false;
    };
    QList<Row> m_rows;
    QColor m_usable;
    QColor m_unusable;
};

} // namespace netmsg::gui
