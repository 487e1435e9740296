#pragma once

#include "addressbook/contactcsv.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ImportDialog;
}

namespace netmsg::gui {

class ImportPreviewModel;

// The preview of a CSV import: every row with its line and what will
// happen to it, the rejected ones with their reason. It saves nothing: the
// address book tab imports the accepted rows once this is accepted.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const ContactImport &import, const QString &fileName, QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportPreviewModel *model() const { return m_model; }
    const ContactImport &import() const;
    // Shows only the rejected rows (the check box).
    void setRejectedOnly(bool rejectedOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportPreviewModel *m_model;
    QSortFilterProxyModel *m_filter;
    QString m_fileName;
};

} // namespace netmsg::gui
