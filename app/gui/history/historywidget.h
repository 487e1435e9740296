#pragma once

#include "historystore.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryWidget;
}

namespace netmsg::gui {

class ConsoleContext;
class DeliveryHistoryModel;
class HistoryExporter;
class HistoryFilterBar;
class MessageHistoryModel;

// The history tab: every send with its totals, the deliveries of the one
// selected, a filter applied in SQL as the user types (after a pause), and
// export of everything the filter selects to CSV or JSON with a progress bar
// and cancel. Both tables page from the store as they scroll, so a history
// of 1,000,000 deliveries opens with its first page.
class HistoryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWidget(ConsoleContext &context, QWidget *parent = nullptr);
    ~HistoryWidget() override;

    MessageHistoryModel *messagesModel() const { return m_messages; }
    DeliveryHistoryModel *deliveriesModel() const { return m_deliveries; }
    HistoryFilterBar *filterBar() const;
    bool isExporting() const;
    // Selects that message (now, or when a page that holds it comes).
    void showMessage(qint64 messageId);
    // While a delivery runs the console starts no other: Resume waits.
    void setDeliveryRunning(bool running);

public Q_SLOTS:
    // Asks for a file (FileDialog) and exports what the filter selects to it.
    void exportHistory();
    void cancelExport();

Q_SIGNALS:
    // An export ended: success, Cancelled, or why not.
    void exported(const QString &file, const netmsg::Outcome &outcome, qint64 rows);
    // The operator asked to resume this message (its pending recipients).
    void resumeRequested(qint64 messageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpViews();
    void createActions();
    void applyFilter(const HistoryFilter &filter);
    void messagesLoaded();
    void currentMessageChanged();
    // Counts the selected message's deliveries (under the pane's filter) anew.
    void countDeliveries();
    void fitWordColumns();
    void updateStatus();
    void updateDeliveriesLabel();
    void updateResumeButton();
    void exportProgress(qint64 done, qint64 total);
    void exportFinished(const Outcome &outcome, qint64 rows);

    std::unique_ptr<Ui::HistoryWidget> m_ui;
    ConsoleContext &m_context;
    MessageHistoryModel *m_messages;
    DeliveryHistoryModel *m_deliveries;
    HistoryExporter *m_exporter;
    qint64 m_wantedMessage = 0; // selected before a new filter: kept when it still shows
    qint64 m_deliveryCount = -1;
    int m_countRun = 0;
    bool m_counting = false;
    bool m_countAgain = false;
    bool m_deliveryRunning = false;
    QString m_exportFile;
    QString m_exportStatus;
};

} // namespace netmsg::gui
