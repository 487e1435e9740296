#pragma once

// For the CLI tests that send through a real `netmsg listen` and then read
// both histories as another process would (tst_cliresume, tst_clidiskfull).

#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QtTest>

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The listener's aliases: B000000, B000001, ...
inline QString aliasName(int i)
{
    return QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0'));
}

// Rows of `sql` from an SQLite file, read as another process would.
inline QList<QVariantList> rows(const QString &file, const QString &sql)
{
    QList<QVariantList> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next()) {
                    QVariantList row;
                    for (int i = 0; i < query.record().count(); ++i)
                        row.append(query.value(i));
                    result.append(row);
                }
            } else {
                qWarning() << sql << query.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("r"));
    return result;
}

inline QProcessEnvironment homeEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETMSG_HOME"), home);
    return env;
}

// Writes `count` aliases into `listenerHome` (as `netmsg alias add` would
// leave them) and the list of them at `port` into `listFile` (for `--to
// @FILE`); false when either cannot be written.
inline bool writeAliasesAndList(const QString &listenerHome, const QString &listFile, int count,
                                quint16 port)
{
    QJsonArray aliases;
    QByteArray list;
    for (int i = 0; i < count; ++i) {
        aliases.append(aliasName(i));
        list += aliasName(i).toLatin1() + "@127.0.0.1:" + QByteArray::number(port) + '\n';
    }
    QFile aliasFile(listenerHome + QStringLiteral("/winpopup-aliases.json"));
    QFile recipients(listFile);
    if (!aliasFile.open(QIODevice::WriteOnly) || !recipients.open(QIODevice::WriteOnly))
        return false;
    aliasFile.write(QJsonDocument(QJsonObject{{QStringLiteral("aliases"), aliases}}).toJson());
    recipients.write(list);
    return aliasFile.flush() && recipients.flush();
}

// Starts `netmsg listen` on `port` with its history in `home`; true once it
// says it listens.
inline bool startListener(QProcess &listener, const QString &home, quint16 port)
{
    listener.setProcessEnvironment(homeEnvironment(home));
    listener.setStandardOutputFile(QProcess::nullDevice());
    listener.setReadChannel(QProcess::StandardError);
    listener.start(qEnvironmentVariable("NETMSG_CLI"),
                   {QStringLiteral("--transport"), QStringLiteral("winpopup"),
                    QStringLiteral("listen"), QStringLiteral("--port"), QString::number(port),
                    QStringLiteral("--max-connections"), QStringLiteral("128")});
    QByteArray said;
    QElapsedTimer clock;
    clock.start();
    while (!said.contains("listening on") && clock.elapsed() < 20000 &&
           listener.state() != QProcess::NotRunning) {
        listener.waitForReadyRead(200);
        said += listener.readAllStandardError();
    }
    return said.contains("listening on");
}

// How many delivery rows message `id` has in `history`, and at how many
// distinct positions of its recipient list: one row per recipient, each at
// its own place, gives the recipient count twice.
inline QPair<int, int> deliveryRowsAndPositions(const QString &history, qint64 id)
{
    const QList<QVariantList> counts =
        rows(history, QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT position) FROM deliveries"
                                     " WHERE message_id = %1")
                          .arg(id));
    return counts.isEmpty()
               ? qMakePair(-1, -1)
               : qMakePair(counts.first().value(0).toInt(), counts.first().value(1).toInt());
}

// The aliases in a listener's inbox, upper case, each as often as received.
inline QStringList receivedAliases(const QString &listenerHome)
{
    QStringList received;
    for (const QVariantList &row : rows(listenerHome + QStringLiteral("/history.sqlite"),
                                        QStringLiteral("SELECT alias FROM inbox")))
        received.append(row.value(0).toString().toUpper());
    return received;
}
