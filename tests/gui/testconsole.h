#pragma once

#include "consolecontext.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

namespace netmsg::gui {

struct TestConsoleOptions
{
    std::function<void(const QString &historyPath)> prepare;
    bool receiver = false;
    QStringList route{QStringLiteral("loopback")};
};

// A console context in a home of the test's own (NETMSG_HOME: settings and
// history), its history filled first by `prepare` when given, and, unless
// asked for, no receiver.
class TestConsole
{
public:
    using Options = TestConsoleOptions;

    explicit TestConsole(const Options &options = {})
    {
        QLocale::setDefault(QLocale::c());
        qputenv("NETMSG_HOME", m_home.path().toUtf8());
        if (options.prepare)
            options.prepare(historyPath());
        context = std::make_unique<ConsoleContext>();
        context->settings().setReceiverEnabled(options.receiver);
        context->settings().setRoute(options.route);
        context->settings().setSenderName(QStringLiteral("ADMIN"));
        context->start();
    }

    QString historyPath() const { return m_home.filePath(QStringLiteral("history.sqlite")); }
    QString filePath(const QString &name) const { return m_home.filePath(name); }

private:
    QTemporaryDir m_home;

public:
    std::unique_ptr<ConsoleContext> context;
};

// Saves `widget` at a fixed size as NAME.png in $NETMSG_SCREENSHOT_DIR, when
// that is set (to look at the tabs with real data, as QGIS's screenshots do).
inline void saveScreenshot(QWidget *widget, const QString &name, QSize size = {1100, 680})
{
    const QString directory = qEnvironmentVariable("NETMSG_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    widget->resize(size);
    widget->show();
    QTest::qWait(100);
    const QString file = directory + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(file), qPrintable(file));
    qInfo().noquote() << "screenshot" << file;
}

} // namespace netmsg::gui
