#include "contactcsv.h"

#include "addressbook/addressbook.h"

namespace netmsg::gui {

namespace {
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// The first line's separator: a semicolon when it has semicolons and no
// commas outside quotes (as spreadsheets write in locales whose decimal
// point is a comma), else a comma.
QChar separatorOf(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') && !quoted)
            break;
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > 0 && commas == 0 ? QLatin1Char(';') : QLatin1Char(',');
}

// RFC 4180 records with the line each starts on; a quoted field may span
// lines.
QList<CsvRecord> readRecords(const QString &text)
{
    const QChar separator = separatorOf(text);
    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;
    int line = 1;
    auto endRecord = [&] {
        record.fields.append(field.trimmed());
        field.clear();
        records.append(record);
        record = CsvRecord{line, {}};
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            record.fields.append(field.trimmed());
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

QString csvField(QString value)
{
    // A CR outside quotes is dropped on reading (readRecords): quote it too.
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char(';')) ||
        value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')) ||
        value.contains(QLatin1Char('\r')) || value != value.trimmed()) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &field) { return field.isEmpty(); });
}

QString reasonText(const Outcome &outcome)
{
    return outcome.detail().isEmpty() ? outcome.description() : outcome.detail();
}
} // namespace

int ContactImport::accepted() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const ImportRow &row) { return row.outcome.isSuccess(); }));
}

ContactImport ContactCsv::read(const QString &text, const AddressBook &book)
{
    ContactImport result;
    QString content = text;
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    QList<CsvRecord> records = readRecords(content);
    while (!records.isEmpty() && isBlank(records.first().fields))
        records.removeFirst();
    if (records.isEmpty()) {
        result.outcome = Outcome(Code::InvalidData, tr("the file is empty"));
        return result;
    }
    const CsvRecord header = records.takeFirst();
    QStringList columns;
    for (const QString &cell : header.fields)
        columns.append(cell.toLower());
    const int name = int(columns.indexOf(QStringLiteral("name")));
    const int address = int(columns.indexOf(QStringLiteral("address")));
    const int note = int(columns.indexOf(QStringLiteral("note")));
    int group = int(columns.indexOf(QStringLiteral("group")));
    if (group < 0)
        group = int(columns.indexOf(QStringLiteral("groups")));
    if (name < 0 || address < 0) {
        result.outcome = Outcome(
            Code::InvalidData,
            tr("line %1 must be a header naming the columns name and address (note and group "
               "are optional); it reads '%2'")
                .arg(header.line)
                .arg(header.fields.join(QLatin1Char(','))));
        return result;
    }

    QMap<QString, int> firstLine; // names seen so far, upper-cased, and where
    for (const CsvRecord &record : std::as_const(records)) {
        if (isBlank(record.fields))
            continue;
        ImportRow row;
        row.line = record.line;
        row.contact = {record.fields.value(name), record.fields.value(address),
                       note >= 0 ? record.fields.value(note) : QString()};
        if (group >= 0) {
            for (const QString &groupName :
                 record.fields.value(group).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                if (!groupName.trimmed().isEmpty())
                    row.groups.append(groupName.trimmed());
            }
        }
        row.outcome = AddressBook::checkContactName(row.contact.name);
        if (row.outcome.isSuccess())
            row.outcome = AddressBook::checkAddress(row.contact.address);
        const QString key = row.contact.name.toUpper();
        if (row.outcome.isSuccess() && firstLine.contains(key))
            row.outcome = Outcome(Code::NerrDuplicateName, tr("the name '%1' is already on line %2")
                                                               .arg(row.contact.name)
                                                               .arg(firstLine.value(key)));
        for (const QString &groupName : std::as_const(row.groups)) {
            if (!row.outcome.isSuccess())
                break;
            row.outcome = AddressBook::checkGroupName(groupName);
        }
        if (!row.outcome.isSuccess() && row.outcome.detail().isEmpty())
            row.outcome = Outcome(row.outcome.code(), reasonText(row.outcome));
        if (row.outcome.isSuccess()) {
            firstLine.insert(key, row.line);
            row.replaces = book.contact(row.contact.name).has_value();
        }
        result.rows.append(row);
    }
    return result;
}

QByteArray ContactCsv::write(const QList<Contact> &contacts,
                             const QMap<QString, QStringList> &groups)
{
    QByteArray csv = "name,address,note,group\n";
    for (const Contact &contact : contacts) {
        QStringList memberOf;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (it.value().contains(contact.address, Qt::CaseInsensitive))
                memberOf.append(it.key());
        }
        const QStringList fields{csvField(contact.name), csvField(contact.address),
                                 csvField(contact.note), csvField(memberOf.join(QLatin1Char('|')))};
        csv += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return csv;
}

} // namespace netmsg::gui
