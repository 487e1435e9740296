#include "addressbook/addressbook.h"
#include "addressbook/contactsmodel.h"
#include "addressbook/groupsmodel.h"
#include "addressbook/membersmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace netmsg;
using namespace netmsg::gui;

// The address book's models over a real HistoryStore: each checked by
// QAbstractItemModelTester while the book is edited, refused edits that
// change nothing and say why, and writes by another process (a second
// store on the same file) that show up through changed().
class tst_AddressBookModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup();
    void contactsFollowTheBook();
    void contactNeedsANameAndARecipientAddress_data();
    void contactNeedsANameAndARecipientAddress();
    void editInPlaceIsCheckedAndSaved();
    void anotherProcessesContactsAppear();
    void groupsAndOrderedMembers();
    void badMembersAreRefused_data();
    void badMembersAreRefused();
    void renamingAGroupFollowsItsReferences();

private:
    QList<Contact> storedContacts() const { return m_store->contacts().result().rows; }
    void waitForWrites() const { QTRY_COMPARE_WITH_TIMEOUT(m_book->pendingWrites(), 0, 5000); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<AddressBook> m_book;
};

void tst_AddressBookModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("history.sqlite"))).isSuccess());
    m_book = std::make_unique<AddressBook>(m_store.get());
}

void tst_AddressBookModels::cleanup()
{
    m_book.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_AddressBookModels::contactsFollowTheBook()
{
    ContactsModel model(m_book.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_book->addContact({"Zeta desk", "ZETA", ""}).isSuccess());
    QVERIFY(m_book->addContact({"alpha", "PC7@10.0.0.7:139", "first floor"}).isSuccess());
    QVERIFY(m_book->addContact({"Mail room", "MAILROOM@mail.example.org", ""}).isSuccess());
    QTRY_COMPARE(model.rowCount(), 3);
    // Sorted by name without case, as the store compares names.
    QCOMPARE(model.data(model.index(0, ContactsModel::NameColumn)).toString(), "alpha");
    QCOMPARE(model.data(model.index(1, ContactsModel::NameColumn)).toString(), "Mail room");
    QCOMPARE(model.data(model.index(0, ContactsModel::AddressColumn)).toString(),
             "PC7@10.0.0.7:139");
    QCOMPARE(model.data(model.index(0, ContactsModel::NoteColumn)).toString(), "first floor");

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_book->removeContact("MAIL ROOM").isSuccess());
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(removed.size(), 1); // one row, not a reset
    QCOMPARE(m_book->removeContact("nobody").code(), quint32(Code::NerrNameNotFound));
    waitForWrites();
    QCOMPARE(storedContacts().size(), 2);
}

void tst_AddressBookModels::contactNeedsANameAndARecipientAddress_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no name") << ""
                             << "PC1"
                             << "a contact needs a name";
    QTest::newRow("blank name") << "   "
                                << "PC1"
                                << "a contact needs a name";
    QTest::newRow("no address") << "Desk"
                                << ""
                                << "a contact needs an address";
    QTest::newRow("forbidden character")
        << "Ops"
        << "OP?S"
        << "the recipient 'OP?S' has the character '?' at position 3, which is not allowed "
           "in a name";
    QTest::newRow("bad port") << "Desk"
                              << "PC1@host:70000"
                              << "the port '70000' is not a number from 1 to 65535";
    QTest::newRow("two recipients") << "Desk"
                                    << "PC1,PC2"
                                    << "the address 'PC1,PC2' names more than one recipient";
    QTest::newRow("a group") << "Desk"
                             << "@admins"
                             << "the address '@admins' names a group; a contact's address is "
                                "one computer or user (NAME or NAME@host[:port])";
}

void tst_AddressBookModels::contactNeedsANameAndARecipientAddress()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, reason);
    const Outcome added = m_book->addContact({name, address, {}});
    QVERIFY(!added.isSuccess());
    QCOMPARE(added.detail(), reason);
    QCOMPARE(m_book->pendingWrites(), 0); // nothing was handed to the store
    QVERIFY(storedContacts().isEmpty());
}

void tst_AddressBookModels::editInPlaceIsCheckedAndSaved()
{
    ContactsModel model(m_book.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_book->addContact({"Desk", "PC1", ""}).isSuccess());
    QVERIFY(m_book->addContact({"Lab", "LAB1", ""}).isSuccess());
    QTRY_COMPARE(model.rowCount(), 2);
    QSignalSpy refused(&model, &ContactsModel::editRefused);

    const QModelIndex address = model.index(0, ContactsModel::AddressColumn);
    QVERIFY(!model.setData(address, "OP?S"));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.last().first().value<Outcome>().detail().contains("'?' at position 3"));
    QCOMPARE(model.data(address).toString(), "PC1");

    QVERIFY(!model.setData(model.index(0, ContactsModel::NameColumn), "lab"));
    QCOMPARE(refused.last().first().value<Outcome>().detail(),
             "there is already a contact named 'Lab'");

    QVERIFY(model.setData(address, "PC2@10.0.0.2"));
    QCOMPARE(model.data(address).toString(), "PC2@10.0.0.2"); // at once
    QVERIFY(model.setData(model.index(0, ContactsModel::NoteColumn), "by the door"));
    // A new name moves the row once the store has it.
    QVERIFY(model.setData(model.index(0, ContactsModel::NameColumn), "Reception"));
    QTRY_COMPARE(model.data(model.index(1, ContactsModel::NameColumn)).toString(), "Reception");
    waitForWrites();
    const QList<Contact> stored = storedContacts();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).name, "Reception");
    QCOMPARE(stored.at(1).address, "PC2@10.0.0.2");
    QCOMPARE(stored.at(1).note, "by the door");
}

void tst_AddressBookModels::anotherProcessesContactsAppear()
{
    ContactsModel contacts(m_book.get());
    GroupsModel groups(m_book.get());
    QAbstractItemModelTester contactsTester(&contacts,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester groupsTester(&groups,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryStore other; // a second connection, as a `netmsg` CLI would have
    QVERIFY(other.open(m_store->path()).isSuccess());
    QVERIFY(other.saveContact({"Remote", "REMOTE1", "from the CLI"}).result().outcome.isSuccess());
    QVERIFY(other.saveGroup("night", {"REMOTE1"}).result().outcome.isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(contacts.rowCount(), 1, 10000);
    QCOMPARE(contacts.contact(0).note, "from the CLI");
    QTRY_COMPARE_WITH_TIMEOUT(groups.rowCount(), 1, 10000);
    QCOMPARE(groups.data(groups.index(0), GroupsModel::MemberCountRole).toInt(), 1);
}

void tst_AddressBookModels::groupsAndOrderedMembers()
{
    GroupsModel groups(m_book.get());
    MembersModel members(m_book.get());
    QAbstractItemModelTester groupsTester(&groups,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester membersTester(&members,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_book->addContact({"Desk", "PC1", ""}).isSuccess());
    QVERIFY(m_book->addGroup("night shift").isSuccess());
    QVERIFY(m_book->addGroup("admins").isSuccess());
    QCOMPARE(m_book->addGroup("").detail(), "a group needs a name");
    QTRY_COMPARE(groups.rowCount(), 2);
    QCOMPARE(groups.group(0), "admins");
    QCOMPARE(m_book->addGroup("ADMINS").detail(), "there is already a group named 'admins'");
    QTRY_VERIFY(m_book->contact("desk").has_value());

    members.setGroup("admins");
    QCOMPARE(members.group(), "admins");
    QVERIFY(members.addMember("PC1").isSuccess());
    QVERIFY(members.addMember("SRV2@10.0.0.2:139").isSuccess());
    QVERIFY(members.addMember("@night shift").isSuccess());
    QCOMPARE(members.rowCount(), 3);
    QCOMPARE(members.data(members.index(0)).toString(), "PC1 (Desk)");
    QCOMPARE(members.data(members.index(0), Qt::EditRole).toString(), "PC1");

    QVERIFY(members.moveMember(2, -1).isSuccess());
    QVERIFY(members.moveMember(0, +1).isSuccess());
    QCOMPARE(members.members(), QStringList({"@night shift", "PC1", "SRV2@10.0.0.2:139"}));
    QVERIFY(!members.moveMember(0, -1).isSuccess());
    QVERIFY(members.setData(members.index(2), "SRV3"));
    QVERIFY(members.removeMember(0).isSuccess());
    waitForWrites();
    QCOMPARE(m_store->groupMembers("admins"), QStringList({"PC1", "SRV3"}));
    QCOMPARE(members.members(), QStringList({"PC1", "SRV3"}));

    // Deleted elsewhere: the members view empties.
    QVERIFY(m_book->removeGroup("admins").isSuccess());
    QTRY_COMPARE(groups.rowCount(), 1);
    QTRY_COMPARE(members.rowCount(), 0);
    QVERIFY(members.group().isEmpty());
}

void tst_AddressBookModels::badMembersAreRefused_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("reason");
    QTest::newRow("forbidden character")
        << "OP?S"
        << "the recipient 'OP?S' has the character '?' at position 3, which is not allowed in a "
           "name";
    QTest::newRow("duplicate") << "pc1"
                               << "'pc1' is already a member of 'admins'";
    QTest::newRow("no such group") << "@nobody"
                                   << "there is no group named 'nobody'";
    QTest::newRow("itself") << "@ADMINS"
                            << "the group 'admins' cannot contain itself";
    QTest::newRow("cycle") << "@night"
                           << "adding @night to 'admins' would make a cycle: 'night' already "
                              "contains 'admins'";
    QTest::newRow("empty") << " "
                           << "a member needs an address or @group";
}

void tst_AddressBookModels::badMembersAreRefused()
{
    QFETCH(QString, member);
    QFETCH(QString, reason);
    QVERIFY(m_book->addGroup("admins").isSuccess());
    QVERIFY(m_book->addGroup("night").isSuccess());
    QTRY_COMPARE(m_book->groupNames().size(), 2);
    QVERIFY(m_book->setMembers("night", {"@admins"}).isSuccess());
    QVERIFY(m_book->setMembers("admins", {"PC1"}).isSuccess());
    waitForWrites();

    MembersModel members(m_book.get());
    QAbstractItemModelTester tester(&members,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    members.setGroup("admins");
    QSignalSpy refused(&members, &MembersModel::editRefused);
    const Outcome added = members.addMember(member);
    QVERIFY(!added.isSuccess());
    QCOMPARE(added.detail(), reason);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(members.members(), QStringList({"PC1"}));
    QCOMPARE(m_book->pendingWrites(), 0);
}

void tst_AddressBookModels::renamingAGroupFollowsItsReferences()
{
    GroupsModel groups(m_book.get());
    QAbstractItemModelTester tester(&groups,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_book->addGroup("ops").isSuccess());
    QVERIFY(m_book->addGroup("everyone").isSuccess());
    QTRY_COMPARE(groups.rowCount(), 2);
    QVERIFY(m_book->setMembers("ops", {"PC1", "PC2"}).isSuccess());
    QVERIFY(m_book->setMembers("everyone", {"@ops", "PC3"}).isSuccess());
    QSignalSpy refused(&groups, &GroupsModel::editRefused);
    QVERIFY(!groups.setData(groups.index(groups.rowOf("ops")), "bad,name"));
    QVERIFY(refused.last().first().value<Outcome>().detail().contains("','"));
    QVERIFY(groups.setData(groups.index(groups.rowOf("ops")), "Operations"));
    QTRY_VERIFY(groups.rowOf("Operations") >= 0);
    waitForWrites();
    QCOMPARE(groups.rowOf("ops"), -1);
    QCOMPARE(m_store->groupMembers("Operations"), QStringList({"PC1", "PC2"}));
    QCOMPARE(m_store->groupMembers("everyone"), QStringList({"@Operations", "PC3"}));
}

QTEST_MAIN(tst_AddressBookModels)
#include "tst_addressbookmodels.moc"
