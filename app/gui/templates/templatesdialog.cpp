#include "templatesdialog.h"
#include "ui_templatesdialog.h"

#include "messagetemplate.h"
#include "templates/templatesmodel.h"
#include "widgets/statecolors.h"

#include <QAction>
#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>

namespace netmsg::gui {

namespace {
const QString geometryKey = QStringLiteral("window/templatesDialog");
} // namespace

TemplatesDialog::TemplatesDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplatesDialog>())
    , m_settings(settings)
    , m_model(new TemplatesModel(this))
{
    m_ui->setupUi(this);
    QPalette problemPalette = m_ui->problemLabel->palette();
    problemPalette.setColor(QPalette::WindowText, StateColors(palette()).invalidInput());
    m_ui->problemLabel->setPalette(problemPalette);
    m_model->setTemplates(TemplateStore(m_settings).templates());
    m_ui->templatesView->setModel(m_model);
    connect(m_ui->templatesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TemplatesDialog::showSelected);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        m_model->setData(m_model->index(selectedTemplate()), name, Qt::EditRole);
        updateHint();
    });
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_model->setData(m_model->index(selectedTemplate()), m_ui->textEdit->toPlainText(),
                         TemplatesModel::TextRole);
        updateHint();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &index) {
        if (index.row() == selectedTemplate() && m_ui->nameEdit->text() != index.data().toString())
            m_ui->nameEdit->setText(index.data().toString());
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &TemplatesDialog::addTemplate);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TemplatesDialog::removeTemplate);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveTemplate(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveTemplate(+1); });
    const std::initializer_list<std::pair<QKeySequence, std::function<void()>>> keys{
        {QKeySequence(Qt::Key_Insert),
         [this] {
             addTemplate();
         }},
        {QKeySequence::Delete,
         [this] {
             removeTemplate();
         }},
        {QKeySequence(Qt::CTRL | Qt::Key_Up),
         [this] {
             moveTemplate(-1);
         }},
        {QKeySequence(Qt::CTRL | Qt::Key_Down), [this] {
             moveTemplate(+1);
         }}};
    for (const auto &[sequence, handler] : keys) {
        auto *action = new QAction(m_ui->templatesView);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_ui->templatesView->addAction(action);
        connect(action, &QAction::triggered, this, handler);
    }
    retranslate();
    selectTemplate(0);
    restoreGeometry(m_settings.value(geometryKey).toByteArray());
}

TemplatesDialog::~TemplatesDialog() = default;

void TemplatesDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->variablesLabel->setText(
        tr("A text may hold these variables, filled in when it is sent:"));
    const QHash<QString, QString> explained{
        {QStringLiteral("{date}"), tr("the day the message is sent")},
        {QStringLiteral("{time}"), tr("the time it is sent")},
        {QStringLiteral("{sender}"), tr("the sender name")},
        {QStringLiteral("{recipient}"), tr("each recipient's name (each gets its own text)")}};
    while (m_ui->variablesForm->rowCount() > 0)
        m_ui->variablesForm->removeRow(0);
    // Core's list, so that a variable core learns shows up here too.
    for (const QString &variable : MessageTemplate::variables()) {
        auto *explanation = new QLabel(explained.value(variable), this);
        explanation->setWordWrap(true);
        explanation->setTextFormat(Qt::PlainText);
        auto *name = new QLabel(variable, this);
        name->setTextFormat(Qt::PlainText);
        m_ui->variablesForm->addRow(name, explanation);
    }
    updateHint();
}

void TemplatesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QDialog::changeEvent(event);
}

int TemplatesDialog::selectedTemplate() const
{
    return m_ui->templatesView->currentIndex().row();
}

void TemplatesDialog::selectTemplate(int row)
{
    m_ui->templatesView->setCurrentIndex(m_model->index(row));
    showSelected();
}

void TemplatesDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
    m_model->setData(m_model->index(selectedTemplate()), name, Qt::EditRole);
    updateHint();
}

void TemplatesDialog::setText(const QString &text)
{
    m_ui->textEdit->setPlainText(text);
}

void TemplatesDialog::showSelected()
{
    const int row = selectedTemplate();
    const QSignalBlocker nameBlocker(m_ui->nameEdit);
    const QSignalBlocker textBlocker(m_ui->textEdit);
    const QModelIndex index = m_model->index(row);
    m_ui->nameEdit->setText(index.data(Qt::EditRole).toString());
    m_ui->textEdit->setPlainText(index.data(TemplatesModel::TextRole).toString());
    m_ui->nameEdit->setEnabled(row >= 0);
    m_ui->textEdit->setEnabled(row >= 0);
    updateButtons();
}

void TemplatesDialog::updateButtons()
{
    const int row = selectedTemplate();
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

Outcome TemplatesDialog::validate() const
{
    QStringList names;
    for (const MessageTemplateEntry &entry : m_model->templates()) {
        const QString name = entry.name.trimmed();
        if (name.isEmpty())
            return Outcome(Code::InvalidParameter, tr("Every template needs a name."));
        if (names.contains(name, Qt::CaseInsensitive))
            return Outcome(Code::NerrDuplicateName,
                           tr("There are two templates named '%1'.").arg(name));
        if (entry.text.trimmed().isEmpty())
            return Outcome(Code::InvalidParameter, tr("The template '%1' has no text.").arg(name));
        names.append(name);
    }
    return Outcome::success();
}

QString TemplatesDialog::problem() const
{
    return m_ui->problemLabel->text();
}

// What is wrong now, or a word about a {variable} netmsg does not fill
// (it is sent as typed).
void TemplatesDialog::updateHint()
{
    const Outcome check = validate();
    if (!check.isSuccess()) {
        m_ui->problemLabel->setText(check.detail());
        return;
    }
    static const QRegularExpression variable(QStringLiteral("\\{[A-Za-z_]+\\}"));
    const QString text = m_ui->textEdit->toPlainText();
    for (auto match = variable.globalMatch(text); match.hasNext();) {
        const QString name = match.next().captured();
        if (!MessageTemplate::variables().contains(name)) {
            m_ui->problemLabel->setText(
                tr("%1 is not a variable netmsg fills; it is sent as it is.").arg(name));
            return;
        }
    }
    m_ui->problemLabel->clear();
}

void TemplatesDialog::addTemplate()
{
    QString name = tr("New template");
    for (int i = 2; std::any_of(m_model->templates().cbegin(), m_model->templates().cend(),
                                [&](const MessageTemplateEntry &entry) {
                                    return entry.name.compare(name, Qt::CaseInsensitive) == 0;
                                });
         ++i)
        name = tr("New template %1").arg(i);
    const int row = m_model->addTemplate(name, {}, selectedTemplate());
    selectTemplate(row);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
    updateHint();
}

void TemplatesDialog::removeTemplate()
{
    const int row = selectedTemplate();
    if (!m_model->removeTemplate(row))
        return;
    selectTemplate(qMin(row, m_model->rowCount() - 1));
    updateHint();
}

void TemplatesDialog::moveTemplate(int offset)
{
    const int row = selectedTemplate();
    if (m_model->moveTemplate(row, offset))
        selectTemplate(row + offset);
}

void TemplatesDialog::accept()
{
    const Outcome check = validate();
    if (!check.isSuccess()) {
        m_ui->problemLabel->setText(check.detail());
        return;
    }
    QList<MessageTemplateEntry> templates;
    for (const MessageTemplateEntry &entry : m_model->templates())
        templates.append({entry.name.trimmed(), entry.text});
    TemplateStore(m_settings).setTemplates(templates);
    m_settings.sync();
    emit saved();
    QDialog::accept();
}

void TemplatesDialog::done(int result)
{
    m_settings.setValue(geometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace netmsg::gui
