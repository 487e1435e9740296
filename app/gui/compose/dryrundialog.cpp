#include "dryrundialog.h"
#include "ui_dryrundialog.h"

#include "compose/planmodel.h"

#include <QHeaderView>
#include <QSet>

namespace netmsg::gui {

DryRunDialog::DryRunDialog(const QList<PlannedDelivery> &plan, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DryRunDialog>())
    , m_model(new PlanModel(plan, this))
{
    m_ui->setupUi(this);
    m_ui->planView->setModel(m_model);
    m_ui->planView->horizontalHeader()->setStretchLastSection(true);
    m_ui->planView->verticalHeader()->hide();
    m_ui->planView->setColumnWidth(PlanModel::RecipientColumn, 200);
    m_ui->planView->setColumnWidth(PlanModel::TransportColumn, 110);
    m_ui->planView->setColumnWidth(PlanModel::PartsColumn, 60);
    int parts = 0;
    QSet<QString> transports;
    for (const PlannedDelivery &planned : plan) {
        parts += int(planned.parts.size());
        if (!planned.transport.isEmpty())
            transports.insert(planned.transport);
    }
    QStringList names(transports.cbegin(), transports.cend());
    names.sort();
    m_ui->summaryLabel->setText(
        tr("Nothing was sent. A send would go to %n recipient(s)", nullptr, int(plan.size())) +
        QLatin1Char(' ') +
        tr("in %n message(s) through %1.", nullptr, parts).arg(names.join(QStringLiteral(", "))));
}

DryRunDialog::~DryRunDialog() = default;

} // namespace netmsg::gui
