#include "composewidget.h"
#include "ui_composewidget.h"

#include "compose/composecheck.h"
#include "compose/dryrundialog.h"
#include "compose/preflightdialog.h"
#include "compose/unencodablehighlighter.h"
#include "consolecontext.h"
#include "messagetemplate.h"
#include "templates/templatestore.h"
#include "textcodec.h"
#include "validation.h"
#include "widgets/messagebox.h"
#include "widgets/statecolors.h"
#include "widgets/whenfinished.h"

#include <QRegularExpression>
#include <QStandardItemModel>
#include <QtConcurrent/QtConcurrentRun>

namespace netmsg::gui {

namespace {
constexpr int checkDelayMs = 150;

QString plainAddress(const QString &address)
{
    // "10.0.0.7" or "[::1]" from a peer address as the receiver recorded it.
    return address.contains(QLatin1Char(':')) && !address.startsWith(QLatin1Char('['))
               ? QLatin1Char('[') + address + QLatin1Char(']')
               : address;
}
} // namespace

ComposeWidget::ComposeWidget(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposeWidget>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_highlighter = new UnencodableHighlighter(m_ui->messageEdit->document());
    m_ui->senderEdit->setText(m_context.settings().senderName());
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(checkDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &ComposeWidget::check);
    for (QObject *source :
         {static_cast<QObject *>(m_ui->recipientsEdit), static_cast<QObject *>(m_ui->messageEdit)})
        connect(qobject_cast<QPlainTextEdit *>(source), &QPlainTextEdit::textChanged, this,
                &ComposeWidget::scheduleCheck);
    for (QLineEdit *edit : {m_ui->senderEdit, m_ui->serverEdit})
        connect(edit, &QLineEdit::textChanged, this, &ComposeWidget::scheduleCheck);
    connect(m_ui->routeBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ComposeWidget::check);
    connect(m_ui->policyBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ComposeWidget::check);
    connect(m_ui->holdCheck, &QCheckBox::toggled, m_ui->holdMinutes, &QWidget::setEnabled);
    connect(m_ui->insertTemplateButton, &QPushButton::clicked, this,
            &ComposeWidget::insertTemplate);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposeWidget::send);
    connect(m_ui->dryRunButton, &QPushButton::clicked, this, &ComposeWidget::dryRun);
    connect(m_ui->preflightButton, &QPushButton::clicked, this, &ComposeWidget::preflight);
    connect(&m_context, &ConsoleContext::routeChanged, this, &ComposeWidget::fillRoutes);
    if (HistoryStore *history = m_context.history()) {
        connect(history, &HistoryStore::changed, this, [this](HistoryStore::Tables tables) {
            if (tables.testFlag(HistoryStore::Table::Contacts) ||
                tables.testFlag(HistoryStore::Table::Groups))
                loadAddressBook();
        });
    }
    m_ui->holdMinutes->setEnabled(false);
    retranslate();
    fillRoutes();
    fillTemplates();
    loadAddressBook();
    check();
}

ComposeWidget::~ComposeWidget()
{
    // The check reads the transports, which outlive this widget but not the
    // context: it ends before this widget does.
    m_checkFuture.waitForFinished();
}

void ComposeWidget::retranslate()
{
    m_ui->retranslateUi(this);
    const int policy = qMax(0, m_ui->policyBox->currentIndex());
    m_ui->policyBox->clear();
    m_ui->policyBox->addItem(tr("Refuse it"));
    m_ui->policyBox->addItem(tr("Split it into numbered parts"));
    m_ui->policyBox->setCurrentIndex(policy);
    m_ui->variablesLabel->setText(
        tr("Variables: %1").arg(MessageTemplate::variables().join(QStringLiteral(" "))));
    fillRoutes();
    check();
}

void ComposeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QWidget::changeEvent(event);
}

void ComposeWidget::fillRoutes()
{
    const QString current = m_ui->routeBox->currentData().toString();
    auto *model = new QStandardItemModel(m_ui->routeBox);
    auto *route = new QStandardItem(
        tr("Route from Settings: %1").arg(m_context.routeIds().join(QStringLiteral(" → "))));
    route->setData(QString(), Qt::UserRole);
    model->appendRow(route);
    for (const RouteEntry &entry : m_context.allTransports()) {
        const QString name = entry.transport ? entry.transport->displayName() : entry.id;
        auto *item =
            new QStandardItem(entry.isUsable() ? tr("%1 (%2): available").arg(name, entry.id)
                                               : tr("%1 (%2): not available").arg(name, entry.id));
        item->setData(entry.id, Qt::UserRole);
        item->setToolTip(entry.isUsable() ? entry.availability.detail()
                                          : entry.availability.toString());
        if (!entry.isUsable())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        model->appendRow(item);
    }
    const QSignalBlocker blocker(m_ui->routeBox);
    m_ui->routeBox->setModel(model);
    const int index = m_ui->routeBox->findData(current);
    m_ui->routeBox->setCurrentIndex(index >= 0 ? index : 0);
    scheduleCheck();
}

bool ComposeWidget::selectTransport(const QString &id)
{
    const int index = m_ui->routeBox->findData(id);
    if (index < 0)
        return false;
    m_ui->routeBox->setCurrentIndex(index);
    check();
    return true;
}

void ComposeWidget::fillTemplates()
{
    m_ui->templateBox->clear();
    for (const MessageTemplateEntry &entry : TemplateStore(m_context.settings().raw()).templates())
        m_ui->templateBox->addItem(entry.name, entry.text);
    m_ui->insertTemplateButton->setEnabled(m_ui->templateBox->count() > 0);
}

void ComposeWidget::reloadTemplates()
{
    fillTemplates();
}

void ComposeWidget::insertTemplate()
{
    const QString text = m_ui->templateBox->currentData().toString();
    if (!text.isEmpty())
        m_ui->messageEdit->textCursor().insertText(text);
}

void ComposeWidget::loadAddressBook()
{
    HistoryStore *history = m_context.history();
    if (!history)
        return;
    whenFinished(this, history->contacts(), [this](const HistoryRead<QList<Contact>> &read) {
        QStringList words;
        for (const Contact &contact : read.rows)
            words.append(contact.address.isEmpty() ? contact.name : contact.address);
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
            words.append(QLatin1Char('@') + it.key());
        m_ui->recipientsEdit->setCompletions(words);
    });
    whenFinished(this, history->groups(),
                 [this](const HistoryRead<QMap<QString, QStringList>> &read) {
                     if (read.outcome.isSuccess())
                         m_groups = read.rows;
                     scheduleCheck();
                 });
}

void ComposeWidget::setRecipients(const QString &text)
{
    m_ui->recipientsEdit->setPlainText(text);
    check();
}

QString ComposeWidget::recipientsText() const
{
    return m_ui->recipientsEdit->toPlainText();
}

void ComposeWidget::setMessageText(const QString &text)
{
    m_ui->messageEdit->setPlainText(text);
    check();
}

QString ComposeWidget::messageText() const
{
    return m_ui->messageEdit->toPlainText();
}

void ComposeWidget::replyTo(const QString &sender, const QString &peerAddress)
{
    // The claimed sender at the address the message really came from. What
    // a peer claims is untrusted: a name that is not one (a comma, '@', a
    // new line would add recipients of the peer's choosing) is not used.
    const QString name = sender.trimmed().toUpper();
    Outcome valid = Validation::checkName(name, NameKind::Recipient);
    static const QRegularExpression fieldSyntax(QStringLiteral("[,;@\"\\r\\n]"));
    if (valid.isSuccess() && name.contains(fieldSyntax))
        valid =
            Outcome(Code::InvalidName,
                    tr("\"%1\" holds a character the recipients field reads as syntax").arg(name));
    if (!valid.isSuccess()) {
        setRecipients(QString());
        MessageBox::warning(this, tr("Reply"),
                            tr("The sender's name is not one a reply can go to (%1). Name the "
                               "recipient yourself; the message came from %2.")
                                .arg(valid.detail(), peerAddress));
        return;
    }
    setRecipients(peerAddress.isEmpty() ? name
                                        : name + QLatin1Char('@') + plainAddress(peerAddress));
    m_ui->messageEdit->setFocus();
}

QString ComposeWidget::counterText() const
{
    return m_ui->counterLabel->text();
}

void ComposeWidget::scheduleCheck()
{
    m_checkTimer.start();
}

QList<RouteEntry> ComposeWidget::chosenRoute() const
{
    const QString id = m_ui->routeBox->currentData().toString();
    if (id.isEmpty())
        return m_context.route();
    for (const RouteEntry &entry : m_context.route()) {
        if (entry.id == id)
            return {entry};
    }
    return Route::resolve(m_context.registry(), {id});
}

ComposeInput ComposeWidget::input() const
{
    ComposeInput input;
    input.recipients = recipientsText();
    input.text = messageText();
    input.sender = m_ui->senderEdit->text();
    input.settingsSender = m_context.settings().senderName();
    input.server = m_ui->serverEdit->text();
    input.route = chosenRoute();
    input.groups = m_groups;
    input.options = m_context.deliveryOptions();
    input.options.overLimit =
        m_ui->policyBox->currentIndex() == 1 ? OverLimitPolicy::Split : OverLimitPolicy::Refuse;
    return input;
}

void ComposeWidget::check()
{
    m_checkTimer.stop();
    const QList<RouteEntry> route = chosenRoute();
    QStringList states;
    for (const RouteEntry &entry : route)
        states.append(entry.isUsable()
                          ? tr("%1: available").arg(entry.id)
                          : tr("%1: %2").arg(entry.id, entry.availability.detail().isEmpty()
                                                           ? entry.availability.description()
                                                           : entry.availability.detail()));
    m_ui->routeStatus->setText(states.join(QLatin1Char('\n')));
    updateCounter(route);
    if (m_checking) {
        m_dirty = true; // checked again when the one under way ends
        return;
    }
    m_checking = true;
    m_dirty = false;
    const quint64 generation = ++m_generation;
    const ComposeInput fields = input();
    m_checkedText = fields.text;
    m_checkFuture = QtConcurrent::run(&ComposeCheck::run, fields);
    whenFinished(this, m_checkFuture, [this, generation](const ComposeCheck &result) {
        applyCheck(result, generation);
    });
}

bool ComposeWidget::isCheckCurrent() const
{
    return m_last && !m_checking && !m_dirty && !m_checkTimer.isActive();
}

void ComposeWidget::applyCheck(const ComposeCheck &result, quint64 generation)
{
    m_checking = false;
    if (generation != m_generation)
        return;
    if (m_dirty) {
        check();
        return;
    }
    m_last = result;
    m_lastInputText = m_checkedText;
    showIssues(result);
    const bool valid = result.request.has_value();
    m_problem = result.problem;
    m_ui->sendButton->setToolTip(valid ? tr("Send to every recipient") : result.problem);
    m_ui->sendButton->setEnabled(valid);
    m_ui->dryRunButton->setEnabled(valid);
    m_ui->preflightButton->setEnabled(!result.recipients.isEmpty());
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
    const Pending pending = std::exchange(m_pending, Pending::Nothing);
    if (pending == Pending::Send)
        sendChecked();
    else if (pending == Pending::DryRun)
        dryRunChecked();
    else if (pending == Pending::Preflight)
        preflightChecked();
}

void ComposeWidget::showIssues(const ComposeCheck &result)
{
    const QList<RecipientIssue> &issues = result.issues;
    m_ui->recipientsEdit->setIssues(issues);
    const StateColors colors(palette());
    QPalette statusPalette = m_ui->recipientsStatus->palette();
    statusPalette.setColor(QPalette::WindowText, issues.isEmpty()
                                                     ? palette().color(QPalette::WindowText)
                                                     : colors.invalidInput());
    m_ui->recipientsStatus->setPalette(statusPalette);
    if (issues.isEmpty()) {
        m_ui->recipientsStatus->setText(
            result.recipients.isEmpty()
                ? QString()
                : tr("%n recipient(s)", nullptr, int(result.recipients.size())));
        return;
    }
    QStringList lines;
    for (const RecipientIssue &issue : issues.mid(0, 3))
        lines.append(issue.line > 0
                         ? tr("%1 (line %2): %3").arg(issue.entry).arg(issue.line).arg(issue.reason)
                         : tr("%1: %2").arg(issue.entry, issue.reason));
    if (issues.size() > 3)
        lines.append(tr("and %n more", nullptr, int(issues.size() - 3)));
    m_ui->recipientsStatus->setText(tr("%n entry(s) rejected:", nullptr, int(issues.size())) +
                                    QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

std::optional<SendRequest> ComposeWidget::currentRequest(QString *problem) const
{
    if (!m_last || !m_last->request) {
        *problem = m_last ? m_last->problem : tr("The message has not been checked yet.");
        return std::nullopt;
    }
    SendRequest request = *m_last->request;
    // {date} and {time} are the moment of sending, not of the last check.
    request.prototype.text = MessageTemplate::expand(m_lastInputText, QDateTime::currentDateTime(),
                                                     request.prototype.sender.isEmpty()
                                                         ? m_context.settings().senderName()
                                                         : request.prototype.sender);
    // The hold counts from the moment of sending.
    if (m_ui->holdCheck->isChecked())
        request.options.holdUntil =
            QDateTime::currentDateTimeUtc().addSecs(qint64(m_ui->holdMinutes->value()) * 60);
    return request;
}

void ComposeWidget::updateCounter(const QList<RouteEntry> &route)
{
    const auto usable = std::find_if(route.cbegin(), route.cend(),
                                     [](const RouteEntry &entry) { return entry.isUsable(); });
    if (usable == route.cend()) {
        m_highlighter->setEncoding({});
        m_ui->counterLabel->setText(tr("No transport available"));
        return;
    }
    const TransportLimits limits = usable->transport->limits();
    m_highlighter->setEncoding(limits.wireEncoding);
    const TextCodec codec(limits.wireEncoding);
    const QString text = messageText();
    const qsizetype bytes = codec.encodedSize(text);
    const bool broadcast = recipientsText()
                               .split(QRegularExpression(QStringLiteral("[,;\\n]")))
                               .contains(QStringLiteral("*"));
    const int limit = broadcast && limits.maxBroadcastBytes > 0 ? limits.maxBroadcastBytes
                                                                : limits.maxMessageBytes;
    QString counter = limit > 0
                          ? tr("%L1 of %L2 bytes in %3").arg(bytes).arg(limit).arg(codec.name())
                          : tr("%L1 bytes in %2").arg(bytes).arg(codec.name());
    const int unencodable = int(codec.unencodable(text).size());
    if (unencodable > 0)
        counter += QStringLiteral("; ") +
                   tr("%n character(s) %1 cannot encode", nullptr, unencodable).arg(codec.name());
    else if (limit > 0 && bytes > limit)
        counter +=
            QStringLiteral("; ") +
            (m_ui->policyBox->currentIndex() == 1 ? tr("will be split") : tr("over the limit"));
    m_ui->counterLabel->setText(counter);
    QPalette counterPalette = m_ui->counterLabel->palette();
    counterPalette.setColor(
        QPalette::WindowText,
        unencodable > 0 || (limit > 0 && bytes > limit && m_ui->policyBox->currentIndex() == 0)
            ? StateColors(palette()).invalidInput()
            : palette().color(QPalette::WindowText));
    m_ui->counterLabel->setPalette(counterPalette);
}

bool ComposeWidget::confirm(const SendRequest &request)
{
    const bool broadcast = std::any_of(
        request.recipients.cbegin(), request.recipients.cend(),
        [](const Recipient &recipient) { return Validation::isBroadcast(recipient.name); });
    const int count = int(request.recipients.size());
    if (!broadcast && count <= m_context.settings().confirmRecipients())
        return true;
    const QString text =
        broadcast ? tr("Broadcast this message to everyone (*)? %n recipient entry(s) in all.",
                       nullptr, count)
                  : tr("Send this message to %n recipients?", nullptr, count);
    return MessageBox::question(this, tr("Confirm sending"), text,
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

void ComposeWidget::send()
{
    if (!isCheckCurrent()) {
        m_pending = Pending::Send;
        check();
        return;
    }
    sendChecked();
}

void ComposeWidget::sendChecked()
{
    QString problem;
    const std::optional<SendRequest> request = currentRequest(&problem);
    if (!request) {
        MessageBox::warning(this, tr("Cannot send"), problem);
        return;
    }
    if (!confirm(*request))
        return;
    emit sendRequested(*request);
}

void ComposeWidget::dryRun()
{
    if (!isCheckCurrent()) {
        m_pending = Pending::DryRun;
        check();
        return;
    }
    dryRunChecked();
}

void ComposeWidget::dryRunChecked()
{
    QString problem;
    const std::optional<SendRequest> request = currentRequest(&problem);
    if (!request) {
        MessageBox::warning(this, tr("Dry run"), problem);
        return;
    }
    DeliveryJob probe(request->route, nullptr);
    probe.setOptions(request->options);
    // Not exec(): the window stays usable and a test never blocks on it.
    auto *dialog = new DryRunDialog(probe.plan(request->prototype, request->recipients), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ComposeWidget::preflight()
{
    if (!isCheckCurrent()) {
        m_pending = Pending::Preflight;
        check();
        return;
    }
    preflightChecked();
}

void ComposeWidget::preflightChecked()
{
    const QList<Recipient> recipients = m_last ? m_last->recipients : QList<Recipient>();
    const QList<RecipientIssue> issues = m_last ? m_last->issues : QList<RecipientIssue>();
    if (recipients.isEmpty()) {
        MessageBox::warning(this, tr("Preflight"), tr("Name at least one recipient."));
        return;
    }
    // Not exec(): the rows fill in while the window stays usable, and a test
    // never blocks on it.
    auto *dialog = new PreflightDialog(chosenRoute(), recipients, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLimits(m_context.settings().concurrency(), m_context.settings().timeoutMs());
    QStringList notes;
    if (!issues.isEmpty())
        notes.append(tr("%n entry(s) not checked: they are not valid recipients.", nullptr,
                        int(issues.size())));
    const QString server = m_ui->serverEdit->text().trimmed();
    if (!server.isEmpty())
        notes.append(tr("Checked from this computer; a send would execute on %1.").arg(server));
    dialog->setNote(notes.join(QLatin1Char('\n')));
    dialog->open();
    dialog->start();
}

} // namespace netmsg::gui
