#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A private Samba smbd for one test: its own smb.conf, state, lock and cache
// folders, listening on 127.0.0.1 only, on a free unprivileged port that it
// serves as the NetBIOS session port (docs/protocol.md §2: server min protocol =
// NT1 or smbd >= 4.17 drops WinPopup connections). Its message command writes
// each message, with %f and %t, to a file the test reads back.
class SmbdFixture
{
public:
    struct Options
    {
        QString dosCharset = QStringLiteral("CP850");
        bool messageCommand = true;
    };

    struct Delivered
    {
        QString from; // smbd's %f: only [A-Za-z0-9] survive (docs/protocol.md §2)
        // %t: smbd 4.17 expands the standard macros before its own %t, so this
        // is the date ("the current time" macro), not the destination.
        QString to;
        QString text; // converted dos charset -> UTF-8, CR before LF dropped
    };

    SmbdFixture();
    ~SmbdFixture();

    // Empty on success, else why not.
    QString start(const Options &options);
    QString start() { return start(Options()); }
    void stop();
    // SIGSTOP / SIGCONT: a peer whose kernel still accepts but which never answers.
    void pause();
    void resume();

    quint16 port() const { return m_port; }
    QList<Delivered> messages() const;
    // Waits until at least `count` messages were delivered or `timeoutMs` passed.
    QList<Delivered> waitForMessages(int count, int timeoutMs = 10000) const;
    QString log() const;

    static QString smbdPath();
    static QString smbclientPath();
    // Picks a port nobody listens on right now.
    static quint16 freePort();

private:
    std::unique_ptr<QTemporaryDir> m_root;
    QProcess m_process;
    quint16 m_port = 0;
};
