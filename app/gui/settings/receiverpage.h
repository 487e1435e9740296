#pragma once

#include "settings/isettingspage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReceiverPage;
}

namespace netmsg::gui {

class ConsoleContext;

// Settings > Receiver: the receiver inside the console, on or off, and the
// address and port it listens on (an address that is not an IP address, or
// a port outside 1-65535, is refused by name); with what it does now.
class ReceiverPage : public QWidget, public ISettingsPage
{
    Q_OBJECT
public:
    explicit ReceiverPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~ReceiverPage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override { return this; }
    void load(const Settings &settings) override;
    void save(Settings &settings) override;
    Outcome validate() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();

    std::unique_ptr<Ui::ReceiverPage> m_ui;
    ConsoleContext &m_context;
};

} // namespace netmsg::gui
