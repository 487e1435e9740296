#include "smbdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace {

const QStringList SbinPaths = {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                               QStringLiteral("/sbin")};

bool writeFile(const QString &path, const QByteArray &contents, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(contents);
    file.close();
    return file.setPermissions(permissions);
}

} // namespace

SmbdFixture::SmbdFixture() = default;

SmbdFixture::~SmbdFixture()
{
    stop();
}

QString SmbdFixture::smbdPath()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("smbd"));
    return path.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("smbd"), SbinPaths)
                          : path;
}

QString SmbdFixture::smbclientPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("smbclient"));
}

quint16 SmbdFixture::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

QString SmbdFixture::start(const Options &options)
{
    const QString smbd = smbdPath();
    if (smbd.isEmpty())
        return QStringLiteral("smbd not found (apt-get install samba)");
    m_root = std::make_unique<QTemporaryDir>();
    if (!m_root->isValid())
        return QStringLiteral("no temporary folder");
    const QString root = m_root->path();
    // The message command runs as the guest account (docs/protocol.md §2). It is
    // the user running the test: "nobody" may not even reach the temporary
    // folder (a chroot whose root is 0700, a private /tmp). The folders stay
    // open to others too, for an smbd that drops to another user anyway.
    QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                    QFile::ExeGroup);
    for (const char *sub : {"state", "lock", "private", "cache", "pid", "log", "messages"})
        QDir(root).mkpath(QLatin1String(sub));
    QFile::setPermissions(root + QStringLiteral("/messages"),
                          QFile::Permissions(0x7777)); // rwx for everyone, like /tmp
    const QString deliver = root + QStringLiteral("/deliver.sh");
    const QByteArray script =
        "#!/bin/sh\n"
        "# $1 = smbd's temporary file, $2 = %f, $3 = %t\n"
        "out=\"" +
        root.toUtf8() +
        "/messages/$(date +%s%N).$$\"\n"
        "{ printf 'from=%s\\nto=%s\\n\\n' \"$2\" \"$3\"; cat \"$1\"; } > \"$out.tmp\"\n"
        "mv \"$out.tmp\" \"$out.msg\"\n"
        "rm -f \"$1\"\n";
    if (!writeFile(deliver, script, QFile::Permissions(0x7755)))
        return QStringLiteral("cannot write %1").arg(deliver);

    m_port = freePort();
    QByteArray conf = "[global]\n"
                      "  netbios name = NETMSGTEST\n"
                      "  workgroup = NETMSGTEST\n"
                      "  server role = standalone server\n"
                      "  interfaces = 127.0.0.1/8\n"
                      "  bind interfaces only = yes\n"
                      "  disable netbios = no\n"
                      "  server min protocol = NT1\n"
                      "  smb ports = " +
                      QByteArray::number(m_port) +
                      "\n"
                      "  dos charset = " +
                      options.dosCharset.toLatin1() +
                      "\n"
                      "  unix charset = UTF-8\n"
                      "  state directory = " +
                      root.toUtf8() +
                      "/state\n"
                      "  lock directory = " +
                      root.toUtf8() +
                      "/lock\n"
                      "  private dir = " +
                      root.toUtf8() +
                      "/private\n"
                      "  cache directory = " +
                      root.toUtf8() +
                      "/cache\n"
                      "  pid directory = " +
                      root.toUtf8() +
                      "/pid\n"
                      "  ncalrpc dir = " +
                      root.toUtf8() +
                      "/state/ncalrpc\n"
                      "  log file = " +
                      root.toUtf8() +
                      "/log/log.%m\n"
                      "  log level = 1\n"
                      "  load printers = no\n"
                      "  printcap name = /dev/null\n"
                      "  disable spoolss = yes\n";
    if (const passwd *user = getpwuid(geteuid()))
        conf += "  guest account = " + QByteArray(user->pw_name) + "\n";
    if (options.messageCommand)
        conf += "  message command = /bin/sh " + deliver.toUtf8() + " %s %f %t &\n";
    const QString confPath = root + QStringLiteral("/smb.conf");
    if (!writeFile(confPath, conf, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther))
        return QStringLiteral("cannot write %1").arg(confPath);

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(root + QStringLiteral("/log/stdout"));
    // Its own session and process group, made here (smbd's own attempt fails
    // under QProcess): smbd signals its whole group when it shuts down, which
    // must not include the test, and stop() ends smbd's children with it.
    m_process.setChildProcessModifier([] { ::setsid(); });
    m_process.start(smbd, {QStringLiteral("--foreground"), QStringLiteral("--no-process-group"),
                           QStringLiteral("--debug-stdout"), QStringLiteral("-s"), confPath});
    if (!m_process.waitForStarted(5000))
        return QStringLiteral("smbd did not start: %1").arg(m_process.errorString());
    // Ready once it accepts a connection on its port.
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return QStringLiteral("smbd exited: %1").arg(log());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return {};
        }
        QThread::msleep(100);
    }
    return QStringLiteral("smbd did not listen on %1: %2").arg(m_port).arg(log());
}

void SmbdFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    resume();
    const auto group = -pid_t(m_process.processId());
    ::kill(group, SIGTERM);
    if (!m_process.waitForFinished(5000)) {
        ::kill(group, SIGKILL);
        m_process.waitForFinished(2000);
    }
}

void SmbdFixture::pause()
{
    if (m_process.processId() > 0)
        ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void SmbdFixture::resume()
{
    if (m_process.processId() > 0)
        ::kill(pid_t(m_process.processId()), SIGCONT);
}

QList<SmbdFixture::Delivered> SmbdFixture::messages() const
{
    QList<Delivered> result;
    if (!m_root)
        return result;
    const QDir dir(m_root->path() + QStringLiteral("/messages"));
    const QStringList files = dir.entryList({QStringLiteral("*.msg")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString contents = QString::fromUtf8(file.readAll());
        const qsizetype split = contents.indexOf(QLatin1String("\n\n"));
        Delivered message;
        const QStringList header = contents.left(split).split(QLatin1Char('\n'));
        message.from = header.value(0).mid(5);
        message.to = header.value(1).mid(3);
        message.text = contents.mid(split + 2);
        result.append(message);
    }
    return result;
}

QList<SmbdFixture::Delivered> SmbdFixture::waitForMessages(int count, int timeoutMs) const
{
    QList<Delivered> result;
    (void)QTest::qWaitFor(
        [&] {
            result = messages();
            return result.size() >= count;
        },
        timeoutMs);
    return result;
}

QString SmbdFixture::log() const
{
    if (!m_root)
        return {};
    QFile file(m_root->path() + QStringLiteral("/log/stdout"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll().right(4000));
}
