#include "notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace netmsg::gui {

namespace {
// Messages arriving within this pause are one burst, one notification.
constexpr int burstMs = 400;
constexpr int previewCharacters = 120;

// A desktop's notification server may read a body as markup (freedesktop
// notifications do, through Qt's D-Bus tray), and a tray balloon shows it as
// plain text: a peer's words lose their markup characters either way.
QString defused(QString text)
{
    text.replace(QLatin1Char('&'), QChar(0xFF06)); // fullwidth ampersand
    text.replace(QLatin1Char('<'), QChar(0x2039)); // single angle quotation marks
    text.replace(QLatin1Char('>'), QChar(0x203A));
    return text;
}
} // namespace

Notifier::Notifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_burst.setSingleShot(true);
    m_burst.setInterval(burstMs);
    connect(&m_burst, &QTimer::timeout, this, &Notifier::flush);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window ? window->windowIcon() : QIcon(), this);
        m_tray->setToolTip(QStringLiteral("netmsg"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activate);
        // A click on the icon itself brings the window back; only a click on
        // a notification opens its message.
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        m_tray->show();
    }
}

Notifier::~Notifier() = default;

void Notifier::messageArrived(qint64 inboxId, const QString &sender, const QString &text)
{
    if (!m_enabled)
        return;
    if (m_window && m_window->isVisible() && m_window->isActiveWindow() && !m_window->isMinimized())
        return;
    if (m_pending == 0) {
        m_firstSender = sender;
        m_firstText = text;
    }
    ++m_pending;
    m_newestId = qMax(m_newestId, inboxId);
    if (!m_burst.isActive())
        m_burst.start();
}

void Notifier::flush()
{
    if (m_pending == 0)
        return;
    m_lastTitle = m_pending == 1 ? tr("netmsg: a new message")
                                 : tr("netmsg: %n new messages", nullptr, m_pending);
    QString preview = m_firstText.simplified();
    if (preview.size() > previewCharacters)
        preview = preview.left(previewCharacters - 1) + QChar(0x2026);
    m_lastBody = m_pending == 1
                     ? tr("%1: %2").arg(defused(m_firstSender), defused(preview))
                     : tr("The first from %1: %2").arg(defused(m_firstSender), defused(preview));
    m_shownId = m_newestId;
    m_pending = 0;
    ++m_count;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(m_lastTitle, m_lastBody, QSystemTrayIcon::Information);
    else if (m_window)
        QApplication::alert(m_window);
}

void Notifier::activate()
{
    if (m_window) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    emit activated(m_shownId);
}

} // namespace netmsg::gui
