#include "preflightdialog.h"
#include "ui_preflightdialog.h"

#include "compose/preflightmodel.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace netmsg::gui {

PreflightDialog::PreflightDialog(const QList<RouteEntry> &route, const QList<Recipient> &targets,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreflightDialog>())
    , m_targets(targets)
    , m_preflight(new Preflight(route, this))
    , m_model(new PreflightModel(this))
{
    m_ui->setupUi(this);
    m_stopButton = m_ui->buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_againButton = m_ui->buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    m_againButton->setObjectName(QStringLiteral("againButton"));
    connect(m_stopButton, &QPushButton::clicked, this, &PreflightDialog::stop);
    connect(m_againButton, &QPushButton::clicked, this, &PreflightDialog::start);

    m_ui->resultView->setModel(m_model);
    m_ui->resultView->verticalHeader()->hide();
    m_ui->resultView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultView->setColumnWidth(PreflightModel::TargetColumn, 180);
    m_ui->resultView->setColumnWidth(PreflightModel::TransportColumn, 170);
    m_ui->resultView->setColumnWidth(PreflightModel::NameColumn, 130);
    m_ui->resultView->setColumnWidth(PreflightModel::PortColumn, 110);
    m_ui->resultView->setColumnWidth(PreflightModel::ResultColumn, 380);

    connect(m_preflight, &Preflight::targetFinished, m_model, &PreflightModel::addResult);
    connect(m_preflight, &Preflight::finished, this, &PreflightDialog::onFinished);
    connect(m_model, &PreflightModel::countsChanged, this, &PreflightDialog::updateSummary);
    // A row's cells are one line each; the selected row is spelled out below.
    connect(m_ui->resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PreflightDialog::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PreflightDialog::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_ui->resultView->setCurrentIndex(m_model->index(0, 0));
    });
    updateSummary();
}

PreflightDialog::~PreflightDialog() = default;

void PreflightDialog::setLimits(int concurrency, int timeoutMs)
{
    m_preflight->setConcurrency(concurrency);
    m_preflight->setTimeoutMs(timeoutMs);
}

void PreflightDialog::setNote(const QString &note)
{
    m_note = note;
    updateSummary();
}

void PreflightDialog::start()
{
    if (m_preflight->isRunning())
        return;
    const Outcome started = m_preflight->start(m_targets);
    if (!started.isSuccess()) {
        m_ui->summaryLabel->setText(started.toString());
        return;
    }
    m_model->begin(m_preflight->results());
    m_stopButton->setEnabled(true);
    m_againButton->setEnabled(false);
    updateSummary();
}

void PreflightDialog::stop()
{
    m_preflight->cancel();
}

void PreflightDialog::reject()
{
    // Closing stops what still runs: nothing is left probing behind the operator.
    m_preflight->cancel();
    QDialog::reject();
}

bool PreflightDialog::isRunning() const
{
    return m_preflight->isRunning();
}

QString PreflightDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void PreflightDialog::onFinished()
{
    m_model->applyPending();
    m_stopButton->setEnabled(false);
    m_againButton->setEnabled(true);
    updateSummary();
}

QString PreflightDialog::detailsText() const
{
    return m_ui->detailsLabel->text();
}

void PreflightDialog::updateDetails()
{
    const QModelIndex current = m_ui->resultView->currentIndex();
    m_ui->detailsLabel->setText(current.isValid() ? m_model->detailText(current.row()) : QString());
}

void PreflightDialog::updateSummary()
{
    const int total = m_model->rowCount();
    const int done = m_model->doneCount();
    QString text =
        done < total || m_preflight->isRunning()
            ? tr("Checking %n target(s) without sending anything: ", nullptr, total) +
                  tr("%1 of %2 done.").arg(done).arg(total)
            : tr("Nothing was sent. %1 of %n target(s) could be reached now.", nullptr, total)
                  .arg(m_model->reachableCount());
    if (!m_note.isEmpty())
        text += QLatin1Char('\n') + m_note;
    m_ui->summaryLabel->setText(text);
}

} // namespace netmsg::gui
