#include "addressbook/addressbook.h"
#include "addressbook/addressbookwidget.h"
#include "addressbook/contactdialog.h"
#include "addressbook/contactsmodel.h"
#include "addressbook/importdialog.h"
#include "addressbook/importpreviewmodel.h"
#include "consolecontext.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// The address book tab on a real console context: a CSV import shows every
// row (the rejected ones with their line and reason) and saves nothing
// before it is confirmed, then exactly the accepted rows; export writes what
// import reads; the contact dialog and delete say what is wrong.
class tst_AddressBookWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importShowsEveryRowAndSavesOnlyOnConfirm();
    void cancelledImportSavesNothing();
    void fileWithoutHeaderIsRefused();
    void exportWritesWhatImportReads();
    void contactDialogSaysWhatIsWrong();
    void deleteAsksFirst();

private:
    QString writeFile(const QString &name, const QByteArray &content) const;
    QList<Contact> storedContacts() const { return m_context->history()->contacts().result().rows; }
    QMap<QString, QStringList> storedGroups() const
    {
        return m_context->history()->groups().result().rows;
    }
    ImportDialog *openImport(const QString &path);
    // The dialog open now (a closed one waits for deleteLater()).
    template <typename Dialog> Dialog *openDialog() const
    {
        for (Dialog *dialog : m_widget->findChildren<Dialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    QTemporaryDir m_home;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<AddressBookWidget> m_widget;
};

void tst_AddressBookWidget::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_home.isValid());
}

void tst_AddressBookWidget::init()
{
    // A fresh home (settings and history) for every test.
    const QString home = m_home.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(QDir().mkpath(home));
    qputenv("NETMSG_HOME", home.toLocal8Bit());
    m_context = std::make_unique<ConsoleContext>();
    m_context->settings().setReceiverEnabled(false);
    QVERIFY(m_context->start().isSuccess());
    m_widget = std::make_unique<AddressBookWidget>(*m_context);
    m_widget->show();
}

void tst_AddressBookWidget::cleanup()
{
    m_widget.reset();
    m_context.reset();
}

QString tst_AddressBookWidget::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = QDir(qEnvironmentVariable("NETMSG_HOME")).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

ImportDialog *tst_AddressBookWidget::openImport(const QString &path)
{
    FileDialog::setNextFileName(path);
    m_widget->importContacts();
    return openDialog<ImportDialog>();
}

void tst_AddressBookWidget::importShowsEveryRowAndSavesOnlyOnConfirm()
{
    const QString path = writeFile("contacts.csv", "name,address,note,group\n"
                                                   "Front desk,PC1,ground floor,admins\n"
                                                   "Ops,OP?S,a bad address,\n"
                                                   ",PC9,a row without a name,\n"
                                                   "Lab,LAB1@10.0.0.5:139,,admins|night\n"
                                                   "FRONT DESK,PC2,a duplicate,\n"
                                                   "\"Mail, room\",MAIL@mail.example.org,"
                                                   "\"quoted, with \"\"quotes\"\"\",\n");
    QVERIFY(!path.isEmpty());
    ImportDialog *dialog = openImport(path);
    QVERIFY(dialog);
    ImportPreviewModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model->rowCount(), 6);
    const auto cell = [model](int row, int column) {
        return model->data(model->index(row, column)).toString();
    };
    const QList<std::pair<int, QString>> expected{
        {2, "new contact"},
        {3, "rejected: the recipient 'OP?S' has the character '?' at position 3, which is not "
            "allowed in a name"},
        {4, "rejected: a contact needs a name"},
        {5, "new contact"},
        {6, "rejected: the name 'FRONT DESK' is already on line 2"},
        {7, "new contact"},
    };
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(cell(row, ImportPreviewModel::LineColumn).toInt(), expected.at(row).first);
        QCOMPARE(cell(row, ImportPreviewModel::ResultColumn), expected.at(row).second);
    }
    QCOMPARE(cell(5, ImportPreviewModel::NameColumn), "Mail, room");
    QCOMPARE(cell(5, ImportPreviewModel::NoteColumn), "quoted, with \"quotes\"");
    QCOMPARE(cell(3, ImportPreviewModel::GroupsColumn), "admins, night");
    QCOMPARE(dialog->import().accepted(), 3);
    dialog->setRejectedOnly(true);
    QCOMPARE(dialog->findChild<QTableView *>("previewView")->model()->rowCount(), 3);

    // Nothing is in the store before the import is confirmed.
    QTest::qWait(200);
    QVERIFY(storedContacts().isEmpty());
    QVERIFY(storedGroups().isEmpty());

    dialog->accept();
    QTRY_COMPARE(m_widget->book()->pendingWrites(), 0);
    QTRY_COMPARE(m_widget->contactsModel()->rowCount(), 3);
    QStringList names;
    for (const Contact &contact : storedContacts())
        names.append(contact.name + "=" + contact.address);
    QCOMPARE(names, QStringList({"Front desk=PC1", "Lab=LAB1@10.0.0.5:139",
                                 "Mail, room=MAIL@mail.example.org"}));
    QMap<QString, QStringList> groups = storedGroups();
    QCOMPARE(groups.value("admins"), QStringList({"PC1", "LAB1@10.0.0.5:139"}));
    QCOMPARE(groups.value("night"), QStringList({"LAB1@10.0.0.5:139"}));
    QCOMPARE(groups.size(), 2);
    QCOMPARE(m_widget->statusText(), "Imported 3 contact(s).");
}

void tst_AddressBookWidget::cancelledImportSavesNothing()
{
    const QString path = writeFile("few.csv", "Name;Address;Note\nDesk;PC1;\nLab;LAB1;x\n");
    ImportDialog *dialog = openImport(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->import().accepted(), 2); // semicolons, as some spreadsheets write
    dialog->reject();
    QTest::qWait(200);
    QCOMPARE(m_widget->book()->pendingWrites(), 0);
    QVERIFY(storedContacts().isEmpty());
}

void tst_AddressBookWidget::fileWithoutHeaderIsRefused()
{
    const QString path = writeFile("plain.csv", "PC1,PC2\nPC3\n");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int shown = MessageBox::shownCount();
    QVERIFY(!openImport(path));
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QCOMPARE(MessageBox::lastText(), "line 1 must be a header naming the columns name and address "
                                     "(note and group are optional); it reads 'PC1,PC2'");
    QCOMPARE(m_widget->statusText(), MessageBox::lastText());
}

void tst_AddressBookWidget::exportWritesWhatImportReads()
{
    AddressBook *book = m_widget->book();
    QVERIFY(book->addContact({"Desk", "PC1", "has, a comma"}).isSuccess());
    QVERIFY(book->addContact({"Lab", "LAB1@10.0.0.5", ""}).isSuccess());
    QVERIFY(book->addGroup("admins").isSuccess());
    QVERIFY(book->addGroup("night").isSuccess());
    QTRY_COMPARE(book->groupNames().size(), 2);
    QVERIFY(book->setMembers("admins", {"PC1", "LAB1@10.0.0.5", "OTHER"}).isSuccess());
    QVERIFY(book->setMembers("night", {"LAB1@10.0.0.5"}).isSuccess());
    QTRY_COMPARE(m_widget->contactsModel()->rowCount(), 2);

    const QString path = QDir(qEnvironmentVariable("NETMSG_HOME")).filePath("out.csv");
    FileDialog::setNextFileName(path);
    m_widget->exportContacts();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("name,address,note,group\n"
                                        "Desk,PC1,\"has, a comma\",admins\n"
                                        "Lab,LAB1@10.0.0.5,,admins|night\n"));

    ImportDialog *dialog = openImport(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->import().accepted(), 2);
    QCOMPARE(dialog->model()->data(dialog->model()->index(0, ImportPreviewModel::ResultColumn)),
             "replaces the contact of this name");
    QCOMPARE(dialog->import().rows.at(0).contact.note, "has, a comma");
    dialog->reject();
}

void tst_AddressBookWidget::contactDialogSaysWhatIsWrong()
{
    m_widget->newContact();
    auto *dialog = openDialog<ContactDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>("nameEdit");
    auto *address = dialog->findChild<QLineEdit *>("addressEdit");
    QCOMPARE(dialog->problem(), "a contact needs a name");
    address->setText("PC1");
    dialog->accept();
    QVERIFY(dialog->isVisible()); // refused
    QCOMPARE(dialog->problem(), "a contact needs a name");
    name->setText("Desk");
    address->setText("OP?S");
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problem().contains("'?' at position 3"));
    address->setText("PC1@10.0.0.1:139");
    QVERIFY(dialog->problem().isEmpty());
    dialog->accept();
    QTRY_COMPARE(m_widget->contactsModel()->rowCount(), 1);
    QCOMPARE(storedContacts().value(0).address, "PC1@10.0.0.1:139");

    // A second contact of the same name is refused by the dialog too.
    m_widget->newContact();
    dialog = openDialog<ContactDialog>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>("nameEdit")->setText("desk");
    dialog->findChild<QLineEdit *>("addressEdit")->setText("PC2");
    QCOMPARE(dialog->problem(), "there is already a contact named 'Desk'");
    dialog->reject();
}

void tst_AddressBookWidget::deleteAsksFirst()
{
    QVERIFY(m_widget->book()->addContact({"Desk", "PC1", ""}).isSuccess());
    QTRY_COMPARE(m_widget->contactsModel()->rowCount(), 1);
    auto *view = m_widget->findChild<QTableView *>("contactsView");
    view->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    m_widget->deleteContacts();
    QCOMPARE(MessageBox::lastText(), "Delete the contact Desk?");
    QTest::qWait(100);
    QCOMPARE(m_widget->contactsModel()->rowCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_widget->deleteContacts();
    QTRY_COMPARE(m_widget->contactsModel()->rowCount(), 0);
    QVERIFY(storedContacts().isEmpty());
}

QTEST_MAIN(tst_AddressBookWidget)
#include "tst_addressbookwidget.moc"
