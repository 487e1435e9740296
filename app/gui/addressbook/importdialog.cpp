#include "importdialog.h"
#include "ui_importdialog.h"

#include "addressbook/importpreviewmodel.h"
#include "widgets/statecolors.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace netmsg::gui {

ImportDialog::ImportDialog(const ContactImport &import, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_model(new ImportPreviewModel(import, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_fileName(fileName)
{
    m_ui->setupUi(this);
    m_model->setRejectedColor(StateColors(palette()).invalidInput());
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ImportPreviewModel::AcceptedRole);
    m_filter->setFilterKeyColumn(ImportPreviewModel::LineColumn);
    m_ui->previewView->setModel(m_filter);
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_ui->previewView->horizontalHeader();
    header->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    m_ui->previewView->setColumnWidth(ImportPreviewModel::LineColumn, character * 7);
    m_ui->previewView->setColumnWidth(ImportPreviewModel::NameColumn, character * 18);
    m_ui->previewView->setColumnWidth(ImportPreviewModel::AddressColumn, character * 20);
    m_ui->previewView->setColumnWidth(ImportPreviewModel::NoteColumn, character * 16);
    m_ui->previewView->setColumnWidth(ImportPreviewModel::GroupsColumn, character * 12);
    connect(m_ui->rejectedOnlyCheck, &QCheckBox::toggled, this, &ImportDialog::setRejectedOnly);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(import.accepted() > 0);
    m_ui->rejectedOnlyCheck->setEnabled(import.rejected() > 0);
    retranslate();
}

ImportDialog::~ImportDialog() = default;

const ContactImport &ImportDialog::import() const
{
    return m_model->import();
}

void ImportDialog::setRejectedOnly(bool rejectedOnly)
{
    if (m_ui->rejectedOnlyCheck->isChecked() != rejectedOnly)
        m_ui->rejectedOnlyCheck->setChecked(rejectedOnly);
    m_filter->setFilterFixedString(rejectedOnly ? QStringLiteral("false") : QString());
}

void ImportDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_model->retranslate();
    const ContactImport &rows = import();
    m_ui->summaryLabel->setText(
        tr("%1: rows %2, to import %3, rejected %4. Nothing is saved until you import.")
            .arg(QFileInfo(m_fileName).fileName())
            .arg(rows.rows.size())
            .arg(rows.accepted())
            .arg(rows.rejected()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(tr("&Import Accepted Rows (%1)").arg(rows.accepted()));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace netmsg::gui
