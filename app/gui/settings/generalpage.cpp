#include "generalpage.h"
#include "ui_generalpage.h"

#include "consolecontext.h"
#include "settings/routemodel.h"
#include "textcodec.h"
#include "validation.h"
#include "widgets/statecolors.h"

#include <QAction>
#include <QHeaderView>
#include <QStyle>

namespace netmsg::gui {

GeneralPage::GeneralPage(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GeneralPage>())
    , m_context(context)
    , m_route(new RouteModel(this))
{
    m_ui->setupUi(this);
    const StateColors colors(palette());
    m_route->setColors(colors.solid(DeliveryState::Delivered), colors.solid(DeliveryState::Failed));
    m_ui->routeView->setModel(m_route);
    // A handful of rows: the transport names fit, the reason takes the rest.
    m_ui->routeView->header()->setSectionResizeMode(RouteModel::TransportColumn,
                                                    QHeaderView::ResizeToContents);
    m_ui->routeView->header()->setStretchLastSection(true);
    m_ui->codePageBox->addItems(TextCodec::oemCodePages());
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_ui->routeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GeneralPage::updateButtons);
    for (const auto &[keys, offset] : {std::pair{Qt::Key_Up, -1}, std::pair{Qt::Key_Down, +1}}) {
        auto *action = new QAction(m_ui->routeView);
        action->setShortcut(QKeySequence(Qt::CTRL | keys));
        action->setShortcutContext(Qt::WidgetShortcut);
        m_ui->routeView->addAction(action);
        connect(action, &QAction::triggered, this, [this, step = offset] { moveSelected(step); });
    }
    updateButtons();
}

GeneralPage::~GeneralPage() = default;

QString GeneralPage::title() const
{
    return tr("General");
}

QIcon GeneralPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-system"),
                            style()->standardIcon(QStyle::SP_ComputerIcon));
}

void GeneralPage::load(const Settings &settings)
{
    m_route->setTransports(Route::resolve(m_context.registry(), settings.route()),
                           m_context.allTransports());
    m_ui->senderEdit->setText(settings.senderName());
    m_loadedCodePage = settings.codePage();
    m_codePageWasSet = settings.hasCodePage();
    if (m_ui->codePageBox->findText(m_loadedCodePage) < 0)
        m_ui->codePageBox->addItem(m_loadedCodePage);
    m_ui->codePageBox->setCurrentText(m_loadedCodePage);
    updateButtons();
}

void GeneralPage::save(Settings &settings)
{
    settings.setRoute(m_route->route());
    settings.setSenderName(m_ui->senderEdit->text().trimmed());
    // The CLI takes the code page from the settings only where the user set
    // one (Settings::hasCodePage), so an untouched default stays unset.
    const QString codePage = m_ui->codePageBox->currentText();
    if (m_codePageWasSet || codePage != m_loadedCodePage)
        settings.setCodePage(codePage);
}

Outcome GeneralPage::validate()
{
    if (m_route->route().isEmpty()) {
        m_ui->routeView->setFocus();
        return Outcome(Code::InvalidParameter,
                       tr("Default route: check at least one transport to send through."));
    }
    TransportLimits limits;
    limits.wireEncoding = m_ui->codePageBox->currentText();
    const Outcome sender =
        Validation::checkName(m_ui->senderEdit->text().trimmed(), NameKind::Sender, limits);
    if (!sender.isSuccess()) {
        m_ui->senderEdit->setFocus();
        m_ui->senderEdit->selectAll();
        return Outcome(sender.code(), tr("Sender name: %1").arg(sender.detail()));
    }
    return Outcome::success();
}

void GeneralPage::selectTransport(int row)
{
    m_ui->routeView->setCurrentIndex(m_route->index(row, RouteModel::TransportColumn));
}

void GeneralPage::moveSelected(int offset)
{
    const int row = m_ui->routeView->currentIndex().row();
    if (m_route->moveRow(row, offset))
        selectTransport(row + offset);
    updateButtons();
}

void GeneralPage::updateButtons()
{
    const int row = m_ui->routeView->currentIndex().row();
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row + 1 < m_route->rowCount());
}

void GeneralPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        m_route->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace netmsg::gui
