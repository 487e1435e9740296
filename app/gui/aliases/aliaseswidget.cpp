#include "aliaseswidget.h"
#include "ui_aliaseswidget.h"

#include "aliases/aliasmatrixmodel.h"
#include "consolecontext.h"
#include "widgets/messagebox.h"
#include "widgets/statecolors.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace netmsg::gui {

namespace {
AliasMatrixModel::Column columnFor(const AliasServer &server)
{
    return {AliasServers::title(server), server.isReadOnly()};
}
} // namespace

AliasesWidget::AliasesWidget(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AliasesWidget>())
    , m_context(context)
    , m_servers(new AliasServers(context, this))
    , m_model(new AliasMatrixModel(this))
{
    m_ui->setupUi(this);
    const std::pair<QToolButton *, QAction *> buttons[] = {
        {m_ui->refreshButton, m_ui->actionRefresh},
        {m_ui->refreshAllButton, m_ui->actionRefreshAll},
        {m_ui->removeServerButton, m_ui->actionRemoveServer},
        {m_ui->addServerButton, m_ui->actionAddServer},
        {m_ui->addAliasButton, m_ui->actionAddAlias},
        {m_ui->deleteAliasButton, m_ui->actionDeleteAlias},
    };
    for (const auto &[button, action] : buttons) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_ui->matrixView->addActions({m_ui->actionDeleteAlias, m_ui->actionRefresh});
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionRefresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Delete only in the table: in the alias field the key deletes a character.
    m_ui->actionDeleteAlias->setShortcut(QKeySequence::Delete);
    m_ui->actionDeleteAlias->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_ui->actionRefresh);

    m_ui->matrixView->setModel(m_model);
    QHeaderView *columns = m_ui->matrixView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setMinimumSectionSize(140);
    columns->setDefaultAlignment(Qt::AlignCenter);
    columns->setSectionsClickable(true);
    m_ui->matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    for (int i = 0; i < m_servers->servers().size(); ++i)
        m_model->appendColumn(columnFor(m_servers->servers().at(i)));
    connect(m_servers, &AliasServers::serverAdded, this, &AliasesWidget::onServerAdded);
    connect(m_servers, &AliasServers::serverRemoved, this, &AliasesWidget::onServerRemoved);
    connect(m_servers, &AliasServers::serverChanged, this, &AliasesWidget::onServerChanged);
    connect(m_servers, &AliasServers::listingStarted, m_model, &AliasMatrixModel::setListing);
    connect(m_servers, &AliasServers::listed, this, &AliasesWidget::onListed);
    connect(m_servers, &AliasServers::changeFinished, this, &AliasesWidget::onChangeFinished);

    connect(m_ui->actionRefresh, &QAction::triggered, this, &AliasesWidget::refresh);
    connect(m_ui->actionRefreshAll, &QAction::triggered, this, &AliasesWidget::refreshAll);
    connect(m_ui->actionRemoveServer, &QAction::triggered, this, &AliasesWidget::removeServer);
    connect(m_ui->actionAddServer, &QAction::triggered, this, &AliasesWidget::addServer);
    connect(m_ui->actionAddAlias, &QAction::triggered, this, &AliasesWidget::addAlias);
    connect(m_ui->actionDeleteAlias, &QAction::triggered, this, &AliasesWidget::deleteSelected);
    connect(m_ui->aliasEdit, &QLineEdit::returnPressed, this, &AliasesWidget::addAlias);
    connect(m_ui->newServerEdit, &QLineEdit::returnPressed, this, &AliasesWidget::addServer);
    connect(m_ui->aliasEdit, &QLineEdit::textChanged, this, &AliasesWidget::updateActions);
    connect(m_ui->newServerEdit, &QLineEdit::textChanged, this, &AliasesWidget::fillTransportBox);
    connect(m_ui->serverBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &AliasesWidget::updateActions);
    connect(m_ui->matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AliasesWidget::onCurrentCellChanged);
    connect(columns, &QHeaderView::sectionClicked, this, &AliasesWidget::selectServer);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AliasesWidget::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AliasesWidget::updateActions);

    retranslate();
    m_servers->refreshAll();
}

AliasesWidget::~AliasesWidget() = default;

void AliasesWidget::retranslate()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_servers->servers().size(); ++i)
        m_model->setColumn(i, columnFor(m_servers->servers().at(i)));
    fillServerBox();
    fillTransportBox();
    updateAccess();
}

void AliasesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QWidget::changeEvent(event);
}

int AliasesWidget::currentServer() const
{
    return m_ui->serverBox->currentIndex();
}

void AliasesWidget::selectServer(int index)
{
    if (index >= 0 && index < m_ui->serverBox->count())
        m_ui->serverBox->setCurrentIndex(index);
}

QString AliasesWidget::statusText() const
{
    return m_ui->statusLabel->text();
}

void AliasesWidget::fillServerBox()
{
    const int current = qMax(0, m_ui->serverBox->currentIndex());
    const QSignalBlocker blocker(m_ui->serverBox);
    m_ui->serverBox->clear();
    for (const AliasServer &server : m_servers->servers())
        m_ui->serverBox->addItem(AliasServers::title(server));
    m_ui->serverBox->setCurrentIndex(qMin(current, m_ui->serverBox->count() - 1));
    updateActions();
}

void AliasesWidget::fillTransportBox()
{
    const QString current = m_ui->newServerTransportBox->currentData().toString();
    const QString server = m_ui->newServerEdit->text().trimmed();
    // What each transport could do with the server typed (or with a remote one).
    const QString probe = server.isEmpty() ? QStringLiteral("SERVER") : server;
    const QSignalBlocker blocker(m_ui->newServerTransportBox);
    m_ui->newServerTransportBox->clear();
    for (const RouteEntry &entry : m_servers->transportsFor(probe)) {
        const AliasAccess access = entry.transport->aliasAccess(probe);
        const bool changes =
            (access.capabilities & entry.transport->capabilities()).testFlag(Capability::AddAlias);
        m_ui->newServerTransportBox->addItem(changes ? tr("%1: list and change").arg(entry.id)
                                                     : tr("%1: listing only").arg(entry.id),
                                             entry.id);
        m_ui->newServerTransportBox->setItemData(m_ui->newServerTransportBox->count() - 1,
                                                 access.description, Qt::ToolTipRole);
    }
    const int index = m_ui->newServerTransportBox->findData(current);
    m_ui->newServerTransportBox->setCurrentIndex(qMax(0, index));
    updateActions();
}

QString AliasesWidget::accessText(const AliasServer &server) const
{
    const QString where = server.isLocal() ? tr("this computer") : server.server;
    const QString transport =
        server.transportId.isEmpty() ? tr("no transport") : server.transportId;
    QString how;
    if (!server.availability.isSuccess())
        how = tr("not available: %1").arg(server.availability.toString());
    else if (!server.access.description.isEmpty() && server.isReadOnly())
        how = server.access.description;
    else if (server.isReadOnly())
        how = tr("listing only; this transport cannot add or delete aliases there");
    else if (!server.access.description.isEmpty())
        how = tr("list, add and delete: %1").arg(server.access.description);
    else
        how = tr("list, add and delete");
    return tr("%1 on %2: %3").arg(transport, where, how);
}

void AliasesWidget::updateAccess()
{
    QStringList lines;
    for (const AliasServer &server : m_servers->servers())
        lines.append(accessText(server));
    m_ui->accessLabel->setText(lines.join(QLatin1Char('\n')));
}

void AliasesWidget::updateActions()
{
    const QList<AliasServer> &servers = m_servers->servers();
    const int index = currentServer();
    const AliasServer *server = index >= 0 && index < servers.size() ? &servers.at(index) : nullptr;
    m_ui->actionRefresh->setEnabled(server && server->can(Capability::ListAliases));
    m_ui->actionRemoveServer->setEnabled(server && !server->isLocal());
    m_ui->actionAddServer->setEnabled(!m_ui->newServerEdit->text().trimmed().isEmpty() &&
                                      m_ui->newServerTransportBox->count() > 0);
    const bool canAdd = server && server->can(Capability::AddAlias);
    m_ui->actionAddAlias->setEnabled(canAdd && !m_ui->aliasEdit->text().trimmed().isEmpty());
    m_ui->actionAddAlias->setToolTip(!server || canAdd ? tr("Add the alias to the chosen server")
                                                       : accessText(*server));

    const QModelIndex cell = m_ui->matrixView->currentIndex();
    const AliasServer *cellServer =
        cell.isValid() && cell.column() < servers.size() ? &servers.at(cell.column()) : nullptr;
    const bool canDelete = cellServer && cellServer->can(Capability::DeleteAlias);
    m_ui->actionDeleteAlias->setEnabled(canDelete && m_model->contains(cell.row(), cell.column()));
    m_ui->actionDeleteAlias->setToolTip(!cellServer || canDelete
                                            ? tr("Delete the selected alias from its server")
                                            : accessText(*cellServer));
}

void AliasesWidget::onCurrentCellChanged()
{
    const QModelIndex cell = m_ui->matrixView->currentIndex();
    if (cell.isValid())
        selectServer(cell.column());
    updateActions();
}

void AliasesWidget::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText, error ? StateColors(this->palette()).invalidInput()
                                                 : this->palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(palette);
}

QString AliasesWidget::explain(const Outcome &outcome)
{
    // The catalogue's words first, then what the transport said.
    QString text =
        tr("%1 (%2 %3)").arg(outcome.description()).arg(outcome.code()).arg(outcome.symbol());
    if (!outcome.detail().isEmpty())
        text += QStringLiteral(": ") + outcome.detail();
    return text;
}

void AliasesWidget::onServerAdded(int index)
{
    m_model->appendColumn(columnFor(m_servers->servers().at(index)));
    fillServerBox();
    selectServer(index);
    updateAccess();
}

void AliasesWidget::onServerRemoved(int index)
{
    m_model->removeColumnAt(index);
    fillServerBox();
    updateAccess();
}

void AliasesWidget::onServerChanged(int index)
{
    m_model->setColumn(index, columnFor(m_servers->servers().at(index)));
    fillServerBox();
    updateAccess();
}

void AliasesWidget::onListed(int index, const AliasListing &listing)
{
    m_model->setListed(index, listing);
    if (!listing.outcome.isSuccess())
        showStatus(
            tr("%1 could not be listed: %2")
                .arg(AliasServers::title(m_servers->servers().at(index)), explain(listing.outcome)),
            true);
    updateActions();
}

void AliasesWidget::onChangeFinished(int index, AliasChange change, const QString &name,
                                     const Outcome &outcome)
{
    const QString server = AliasServers::title(m_servers->servers().at(index));
    const QString alias = AliasMatrixModel::visibleName(name);
    if (outcome.isSuccess()) {
        showStatus(change == AliasChange::Add ? tr("%1 added on %2.").arg(alias, server)
                                              : tr("%1 deleted from %2.").arg(alias, server),
                   false);
        if (change == AliasChange::Add)
            m_ui->aliasEdit->clear();
        return;
    }
    showStatus(change == AliasChange::Add
                   ? tr("Could not add %1 on %2: %3").arg(alias, server, explain(outcome))
                   : tr("Could not delete %1 from %2: %3").arg(alias, server, explain(outcome)),
               true);
}

void AliasesWidget::refresh()
{
    m_servers->refresh(currentServer());
}

void AliasesWidget::refreshAll()
{
    m_servers->refreshAll();
}

void AliasesWidget::addServer()
{
    const QString server = m_ui->newServerEdit->text().trimmed();
    if (server.isEmpty())
        return;
    const Outcome added =
        m_servers->addServer(server, m_ui->newServerTransportBox->currentData().toString());
    if (!added.isSuccess()) {
        showStatus(tr("Could not add the server %1: %2").arg(server, explain(added)), true);
        return;
    }
    m_ui->newServerEdit->clear();
    m_ui->newServerTransportBox->setCurrentIndex(0); // the route's first again
    showStatus(tr("Listing the aliases of %1…").arg(server), false);
}

void AliasesWidget::removeServer()
{
    const int index = currentServer();
    if (index <= 0 || index >= m_servers->servers().size())
        return;
    const QString title = AliasServers::title(m_servers->servers().at(index));
    m_servers->removeServer(index);
    showStatus(tr("%1 is no longer shown; its aliases are unchanged.").arg(title), false);
}

void AliasesWidget::addAlias()
{
    const QString name = m_ui->aliasEdit->text().trimmed();
    if (name.isEmpty() || !m_ui->actionAddAlias->isEnabled())
        return;
    m_servers->change(currentServer(), AliasChange::Add, name);
}

void AliasesWidget::deleteSelected()
{
    const QModelIndex cell = m_ui->matrixView->currentIndex();
    if (!cell.isValid() || !m_ui->actionDeleteAlias->isEnabled())
        return;
    const QString name = m_model->alias(cell.row());
    const QString server = AliasServers::title(m_servers->servers().at(cell.column()));
    if (MessageBox::question(this, tr("Delete alias"),
                             tr("Delete the alias %1 from %2? Messages to %1 will no longer "
                                "reach it there.")
                                 .arg(AliasMatrixModel::visibleName(name), server),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    m_servers->change(cell.column(), AliasChange::Delete, name);
}

} // namespace netmsg::gui
