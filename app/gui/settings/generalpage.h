#pragma once

#include "settings/isettingspage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class GeneralPage;
}

namespace netmsg::gui {

class ConsoleContext;
class RouteModel;

// Settings > General: the default route (every transport the registry knows,
// checked and ordered, each saying whether it works here), the sender name
// (a NetBIOS name, checked by Validation) and the OEM code page.
class GeneralPage : public QWidget, public ISettingsPage
{
    Q_OBJECT
public:
    explicit GeneralPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~GeneralPage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override { return this; }
    void load(const Settings &settings) override;
    void save(Settings &settings) override;
    Outcome validate() override;

    RouteModel *routeModel() const { return m_route; }
    void selectTransport(int row);
    void moveSelected(int offset);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();

    std::unique_ptr<Ui::GeneralPage> m_ui;
    ConsoleContext &m_context;
    RouteModel *m_route;
    QString m_loadedCodePage;
    bool m_codePageWasSet = false;
};

} // namespace netmsg::gui
