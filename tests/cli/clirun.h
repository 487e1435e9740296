#pragma once

// Runs the real netmsg binary (NETMSG_CLI) as a user would, with its own
// NETMSG_HOME, for the CLI tests.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
    QList<QJsonObject> json() const
    {
        QList<QJsonObject> objects;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return objects;
    }
};

// What the program wrote, with Windows' line ends ("\r\n", which a console
// program writes there) as "\n", so that one expectation fits both.
inline QString outputText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
#ifdef Q_OS_WIN
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
#endif
    return text;
}

// `home` is NETMSG_HOME; `extraPluginDirs` go before NETMSG_PLUGIN_PATH. The
// event loop runs while the program does, so a peer in the test process can
// answer it.
inline Run runNetmsg(const QString &home, const QStringList &arguments,
                     const QByteArray &input = {}, const QStringList &extraPluginDirs = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETMSG_HOME"), home);
    if (!extraPluginDirs.isEmpty())
        env.insert(QStringLiteral("NETMSG_PLUGIN_PATH"),
                   (extraPluginDirs + QStringList{env.value(QStringLiteral("NETMSG_PLUGIN_PATH"))})
                       .join(QDir::listSeparator()));
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    process.start(qEnvironmentVariable("NETMSG_CLI"), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), outputText(process.readAllStandardOutput()),
            outputText(process.readAllStandardError()), clock.elapsed()};
}
