#include "artifactcopier.h"

#include "core/store/database.h"
#include "core/store/workspace.h"

#include <QSqlQuery>
#include <QVariant>

namespace mlops::runs {

using store::Database;

ArtifactCopier::ArtifactCopier(std::shared_ptr<store::Workspace> workspace) : m_workspace(std::move(workspace)) {}

Result<Artifact> ArtifactCopier::copy(const Artifact &artifact, qint64 toRunId) const
{
    return m_workspace->database().write<Artifact>([&](QSqlDatabase &db) -> Result<Artifact> {
        QSqlQuery run(db);
        run.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"));
        run.addBindValue(toRunId);
        if (!run.exec())
            return Database::queryError(run, QStringLiteral("reading run %1").arg(toRunId));
        if (!run.next())
            return makeError(ErrorCode::NotFound, QStringLiteral("run %1 does not exist").arg(toRunId));
        run.finish();
        QSqlQuery taken(db);
        taken.prepare(QStringLiteral("SELECT 1 FROM artifacts WHERE run_id = ? AND name = ?"));
        taken.addBindValue(toRunId);
        taken.addBindValue(artifact.name);
        if (!taken.exec())
            return Database::queryError(taken, QStringLiteral("reading the artifacts of run %1").arg(toRunId));
        if (taken.next())
            return makeError(ErrorCode::AlreadyExists,
                             QStringLiteral("run %1 already has an artifact named %2").arg(toRunId).arg(artifact.name));
        taken.finish();

        Artifact copy = artifact;
        copy.runId = toRunId;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO artifacts (run_id, name, total_size, file_count, created_at) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(toRunId);
        insert.addBindValue(artifact.name);
        insert.addBindValue(artifact.totalSize);
        insert.addBindValue(artifact.files.size());
        insert.addBindValue(artifact.createdAt.toUTC().toString(Qt::ISODateWithMs));
        if (!insert.exec())
            return Database::queryError(insert, QStringLiteral("copying artifact %1 to run %2").arg(artifact.name).arg(toRunId));
        copy.id = insert.lastInsertId().toLongLong();
        QSqlQuery files(db);
        files.prepare(QStringLiteral("INSERT INTO artifact_files (artifact_id, path, size, sha256) VALUES (?, ?, ?, ?)"));
        for (const ArtifactFile &file : artifact.files) {
            files.addBindValue(copy.id);
            files.addBindValue(file.path);
            files.addBindValue(file.size);
            files.addBindValue(file.sha256);
            if (!files.exec())
                return Database::queryError(files, QStringLiteral("copying %1 of artifact %2").arg(file.path, artifact.name));
        }
        return copy;
    });
}

}  // namespace mlops::runs
