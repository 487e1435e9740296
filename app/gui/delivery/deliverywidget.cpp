#include "deliverywidget.h"
#include "ui_deliverywidget.h"

#include "consolecontext.h"
#include "delivery/deliverymodel.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/whenfinished.h"
#include "widgets/wordcolumns.h"

#include "route.h"

#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace netmsg::gui {

DeliveryWidget::DeliveryWidget(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeliveryWidget>())
    , m_context(context)
    , m_model(new DeliveryModel(this))
{
    m_ui->setupUi(this);
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DeliveryModel::DescriptionColumn, QHeaderView::Stretch);
    const int character = fontMetrics().averageCharWidth();
    m_ui->resultsView->setColumnWidth(DeliveryModel::RecipientColumn, character * 18);
    fitStateColumn(m_ui->resultsView, DeliveryModel::StateColumn);
    m_ui->resultsView->setColumnWidth(DeliveryModel::CodeColumn, character * 7);
    m_ui->resultsView->setColumnWidth(DeliveryModel::RouteColumn, character * 30);
    m_ui->resultsView->setColumnWidth(DeliveryModel::AttemptsColumn, character * 9);
    m_ui->resultsView->setColumnWidth(DeliveryModel::TimeColumn, character * 8);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->restoreState(
        m_context.settings().raw().value(QStringLiteral("window/deliverySplitter")).toByteArray());
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        m_context.settings().raw().setValue(QStringLiteral("window/deliverySplitter"),
                                            m_ui->splitter->saveState());
    });
    // The chart follows the counts, at most a few times a second.
    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(200);
    connect(&m_chartTimer, &QTimer::timeout, this, [this] {
        QHash<DeliveryState, int> states;
        for (DeliveryState state : {DeliveryState::Pending, DeliveryState::Delivered,
                                    DeliveryState::Failed, DeliveryState::Unconfirmed})
            states.insert(state, m_model->count(state));
        m_ui->chart->setCounts(states, m_model->categoryCounts());
        updateStatus();
    });
    connect(m_model, &DeliveryModel::countsChanged, this, [this] {
        if (!m_chartTimer.isActive())
            m_chartTimer.start();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &DeliveryWidget::updateHold);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DeliveryWidget::cancel);
    connect(m_ui->retryButton, &QPushButton::clicked, this,
            [this] { retryFailed(m_ui->unconfirmedCheck->isChecked()); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &DeliveryWidget::exportTable);
    m_chartTimer.start(0);
    m_ui->holdLabel->hide();
    updateStatus();
}

DeliveryWidget::~DeliveryWidget()
{
    delete m_job; // records every recipient still under way as cancelled
}

bool DeliveryWidget::isRunning() const
{
    return m_preparing || (m_job && m_job->isRunning());
}

void DeliveryWidget::setPreparing(bool preparing)
{
    if (m_preparing == preparing)
        return;
    m_preparing = preparing;
    updateStatus();
    emit runningChanged(isRunning());
}

bool DeliveryWidget::hasFailed() const
{
    return m_model->count(DeliveryState::Failed) > 0 ||
           m_model->count(DeliveryState::Unconfirmed) > 0;
}

bool DeliveryWidget::run(const SendRequest &request)
{
    if (isRunning()) {
        MessageBox::warning(this, tr("Delivery"),
                            tr("A delivery is still running: cancel it or wait for it to end."));
        return false;
    }
    m_request = request;
    return startJob(request.recipients,
                    [this, recipients = request.recipients] { m_model->begin(recipients); });
}

void DeliveryWidget::resume(qint64 messageId)
{
    if (isRunning()) {
        MessageBox::warning(this, tr("Resume"),
                            tr("A delivery is still running: cancel it or wait for it to end."));
        return;
    }
    HistoryStore *history = m_context.history();
    if (!history) {
        MessageBox::warning(this, tr("Resume"),
                            tr("There is no history to resume from: %1")
                                .arg(m_context.historyOutcome().toString()));
        return;
    }
    setPreparing(true);
    whenFinished(this, ResumePlan::read(*history, messageId),
                 [this](const ResumePlan &plan) { resumePlanned(plan); });
}

void DeliveryWidget::resumePlanned(const ResumePlan &plan)
{
    setPreparing(false);
    if (!plan.isResumable()) {
        MessageBox::warning(this, tr("Resume"),
                            tr("Message #%1 cannot be resumed: %2")
                                .arg(QString::number(plan.messageId), plan.outcome.toString()));
        return;
    }
    if (!plan.hasWork()) {
        MessageBox::warning(this, tr("Resume"),
                            tr("Every recipient of message #%1 has a result: nothing is left to "
                               "send.")
                                .arg(plan.messageId));
        return;
    }
    QString question =
        plan.rest.isEmpty()
            ? tr("Every recipient of message #%1 was started before netmsg stopped: nothing is "
                 "left to send.")
                  .arg(plan.messageId)
            : tr("Resume message #%1: send it to the %n recipient(s) it was never sent to?",
                 nullptr, int(plan.rest.size()))
                  .arg(plan.messageId);
    if (!plan.inFlight.isEmpty())
        question += QLatin1Char(' ') +
                    tr("%n recipient(s) were under way when netmsg stopped and may have got it: "
                       "they are recorded as unconfirmed and not sent again.",
                       nullptr, int(plan.inFlight.size()));
    const auto answer = MessageBox::question(
        this, tr("Resume"), question, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (answer != QMessageBox::Ok || isRunning() || !m_context.history())
        return;

    // Those under way are on disk as unconfirmed before anything is sent.
    setPreparing(true);
    whenFinished(
        this, plan.recordInFlight(*m_context.history()), [this, plan](const HistoryWrite &written) {
            setPreparing(false);
            if (!written.outcome.isSuccess()) {
                MessageBox::warning(
                    this, tr("Resume"),
                    tr("Cannot record message #%1's unconfirmed recipients, so "
                       "nothing was sent: %2")
                        .arg(QString::number(plan.messageId), written.outcome.toString()));
                return;
            }
            const QList<DeliveryResult> inFlight = plan.inFlightResults();
            m_request = SendRequest{plan.prototype(), plan.rest,
                                    Route::resolve(m_context.registry(), plan.routeIds()),
                                    m_context.deliveryOptions()};
            m_request.options.overLimit = plan.overLimit();
            m_messageId = plan.messageId;
            if (plan.rest.isEmpty()) {
                delete m_job;
                m_model->beginResume(inFlight, {});
                updateStatus();
                emit finished();
                return;
            }
            startJob(
                plan.rest,
                [this, inFlight, rest = plan.rest] { m_model->beginResume(inFlight, rest); },
                [plan](DeliveryJob &job) {
                    return job.resume(plan.messageId, plan.prototype(), plan.rest, plan.positions,
                                      plan.lock);
                });
        });
}

bool DeliveryWidget::startJob(const QList<Recipient> &recipients,
                              const std::function<void()> &showRows,
                              const std::function<Outcome(DeliveryJob &)> &begin)
{
    delete m_job;
    auto *job = new DeliveryJob(m_request.route, m_context.history(), this);
    m_job = job;
    job->setOptions(m_request.options);
    connect(job, &DeliveryJob::recipientFinished, m_model, &DeliveryModel::addResult);
    connect(job, &DeliveryJob::held, m_model, &DeliveryModel::markHeld);
    connect(job, &DeliveryJob::held, this, [this] {
        if (!m_countdown.isActive())
            m_countdown.start();
    });
    connect(job, &DeliveryJob::started, this, [this, job] { m_messageId = job->messageId(); });
    connect(job, &DeliveryJob::progress, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
    });
    connect(job, &DeliveryJob::finished, this, &DeliveryWidget::onFinished);
    m_done = 0;
    m_total = int(recipients.size());
    m_ui->progressBar->setMaximum(qMax(1, m_total));
    m_ui->progressBar->setValue(0);
    const Outcome started = begin ? begin(*job) : job->start(m_request.prototype, recipients);
    if (!started.isSuccess()) {
        // Nothing went out: the table keeps what it showed.
        MessageBox::warning(this, tr("Cannot send"), started.toString());
        updateStatus();
        return false;
    }
    // Results come from the event loop, after the rows are there.
    showRows();
    emit runningChanged(true);
    updateStatus();
    return true;
}

void DeliveryWidget::cancel()
{
    if (m_job)
        m_job->cancel();
}

void DeliveryWidget::retryFailed(bool includeUnconfirmed)
{
    if (isRunning())
        return;
    QList<int> rows = m_model->rows(DeliveryState::Failed);
    const QList<int> unconfirmed = m_model->rows(DeliveryState::Unconfirmed);
    if (includeUnconfirmed && !unconfirmed.isEmpty()) {
        const auto answer = MessageBox::question(
            this, tr("Send unconfirmed again?"),
            tr("%n unconfirmed message(s) may have arrived already. Sending them again may "
               "deliver them twice. Send again?",
               nullptr, int(unconfirmed.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            rows += unconfirmed;
            std::sort(rows.begin(), rows.end());
        }
    }
    if (rows.isEmpty())
        return;
    QList<Recipient> recipients;
    for (int row : std::as_const(rows))
        recipients.append(m_model->recipient(row));
    startJob(recipients, [this, rows] { m_model->beginRetry(rows); });
}

void DeliveryWidget::onFinished()
{
    m_model->applyPending();
    m_countdown.stop();
    if (m_job && !m_job->historyOutcome().isSuccess())
        MessageBox::warning(
            this, tr("History"),
            tr("Some results are not in the history: %1").arg(m_job->historyOutcome().toString()));
    m_chartTimer.start(0);
    updateHold();
    emit runningChanged(false);
    emit finished();
}

void DeliveryWidget::updateStatus()
{
    const bool running = isRunning();
    m_ui->cancelButton->setEnabled(running);
    m_ui->retryButton->setEnabled(!running && m_model->count(DeliveryState::Failed) +
                                                      m_model->count(DeliveryState::Unconfirmed) >
                                                  0);
    m_ui->exportButton->setEnabled(!running && m_model->rowCount() > 0);
    const QLocale locale;
    if (m_model->rowCount() == 0) {
        m_ui->statusLabel->setText(tr("Nothing sent yet. Compose a message and press Send."));
        return;
    }
    const QString counts = tr("%1 delivered, %2 failed, %3 unconfirmed")
                               .arg(locale.toString(m_model->count(DeliveryState::Delivered)),
                                    locale.toString(m_model->count(DeliveryState::Failed)),
                                    locale.toString(m_model->count(DeliveryState::Unconfirmed)));
    m_ui->statusLabel->setText(
        running ? tr("Sending: %1 of %2 done (%3)")
                      .arg(locale.toString(m_done), locale.toString(m_total), counts)
                : tr("Done: %1 of %2 recipients (%3)")
                      .arg(locale.toString(m_model->rowCount() -
                                           m_model->count(DeliveryState::Pending)),
                           locale.toString(m_model->rowCount()), counts));
}

void DeliveryWidget::updateHold()
{
    updateHoldText();
    m_ui->holdLabel->setVisible(!m_ui->holdLabel->text().isEmpty());
}

void DeliveryWidget::updateHoldText()
{
    const int held = m_model->heldCount();
    const QDateTime deadline = m_request.options.holdUntil;
    if (held == 0 || !isRunning()) {
        m_ui->holdLabel->setText(
            deadline.isValid() && !isRunning()
                ? tr("Holding ended at %1.")
                      .arg(QLocale().toString(deadline.toLocalTime().time(), QLocale::ShortFormat))
                : QString());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto clock = [](qint64 seconds) {
        seconds = qMax<qint64>(0, seconds);
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    m_ui->holdLabel->setText(
        tr("%n held for retry; next try in %1, holding until %2 (%3 left)", nullptr, held)
            .arg(clock(now.secsTo(m_model->nextRetry())),
                 QLocale().toString(deadline.toLocalTime().time(), QLocale::ShortFormat),
                 clock(now.secsTo(deadline))));
}

void DeliveryWidget::exportTable()
{
    const QString file =
        FileDialog::saveFileName(this, tr("Export Results"), QStringLiteral("delivery.csv"),
                                 tr("CSV files (*.csv);;JSON files (*.json)"));
    if (file.isEmpty())
        return;
    const bool json = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QByteArray data = json ? m_model->toJson() : m_model->toCsv();
    // Written off the GUI thread; the disk may be slow.
    whenFinished(this, QtConcurrent::run([file, data] {
                     QSaveFile out(file);
                     if (!out.open(QIODevice::WriteOnly))
                         return out.errorString();
                     out.write(data);
                     return out.commit() ? QString() : out.errorString();
                 }),
                 [this, file](const QString &error) {
                     if (!error.isEmpty())
                         MessageBox::warning(this, tr("Export"),
                                             tr("Cannot write %1: %2").arg(file, error));
                     emit exported(file, error);
                 });
}

void DeliveryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        fitStateColumn(m_ui->resultsView, DeliveryModel::StateColumn);
        updateStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace netmsg::gui
