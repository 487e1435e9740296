#include "compose/composewidget.h"
#include "consolecontext.h"
#include "mainwindow/mainwindow.h"
#include "templates/templatesdialog.h"
#include "templates/templatesmodel.h"
#include "templates/templatestore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// The templates dialog, opened from the main window's Tools menu: what is
// edited (renamed, retyped, added, reordered, removed) is stored on OK and
// only then, a template without a name or text is refused, and the compose
// tab's template list shows the new list at once.
class tst_TemplatesDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editsAreSavedAndComposeSeesThem();
    void cancelKeepsWhatWasStored();
    void refusesTemplatesWithoutNameOrText();

private:
    TemplatesDialog *openFromMenu() const;
    QStringList composeTemplates() const;

    QTemporaryDir m_home;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void tst_TemplatesDialog::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_home.isValid());
    qputenv("NETMSG_HOME", m_home.path().toLocal8Bit());
}

void tst_TemplatesDialog::init()
{
    m_context = std::make_unique<ConsoleContext>();
    m_context->settings().setReceiverEnabled(false);
    m_context->settings().raw().remove("templates"); // the defaults again
    m_context->start();
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
}

void tst_TemplatesDialog::cleanup()
{
    // Reads are answered in order: once this one is, no continuation of an
    // earlier one (compose's, the window's) is left to find its context gone.
    if (HistoryStore *history = m_context->history())
        history->unreadCount().waitForFinished();
    m_window.reset();
    m_context.reset();
}

TemplatesDialog *tst_TemplatesDialog::openFromMenu() const
{
    auto *action = m_window->findChild<QAction *>("actionTemplates");
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    for (auto *dialog : m_window->findChildren<TemplatesDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QStringList tst_TemplatesDialog::composeTemplates() const
{
    auto *box = m_window->compose()->findChild<QComboBox *>("templateBox");
    QStringList names;
    for (int i = 0; box && i < box->count(); ++i)
        names.append(box->itemText(i) + "=" + box->itemData(i).toString());
    return names;
}

void tst_TemplatesDialog::editsAreSavedAndComposeSeesThem()
{
    const QList<MessageTemplateEntry> defaults = TemplateStore::defaults();
    QCOMPARE(composeTemplates().size(), defaults.size());
    TemplatesDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->model()->rowCount(), defaults.size());

    dialog->selectTemplate(1);
    dialog->setName("Restart");
    dialog->setText("{recipient}: restart at {time}, please. {sender}");
    dialog->selectTemplate(0);
    dialog->findChild<QPushButton *>("removeButton")->click(); // Maintenance
    dialog->findChild<QPushButton *>("addButton")->click();    // after Restart
    dialog->setName("Fire drill");
    dialog->setText("Fire drill at {time}.");
    QCOMPARE(dialog->selectedTemplate(), 1);
    dialog->findChild<QPushButton *>("upButton")->click();
    QCOMPARE(dialog->selectedTemplate(), 0);

    const QStringList expected{"Fire drill=Fire drill at {time}.",
                               "Restart={recipient}: restart at {time}, please. {sender}",
                               "Back online=" + defaults.at(2).text};
    QVERIFY(composeTemplates() != expected); // nothing changed before OK
    dialog->accept();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(composeTemplates(), expected);

    // Stored: a console started afresh reads the same list.
    Settings settings;
    QStringList stored;
    for (const MessageTemplateEntry &entry : TemplateStore(settings.raw()).templates())
        stored.append(entry.name + "=" + entry.text);
    QCOMPARE(stored, expected);
}

void tst_TemplatesDialog::cancelKeepsWhatWasStored()
{
    const QStringList before = composeTemplates();
    TemplatesDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    dialog->selectTemplate(0);
    dialog->setName("Changed");
    dialog->reject();
    QCOMPARE(composeTemplates(), before);
    QCOMPARE(TemplateStore(m_context->settings().raw()).templates().first().name,
             TemplateStore::defaults().first().name);
}

void tst_TemplatesDialog::refusesTemplatesWithoutNameOrText()
{
    TemplatesDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    dialog->selectTemplate(0);
    dialog->setName(" ");
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->problem(), "Every template needs a name.");
    dialog->setName("reboot"); // the second is "Reboot"
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->problem(), "There are two templates named 'Reboot'.");
    dialog->setName("Maintenance");
    dialog->setText("");
    dialog->accept();
    QCOMPARE(dialog->problem(), "The template 'Maintenance' has no text.");
    dialog->setText("Look at {when}");
    QCOMPARE(dialog->problem(), "{when} is not a variable netmsg fills; it is sent as it is.");
    dialog->accept(); // a hint, not a refusal
    QVERIFY(!dialog->isVisible());
}

QTEST_MAIN(tst_TemplatesDialog)
#include "tst_templatesdialog.moc"
