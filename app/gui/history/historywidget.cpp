#include "historywidget.h"
#include "ui_historywidget.h"

#include "consolecontext.h"
#include "history/deliveryhistorymodel.h"
#include "history/historyexporter.h"
#include "history/messagehistorymodel.h"
#include "history/scrollanchor.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/whenfinished.h"
#include "widgets/wordcolumns.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>

namespace netmsg::gui {

HistoryWidget::HistoryWidget(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryWidget>())
    , m_context(context)
    , m_messages(new MessageHistoryModel(context.history(), this))
    , m_deliveries(new DeliveryHistoryModel(context.history(), this))
    , m_exporter(new HistoryExporter(context.history(), this))
{
    m_ui->setupUi(this);
    QStringList transports;
    for (const RouteEntry &entry : m_context.allTransports())
        transports.append(entry.id);
    m_ui->filterBar->setTransports(transports);
    setUpViews();
    createActions();
    connect(m_ui->filterBar, &HistoryFilterBar::filterChanged, this, &HistoryWidget::applyFilter);
    connect(m_messages, &MessageHistoryModel::loaded, this, &HistoryWidget::messagesLoaded);
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, &HistoryWidget::updateStatus);
    connect(m_deliveries, &DeliveryHistoryModel::loaded, this,
            &HistoryWidget::updateDeliveriesLabel);
    connect(m_exporter, &HistoryExporter::progress, this, &HistoryWidget::exportProgress);
    connect(m_exporter, &HistoryExporter::finished, this, &HistoryWidget::exportFinished);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryWidget::exportHistory);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->messagesView->currentIndex();
        if (current.isValid() && current.data(MessageHistoryModel::PendingRole).toInt() > 0)
            emit resumeRequested(current.data(MessageHistoryModel::IdRole).toLongLong());
    });
    // The totals of the selected message change as a job runs (this console's or another's).
    connect(m_messages, &QAbstractItemModel::dataChanged, this, &HistoryWidget::updateResumeButton);
    connect(m_messages, &QAbstractItemModel::modelReset, this, &HistoryWidget::updateResumeButton);
    // The count beside the deliveries pane follows new results as its rows do.
    if (HistoryStore *store = context.history()) {
        connect(store, &HistoryStore::changed, this, [this](HistoryStore::Tables tables) {
            if (tables.testFlag(HistoryStore::Table::Deliveries))
                countDeliveries();
        });
    }
    connect(m_ui->cancelExportButton, &QPushButton::clicked, this, &HistoryWidget::cancelExport);
    m_ui->exportProgress->hide();
    m_ui->cancelExportButton->hide();
    // The header row keeps its height whether or not the button shows.
    QSizePolicy resumePolicy = m_ui->resumeButton->sizePolicy();
    resumePolicy.setRetainSizeWhenHidden(true);
    m_ui->resumeButton->setSizePolicy(resumePolicy);
    updateStatus();
    updateDeliveriesLabel();
    updateResumeButton();
}

HistoryWidget::~HistoryWidget() = default;

void HistoryWidget::showMessage(qint64 messageId)
{
    m_wantedMessage = messageId;
    const int row = m_messages->rowOf(messageId);
    if (row < 0)
        return;
    m_wantedMessage = 0;
    m_ui->messagesView->selectionModel()->setCurrentIndex(
        m_messages->index(row, MessageHistoryModel::TextColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HistoryWidget::setDeliveryRunning(bool running)
{
    m_deliveryRunning = running;
    updateResumeButton();
}

// Shown for a message some of whose recipients have no result: a job that
// ended before all of them (killed, the machine down). Resume sends to those
// never started; it waits while this console's delivery runs.
void HistoryWidget::updateResumeButton()
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    const int pending =
        current.isValid() ? current.data(MessageHistoryModel::PendingRole).toInt() : 0;
    m_ui->resumeButton->setVisible(pending > 0);
    m_ui->resumeButton->setEnabled(pending > 0 && !m_deliveryRunning && m_context.history());
    if (pending == 0)
        return;
    m_ui->resumeButton->setToolTip(
        m_deliveryRunning
            ? tr("A delivery is running: resume when it has ended")
            : tr("%n recipient(s) of message #%1 have no result: send to those never started "
                 "(any under way when netmsg stopped are recorded unconfirmed, not sent again)",
                 nullptr, pending)
                  .arg(current.data(MessageHistoryModel::IdRole).toLongLong()));
}

HistoryFilterBar *HistoryWidget::filterBar() const
{
    return m_ui->filterBar;
}

// Widths from the font, never from the contents: measuring a column would
// read every row (ResizeToContents), and the rows are a page of a million.
void HistoryWidget::setUpViews()
{
    const int character = fontMetrics().averageCharWidth();
    const int rowHeight = fontMetrics().height() + 6;
    QTableView *messages = m_ui->messagesView;
    messages->setModel(m_messages);
    new ScrollAnchor(messages);
    messages->verticalHeader()->hide();
    messages->verticalHeader()->setDefaultSectionSize(rowHeight);
    messages->horizontalHeader()->setStretchLastSection(false);
    messages->horizontalHeader()->setHighlightSections(false);
    messages->horizontalHeader()->setSectionResizeMode(MessageHistoryModel::TextColumn,
                                                       QHeaderView::Stretch);
    messages->setColumnWidth(MessageHistoryModel::SentColumn,
                             MessageHistoryModel::timeColumnWidth(messages->font()));
    messages->setColumnWidth(MessageHistoryModel::SenderColumn, character * 12);
    messages->setColumnWidth(MessageHistoryModel::TransportColumn, character * 16);

    QTableView *deliveries = m_ui->deliveriesView;
    deliveries->setModel(m_deliveries);
    new ScrollAnchor(deliveries);
    deliveries->verticalHeader()->hide();
    deliveries->verticalHeader()->setDefaultSectionSize(rowHeight);
    deliveries->horizontalHeader()->setStretchLastSection(false);
    deliveries->horizontalHeader()->setHighlightSections(false);
    deliveries->horizontalHeader()->setSectionResizeMode(DeliveryHistoryModel::DescriptionColumn,
                                                         QHeaderView::Stretch);
    deliveries->setColumnWidth(DeliveryHistoryModel::RecipientColumn, character * 20);
    deliveries->setColumnWidth(DeliveryHistoryModel::CodeColumn, character * 8);
    deliveries->setColumnWidth(DeliveryHistoryModel::TransportColumn, character * 12);
    deliveries->setColumnWidth(DeliveryHistoryModel::RouteColumn, character * 18);
    deliveries->setColumnWidth(DeliveryHistoryModel::AttemptsColumn, character * 10);
    deliveries->setColumnWidth(DeliveryHistoryModel::FinishedColumn,
                               DeliveryHistoryModel::timeColumnWidth(deliveries->font()));
    deliveries->setColumnWidth(DeliveryHistoryModel::TimeColumn, character * 9);
    fitWordColumns(); // both views have their models now

    connect(messages->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryWidget::currentMessageChanged);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    QSettings &settings = m_context.settings().raw();
    m_ui->splitter->restoreState(
        settings.value(QStringLiteral("window/historySplitter")).toByteArray());
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        m_context.settings().raw().setValue(QStringLiteral("window/historySplitter"),
                                            m_ui->splitter->saveState());
    });
}

void HistoryWidget::createActions()
{
    auto *find = new QAction(this);
    find->setObjectName(QStringLiteral("actionHistoryFind"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_ui->filterBar, &HistoryFilterBar::focusRecipient);
    addAction(find);
    auto *exportAction = new QAction(this);
    exportAction->setObjectName(QStringLiteral("actionHistoryExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &HistoryWidget::exportHistory);
    addAction(exportAction);
}

void HistoryWidget::applyFilter(const HistoryFilter &filter)
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    if (current.isValid())
        m_wantedMessage = current.data(MessageHistoryModel::IdRole).toLongLong();
    m_messages->setFilter(filter);
    updateStatus();
}

// A page came: keep the message that was selected (or asked for) selected,
// else select the newest, so that its deliveries show.
void HistoryWidget::messagesLoaded()
{
    updateStatus();
    QItemSelectionModel *selection = m_ui->messagesView->selectionModel();
    if (m_messages->rowCount() == 0) {
        if (m_messages->hasLoaded() && m_deliveries->messageId() != 0)
            m_deliveries->setMessage(0);
        updateDeliveriesLabel();
        return;
    }
    int row = -1;
    if (m_wantedMessage > 0)
        row = m_messages->rowOf(m_wantedMessage);
    if (row < 0 && selection->currentIndex().isValid())
        return;
    m_wantedMessage = 0;
    selection->setCurrentIndex(m_messages->index(qMax(0, row), MessageHistoryModel::TextColumn),
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HistoryWidget::currentMessageChanged()
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    const qint64 id =
        current.isValid() ? current.data(MessageHistoryModel::IdRole).toLongLong() : 0;
    m_deliveries->setMessage(id, m_messages->filter());
    m_deliveryCount = -1;
    countDeliveries();
    updateResumeButton();
}

// One count at a time: changes announced while one runs ask for one more
// after it, not one each (a job's results arrive in bursts).
void HistoryWidget::countDeliveries()
{
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    const int run = ++m_countRun;
    if (m_deliveries->messageId() > 0 && m_context.history()) {
        m_counting = true;
        whenFinished(this, m_context.history()->countDeliveries(m_deliveries->filter()),
                     [this, run](const HistoryRead<qint64> &count) {
                         m_counting = false;
                         if (run == m_countRun && !m_countAgain) {
                             m_deliveryCount = count.outcome.isSuccess() ? count.rows : -1;
                             updateDeliveriesLabel();
                         }
                         if (std::exchange(m_countAgain, false))
                             countDeliveries();
                     });
    }
    updateDeliveriesLabel();
}

void HistoryWidget::updateStatus()
{
    QString text;
    const QLocale locale;
    if (!m_context.history())
        text = tr("No history: %1").arg(m_context.historyOutcome().toString());
    else if (!m_messages->status().isSuccess())
        text = tr("Cannot read the history: %1").arg(m_messages->status().toString());
    else if (!m_messages->hasLoaded())
        text = tr("Reading the history…");
    else if (m_messages->rowCount() == 0)
        text = tr("No sent message matches the filter.");
    else if (m_messages->isAtEnd())
        text = tr("Sent messages: %1.").arg(locale.toString(m_messages->rowCount()));
    else
        text = tr("The newest %1 sent messages; older ones load as you scroll.")
                   .arg(locale.toString(m_messages->rowCount()));
    if (!m_exportStatus.isEmpty())
        text += QLatin1Char(' ') + m_exportStatus;
    m_ui->statusLabel->setText(text);
    m_ui->exportButton->setEnabled(m_context.history() && !m_exporter->isRunning());
}

void HistoryWidget::updateDeliveriesLabel()
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    if (!current.isValid() || m_deliveries->messageId() == 0) {
        m_ui->deliveriesLabel->setText(tr("Select a message to see its deliveries."));
        return;
    }
    if (!m_deliveries->status().isSuccess()) {
        m_ui->deliveriesLabel->setText(
            tr("Cannot read the deliveries: %1").arg(m_deliveries->status().toString()));
        return;
    }
    const QLocale locale;
    const QString sent =
        m_messages->data(m_messages->index(current.row(), MessageHistoryModel::SentColumn))
            .toString();
    const HistoryFilter &pane = m_deliveries->filter();
    const bool filtered = pane.state || !pane.recipient.isEmpty() || !pane.transport.isEmpty();
    const QString count = m_deliveryCount >= 0
                              ? locale.toString(m_deliveryCount)
                              : tr("%1 so far").arg(locale.toString(m_deliveries->rowCount()));
    m_ui->deliveriesLabel->setText(
        filtered ? tr("Deliveries of message #%1 (sent %2) that match the filter: %3")
                       .arg(QString::number(m_deliveries->messageId()), sent, count)
                 : tr("Deliveries of message #%1 (sent %2): %3")
                       .arg(QString::number(m_deliveries->messageId()), sent, count));
}

void HistoryWidget::exportHistory()
{
    if (m_exporter->isRunning() || !m_context.history())
        return;
    const QString file =
        FileDialog::saveFileName(this, tr("Export History"), QStringLiteral("history.csv"),
                                 tr("CSV files (*.csv);;JSON files (*.json)"));
    if (file.isEmpty())
        return;
    // What the table shows and what the file gets are one filter.
    const HistoryFilter filter = m_ui->filterBar->filter();
    applyFilter(filter);
    m_exportFile = file;
    m_exporter->start(filter, file, HistoryExportFile::formatFor(file));
    m_ui->exportProgress->setRange(0, 0);
    m_ui->exportProgress->show();
    m_ui->cancelExportButton->show();
    m_exportStatus = tr("Exporting to %1…").arg(file);
    updateStatus();
}

void HistoryWidget::cancelExport()
{
    m_exporter->cancel();
}

bool HistoryWidget::isExporting() const
{
    return m_exporter->isRunning();
}

// QProgressBar counts in int: the rows are scaled when there are more.
void HistoryWidget::exportProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    const qint64 scale = total / std::numeric_limits<int>::max() + 1;
    m_ui->exportProgress->setRange(0, int(total / scale));
    m_ui->exportProgress->setValue(int(qMin(done, total) / scale));
}

void HistoryWidget::exportFinished(const Outcome &outcome, qint64 rows)
{
    m_ui->cancelExportButton->hide();
    const QLocale locale;
    if (outcome.isSuccess()) {
        m_ui->exportProgress->setRange(0, 1);
        m_ui->exportProgress->setValue(1);
        m_exportStatus =
            tr("Exported %1 deliveries to %2.").arg(locale.toString(rows), m_exportFile);
    } else if (outcome.code() == Code::Cancelled) {
        m_ui->exportProgress->hide();
        m_exportStatus = tr("Export cancelled; nothing was written.");
    } else {
        m_ui->exportProgress->hide();
        m_exportStatus = tr("Export failed: %1").arg(outcome.toString());
        MessageBox::warning(this, tr("Export"),
                            tr("Cannot export to %1: %2").arg(m_exportFile, outcome.toString()));
    }
    updateStatus();
    emit exported(m_exportFile, outcome, rows);
}

// The count columns and the state column hold words of the language.
void HistoryWidget::fitWordColumns()
{
    for (int column = MessageHistoryModel::RecipientsColumn;
         column <= MessageHistoryModel::PendingColumn; ++column)
        fitHeaderWord(m_ui->messagesView, column, 10);
    fitStateColumn(m_ui->deliveriesView, DeliveryHistoryModel::StateColumn);
}

void HistoryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_messages),
                                          static_cast<QAbstractItemModel *>(m_deliveries)})
            emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
        fitWordColumns();
        updateStatus();
        updateDeliveriesLabel();
        updateResumeButton();
    }
    QWidget::changeEvent(event);
}

} // namespace netmsg::gui
