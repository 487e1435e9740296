#pragma once

#include "preflight.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class PreflightDialog;
}

namespace netmsg::gui {

class PreflightModel;

// Checks, target by target, whether the route could reach each recipient
// now, without sending anything (core's Preflight); rows fill in as the
// answers come. Opened without blocking; Stop ends the probes still open,
// Check Again runs them anew.
class PreflightDialog : public QDialog
{
    Q_OBJECT
public:
    PreflightDialog(const QList<RouteEntry> &route, const QList<Recipient> &targets,
                    QWidget *parent = nullptr);
    ~PreflightDialog() override;

    // Before start(): how many probes at once, and how long each may take.
    void setLimits(int concurrency, int timeoutMs);
    // A line under the summary (e.g. what the check does not cover).
    void setNote(const QString &note);
    void start();

    PreflightModel *model() const { return m_model; }
    bool isRunning() const;
    QString summaryText() const;
    // The selected target in full: every skipped step and why, each check,
    // the probe's Outcome.
    QString detailsText() const;

public Q_SLOTS:
    void stop();
    void reject() override;

private:
    void updateSummary();
    void updateDetails();
    void onFinished();

    std::unique_ptr<Ui::PreflightDialog> m_ui;
    QList<Recipient> m_targets;
    Preflight *m_preflight;
    PreflightModel *m_model;
    QPushButton *m_stopButton;
    QPushButton *m_againButton;
    QString m_note;
};

} // namespace netmsg::gui
