#include "inboxwidget.h"
#include "ui_inboxwidget.h"

#include "consolecontext.h"
#include "history/scrollanchor.h"
#include "inbox/inboxmodel.h"
#include "widgets/whenfinished.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>

namespace netmsg::gui {

InboxWidget::InboxWidget(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InboxWidget>())
    , m_context(context)
    , m_model(new InboxModel(context.history(), this))
{
    m_ui->setupUi(this);
    setUpView();
    createActions();
    connect(m_model, &InboxModel::loaded, this, [this] {
        updateStatus();
        openPending();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InboxWidget::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxWidget::updateStatus);
    connect(m_ui->replyButton, &QPushButton::clicked, this, &InboxWidget::reply);
    connect(m_ui->markReadButton, &QPushButton::clicked, this, [this] { markSelected(true); });
    connect(m_ui->markUnreadButton, &QPushButton::clicked, this, [this] { markSelected(false); });
    showMessage(-1);
    updateStatus();
}

InboxWidget::~InboxWidget() = default;

void InboxWidget::setUpView()
{
    QTableView *view = m_ui->messagesView;
    view->setModel(m_model);
    new ScrollAnchor(view);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int character = fontMetrics().averageCharWidth();
    view->setColumnWidth(InboxModel::UnreadColumn, character * 4);
    QFont bold = view->font(); // unread rows are bold
    bold.setBold(true);
    view->setColumnWidth(InboxModel::ReceivedColumn, InboxModel::timeColumnWidth(bold));
    view->setColumnWidth(InboxModel::FromColumn, character * 18);
    view->setColumnWidth(InboxModel::PeerColumn, character * 22);
    view->setColumnWidth(InboxModel::ToColumn, character * 14);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxWidget::currentChanged);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InboxWidget::updateActions);

    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    QSettings &settings = m_context.settings().raw();
    m_ui->splitter->restoreState(
        settings.value(QStringLiteral("window/inboxSplitter")).toByteArray());
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        m_context.settings().raw().setValue(QStringLiteral("window/inboxSplitter"),
                                            m_ui->splitter->saveState());
    });
}

// Ctrl+R is the main window's Retry; these act while the inbox has focus.
void InboxWidget::createActions()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_replyAction = add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { reply(); });
    m_replyAction->setObjectName(QStringLiteral("actionInboxReply"));
    m_markReadAction =
        add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { markSelected(true); });
    m_markReadAction->setObjectName(QStringLiteral("actionInboxMarkRead"));
    m_markUnreadAction =
        add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), [this] { markSelected(false); });
    m_markUnreadAction->setObjectName(QStringLiteral("actionInboxMarkUnread"));
}

qint64 InboxWidget::currentId() const
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    return current.isValid() ? current.data(InboxModel::IdRole).toLongLong() : 0;
}

void InboxWidget::currentChanged()
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    showMessage(current.isValid() ? current.row() : -1);
    if (current.isValid() && !current.data(InboxModel::ReadRole).toBool()) {
        const qint64 id = current.data(InboxModel::IdRole).toLongLong();
        whenFinished(this, m_model->setRead(id, true), [this](const HistoryWrite &written) {
            m_writeError = written.outcome.isSuccess() ? QString() : written.outcome.toString();
            updateStatus();
        });
    }
    updateActions();
}

// Every value is a label with Qt::PlainText (set in the form) or the plain
// text editor: `<img src=x>` shows as those characters.
void InboxWidget::showMessage(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        for (QLabel *label :
             {m_ui->senderValue, m_ui->peerValue, m_ui->aliasValue, m_ui->receivedValue})
            label->clear();
        m_ui->textView->clear();
        m_ui->textView->setPlaceholderText(tr("Select a message to read it."));
        return;
    }
    const InboxRecord &record = m_model->at(row);
    const ReceivedMessage &message = record.message;
    m_ui->senderValue->setText(message.sender);
    m_ui->peerValue->setText(message.peerAddress);
    m_ui->aliasValue->setText(message.alias);
    const QString when = QLocale().toString(message.receivedAt.toLocalTime(), QLocale::LongFormat);
    m_ui->receivedValue->setText(
        message.transport.isEmpty() ? when : tr("%1 (through %2)").arg(when, message.transport));
    m_ui->textView->setPlainText(message.text);
}

void InboxWidget::openMessage(qint64 inboxId)
{
    m_pendingOpen = qMax<qint64>(0, inboxId);
    m_pendingRefreshed = false;
    openPending();
}

// Looks for the message openMessage() asked for in what is loaded; reads
// more (newest or older) when it is not there yet, and gives up at the end.
void InboxWidget::openPending()
{
    if (m_pendingOpen < 0 || !m_model->hasLoaded() || m_model->isLoading())
        return;
    const qint64 wanted = m_pendingOpen;
    const int rows = m_model->rowCount();
    int row = wanted == 0 ? (rows > 0 ? 0 : -1) : m_model->rowOf(wanted);
    if (row < 0 && m_model->status().isSuccess()) {
        const qint64 newest = rows > 0 ? m_model->at(0).id : 0;
        if ((wanted == 0 || wanted > newest) && !m_pendingRefreshed) {
            m_pendingRefreshed = true;
            m_model->refresh();
            return;
        }
        if (wanted != 0 && wanted < newest && m_model->canFetchMore()) {
            m_model->fetchMore();
            return;
        }
    }
    m_pendingOpen = -1;
    if (row >= 0)
        select(row);
}

void InboxWidget::select(int row)
{
    QTableView *view = m_ui->messagesView;
    const QModelIndex index = m_model->index(row, InboxModel::TextColumn);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
}

QList<qint64> InboxWidget::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_ui->messagesView->selectionModel()->selectedRows())
        ids.append(index.data(InboxModel::IdRole).toLongLong());
    return ids;
}

void InboxWidget::reply()
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    if (!current.isValid())
        return;
    const ReceivedMessage &message = m_model->at(current.row()).message;
    emit replyRequested(message.sender, message.peerAddress);
}

void InboxWidget::markSelected(bool read)
{
    for (qint64 id : selectedIds()) {
        whenFinished(this, m_model->setRead(id, read), [this](const HistoryWrite &written) {
            m_writeError = written.outcome.isSuccess() ? QString() : written.outcome.toString();
            updateStatus();
        });
    }
    updateActions();
}

void InboxWidget::updateActions()
{
    const bool current = m_ui->messagesView->currentIndex().isValid();
    bool anyRead = false;
    bool anyUnread = false;
    for (const QModelIndex &index : m_ui->messagesView->selectionModel()->selectedRows())
        (index.data(InboxModel::ReadRole).toBool() ? anyRead : anyUnread) = true;
    m_ui->replyButton->setEnabled(current);
    m_replyAction->setEnabled(current);
    m_ui->markReadButton->setEnabled(anyUnread);
    m_markReadAction->setEnabled(anyUnread);
    m_ui->markUnreadButton->setEnabled(anyRead);
    m_markUnreadAction->setEnabled(anyRead);
}

void InboxWidget::updateStatus()
{
    QString text;
    if (!m_context.history()) {
        text = tr("No history, so no inbox: %1").arg(m_context.historyOutcome().toString());
    } else if (!m_model->status().isSuccess()) {
        text = tr("Cannot read the inbox: %1").arg(m_model->status().toString());
    } else if (!m_model->hasLoaded()) {
        text = tr("Reading the inbox…");
    } else if (m_model->rowCount() == 0) {
        text = tr("No messages received yet.");
    } else if (m_model->isAtEnd()) {
        text = tr("Received messages: %L1").arg(m_model->rowCount());
    } else {
        text =
            tr("The newest %L1 messages; older ones load as you scroll.").arg(m_model->rowCount());
    }
    if (!m_writeError.isEmpty())
        text += QLatin1Char(' ') + tr("Cannot mark the message: %1").arg(m_writeError);
    m_ui->statusLabel->setText(text);
    updateActions();
}

void InboxWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        emit m_model->headerDataChanged(Qt::Horizontal, 0, InboxModel::ColumnCount - 1);
        updateStatus();
        showMessage(m_ui->messagesView->currentIndex().row());
    }
    QWidget::changeEvent(event);
}

} // namespace netmsg::gui
