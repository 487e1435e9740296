#pragma once

#include "deliveryjob.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DryRunDialog;
}

namespace netmsg::gui {

class PlanModel;

// Shows what a send would do, recipient by recipient, without sending.
class DryRunDialog : public QDialog
{
    Q_OBJECT
public:
    DryRunDialog(const QList<PlannedDelivery> &plan, QWidget *parent = nullptr);
    ~DryRunDialog() override;

    PlanModel *model() const { return m_model; }

private:
    std::unique_ptr<Ui::DryRunDialog> m_ui;
    PlanModel *m_model;
};

} // namespace netmsg::gui
