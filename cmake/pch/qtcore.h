// The Qt headers (and the standard ones) that most of netmsg's sources
// include, compiled once per target instead of once per source
// (cmake/NetmsgPch.cmake). Only Qt and the standard library: a header of
// ours here would hide a missing #include, and each source still includes
// what it uses (clang-tidy, which runs without this, checks it).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QPromise>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
