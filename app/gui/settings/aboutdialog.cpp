#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include "consolecontext.h"
#include "settings/plaintablemodel.h"
#include "settings/routemodel.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSysInfo>
#include <QTreeView>

namespace netmsg::gui {

AboutDialog::AboutDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
    , m_context(context)
    , m_transports(new PlainTableModel(this))
    , m_rejected(new PlainTableModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->transportsView->setModel(m_transports);
    m_ui->rejectedView->setModel(m_rejected);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(report()); });
    retranslate();
    // A few rows each: short columns fit their text, a file name takes the
    // rest (shortened in its middle, whole in its tooltip).
    QHeaderView *transports = m_ui->transportsView->header();
    transports->setStretchLastSection(false);
    transports->setSectionResizeMode(QHeaderView::ResizeToContents);
    transports->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->transportsView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *rejected = m_ui->rejectedView->header();
    rejected->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    rejected->setStretchLastSection(true);
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::fill()
{
    m_ui->titleLabel->setText(tr("netmsg %1").arg(QStringLiteral(NETMSG_VERSION)));
    m_ui->versionValue->setText(QStringLiteral(NETMSG_VERSION));
    m_ui->qtValue->setText(
        tr("%1 at run time, built with %2")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_ui->platformValue->setText(
        tr("%1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()));
    m_ui->dataValue->setText(QDir::toNativeSeparators(Settings::dataDirectory()));
    m_ui->settingsValue->setText(QDir::toNativeSeparators(m_context.settings().raw().fileName()));
    if (HistoryStore *history = m_context.history())
        m_ui->historyValue->setText(QDir::toNativeSeparators(history->path()));
    else
        m_ui->historyValue->setText(
            tr("%1 (not open: %2)")
                .arg(QDir::toNativeSeparators(m_context.settings().historyPath()),
                     m_context.historyOutcome().toString()));
    QStringList folders;
    for (const QString &folder : m_context.registry().searchPaths())
        folders.append(QFileInfo::exists(folder)
                           ? QDir::toNativeSeparators(folder)
                           : tr("%1 (missing)").arg(QDir::toNativeSeparators(folder)));
    m_ui->foldersValue->setText(folders.isEmpty() ? tr("none") : folders.join(QLatin1Char('\n')));

    QList<QStringList> transports;
    const QList<RouteEntry> entries = m_context.allTransports();
    for (const TransportInfo &info : m_context.registry().transports()) {
        QString here = tr("not loaded");
        for (const RouteEntry &entry : entries) {
            if (entry.id == info.id)
                here = RouteModel::availabilityText(entry);
        }
        transports.append({info.id, info.name, QDir::toNativeSeparators(info.fileName), here});
    }
    m_transports->setRows(transports);
    QList<QStringList> rejected;
    for (const RejectedPlugin &plugin : m_context.registry().rejected())
        rejected.append({QDir::toNativeSeparators(plugin.fileName), plugin.reason});
    m_rejected->setRows(rejected);
    m_ui->rejectedLabel->setText(rejected.isEmpty() ? tr("&Refused plugins: none")
                                                    : tr("&Refused plugins:"));
    m_ui->rejectedView->setVisible(!rejected.isEmpty());
}

QString AboutDialog::report() const
{
    QStringList lines{m_ui->titleLabel->text(),
                      tr("Qt: %1").arg(m_ui->qtValue->text()),
                      tr("System: %1").arg(m_ui->platformValue->text()),
                      tr("Data folder: %1").arg(m_ui->dataValue->text()),
                      tr("Settings file: %1").arg(m_ui->settingsValue->text()),
                      tr("History file: %1").arg(m_ui->historyValue->text()),
                      tr("Plugin folders:")};
    for (const QString &folder : m_ui->foldersValue->text().split(QLatin1Char('\n')))
        lines.append(QStringLiteral("  ") + folder);
    lines.append(tr("Transports:"));
    for (const QStringList &row : m_transports->rows())
        lines.append(QStringLiteral("  ") + row.join(QStringLiteral(" | ")));
    lines.append(tr("Refused plugins:"));
    for (const QStringList &row : m_rejected->rows())
        lines.append(QStringLiteral("  ") + row.join(QStringLiteral(" | ")));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_transports->setHeaders({tr("Id"), tr("Name"), tr("File"), tr("On this system")});
    m_rejected->setHeaders({tr("File"), tr("Why it was refused")});
    fill();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace netmsg::gui
