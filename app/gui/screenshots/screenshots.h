#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace netmsg::gui {

class ConsoleContext;
class MainWindow;

// The console takes its own documentation screenshots (as QGIS's
// --take-screenshots): a scratch home with demo data, every tab and dialog at
// a fixed size, font and locale, each saved as a PNG grab().
class Screenshots : public QObject
{
    Q_OBJECT
public:
    // A scratch NETMSG_HOME with the settings the shots need; call before the
    // ConsoleContext exists. The folder lives as long as the returned object.
    static std::unique_ptr<QTemporaryDir> prepareHome();
    // Fixed font and size, so that shots compare between runs and machines.
    static void fixLook();

    Screenshots(ConsoleContext &context, MainWindow &window, QString folder);
    // Fills the history, sends through loopback, takes every shot; returns
    // the process exit code (0: every shot saved).
    int run();
    // Also note every text a shot cannot show whole (clippedTexts), as
    // "shot: ...": the pseudo-locale test runs the shots with this on.
    void setCheckClipping(bool check) { m_checkClipping = check; }
    QStringList clipped() const { return m_clipped; }

private:
    bool fillHistory();
    bool addHqAliases(const QStringList &aliases);
    bool sendDemo();
    bool addAliasServers();
    // A send that stopped part way (as a killed netmsg leaves it), shown
    // selected in the history tab with its Resume button, then resumed.
    bool shootResume();
    void shootDialogs();
    bool shoot(const QString &name, QWidget *widget);
    bool shootTab(const QString &name, QWidget *tab);
    bool shootDialog(const QString &name, const std::function<QWidget *()> &open);

    ConsoleContext &m_context;
    MainWindow &m_window;
    QString m_folder;
    int m_saved = 0;
    QStringList m_failed;
    bool m_checkClipping = false;
    QStringList m_clipped;
};

} // namespace netmsg::gui
