#include "workspace.h"

#include "migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace mlops::store {

namespace {

// Reads the schema version through a read-only connection that changes nothing on disk
// (no WAL switch, no new files), so that a newer workspace can be refused untouched.
Result<int> probeVersion(const QString &filePath)
{
    const QString name = QStringLiteral("mlops-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int version = -1;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            version = Migrations::version(db);
            if (version < 0)
                error = QStringLiteral("it is not an SQLite database or it is damaged");
            db.close();
        } else {
            error = QStringLiteral("it cannot be opened");
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (version < 0)
        return makeError(ErrorCode::Io, QStringLiteral("%1 is not a usable workspace database: %2").arg(filePath, error));
    return version;
}

Result<QString> ensureWorkspaceId(const Database &database)
{
    {
        // Every open reads it; only the first open of a new workspace writes it.
        QSqlQuery q(database.connection());
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_id'")) && q.next())
            return q.value(0).toString();
    }
    return database.write<QString>([](QSqlDatabase &db) -> Result<QString> {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_id'")) && q.next())
            return q.value(0).toString();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Result<void> r = Database::exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('workspace_id', ?)"), {id}); !r.ok())
            return r.error();
        return id;
    });
}

}  // namespace

Workspace::Workspace(QString directory, std::unique_ptr<Database> database, QString id)
    : m_directory(std::move(directory)), m_database(std::move(database)), m_id(std::move(id))
{
}

QString Workspace::resolveDirectory(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString fromEnv = qEnvironmentVariable(kEnvVariable);
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
}

QString Workspace::databasePath() const { return m_directory + QLatin1Char('/') + QLatin1String(kDatabaseFile); }

Result<std::shared_ptr<Workspace>> Workspace::open(const QString &dir)
{
    const QString directory = QDir(dir).absolutePath();
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is a file, not a workspace folder").arg(directory));
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the workspace folder %1").arg(directory));

    const QString dbPath = directory + QLatin1Char('/') + QLatin1String(kDatabaseFile);
    if (QFileInfo::exists(dbPath)) {
        Result<int> version = probeVersion(dbPath);
        if (!version.ok())
            return version.error();
        if (*version > Migrations::kSchemaVersion) {
            return Migrations::tooNewError(dbPath, *version);
        }
    }

    auto database = std::make_unique<Database>(dbPath);
    if (Result<void> r = Migrations::upgrade(*database); !r.ok())
        return r.error();
    Result<QString> id = ensureWorkspaceId(*database);
    if (!id.ok())
        return id.error();
    return std::shared_ptr<Workspace>(new Workspace(directory, std::move(database), *id));
}

}  // namespace mlops::store
