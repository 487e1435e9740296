#pragma once

#include "imessagetransport.h"
#include "terminalservices.h"

#include <QMutex>
#include <QThreadPool>

#include <memory>

namespace netmsg {

// One terminal session as the UI shows it.
struct SessionInfo
{
    quint32 id = 0;
    QString stationName;
    QString state; // "active", "disconnected", ...
    QString userName;
};

struct SessionListing
{
    Outcome outcome;
    QList<SessionInfo> sessions;
};

// Message boxes in terminal sessions as a transport: a thin Qt adapter over the
// Qt-free TerminalServices, with msg.exe as the fallback when the API fails in
// a way msg.exe can cover. Recipients are session ids, session names, user
// names or "*" (every session with a user). Blocking calls run on the
// transport's own thread pool.
class WtsTransport : public IMessageTransport
{
    Q_OBJECT
public:
    // Over wtsapi32.dll from System32 and System32\msg.exe, Wine detected through ntdll.
    static WtsTransport *createForThisSystem(QObject *parent);
    // Over any function table (tests hand in fakes). `msgExePath` empty = no msg.exe.
    WtsTransport(const wts::WtsFunctions &functions, const std::string &wineVersion,
                 const QString &msgExePath, QObject *parent);
    ~WtsTransport() override;

    QString id() const override { return QStringLiteral("wts"); }
    QString displayName() const override { return tr("Terminal sessions (WTS)"); }
    Capabilities capabilities() const override;
    TransportLimits limits() const override;
    Outcome availability() const override;
    // "title" (text), "timeoutSeconds" (0 = none), "wait" (for the user's answer),
    // "stdinEncoding" (what msg.exe reads, default the OEM code page).
    Outcome configure(const QVariantMap &options) override;

    // The Outcome detail names each session's response: IDOK ... IDTIMEOUT, IDASYNC.
    QFuture<Outcome> send(const Message &message) override;
    QFuture<SessionListing> listSessions(const QString &server);

    QString msgExePath() const { return m_msgExePath; }

private:
    struct Settings
    {
        QString title;
        int timeoutSeconds = 0;
        bool wait = false;
        QString stdinEncoding;
    };

    std::unique_ptr<wts::WtsLibrary> m_library; // null when given a table
    std::shared_ptr<const wts::TerminalServices> m_services;
    QString m_msgExePath;
    mutable QMutex m_settingsMutex;
    Settings m_settings;
    QThreadPool m_pool; // last: its destructor waits for running calls first
};

} // namespace netmsg

Q_DECLARE_METATYPE(netmsg::SessionListing)
