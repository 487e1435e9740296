#include "addressbook.h"

#include "addressbook/contactcsv.h"
#include "recipientlist.h"
#include "validation.h"

#include <QFutureWatcher>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAddressBook, "netmsg.console.addressbook")

namespace netmsg::gui {

namespace {
constexpr int maxGroupNameLength = 64;

bool lessWithoutCase(const QString &a, const QString &b)
{
    const int order = a.compare(b, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a < b;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; });
}

QString reasonText(const Outcome &outcome)
{
    return outcome.detail().isEmpty() ? outcome.description() : outcome.detail();
}

// Calls `handler` with the future's result on `context`'s thread, unless
// `context` is gone by then. A watcher, not QFuture::then(context, ...):
// Qt 6.4 asserts when a continuation's context is destroyed before the
// future finishes (a tab closed while a read is under way).
template <typename T, typename Handler>
void whenFinished(QObject *context, const QFuture<T> &future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::move(handler)] {
                         watcher->deleteLater();
                         handler(watcher->result());
                     });
    watcher->setFuture(future);
}
} // namespace

AddressBook::AddressBook(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &HistoryStore::changed, this, [this](HistoryStore::Tables tables) {
            if (tables.testFlag(HistoryStore::Table::Contacts))
                readContacts();
            if (tables.testFlag(HistoryStore::Table::Groups))
                readGroups();
        });
    }
    reload();
}

AddressBook::~AddressBook() = default;

void AddressBook::reload()
{
    readContacts();
    readGroups();
}

void AddressBook::readContacts()
{
    if (!m_store)
        return;
    const int generation = ++m_contactsGeneration;
    whenFinished(this, m_store->contacts(),
                 [this, generation](const HistoryRead<QList<Contact>> &read) {
                     if (generation != m_contactsGeneration)
                         return; // a newer read is under way
                     if (!read.outcome.isSuccess()) {
                         emit readFailed(read.outcome);
                         return;
                     }
                     m_contacts = read.rows;
                     std::stable_sort(m_contacts.begin(), m_contacts.end(),
                                      [](const Contact &a, const Contact &b) {
                                          return lessWithoutCase(a.name, b.name);
                                      });
                     emit contactsChanged();
                 });
}

void AddressBook::readGroups()
{
    if (!m_store)
        return;
    const int generation = ++m_groupsGeneration;
    whenFinished(this, m_store->groups(),
                 [this, generation](const HistoryRead<QMap<QString, QStringList>> &read) {
                     if (generation != m_groupsGeneration)
                         return;
                     if (!read.outcome.isSuccess()) {
                         emit readFailed(read.outcome);
                         return;
                     }
                     m_groups = read.rows;
                     emit groupsChanged();
                 });
}

std::optional<Contact> AddressBook::contact(const QString &name) const
{
    for (const Contact &contact : m_contacts) {
        if (contact.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return contact;
    }
    return std::nullopt;
}

std::optional<Contact> AddressBook::contactWithAddress(const QString &address) const
{
    for (const Contact &contact : m_contacts) {
        if (contact.address.compare(address.trimmed(), Qt::CaseInsensitive) == 0)
            return contact;
    }
    return std::nullopt;
}

QStringList AddressBook::groupNames() const
{
    QStringList names = m_groups.keys();
    std::sort(names.begin(), names.end(), lessWithoutCase);
    return names;
}

QString AddressBook::groupName(const QString &name) const
{
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (it.key().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

std::optional<QStringList> AddressBook::members(const QString &group) const
{
    const QString stored = groupName(group);
    if (stored.isEmpty())
        return std::nullopt;
    return m_groups.value(stored);
}

QStringList AddressBook::memberSuggestions() const
{
    QStringList words;
    for (const Contact &contact : m_contacts)
        words.append(contact.address);
    for (const QString &group : groupNames())
        words.append(QLatin1Char('@') + group);
    words.removeDuplicates();
    return words;
}

Outcome AddressBook::checkContactName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Outcome(Code::InvalidName, tr("a contact needs a name"));
    if (hasControlCharacter(trimmed))
        return Outcome(Code::InvalidName,
                       tr("the name '%1' holds a control character").arg(trimmed.simplified()));
    return Outcome::success();
}

// An address is what compose sends to: one recipient as RecipientList reads
// it, with RecipientList's reason when it cannot.
Outcome AddressBook::checkAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return Outcome(Code::InvalidParameter, tr("a contact needs an address"));
    if (trimmed.startsWith(QLatin1Char('@')))
        return Outcome(Code::InvalidParameter,
                       tr("the address '%1' names a group; a contact's address is one computer "
                          "or user (NAME or NAME@host[:port])")
                           .arg(trimmed));
    const RecipientList parsed = RecipientList::parse(trimmed);
    if (!parsed.rejected().isEmpty())
        return Outcome(parsed.rejected().first().reason.code(),
                       reasonText(parsed.rejected().first().reason));
    if (parsed.recipients().size() != 1 || parsed.duplicates() > 0)
        return Outcome(Code::InvalidParameter,
                       tr("the address '%1' names more than one recipient").arg(trimmed));
    return Outcome::success();
}

Outcome AddressBook::checkGroupName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Outcome(Code::InvalidName, tr("a group needs a name"));
    // A group is named in recipient lists as @name, where commas, semicolons
    // and new lines separate entries (RecipientList); '|' separates groups in
    // the address book's CSV.
    for (const QChar c : trimmed) {
        if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('@') ||
            c == QLatin1Char('|') || c.unicode() < 0x20 || c.unicode() == 0x7F)
            return Outcome(Code::InvalidName,
                           tr("the group name '%1' has the character %2, which is not allowed "
                              "(commas, semicolons, '@' and '|' separate recipients and groups)")
                               .arg(trimmed.simplified(), Validation::describeCharacter(c)));
    }
    if (trimmed.size() > maxGroupNameLength)
        return Outcome(Code::InvalidName,
                       tr("the group name '%1' is %2 characters long; the limit is %3")
                           .arg(trimmed)
                           .arg(trimmed.size())
                           .arg(maxGroupNameLength));
    return Outcome::success();
}

Outcome AddressBook::checkContact(const Contact &candidate, const QString &replacing) const
{
    Outcome check = checkContactName(candidate.name);
    if (check.isSuccess())
        check = checkAddress(candidate.address);
    if (!check.isSuccess())
        return check;
    const std::optional<Contact> existing = contact(candidate.name);
    if (existing && existing->name.compare(replacing.trimmed(), Qt::CaseInsensitive) != 0)
        return Outcome(Code::NerrAlreadyExists,
                       tr("there is already a contact named '%1'").arg(existing->name));
    return Outcome::success();
}

// Does group `from`, through its @members, reach group `to`? `group` is read
// with the `members` being edited instead of its stored ones.
bool AddressBook::reaches(const QString &from, const QString &to, const QString &group,
                          const QStringList &members) const
{
    QStringList pending{from};
    QStringList seen;
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        if (current.compare(to, Qt::CaseInsensitive) == 0)
            return true;
        if (seen.contains(current, Qt::CaseInsensitive))
            continue;
        seen.append(current);
        const QStringList next = current.compare(group, Qt::CaseInsensitive) == 0
                                     ? members
                                     : this->members(current).value_or(QStringList());
        for (const QString &member : next) {
            if (member.trimmed().startsWith(QLatin1Char('@')))
                pending.append(member.trimmed().mid(1).trimmed());
        }
    }
    return false;
}

Outcome AddressBook::checkMember(const QString &group, const QStringList &members, int row) const
{
    const QString member = members.value(row).trimmed();
    if (member.isEmpty())
        return Outcome(Code::InvalidParameter, tr("a member needs an address or @group"));
    // The later of two equal entries is the one at fault.
    for (int i = 0; i < row; ++i) {
        if (members.at(i).trimmed().compare(member, Qt::CaseInsensitive) == 0)
            return Outcome(Code::NerrAlreadyExists,
                           tr("'%1' is already a member of '%2'").arg(member, group));
    }
    if (!member.startsWith(QLatin1Char('@')))
        return checkAddress(member);
    const QString inner = member.mid(1).trimmed();
    if (groupName(inner).isEmpty())
        return Outcome(Code::NerrNameNotFound, tr("there is no group named '%1'").arg(inner));
    if (inner.compare(group.trimmed(), Qt::CaseInsensitive) == 0)
        return Outcome(Code::InvalidParameter,
                       tr("the group '%1' cannot contain itself").arg(group));
    if (reaches(inner, group.trimmed(), group.trimmed(), members))
        return Outcome(Code::InvalidParameter,
                       tr("adding @%1 to '%2' would make a cycle: '%1' already contains '%2'")
                           .arg(groupName(inner), group));
    return Outcome::success();
}

Outcome AddressBook::noStore() const
{
    return Outcome(Code::ServiceNotActive, tr("the console has no history to keep contacts in"));
}

void AddressBook::track(const QFuture<HistoryWrite> &write)
{
    ++m_pendingWrites;
    whenFinished(this, write, [this](const HistoryWrite &written) {
        --m_pendingWrites;
        if (!written.outcome.isSuccess()) {
            qCWarning(lcAddressBook).noquote() << written.outcome.toString();
            emit writeFailed(written.outcome);
            reload();
        }
        if (m_pendingWrites == 0)
            emit writesFinished();
    });
}

Outcome AddressBook::addContact(const Contact &contact)
{
    return updateContact({}, contact);
}

Outcome AddressBook::updateContact(const QString &name, const Contact &contact)
{
    if (!m_store)
        return noStore();
    const Outcome check = checkContact(contact, name);
    if (!check.isSuccess())
        return check;
    Contact saved{contact.name.trimmed(), contact.address.trimmed(), contact.note.trimmed()};
    // The name is the key: a new spelling replaces the old row (in this
    // order, so that a change of case only is not merged into the old row).
    if (!name.isEmpty() && name.trimmed() != saved.name)
        track(m_store->removeContact(name.trimmed()));
    track(m_store->saveContact(saved));
    return Outcome::success();
}

Outcome AddressBook::removeContact(const QString &name)
{
    if (!m_store)
        return noStore();
    if (!contact(name))
        return Outcome(Code::NerrNameNotFound, tr("there is no contact named '%1'").arg(name));
    track(m_store->removeContact(contact(name)->name));
    return Outcome::success();
}

Outcome AddressBook::addGroup(const QString &name)
{
    if (!m_store)
        return noStore();
    const Outcome check = checkGroupName(name);
    if (!check.isSuccess())
        return check;
    if (!groupName(name).isEmpty())
        return Outcome(Code::NerrAlreadyExists,
                       tr("there is already a group named '%1'").arg(groupName(name)));
    track(m_store->saveGroup(name.trimmed(), {}));
    return Outcome::success();
}

Outcome AddressBook::renameGroup(const QString &name, const QString &newName)
{
    if (!m_store)
        return noStore();
    const QString stored = groupName(name);
    if (stored.isEmpty())
        return Outcome(Code::NerrNameNotFound, tr("there is no group named '%1'").arg(name));
    const Outcome check = checkGroupName(newName);
    if (!check.isSuccess())
        return check;
    const QString other = groupName(newName);
    if (!other.isEmpty() && other.compare(stored, Qt::CaseInsensitive) != 0)
        return Outcome(Code::NerrAlreadyExists,
                       tr("there is already a group named '%1'").arg(other));
    const QString renamed = newName.trimmed();
    if (renamed == stored)
        return Outcome::success();
    const QStringList members = m_groups.value(stored);
    track(m_store->removeGroup(stored));
    track(m_store->saveGroup(renamed, members));
    // Other groups that name it as @member follow the new name.
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (it.key() == stored)
            continue;
        QStringList updated = it.value();
        bool changed = false;
        for (QString &member : updated) {
            if (member.trimmed().startsWith(QLatin1Char('@')) &&
                member.trimmed().mid(1).trimmed().compare(stored, Qt::CaseInsensitive) == 0) {
                member = QLatin1Char('@') + renamed;
                changed = true;
            }
        }
        if (changed)
            track(m_store->saveGroup(it.key(), updated));
    }
    return Outcome::success();
}

Outcome AddressBook::setMembers(const QString &group, const QStringList &members)
{
    if (!m_store)
        return noStore();
    const QString stored = groupName(group);
    if (stored.isEmpty())
        return Outcome(Code::NerrNameNotFound, tr("there is no group named '%1'").arg(group));
    QStringList trimmed;
    for (const QString &member : members)
        trimmed.append(member.trimmed());
    for (int row = 0; row < trimmed.size(); ++row) {
        const Outcome check = checkMember(stored, trimmed, row);
        if (!check.isSuccess())
            return check;
    }
    m_groups.insert(stored, trimmed); // so that the next edit builds on this one
    track(m_store->saveGroup(stored, trimmed));
    return Outcome::success();
}

Outcome AddressBook::removeGroup(const QString &name)
{
    if (!m_store)
        return noStore();
    const QString stored = groupName(name);
    if (stored.isEmpty())
        return Outcome(Code::NerrNameNotFound, tr("there is no group named '%1'").arg(name));
    track(m_store->removeGroup(stored));
    return Outcome::success();
}

Outcome AddressBook::importRows(const QList<ImportRow> &rows)
{
    if (!m_store)
        return noStore();
    QMap<QString, QStringList> groups; // by stored (or first) spelling
    int imported = 0;
    for (const ImportRow &row : rows) {
        if (!row.outcome.isSuccess())
            continue;
        ++imported;
        track(m_store->saveContact(row.contact));
        for (const QString &group : row.groups) {
            QString key = groupName(group);
            if (key.isEmpty()) {
                for (auto it = groups.cbegin(); it != groups.cend() && key.isEmpty(); ++it) {
                    if (it.key().compare(group, Qt::CaseInsensitive) == 0)
                        key = it.key();
                }
            }
            if (key.isEmpty())
                key = group.trimmed();
            if (!groups.contains(key))
                groups.insert(key, m_groups.value(key));
            QStringList &members = groups[key];
            if (!members.contains(row.contact.address, Qt::CaseInsensitive))
                members.append(row.contact.address);
        }
    }
    if (imported == 0)
        return Outcome(Code::InvalidData, tr("there is no accepted row to import"));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        track(m_store->saveGroup(it.key(), it.value()));
    return Outcome::success();
}

} // namespace netmsg::gui
