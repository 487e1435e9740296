#include "addressbookwidget.h"
#include "ui_addressbookwidget.h"

#include "addressbook/addressbook.h"
#include "addressbook/contactcsv.h"
#include "addressbook/contactdialog.h"
#include "addressbook/contactsmodel.h"
#include "addressbook/groupsmodel.h"
#include "addressbook/importdialog.h"
#include "addressbook/membersmodel.h"
#include "consolecontext.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"
#include "widgets/statecolors.h"

#include <QAction>
#include <QCompleter>
#include <QFile>
#include <QHeaderView>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStringListModel>

namespace netmsg::gui {

namespace {
const QString splitterKey = QStringLiteral("window/addressBookSplitter");

QString reasonText(const Outcome &outcome)
{
    return outcome.detail().isEmpty() ? outcome.description() : outcome.detail();
}

QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
} // namespace

AddressBookWidget::AddressBookWidget(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AddressBookWidget>())
    , m_context(context)
    , m_book(new AddressBook(context.history(), this))
    , m_contacts(new ContactsModel(m_book, this))
    , m_groups(new GroupsModel(m_book, this))
    , m_members(new MembersModel(m_book, this))
    , m_contactsFilter(new QSortFilterProxyModel(this))
    , m_completions(new QStringListModel(this))
{
    m_ui->setupUi(this);
    m_contactsFilter->setSourceModel(m_contacts);
    m_contactsFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_contactsFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_contactsFilter->setFilterKeyColumn(-1);
    m_ui->contactsView->setModel(m_contactsFilter);
    m_ui->contactsView->sortByColumn(ContactsModel::NameColumn, Qt::AscendingOrder);
    m_ui->contactsView->verticalHeader()->hide();
    m_ui->contactsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->contactsView->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    m_ui->contactsView->setColumnWidth(ContactsModel::NameColumn, character * 22);
    m_ui->contactsView->setColumnWidth(ContactsModel::AddressColumn, character * 32);
    m_ui->groupsView->setModel(m_groups);
    m_ui->membersView->setModel(m_members);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->memberEdit->setCompleter(completer);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->restoreState(m_context.settings().raw().value(splitterKey).toByteArray());
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        m_context.settings().raw().setValue(splitterKey, m_ui->splitter->saveState());
    });

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_contactsFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->newContactButton, &QPushButton::clicked, this, &AddressBookWidget::newContact);
    connect(m_ui->editContactButton, &QPushButton::clicked, this, &AddressBookWidget::editContact);
    connect(m_ui->deleteContactButton, &QPushButton::clicked, this,
            &AddressBookWidget::deleteContacts);
    connect(m_ui->importButton, &QPushButton::clicked, this, &AddressBookWidget::importContacts);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AddressBookWidget::exportContacts);
    connect(m_ui->addGroupButton, &QPushButton::clicked, this, &AddressBookWidget::addGroup);
    connect(m_ui->groupNameEdit, &QLineEdit::returnPressed, this, &AddressBookWidget::addGroup);
    connect(m_ui->removeGroupButton, &QPushButton::clicked, this, &AddressBookWidget::removeGroup);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &AddressBookWidget::addMember);
    connect(m_ui->memberEdit, &QLineEdit::returnPressed, this, &AddressBookWidget::addMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this,
            &AddressBookWidget::removeMember);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, &AddressBookWidget::moveMemberUp);
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, &AddressBookWidget::moveMemberDown);
    connect(m_ui->contactsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                if (index.column() != ContactsModel::NameColumn)
                    return;
                editContact();
            });
    connect(m_ui->contactsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AddressBookWidget::updateButtons);
    connect(m_ui->groupsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_members->setGroup(m_groups->group(current.row()));
                updateMembersLabel();
                updateButtons();
            });
    connect(m_ui->membersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AddressBookWidget::updateButtons);
    for (auto *model : {static_cast<QAbstractItemModel *>(m_contacts),
                        static_cast<QAbstractItemModel *>(m_groups),
                        static_cast<QAbstractItemModel *>(m_members)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &AddressBookWidget::updateButtons);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &AddressBookWidget::updateButtons);
    }
    connect(m_members, &QAbstractItemModel::modelReset, this,
            &AddressBookWidget::updateMembersLabel);
    connect(m_contacts, &ContactsModel::editRefused, this, &AddressBookWidget::showProblem);
    connect(m_groups, &GroupsModel::editRefused, this, &AddressBookWidget::showProblem);
    connect(m_groups, &GroupsModel::renamed, this,
            [this](const QString &name) { m_pendingGroup = name; });
    connect(m_members, &MembersModel::editRefused, this, &AddressBookWidget::showProblem);
    connect(m_book, &AddressBook::writeFailed, this, &AddressBookWidget::showProblem);
    connect(m_book, &AddressBook::readFailed, this, &AddressBookWidget::showProblem);
    connect(m_book, &AddressBook::contactsChanged, this, &AddressBookWidget::updateCompletions);
    connect(m_book, &AddressBook::groupsChanged, this, &AddressBookWidget::followGroups);
    createShortcuts();
    retranslate();
    if (!m_book->hasStore()) {
        showProblem(context.historyOutcome());
        setEnabled(false);
    }
}

AddressBookWidget::~AddressBookWidget() = default;

void AddressBookWidget::createShortcuts()
{
    // Each list's keys act on that list only (Qt::WidgetShortcut).
    auto addShortcut = [this](QWidget *widget, const QKeySequence &keys, const char *name,
                              void (AddressBookWidget::*slot)()) {
        auto *action = new QAction(widget);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        widget->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addShortcut(m_ui->contactsView, QKeySequence(Qt::Key_Insert), "actionNewContact",
                &AddressBookWidget::newContact);
    addShortcut(m_ui->contactsView, QKeySequence::Delete, "actionDeleteContacts",
                &AddressBookWidget::deleteContacts);
    addShortcut(m_ui->groupsView, QKeySequence::Delete, "actionRemoveGroup",
                &AddressBookWidget::removeGroup);
    addShortcut(m_ui->membersView, QKeySequence::Delete, "actionRemoveMember",
                &AddressBookWidget::removeMember);
    addShortcut(m_ui->membersView, QKeySequence(Qt::CTRL | Qt::Key_Up), "actionMoveMemberUp",
                &AddressBookWidget::moveMemberUp);
    addShortcut(m_ui->membersView, QKeySequence(Qt::CTRL | Qt::Key_Down), "actionMoveMemberDown",
                &AddressBookWidget::moveMemberDown);
    auto *filter = new QAction(this);
    filter->setShortcut(QKeySequence::Find);
    filter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(filter);
    connect(filter, &QAction::triggered, m_ui->filterEdit,
            [this] { m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason); });
}

void AddressBookWidget::retranslate()
{
    m_ui->retranslateUi(this);
    m_contacts->retranslate();
    m_members->retranslate();
    updateMembersLabel();
    updateButtons();
}

void AddressBookWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QWidget::changeEvent(event);
}

QString AddressBookWidget::statusText() const
{
    return m_ui->statusLabel->text();
}

void AddressBookWidget::showProblem(const Outcome &outcome)
{
    QPalette statusPalette = m_ui->statusLabel->palette();
    statusPalette.setColor(QPalette::WindowText, StateColors(palette()).invalidInput());
    m_ui->statusLabel->setPalette(statusPalette);
    m_ui->statusLabel->setText(reasonText(outcome));
}

void AddressBookWidget::showInfo(const QString &text)
{
    m_ui->statusLabel->setPalette(palette());
    m_ui->statusLabel->setText(text);
}

void AddressBookWidget::updateButtons()
{
    const bool contactSelected = !selectedContactRows().isEmpty();
    m_ui->editContactButton->setEnabled(selectedContactRows().size() == 1);
    m_ui->deleteContactButton->setEnabled(contactSelected);
    m_ui->exportButton->setEnabled(m_contacts->rowCount() > 0);
    const bool groupSelected = !m_members->group().isEmpty();
    m_ui->removeGroupButton->setEnabled(groupSelected);
    m_ui->memberEdit->setEnabled(groupSelected);
    m_ui->addMemberButton->setEnabled(groupSelected);
    const int member = selectedMemberRow();
    m_ui->removeMemberButton->setEnabled(member >= 0);
    m_ui->moveUpButton->setEnabled(member > 0);
    m_ui->moveDownButton->setEnabled(member >= 0 && member + 1 < m_members->rowCount());
}

void AddressBookWidget::updateMembersLabel()
{
    const QString group = m_members->group();
    m_ui->membersLabel->setText(group.isEmpty() ? tr("Members o&f the selected group")
                                                : tr("Members o&f %1").arg(escapeMnemonic(group)));
}

void AddressBookWidget::updateCompletions()
{
    m_completions->setStringList(m_book->memberSuggestions());
    updateButtons();
}

// After a re-read of the groups: keep (or find again) the selected group,
// and select one that was just added or renamed.
void AddressBookWidget::followGroups()
{
    updateCompletions();
    const QString wanted = !m_pendingGroup.isEmpty() ? m_pendingGroup : m_members->group();
    const int row = m_groups->rowOf(wanted);
    if (row >= 0) {
        m_pendingGroup.clear();
        const QModelIndex index = m_groups->index(row);
        if (m_ui->groupsView->currentIndex() != index)
            m_ui->groupsView->setCurrentIndex(index);
        else if (m_members->group().isEmpty())
            m_members->setGroup(m_groups->group(row));
    }
    updateMembersLabel();
    updateButtons();
}

QString AddressBookWidget::selectedGroup() const
{
    return m_members->group();
}

void AddressBookWidget::selectGroup(const QString &name)
{
    const int row = m_groups->rowOf(name);
    if (row >= 0)
        m_ui->groupsView->setCurrentIndex(m_groups->index(row));
}

QList<int> AddressBookWidget::selectedContactRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->contactsView->selectionModel()->selectedRows())
        rows.append(m_contactsFilter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

int AddressBookWidget::selectedMemberRow() const
{
    const QModelIndex current = m_ui->membersView->currentIndex();
    return current.isValid() && m_ui->membersView->selectionModel()->isSelected(current)
               ? current.row()
               : -1;
}

void AddressBookWidget::newContact()
{
    // Not exec(): the window stays usable and a test never blocks on it.
    auto *dialog = new ContactDialog(*m_book, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Contact contact = dialog->contact();
        const Outcome added = m_book->addContact(contact);
        if (added.isSuccess())
            showInfo(tr("Added the contact %1.").arg(contact.name));
        else
            showProblem(added);
    });
    dialog->open();
}

void AddressBookWidget::editContact()
{
    const QList<int> rows = selectedContactRows();
    if (rows.size() != 1)
        return;
    auto *dialog = new ContactDialog(*m_book, m_contacts->contact(rows.first()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Outcome saved = m_book->updateContact(dialog->originalName(), dialog->contact());
        if (saved.isSuccess())
            showInfo(tr("Saved the contact %1.").arg(dialog->contact().name));
        else
            showProblem(saved);
    });
    dialog->open();
}

void AddressBookWidget::deleteContacts()
{
    QStringList names;
    for (int row : selectedContactRows())
        names.append(m_contacts->contact(row).name);
    if (names.isEmpty())
        return;
    const QString question = names.size() == 1
                                 ? tr("Delete the contact %1?").arg(names.first())
                                 : tr("Delete %n contacts?", nullptr, int(names.size()));
    if (MessageBox::question(this, tr("Delete Contacts"), question,
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    for (const QString &name : std::as_const(names)) {
        const Outcome removed = m_book->removeContact(name);
        if (!removed.isSuccess()) {
            showProblem(removed);
            return;
        }
    }
    showInfo(tr("Deleted %n contact(s).", nullptr, int(names.size())));
}

void AddressBookWidget::importContacts()
{
    const QString fileName = FileDialog::openFileName(this, tr("Import Contacts"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(Outcome(Code::FileNotFound,
                            tr("cannot read %1: %2").arg(fileName, file.errorString())));
        return;
    }
    const ContactImport import = ContactCsv::read(QString::fromUtf8(file.readAll()), *m_book);
    if (!import.outcome.isSuccess()) {
        showProblem(import.outcome);
        MessageBox::warning(this, tr("Import Contacts"), reasonText(import.outcome));
        return;
    }
    auto *dialog = new ImportDialog(import, fileName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Outcome imported = m_book->importRows(dialog->import().rows);
        if (imported.isSuccess())
            showInfo(tr("Imported %n contact(s).", nullptr, dialog->import().accepted()));
        else
            showProblem(imported);
    });
    dialog->open();
}

void AddressBookWidget::exportContacts()
{
    const QString fileName = FileDialog::saveFileName(
        this, tr("Export Contacts"), QStringLiteral("contacts.csv"), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QSaveFile file(fileName);
    QMap<QString, QStringList> groups;
    for (const QString &group : m_book->groupNames())
        groups.insert(group, m_book->members(group).value_or(QStringList()));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(ContactCsv::write(m_book->contacts(), groups)) < 0 || !file.commit()) {
        showProblem(Outcome(Code::AccessDenied,
                            tr("cannot write %1: %2").arg(fileName, file.errorString())));
        return;
    }
    showInfo(
        tr("Exported %n contact(s) to %1.", nullptr, int(m_book->contacts().size())).arg(fileName));
}

void AddressBookWidget::addGroup()
{
    const QString name = m_ui->groupNameEdit->text().trimmed();
    const Outcome added = m_book->addGroup(name);
    if (!added.isSuccess()) {
        showProblem(added);
        m_ui->groupNameEdit->setFocus();
        return;
    }
    m_pendingGroup = name;
    m_ui->groupNameEdit->clear();
    showInfo(tr("Added the group %1.").arg(name));
}

void AddressBookWidget::removeGroup()
{
    const QString group = m_members->group();
    if (group.isEmpty())
        return;
    if (MessageBox::question(this, tr("Remove Group"),
                             tr("Delete the group %1 with its %n member(s)? The contacts stay.",
                                nullptr, m_members->rowCount())
                                 .arg(group),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    const Outcome removed = m_book->removeGroup(group);
    if (removed.isSuccess())
        showInfo(tr("Deleted the group %1.").arg(group));
    else
        showProblem(removed);
}

void AddressBookWidget::addMember()
{
    const QString member = m_ui->memberEdit->text().trimmed();
    if (!m_members->addMember(member).isSuccess()) {
        m_ui->memberEdit->setFocus();
        return;
    }
    m_ui->memberEdit->clear();
    m_ui->membersView->setCurrentIndex(m_members->index(m_members->rowCount() - 1));
    showInfo(tr("Added %1 to %2.").arg(member, m_members->group()));
}

void AddressBookWidget::removeMember()
{
    const int row = selectedMemberRow();
    if (row < 0)
        return;
    const QString member = m_members->members().value(row);
    if (m_members->removeMember(row).isSuccess())
        showInfo(tr("Removed %1 from %2.").arg(member, m_members->group()));
}

void AddressBookWidget::moveMember(int offset)
{
    const int row = selectedMemberRow();
    if (row < 0 || !m_members->moveMember(row, offset).isSuccess())
        return;
    m_ui->membersView->setCurrentIndex(m_members->index(row + offset));
    updateButtons();
}

void AddressBookWidget::moveMemberUp()
{
    moveMember(-1);
}

void AddressBookWidget::moveMemberDown()
{
    moveMember(+1);
}

} // namespace netmsg::gui
