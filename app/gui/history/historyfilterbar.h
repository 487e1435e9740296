#pragma once

#include "historystore.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class HistoryFilterBar;
}

namespace netmsg::gui {

// The history's filter: sent between two days (each may be "any"), a
// recipient and a text substring, a delivery state, the transport that
// ended the route. Every change is announced once the user pauses (typing
// does not read the history at each key); all of it is applied in SQL.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int debounceMs = 200;

    explicit HistoryFilterBar(QWidget *parent = nullptr);
    ~HistoryFilterBar() override;

    // The transports offered besides "any".
    void setTransports(const QStringList &ids);
    HistoryFilter filter() const;
    // Back to "any" everywhere (announced at once).
    void clear();
    void focusRecipient();
    // The day a date field shows "any" on.
    static QDate anyDate();

Q_SIGNALS:
    void filterChanged(const netmsg::HistoryFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillStates();
    void retranslate();

    std::unique_ptr<Ui::HistoryFilterBar> m_ui;
    QTimer m_debounce;
};

} // namespace netmsg::gui
