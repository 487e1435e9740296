#pragma once

#include "callpool.h"
#include "imessagetransport.h"
#include "terminalservices.h"

#include <QMutex>

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
    // "title" (text), "timeoutSeconds" (0 = none), "wait" (for the user's answer;
    // needs timeoutSeconds from 1 to MaxWaitSeconds),
    // "stdinEncoding" (what msg.exe reads, default the OEM code page).
    Outcome configure(const QVariantMap &options) override;

    // The Outcome detail names each session's response: IDOK ... IDTIMEOUT, IDASYNC.
    QFuture<SendResult> send(const Message &message) override;
    // Whether a session on this computer matches the target, through the
    // session listing (nothing is shown to anyone). Where only msg.exe can
    // deliver, as the default: nothing more can be checked.
    QFuture<Outcome> probe(const Recipient &recipient) override;
    QFuture<SessionListing> listSessions(const QString &server);

    QString msgExePath() const { return m_msgExePath; }

    static constexpr int MaxParallelCalls = 32;
    // A box that waits for its answer needs a timeout, at most this long:
    // nothing may block a thread (and shutdown) for good.
    static constexpr int MaxWaitSeconds = 3600;

private:
    struct Settings
    {
        QString title;
        int timeoutSeconds = 0;
        bool wait = false;
        QString stdinEncoding;
    };

    // Null when given a table; shared with every call in flight, so that the
    // DLL stays loaded under a call that outlives the transport (CallPool).
    std::shared_ptr<wts::WtsLibrary> m_library;
    std::shared_ptr<const wts::TerminalServices> m_services;
    QString m_msgExePath;
    mutable QMutex m_settingsMutex;
    Settings m_settings;
    CallPool m_calls{MaxParallelCalls}; // last: destroyed first, before what calls use
};

} // namespace netmsg

Q_DECLARE_METATYPE(netmsg::SessionListing)
