#include "consolecontext.h"
#include "mainwindow/mainwindow.h"
#include "screenshots/screenshots.h"
#include "widgets/clippedtext.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// The console in a pseudo-locale (every string accented and 40 % longer,
// tests/gui/pseudolocale.py): every tab and dialog the screenshots walk
// shows each of its labels, buttons, group titles and tabs whole.
class tst_PseudoLocale : public QObject
{
    Q_OBJECT
private slots:
    void checkerSeesAClippedLabel();
    void everyTabAndDialogFitsLongerTexts();
};

// The checker itself: a label and a button too narrow for their text, and a
// tab bar too narrow for its tabs, are named; ones that fit are not.
void tst_PseudoLocale::checkerSeesAClippedLabel()
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *fits = new QLabel(QStringLiteral("Short"));
    auto *clipped = new QLabel(QStringLiteral("A label far longer than its fixed width"));
    clipped->setFixedWidth(60);
    auto *button = new QPushButton(QStringLiteral("A button with a long text"));
    button->setFixedWidth(50);
    auto *tabs = new QTabWidget;
    tabs->setFixedWidth(120);
    for (const char *name : {"First tab", "Second tab", "Third tab"})
        tabs->addTab(new QWidget, QString::fromLatin1(name));
    layout->addWidget(fits);
    layout->addWidget(clipped);
    layout->addWidget(button);
    layout->addWidget(tabs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString found = clippedTexts(&window).join(QLatin1Char('\n'));
    QVERIFY2(found.contains(QLatin1String("QLabel 'A label far longer")), qPrintable(found));
    QVERIFY2(found.contains(QLatin1String("QPushButton 'A button")), qPrintable(found));
    QVERIFY2(found.contains(QLatin1String("QTabBar")), qPrintable(found));
    QVERIFY2(!found.contains(QLatin1String("'Short'")), qPrintable(found));
}

void tst_PseudoLocale::everyTabAndDialogFitsLongerTexts()
{
    const std::unique_ptr<QTemporaryDir> home = Screenshots::prepareHome();
    Screenshots::fixLook();
    QTranslator pseudo;
    QVERIFY2(pseudo.load(QStringLiteral(NETMSG_PSEUDO_QM)), NETMSG_PSEUDO_QM);
    QCoreApplication::installTranslator(&pseudo);
    ConsoleContext context;
    context.start();
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The catalogue is in use: the window speaks the pseudo-language.
    QVERIFY2(window.menuBar()->actions().constFirst()->text().contains(QLatin1Char('~')) ||
                 window.menuBar()->actions().constFirst()->text().contains(QLatin1Char('[')),
             qPrintable(window.menuBar()->actions().constFirst()->text()));
    // NETMSG_PSEUDO_SHOTS keeps the shots for a look.
    QTemporaryDir scratch;
    const QString shots = qEnvironmentVariableIsSet("NETMSG_PSEUDO_SHOTS")
                              ? qEnvironmentVariable("NETMSG_PSEUDO_SHOTS")
                              : scratch.path();
    QDir().mkpath(shots);
    Screenshots screenshots(context, window, shots);
    screenshots.setCheckClipping(true);
    QCOMPARE(screenshots.run(), 0);
    const QStringList clipped = screenshots.clipped();
    QVERIFY2(clipped.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) do not fit:\n").arg(clipped.size()) +
                        clipped.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_PseudoLocale)
#include "tst_pseudolocale.moc"
