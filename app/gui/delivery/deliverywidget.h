#pragma once

#include "compose/sendrequest.h"
#include "resumeplan.h"

#include <functional>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class DeliveryWidget;
}

namespace netmsg::gui {

class ConsoleContext;
class DeliveryModel;

// The delivery tab: a job's progress, cancel, the per-recipient table as it
// fills, retry of what failed (unconfirmed only when the operator asks), the
// countdown of held transient failures, a chart of the outcome and export of
// the table. It runs core's DeliveryJob and nothing else.
class DeliveryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryWidget(ConsoleContext &context, QWidget *parent = nullptr);
    ~DeliveryWidget() override;

    // Starts the request; false (and says why) when it cannot start.
    bool run(const SendRequest &request);
    // Goes on with a message in history whose sender stopped before every
    // recipient was started (ResumePlan): reads its ledger, asks, records
    // those under way then as unconfirmed and sends to those never started.
    void resume(qint64 messageId);
    bool isRunning() const;
    bool hasFailed() const;
    DeliveryModel *model() const { return m_model; }
    qint64 messageId() const { return m_messageId; }

public Q_SLOTS:
    void cancel();
    // Sends again to the failed recipients, and to the unconfirmed ones too
    // when `includeUnconfirmed` (after asking: they may have arrived).
    void retryFailed(bool includeUnconfirmed);
    void exportTable();

Q_SIGNALS:
    void runningChanged(bool running);
    void finished();
    // An export ended: `error` is empty when the file was written.
    void exported(const QString &file, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Starts a job for `recipients`; `showRows` puts them in the table once
    // the job has taken them (a refused job leaves the table as it was).
    // `begin` starts the job (default: start(m_request.prototype, recipients)).
    bool startJob(const QList<Recipient> &recipients, const std::function<void()> &showRows,
                  const std::function<Outcome(DeliveryJob &)> &begin = {});
    void resumePlanned(const ResumePlan &plan);
    void setPreparing(bool preparing);
    void onFinished();
    void updateStatus();
    void updateHold();
    void updateHoldText();

    std::unique_ptr<Ui::DeliveryWidget> m_ui;
    ConsoleContext &m_context;
    DeliveryModel *m_model;
    QPointer<DeliveryJob> m_job;
    SendRequest m_request;
    QTimer m_countdown;
    QTimer m_chartTimer;
    qint64 m_messageId = 0;
    int m_total = 0;
    int m_done = 0;
    bool m_preparing = false; // a resume reads its plan or records its first rows
};

} // namespace netmsg::gui
