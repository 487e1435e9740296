#pragma once

#include "historystore.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace netmsg::gui {

class AddressBook;

// One data row of an imported file, as the preview shows it.
struct ImportRow
{
    int line = 0; // 1-based line of the file where the row starts
    Contact contact;
    QStringList groups;    // from the optional "group" column, '|' between several
    Outcome outcome;       // success: it will be imported; else why not
    bool replaces = false; // the address book has a contact of this name
};

struct ContactImport
{
    Outcome outcome; // the file as a whole: a header without name or address
    QList<ImportRow> rows;
    int accepted() const;
    int rejected() const { return int(rows.size()) - accepted(); }
};

// The address book's CSV: a header naming the columns name, address, note
// and group (note and group optional, any order, either case; commas or
// semicolons between fields, RFC 4180 quoting). Reading checks every row as
// the address book would (AddressBook::checkContact) and saves nothing.
class ContactCsv
{
    Q_DECLARE_TR_FUNCTIONS(netmsg::gui::ContactCsv)
public:
    static ContactImport read(const QString &text, const AddressBook &book);
    // Every contact with the groups whose members name its address.
    static QByteArray write(const QList<Contact> &contacts,
                            const QMap<QString, QStringList> &groups);
};

} // namespace netmsg::gui
