#include "addressbook/addressbook.h"
#include "addressbook/addressbookwidget.h"
#include "addressbook/contactcsv.h"
#include "addressbook/contactdialog.h"
#include "addressbook/importdialog.h"
#include "consolecontext.h"
#include "mainwindow/mainwindow.h"
#include "settings/aboutdialog.h"
#include "settings/settingsdialog.h"
#include "templates/templatesdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// Every form of the address book, the settings pages and the About,
// Templates, Contact and Import dialogs, at their default size with real
// content: no label, button or check box is narrower or lower than its text
// needs (clipped text), in English and in German. With NETMSG_SCREENSHOTS
// set to a folder, each is saved there as a PNG to be looked at.
class tst_SettingsScreens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void formsFitTheirText_data();
    void formsFitTheirText();

private:
    void fillAddressBook();
    QWidget *open(const QString &form);
    static QStringList clipped(QWidget *form);
    static void save(QWidget *form, const QString &name);

    QTemporaryDir m_home;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QWidget> m_open;
};

void tst_SettingsScreens::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_home.isValid());
    qputenv("NETMSG_HOME", m_home.path().toLocal8Bit());
    m_context = std::make_unique<ConsoleContext>();
    m_context->settings().setReceiverEnabled(false);
    m_context->settings().setSenderName("ADMIN");
    m_context->settings().setRoute({"winpopup", "loopback"});
    QVERIFY(m_context->start().isSuccess());
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->resize(1100, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    fillAddressBook();
}

void tst_SettingsScreens::cleanupTestCase()
{
    delete m_open;
    Translations::uninstall();
    if (HistoryStore *history = m_context->history())
        history->unreadCount().waitForFinished();
    m_window.reset();
    m_context.reset();
}

void tst_SettingsScreens::fillAddressBook()
{
    AddressBook *book = m_window->addressBook()->book();
    const QList<Contact> contacts{
        {"Front desk", "RECEPTION", "ground floor, by the door"},
        {"Lab 1", "LAB1@10.0.0.21", ""},
        {"Lab 2", "LAB2@10.0.0.22", "shared with QA"},
        {"Mail server", "MAIL@mail.example.org:139", "Samba 4.17"},
        {"Night operator", "OPS", "on call 22:00-06:00"},
        {"Print room", "PRINT01", ""},
    };
    for (const Contact &contact : contacts)
        QVERIFY(book->addContact(contact).isSuccess());
    QVERIFY(book->addGroup("admins").isSuccess());
    QVERIFY(book->addGroup("labs").isSuccess());
    QVERIFY(book->addGroup("night shift").isSuccess());
    QTRY_COMPARE(book->groupNames().size(), 3);
    QVERIFY(book->setMembers("labs", {"LAB1@10.0.0.21", "LAB2@10.0.0.22"}).isSuccess());
    QVERIFY(
        book->setMembers("admins", {"OPS", "@labs", "MAIL@mail.example.org:139", "BACKUP@10.0.0.9"})
            .isSuccess());
    QTRY_COMPARE(book->pendingWrites(), 0);
    QTRY_COMPARE(book->contacts().size(), contacts.size());
    m_window->addressBook()->selectGroup("admins");
}

void tst_SettingsScreens::formsFitTheirText_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de"}) {
        for (const char *form : {"addressbook", "settings-general", "settings-delivery",
                                 "settings-receiver", "settings-language", "settings-notifications",
                                 "about", "templates", "contact", "import"})
            QTest::addRow("%s %s", form, language) << form << language;
    }
}

QWidget *tst_SettingsScreens::open(const QString &form)
{
    if (form == "addressbook") {
        m_window->showTab(m_window->addressBook());
        return m_window.get();
    }
    QDialog *dialog = nullptr;
    if (form.startsWith("settings-")) {
        auto *settings = new SettingsDialog(*m_context, m_window.get());
        const QStringList pages{"general", "delivery", "receiver", "language", "notifications"};
        settings->showPage(int(pages.indexOf(form.mid(9))));
        dialog = settings;
    } else if (form == "about") {
        dialog = new AboutDialog(*m_context, m_window.get());
    } else if (form == "templates") {
        auto *templates = new TemplatesDialog(m_context->settings().raw(), m_window.get());
        templates->selectTemplate(1);
        dialog = templates;
    } else if (form == "contact") {
        auto *contact =
            new ContactDialog(*m_window->addressBook()->book(),
                              Contact{"Lab 2", "LAB2@10.0.0.22", "shared with QA"}, m_window.get());
        contact->findChild<QLineEdit *>("addressEdit")->setText("LAB 2?@10.0.0.22");
        dialog = contact;
    } else if (form == "import") {
        const ContactImport import = ContactCsv::read("name,address,note,group\n"
                                                      "Front desk,RECEPTION,ground floor,admins\n"
                                                      "Ops,OP?S,,\n"
                                                      ",PC9,no name here,\n"
                                                      "Lab 3,LAB3@10.0.0.23,,labs\n"
                                                      "Lab 3,LAB3B,a duplicate,\n",
                                                      *m_window->addressBook()->book());
        dialog = new ImportDialog(import, "contacts.csv", m_window.get());
    }
    if (dialog) {
        dialog->open();
        m_open = dialog;
    }
    return dialog;
}

// Labels and buttons whose text does not fit: narrower than their size hint
// (a word-wrapped label: lower than its height for its width).
QStringList tst_SettingsScreens::clipped(QWidget *form)
{
    QStringList problems;
    for (QWidget *widget : form->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        const auto *label = qobject_cast<QLabel *>(widget);
        const bool button = qobject_cast<QAbstractButton *>(widget) &&
                            !qobject_cast<QAbstractButton *>(widget)->text().isEmpty() &&
                            !widget->inherits("QToolButton");
        if (!button && !(label && !label->text().isEmpty()))
            continue;
        const QSize hint = widget->sizeHint();
        const bool fits =
            label && label->wordWrap()
                ? label->heightForWidth(label->width()) <= label->height()
                : widget->width() >= hint.width() && widget->height() >= hint.height();
        if (!fits)
            problems.append(
                QStringLiteral("%1 '%2' is %3x%4, needs %5x%6")
                    .arg(widget->objectName(),
                         label ? label->text() : qobject_cast<QAbstractButton *>(widget)->text())
                    .arg(widget->width())
                    .arg(widget->height())
                    .arg(hint.width())
                    .arg(label && label->wordWrap() ? label->heightForWidth(label->width())
                                                    : hint.height()));
    }
    return problems;
}

void tst_SettingsScreens::save(QWidget *form, const QString &name)
{
    const QString folder = qEnvironmentVariable("NETMSG_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(form->grab().save(QDir(folder).filePath(name + ".png")));
}

void tst_SettingsScreens::formsFitTheirText()
{
    QFETCH(QString, form);
    QFETCH(QString, language);
    delete m_open;
    if (Translations::current().left(2) != language) {
        Translations::install(language);
        QCoreApplication::processEvents(); // QEvent::LanguageChange reaches every widget
    }
    QWidget *shown = open(form);
    QVERIFY(shown);
    QVERIFY(QTest::qWaitForWindowExposed(shown));
    QTest::qWait(50); // layouts and re-reads settle
    const QStringList problems = clipped(shown);
    save(shown, form + (language == "en" ? QString() : "-" + language));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

QTEST_MAIN(tst_SettingsScreens)
#include "tst_settingsscreens.moc"
