#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "consolecontext.h"
#include "settings/deliverypage.h"
#include "settings/generalpage.h"
#include "settings/languagepage.h"
#include "settings/notificationspage.h"
#include "settings/receiverpage.h"
#include "translations.h"
#include "widgets/statecolors.h"

#include <QPushButton>

namespace netmsg::gui {

namespace {
const QString geometryKey = QStringLiteral("window/settingsDialog");
} // namespace

SettingsDialog::SettingsDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_context(context)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->pageTitleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_ui->pageTitleLabel->setFont(titleFont);
    QPalette problemPalette = m_ui->problemLabel->palette();
    problemPalette.setColor(QPalette::WindowText, StateColors(palette()).invalidInput());
    m_ui->problemLabel->setPalette(problemPalette);

    addPage(new GeneralPage(m_context, this));
    addPage(new DeliveryPage(this));
    addPage(new ReceiverPage(m_context, this));
    addPage(new LanguagePage(this));
    addPage(new NotificationsPage(this));
    connect(m_ui->categoryList, &QListWidget::currentRowChanged, this, &SettingsDialog::showPage);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { apply(); });
    load();
    retranslate();
    showPage(0);
    restoreGeometry(m_context.settings().raw().value(geometryKey).toByteArray());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(ISettingsPage *page)
{
    m_pages.append(page);
    m_ui->pageStack->addWidget(page->widget());
    m_ui->categoryList->addCategory(page->title(), page->icon());
}

int SettingsDialog::currentPage() const
{
    return m_ui->pageStack->currentIndex();
}

void SettingsDialog::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_ui->pageStack->setCurrentIndex(index);
    if (m_ui->categoryList->currentRow() != index)
        m_ui->categoryList->setCurrentRow(index);
    m_ui->pageTitleLabel->setText(m_pages.at(index)->title());
}

QString SettingsDialog::problem() const
{
    return m_ui->problemLabel->text();
}

void SettingsDialog::showProblem(const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}

void SettingsDialog::load()
{
    for (ISettingsPage *page : std::as_const(m_pages))
        page->load(m_context.settings());
    showProblem({});
}

Outcome SettingsDialog::apply()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        // Shown first, so that the page can put the focus on its field.
        const int shown = currentPage();
        showPage(i);
        const Outcome check = m_pages.at(i)->validate();
        if (!check.isSuccess()) {
            showProblem(check.detail().isEmpty() ? check.description() : check.detail());
            return check;
        }
        showPage(shown);
    }
    Settings &settings = m_context.settings();
    const QString language = settings.language();
    for (ISettingsPage *page : std::as_const(m_pages))
        page->save(settings);
    settings.raw().sync();
    showProblem({});
    m_context.applySettings();
    // Every widget gets QEvent::LanguageChange and retranslates itself.
    if (settings.language() != language)
        ConsoleContext::installLanguage(settings.language());
    emit applied();
    return Outcome::success();
}

void SettingsDialog::accept()
{
    if (apply().isSuccess())
        QDialog::accept();
}

void SettingsDialog::done(int result)
{
    m_context.settings().raw().setValue(geometryKey, saveGeometry());
    QDialog::done(result);
}

void SettingsDialog::retranslate()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_pages.size(); ++i)
        m_ui->categoryList->setCategoryTitle(i, m_pages.at(i)->title());
    if (ISettingsPage *shown = page(currentPage()))
        m_ui->pageTitleLabel->setText(shown->title());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace netmsg::gui
