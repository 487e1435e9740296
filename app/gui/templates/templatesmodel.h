#pragma once

#include "templates/templatestore.h"

#include <QAbstractListModel>

namespace netmsg::gui {

// The message templates as the templates dialog edits them, in their order:
// the name is the row's text (editable in place), the text its TextRole.
// Nothing is stored until the dialog saves templates() to the TemplateStore.
class TemplatesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TextRole = Qt::UserRole + 1 };

    explicit TemplatesModel(QObject *parent = nullptr);

    void setTemplates(const QList<MessageTemplateEntry> &templates);
    const QList<MessageTemplateEntry> &templates() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // A new template after `row` (at the end for -1); returns its row.
    int addTemplate(const QString &name, const QString &text, int row = -1);
    bool removeTemplate(int row);
    // One place up (-1) or down (+1); false at either end.
    bool moveTemplate(int row, int offset);

private:
    QList<MessageTemplateEntry> m_rows;
};

} // namespace netmsg::gui
