#include "database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <optional>

namespace mlops::store {

namespace {

QMutex s_namesMutex;
QStringList s_openedNames;  // every connection this process opened, for cleanup
thread_local QString t_lastOpenError;
// A per-thread serial number: thread ids are reused after a thread ends, and a
// connection made by a finished thread cannot be used by a new one (Qt refuses it).
std::atomic<quint64> s_threadSerial{0};
thread_local const quint64 t_threadSerial = ++s_threadSerial;

bool isBusy(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    // SQLITE_BUSY = 5, SQLITE_LOCKED = 6 (QSQLITE reports the primary code).
    return native == QLatin1String("5") || native == QLatin1String("6")
           || error.databaseText().contains(QLatin1String("locked"))
           || error.databaseText().contains(QLatin1String("busy"));
}

// Executes a statement that takes no bindings, retrying while the database is busy.
bool execWithRetry(QSqlDatabase &db, const QString &sql, QElapsedTimer &clock, QSqlError *lastError)
{
    int delayMs = 2;
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *lastError = q.lastError();
        if (!isBusy(q.lastError()) || clock.elapsed() > Database::kWriteDeadlineMs)
            return false;
        QThread::msleep(static_cast<unsigned long>(delayMs));
        delayMs = std::min(delayMs * 2, 100);
    }
}

}  // namespace

Database::Database(QString filePath) : m_filePath(std::move(filePath))
{
    const QByteArray hash = QCryptographicHash::hash(m_filePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    m_connectionPrefix = QStringLiteral("mlops-") + QString::fromLatin1(hash) + QStringLiteral("-")
                         + QString::number(reinterpret_cast<quintptr>(this), 16);
}

Database::~Database()
{
    QStringList mine;
    {
        QMutexLocker lock(&s_namesMutex);
        for (auto it = s_openedNames.begin(); it != s_openedNames.end();) {
            if (it->startsWith(m_connectionPrefix)) {
                mine.append(*it);
                it = s_openedNames.erase(it);
            } else {
                ++it;
            }
        }
    }
    // removeDatabase() closes the connection without asking for a handle, so it may run
    // here for connections that other (possibly finished) threads opened.
    for (const QString &name : std::as_const(mine))
        QSqlDatabase::removeDatabase(name);
}

QString Database::connectionName() const
{
    return m_connectionPrefix + QStringLiteral("-t")
           + QString::number(t_threadSerial, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + QString::number(kBusyTimeoutMs));
    {
        QMutexLocker lock(&s_namesMutex);
        s_openedNames.append(name);
    }
    if (!db.open()) {
        t_lastOpenError = db.lastError().text();
        return db;
    }
    // WAL lets readers and one writer work at once across processes; NORMAL sync is
    // durable at checkpoints and never corrupts the database on power loss in WAL mode.
    // Switching a new database to WAL needs an exclusive lock, and SQLite reports a busy
    // database at once there (the busy timeout does not apply): several processes that
    // open the same new workspace together must wait for each other, not fail.
    QElapsedTimer clock;
    clock.start();
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        QSqlError error;
        if (!execWithRetry(db, QString::fromLatin1(pragma), clock, &error)) {
            t_lastOpenError = error.text();
            db.close();
            return db;
        }
    }
    t_lastOpenError.clear();
    return db;
}

QString Database::lastOpenError() const { return t_lastOpenError; }

Result<void> Database::runWrite(const std::function<Result<void>(QSqlDatabase &)> &work) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return makeError(ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(m_filePath, lastOpenError()));

    QElapsedTimer clock;
    clock.start();
    QSqlError error;
    if (!execWithRetry(db, QStringLiteral("BEGIN IMMEDIATE"), clock, &error))
        return makeError(ErrorCode::Io, QStringLiteral("cannot start a write in %1: %2").arg(m_filePath, error.text()));

    Result<void> result = work(db);
    if (!result.ok()) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!execWithRetry(db, QStringLiteral("COMMIT"), clock, &error)) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return makeError(ErrorCode::Io, QStringLiteral("cannot save to %1: %2").arg(m_filePath, error.text()));
    }
    return {};
}

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    return makeError(ErrorCode::Internal, QStringLiteral("database error while %1: %2").arg(what, query.lastError().text()));
}

Result<void> Database::exec(QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return queryError(q, QStringLiteral("preparing \"%1\"").arg(sql.left(60)));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, QStringLiteral("running \"%1\"").arg(sql.left(60)));
    return {};
}

}  // namespace mlops::store
