#pragma once

#include "history/historyexportfile.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace netmsg::gui {

// Exports everything a history filter selects, not just the rows a view has
// fetched: every message the filter selects, page by page through the
// store's asynchronous reads (asked from this object's thread, as the store
// wants), each with the deliveries of it the filter selects (as the history
// tab's deliveries pane shows them). The file is written on a worker thread
// (HistoryExportFile), one batch at a time, so the GUI never waits on the
// disk and memory holds one batch. Paging by message keeps every offset
// small, so a history of 1,000,000 deliveries reads in linear time.
class HistoryExporter : public QObject
{
    Q_OBJECT
public:
    using Format = HistoryExportFile::Format;

    explicit HistoryExporter(HistoryStore *store, QObject *parent = nullptr);
    // Cancels a running export and waits for its worker.
    ~HistoryExporter() override;

    // False when one runs already or there is no history.
    bool start(const HistoryFilter &filter, const QString &fileName, Format format);
    void cancel();
    bool isRunning() const { return m_file != nullptr; }

Q_SIGNALS:
    // `total` is the number of deliveries the filter selects (0 until counted).
    void progress(qint64 done, qint64 total);
    // Success with the file in place, Cancelled, or why it failed.
    void finished(const netmsg::Outcome &outcome, qint64 rows);

private:
    void readMessages();
    void nextMessage();
    void readDeliveries(int offset);
    void flush(bool last);
    void finish(const Outcome &outcome);

    QPointer<HistoryStore> m_store;
    QThreadPool m_worker; // one thread: the batches go to the file in order
    std::shared_ptr<HistoryExportFile> m_file;
    HistoryFilter m_filter;
    QList<MessageSummary> m_messages; // the page being exported
    int m_messageIndex = 0;
    int m_messageOffset = 0;
    bool m_messagesAtEnd = false;
    ExportedMessage m_current;
    QList<ExportedMessage> m_batch;
    qint64 m_batchRows = 0;
    qint64 m_rows = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
    int m_run = 0; // a new start() makes the last run's continuations stale
};

} // namespace netmsg::gui
