// The address book's CSV import (ContactCsv::read, as the console's Import
// reads a file), and its export read back: every contact an import accepts
// must come back unchanged from ContactCsv::write, in the groups it named.
//
// Input: the file's bytes (UTF-8, as the import dialog decodes them).

#include "fuzzsupport.h"

#include "addressbook/addressbook.h"
#include "addressbook/contactcsv.h"

#include <QMap>
#include <QSet>

using namespace netmsg;
using namespace netmsg::gui;
using namespace netmsg::fuzz;

namespace {

QList<const ImportRow *> acceptedRows(const ContactImport &import)
{
    QList<const ImportRow *> rows;
    for (const ImportRow &row : import.rows) {
        if (row.outcome.isSuccess())
            rows.append(&row);
    }
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    // No history behind it: nothing is replaced, every name is new.
    static const AddressBook *book = new AddressBook(nullptr);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ContactImport import = ContactCsv::read(text, *book);
    FUZZ_CHECK(import.accepted() + import.rejected() == import.rows.size());
    if (!import.outcome.isSuccess())
        FUZZ_CHECK(import.rows.isEmpty());

    QList<Contact> contacts;
    QMap<QString, QStringList> groups;
    QSet<QString> names;
    const QList<const ImportRow *> accepted = acceptedRows(import);
    for (const ImportRow *row : accepted) {
        FUZZ_CHECK(AddressBook::checkContactName(row->contact.name).isSuccess());
        FUZZ_CHECK(AddressBook::checkAddress(row->contact.address).isSuccess());
        FUZZ_CHECK(!names.contains(row->contact.name.toUpper()));
        names.insert(row->contact.name.toUpper());
        contacts.append(row->contact);
        for (const QString &group : row->groups) {
            FUZZ_CHECK(AddressBook::checkGroupName(group).isSuccess());
            groups[group].append(row->contact.address);
        }
    }

    const ContactImport again =
        ContactCsv::read(QString::fromUtf8(ContactCsv::write(contacts, groups)), *book);
    FUZZ_CHECK(again.outcome.isSuccess());
    FUZZ_CHECK(again.rows.size() == contacts.size());
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const ImportRow &row = again.rows.at(i);
        FUZZ_CHECK(row.outcome.isSuccess());
        FUZZ_CHECK(row.contact.name == contacts.at(i).name);
        FUZZ_CHECK(row.contact.address == contacts.at(i).address);
        FUZZ_CHECK(row.contact.note == contacts.at(i).note);
        // Contacts that share an address share its groups in the export.
        const QSet<QString> before(accepted.at(i)->groups.cbegin(), accepted.at(i)->groups.cend());
        const QSet<QString> after(row.groups.cbegin(), row.groups.cend());
        FUZZ_CHECK(after.contains(before));
    }
    return 0;
}
