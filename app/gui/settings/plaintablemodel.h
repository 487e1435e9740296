#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace netmsg::gui {

// A small read-only table of texts (the About dialog's transports and
// refused plugins): rows of cells under translated headers.
class PlainTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PlainTableModel(QObject *parent = nullptr);

    void setHeaders(const QStringList &headers);
    void setRows(const QList<QStringList> &rows);
    const QList<QStringList> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace netmsg::gui
