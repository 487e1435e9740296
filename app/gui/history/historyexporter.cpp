#include "historyexporter.h"

#include "history/deliveryhistorymodel.h"
#include "widgets/whenfinished.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace netmsg::gui {

namespace {
constexpr int messagePage = 100;
constexpr int deliveryPage = 1000;
// Rows gathered before they go to the worker.
constexpr int batchRows = 2000;
} // namespace

HistoryExporter::HistoryExporter(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_worker.setMaxThreadCount(1);
}

HistoryExporter::~HistoryExporter()
{
    if (m_file) {
        std::shared_ptr<HistoryExportFile> file = std::move(m_file);
        m_worker.start([file] { file->discard(); });
    }
    m_worker.waitForDone();
}

bool HistoryExporter::start(const HistoryFilter &filter, const QString &fileName, Format format)
{
    if (isRunning() || !m_store)
        return false;
    ++m_run;
    m_file = std::make_shared<HistoryExportFile>(fileName, format);
    m_filter = filter;
    m_filter.messageId = 0;
    m_messages.clear();
    m_messageIndex = m_messageOffset = 0;
    m_messagesAtEnd = false;
    m_batch.clear();
    m_batchRows = m_rows = m_total = 0;
    m_cancelled = false;
    const int run = m_run;
    // Counted for the progress bar while the pages are read (the reader
    // answers in order, so the count comes first).
    whenFinished(this, m_store->countDeliveries(m_filter),
                 [this, run](const HistoryRead<qint64> &count) {
                     if (run != m_run || !isRunning() || !count.outcome.isSuccess())
                         return;
                     m_total = count.rows;
                     emit progress(m_rows, m_total);
                 });
    readMessages();
    return true;
}

void HistoryExporter::cancel()
{
    if (isRunning())
        m_cancelled = true;
}

void HistoryExporter::readMessages()
{
    const int run = m_run;
    whenFinished(this, m_store->messages(m_filter, m_messageOffset, messagePage),
                 [this, run](const HistoryRead<QList<MessageSummary>> &read) {
                     if (run != m_run)
                         return;
                     if (!read.outcome.isSuccess()) {
                         finish(read.outcome);
                         return;
                     }
                     m_messages = read.rows;
                     m_messageIndex = 0;
                     m_messageOffset += int(read.rows.size());
                     m_messagesAtEnd = read.rows.size() < messagePage;
                     nextMessage();
                 });
}

void HistoryExporter::nextMessage()
{
    if (m_cancelled) {
        finish(Outcome(Code::Cancelled));
        return;
    }
    if (m_messageIndex < m_messages.size()) {
        m_current = {m_messages.at(m_messageIndex++), {}};
        readDeliveries(0);
    } else if (!m_messagesAtEnd) {
        readMessages();
    } else {
        flush(true);
    }
}

void HistoryExporter::readDeliveries(int offset)
{
    if (!m_store) {
        finish(Outcome(Code::InvalidFunction, tr("the history was closed")));
        return;
    }
    const int run = m_run;
    const HistoryFilter filter =
        DeliveryHistoryModel::paneFilter(m_current.summary.message.id, m_filter);
    whenFinished(this, m_store->deliveries(filter, offset, deliveryPage),
                 [this, run, offset](const HistoryRead<QList<DeliveryRecord>> &read) {
                     if (run != m_run)
                         return;
                     if (!read.outcome.isSuccess()) {
                         finish(read.outcome);
                         return;
                     }
                     m_current.deliveries += read.rows;
                     if (read.rows.size() == deliveryPage && !m_cancelled) {
                         readDeliveries(offset + deliveryPage);
                         return;
                     }
                     // Pages come newest first; a message's results read in order.
                     std::reverse(m_current.deliveries.begin(), m_current.deliveries.end());
                     m_batchRows += m_current.deliveries.size();
                     m_batch.append(std::move(m_current));
                     m_current = {};
                     if (m_batchRows >= batchRows)
                         flush(false);
                     else
                         nextMessage();
                 });
}

// Hands the batch to the worker; reading goes on once it is written, so
// that no more than a batch waits in memory.
void HistoryExporter::flush(bool last)
{
    const std::shared_ptr<HistoryExportFile> file = m_file;
    const QList<ExportedMessage> batch = std::exchange(m_batch, {});
    const qint64 rows = std::exchange(m_batchRows, 0);
    const int run = m_run;
    const QFuture<Outcome> writing = QtConcurrent::run(&m_worker, [file, batch, last] {
        const Outcome written = file->write(batch);
        if (!written.isSuccess() || !last)
            return written;
        return file->commit();
    });
    whenFinished(this, writing, [this, run, rows, last](const Outcome &written) {
        if (run != m_run)
            return;
        if (!written.isSuccess()) {
            finish(written);
            return;
        }
        m_rows += rows;
        emit progress(m_rows, qMax(m_total, m_rows));
        if (last)
            finish(Outcome::success());
        else
            nextMessage();
    });
}

void HistoryExporter::finish(const Outcome &outcome)
{
    std::shared_ptr<HistoryExportFile> file = std::move(m_file);
    if (!outcome.isSuccess() && file)
        m_worker.start([file] { file->discard(); });
    m_batch.clear();
    m_current = {};
    m_messages.clear();
    ++m_run;
    if (outcome.isSuccess()) {
        m_total = m_rows;
        emit progress(m_rows, m_total);
    }
    emit finished(outcome, m_rows);
}

} // namespace netmsg::gui
