#pragma once

#include "settings/isettingspage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DeliveryPage;
}

namespace netmsg::gui {

// Settings > Delivery: how a send runs (recipients at a time, the timeout
// per attempt, retries of transient failures), when it asks first
// (confirmRecipients) and the longest text it takes (maxTextCharacters).
class DeliveryPage : public QWidget, public ISettingsPage
{
    Q_OBJECT
public:
    explicit DeliveryPage(QWidget *parent = nullptr);
    ~DeliveryPage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override { return this; }
    void load(const Settings &settings) override;
    void save(Settings &settings) override;
    Outcome validate() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void alignFieldWidths();

    std::unique_ptr<Ui::DeliveryPage> m_ui;
};

} // namespace netmsg::gui
