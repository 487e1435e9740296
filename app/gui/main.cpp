// netmsg-console: the Qt Widgets console over netmsg's core.
#include "consolecontext.h"
#include "mainwindow/mainwindow.h"
#include "screenshots/screenshots.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTemporaryDir>
#ifdef Q_OS_WIN
#include "dllsearchpath.h"
#endif

using namespace netmsg;

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Before Qt loads its platform plugin: no DLL from the working folder or PATH.
    if (const Outcome restricted = DllSearchPath::restrictToSafeFolders(); !restricted.isSuccess())
        qWarning("netmsg-console: %s", qPrintable(restricted.toString()));
#endif
    QLoggingCategory::setFilterRules(QStringLiteral("netmsg.*.debug=false\nnetmsg.*.info=false"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("netmsg"));
    QApplication::setOrganizationName(QStringLiteral("netmsg"));
    QApplication::setApplicationDisplayName(QStringLiteral("netmsg"));
    QApplication::setApplicationVersion(QStringLiteral(NETMSG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.netmsg.Console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "The netmsg console: send, receive and manage messages."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Language, e.g. de (default: the settings', else the system's)."),
        QStringLiteral("language"));
    parser.addOption(language);
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Fill a scratch history with demo data, take a screenshot "
                                        "of every tab and dialog into FOLDER, and quit."),
        QStringLiteral("folder"));
    parser.addOption(screenshots);
    parser.process(app);

    // Screenshots work in a scratch home of their own, never the user's.
    std::unique_ptr<QTemporaryDir> scratch;
    if (parser.isSet(screenshots)) {
        scratch = gui::Screenshots::prepareHome();
        gui::Screenshots::fixLook();
    }
    gui::ConsoleContext context;
    gui::ConsoleContext::installLanguage(parser.isSet(language) ? parser.value(language)
                                                                : context.settings().language());
    context.start();
    gui::MainWindow window(context);
    window.show();
    if (scratch)
        return gui::Screenshots(context, window, parser.value(screenshots)).run();
    return QApplication::exec();
}
