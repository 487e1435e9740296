#include "historysql.h"

#include <QGlobalStatic>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QUuid>

#include <memory>

Q_LOGGING_CATEGORY(lcHistory, "netmsg.history")

namespace netmsg {

namespace {

// SQLite's primary result codes (sqlite3.h) that say something about the file
// rather than about the statement.
enum SqliteCode : int {
    SqlitePerm = 3,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADatabase = 26,
};

quint32 codeFor(const QSqlError &error)
{
    bool ok = false;
    // Qt passes SQLite's code through; an extended code keeps the primary one
    // in its low byte.
    const int native = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Code::InternalError;
    switch (native) {
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Code::InvalidData;
    case SqliteFull: // the disk (or the file system's quota) is full
        return Code::DiskFull;
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteCantOpen:
    case SqliteAuth:
        return Code::AccessDenied;
    default:
        return Code::InternalError;
    }
}

// temp_store=MEMORY: every write runs in its own SAVEPOINT inside a group
// commit, and SQLite keeps what a savepoint would roll back in a statement
// journal, by default a temporary file: one pwrite per page touched. In
// memory it costs nothing; the commit itself stays as durable (the WAL).
const char *const writerPragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                     "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000",
                                     "PRAGMA temp_store=MEMORY"};
// The reader never writes; query_only makes sure of it.
const char *const readerPragmas[] = {"PRAGMA busy_timeout=5000", "PRAGMA query_only=ON"};

// Connection name -> SQL -> its statement. Held by pointer: a QHash moves its
// values when it grows, and a caller may hold one statement while preparing
// another. Not thread_local: mingw-w64 runs a DLL's thread_local destructors
// after the thread's TLS is gone, and the process crashes in heap_free_block
// (seen under Wine). Each connection's statements are only used by its thread;
// the lock guards the table.
struct PreparedStatements
{
    QMutex lock;
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> byConnection;
};
Q_GLOBAL_STATIC(PreparedStatements, preparedStatements)

} // namespace

Outcome HistorySql::open(const QString &connectionName, const QString &path, Role role)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return Outcome(Code::AccessDenied,
                       tr("cannot open the history %1: %2").arg(path, db.lastError().text()));
    QSqlQuery pragma(db);
    const auto run = [&](const char *statement) {
        if (!pragma.exec(QString::fromLatin1(statement)))
            return error(db, QString::fromLatin1(statement), pragma.lastError());
        return Outcome::success();
    };
    if (role == Role::Writer) {
        for (const char *statement : writerPragmas) {
            const Outcome outcome = run(statement);
            if (!outcome.isSuccess())
                return outcome;
        }
    } else {
        for (const char *statement : readerPragmas) {
            const Outcome outcome = run(statement);
            if (!outcome.isSuccess())
                return outcome;
        }
    }
    return Outcome::success();
}

void HistorySql::loadDriver()
{
    const QString name = QStringLiteral("netmsg-history-driver-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QSqlDatabase::removeDatabase(name);
}

void HistorySql::close(const QString &connectionName)
{
    {
        // Before the connection goes; the statements end outside the lock.
        QHash<QString, std::shared_ptr<QSqlQuery>> statements;
        {
            const QMutexLocker locker(&preparedStatements->lock);
            statements = preparedStatements->byConnection.take(connectionName);
        }
    }
    if (!QSqlDatabase::contains(connectionName))
        return;
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

Outcome HistorySql::error(const QSqlDatabase &db, const QString &what, const QSqlError &error)
{
    qCWarning(lcHistory).noquote() << db.databaseName() << what << error.text();
    return Outcome(codeFor(error),
                   tr("history %1 (%2) failed: %3").arg(what, db.databaseName(), error.text()));
}

Outcome HistorySql::closed(const QString &path)
{
    return Outcome(Code::InvalidFunction, path.isEmpty()
                                              ? tr("the history is not open")
                                              : tr("the history %1 is not open").arg(path));
}

Outcome HistorySql::exec(const QSqlDatabase &db, QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return Outcome::success();
    return error(db, what, query.lastError());
}

Outcome HistorySql::exec(const QSqlDatabase &db, const QString &statement)
{
    Outcome refused;
    QSqlQuery *query = prepared(db, statement, &refused);
    if (!query)
        return refused;
    if (query->exec())
        return Outcome::success();
    return error(db, statement, query->lastError());
}

QSqlQuery *HistorySql::prepared(const QSqlDatabase &db, const QString &sql, Outcome *error)
{
    const QString connection = db.connectionName();
    {
        const QMutexLocker locker(&preparedStatements->lock);
        const auto &statements = preparedStatements->byConnection[connection];
        if (const auto found = statements.constFind(sql); found != statements.constEnd())
            return found->get();
    }
    auto query = std::make_shared<QSqlQuery>(db);
    if (!query->prepare(sql)) {
        const Outcome refused = HistorySql::error(db, sql, query->lastError());
        if (error)
            *error = refused;
        return nullptr;
    }
    const QMutexLocker locker(&preparedStatements->lock);
    preparedStatements->byConnection[connection].insert(sql, query);
    return query.get();
}

Outcome HistorySql::finished(const QSqlDatabase &db, const QSqlQuery &query, const QString &what)
{
    if (!query.lastError().isValid())
        return Outcome::success();
    return error(db, what, query.lastError());
}

QString HistorySql::timestamp(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

QDateTime HistorySql::fromTimestamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString HistorySql::text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString HistorySql::containsPattern(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : value) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

} // namespace netmsg
