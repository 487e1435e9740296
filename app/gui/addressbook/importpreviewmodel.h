#pragma once

#include "addressbook/contactcsv.h"

#include <QAbstractTableModel>
#include <QColor>

namespace netmsg::gui {

// Every row of a CSV import before anything is saved: its line, what it
// holds, and what will happen to it (a new contact, one that replaces a
// contact of the same name, or why it is rejected).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        NameColumn,
        AddressColumn,
        NoteColumn,
        GroupsColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role { AcceptedRole = Qt::UserRole + 1 };

    explicit ImportPreviewModel(const ContactImport &import, QObject *parent = nullptr);

    // The colour of a rejected row's text (StateColors::invalidInput()).
    void setRejectedColor(const QColor &color) { m_rejectedColor = color; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ContactImport &import() const { return m_import; }
    // Every text again, after the language changed.
    void retranslate();
    static QString resultText(const ImportRow &row);

private:
    ContactImport m_import;
    QColor m_rejectedColor;
};

} // namespace netmsg::gui
