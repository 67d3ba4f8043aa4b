#include "migrations.h"

#include "database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace mlops::store {

namespace {

// Each step is a list of statements; they run in order inside one transaction.
const QStringList &stepStatements(int step)
{
    static const QStringList v1 = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " at TEXT NOT NULL,"
                       " os_user TEXT NOT NULL,"
                       " entity_type TEXT NOT NULL,"
                       " entity_id INTEGER NOT NULL,"
                       " entity_name TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " before_json TEXT,"
                       " after_json TEXT)"),
        QStringLiteral("CREATE TABLE variable_groups ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " name TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " modified_at TEXT NOT NULL,"
                       " modified_by TEXT NOT NULL,"
                       " revision INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE variables ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " group_id INTEGER NOT NULL REFERENCES variable_groups(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL COLLATE NOCASE,"
                       " value TEXT,"                      // NULL for secrets: never stored here
                       " is_secret INTEGER NOT NULL DEFAULT 0,"
                       " secret_ref TEXT,"                 // keychain entry of a secret value
                       " UNIQUE (group_id, name))"),
        // Covers the group list (counts of variables and secrets per group) without row lookups.
        QStringLiteral("CREATE INDEX variables_by_group ON variables(group_id, position, is_secret)"),
    };
    static const QStringList v2 = {
        QStringLiteral("CREATE TABLE service_connections ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " name TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                       " type TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " data_json TEXT NOT NULL,"         // non-secret fields by kind
                       " secret_ref TEXT,"                 // keychain entry of the client secret / PAT
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " modified_at TEXT NOT NULL,"
                       " modified_by TEXT NOT NULL,"
                       " revision INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX audit_by_entity ON audit_log(entity_type, entity_id, id)"),
    };
    static const QStringList v3 = {
        QStringLiteral("CREATE TABLE pipelines ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " name TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                       " repository_dir TEXT NOT NULL,"    // absolute folder of the repository
                       " yaml_path TEXT NOT NULL,"         // entry file, relative to repository_dir
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " modified_at TEXT NOT NULL,"
                       " modified_by TEXT NOT NULL,"
                       " revision INTEGER NOT NULL DEFAULT 1)"),
    };
    static const QStringList v4 = {
        // Runs of pipelines (see core/runs). pipeline_id is not a foreign key: a run and
        // its logs and artifacts outlive the deletion of its pipeline definition.
        QStringLiteral("CREATE TABLE runs ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " pipeline_id INTEGER,"
                       " pipeline_name TEXT NOT NULL,"
                       " number TEXT NOT NULL DEFAULT '',"
                       " parameters_json TEXT NOT NULL DEFAULT '{}',"
                       " variables_json TEXT NOT NULL DEFAULT '{}',"
                       " reason TEXT NOT NULL DEFAULT 'manual',"
                       " requested_by TEXT NOT NULL DEFAULT '',"
                       " source_branch TEXT NOT NULL DEFAULT '',"
                       " source_version TEXT NOT NULL DEFAULT '',"
                       " queued_at TEXT NOT NULL,"
                       " started_at TEXT,"
                       " finished_at TEXT,"
                       " state TEXT NOT NULL,"
                       " result TEXT,"
                       " result_message TEXT NOT NULL DEFAULT '',"
                       " agent_pid INTEGER,"
                       " agent_start_ticks INTEGER)"),
        QStringLiteral("CREATE INDEX runs_by_pipeline ON runs(pipeline_id, id)"),
        QStringLiteral("CREATE INDEX runs_by_pipeline_name ON runs(pipeline_name COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX runs_by_state ON runs(state)"),
        QStringLiteral("CREATE TABLE run_tags ("
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " tag TEXT NOT NULL,"
                       " PRIMARY KEY (run_id, tag))"),
        QStringLiteral("CREATE TABLE timeline_records ("
                       " id TEXT PRIMARY KEY,"
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " parent_id TEXT,"
                       " type TEXT NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " state TEXT NOT NULL,"
                       " result TEXT,"
                       " started_at TEXT,"
                       " finished_at TEXT,"
                       " error_count INTEGER NOT NULL DEFAULT 0,"
                       " warning_count INTEGER NOT NULL DEFAULT 0,"
                       " issues_json TEXT NOT NULL DEFAULT '[]',"
                       " log_id INTEGER,"
                       " log_path TEXT NOT NULL DEFAULT '',"  // relative to the workspace folder
                       " attempt INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX timeline_by_run ON timeline_records(run_id, position)"),
        QStringLiteral("CREATE TABLE test_runs ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX test_runs_by_run ON test_runs(run_id, id)"),
        QStringLiteral("CREATE TABLE test_results ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " test_run_id INTEGER NOT NULL REFERENCES test_runs(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " class_name TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL,"
                       " duration_ms INTEGER NOT NULL DEFAULT 0,"
                       " message TEXT NOT NULL DEFAULT '',"
                       " stack TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX test_results_by_run ON test_results(test_run_id, outcome, id)"),
        QStringLiteral("CREATE TABLE artifacts ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " total_size INTEGER NOT NULL,"
                       " file_count INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " UNIQUE (run_id, name))"),
        QStringLiteral("CREATE TABLE artifact_files ("
                       " artifact_id INTEGER NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,"
                       " path TEXT NOT NULL,"               // relative, '/'-separated
                       " size INTEGER NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " PRIMARY KEY (artifact_id, path))"),
        QStringLiteral("CREATE INDEX artifact_files_by_hash ON artifact_files(sha256)"),
    };
    static const QStringList v5 = {
        // The model registry (core/registry).
        QStringLiteral("CREATE TABLE registered_models ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " name TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " modified_at TEXT NOT NULL,"
                       " modified_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE model_tags ("
                       " model_id INTEGER NOT NULL REFERENCES registered_models(id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL,"
                       " value TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (model_id, key))"),
        QStringLiteral("CREATE TABLE model_versions ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " model_id INTEGER NOT NULL REFERENCES registered_models(id) ON DELETE CASCADE,"
                       " version INTEGER NOT NULL,"
                       " stage TEXT NOT NULL DEFAULT 'None',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " run_id TEXT NOT NULL DEFAULT '',"
                       " build_id TEXT NOT NULL DEFAULT '',"
                       " pipeline_name TEXT NOT NULL DEFAULT '',"
                       " commit_id TEXT NOT NULL DEFAULT '',"
                       " dataset_name TEXT NOT NULL DEFAULT '',"
                       " dataset_version TEXT NOT NULL DEFAULT '',"
                       " dataset_sha256 TEXT NOT NULL DEFAULT '',"
                       " parameters_json TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (model_id, version))"),
        // At most one Production version per model, whatever the writers do.
        QStringLiteral("CREATE UNIQUE INDEX model_versions_one_production ON model_versions(model_id) WHERE stage = 'Production'"),
        QStringLiteral("CREATE INDEX model_versions_by_stage ON model_versions(stage, id)"),
        // Search pages walk one model's versions in id order (keyset), without sorting.
        QStringLiteral("CREATE INDEX model_versions_by_model ON model_versions(model_id, id)"),
        QStringLiteral("CREATE TABLE model_version_tags ("
                       " version_id INTEGER NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL,"
                       " value TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (version_id, key))"),
        QStringLiteral("CREATE INDEX model_version_tags_by_pair ON model_version_tags(key, value, version_id)"),
        QStringLiteral("CREATE TABLE model_version_properties ("
                       " version_id INTEGER NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL,"
                       " value TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (version_id, key))"),
        QStringLiteral("CREATE TABLE model_version_metrics ("
                       " version_id INTEGER NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " value REAL NOT NULL,"
                       " PRIMARY KEY (version_id, name))"),
        QStringLiteral("CREATE INDEX model_version_metrics_by_value ON model_version_metrics(name, value, version_id)"),
        QStringLiteral("CREATE TABLE model_version_files ("
                       " version_id INTEGER NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,"
                       " path TEXT NOT NULL,"               // relative, '/'-separated
                       " size INTEGER NOT NULL,"
                       " sha256 TEXT NOT NULL,"             // content in artifacts/sha256
                       " PRIMARY KEY (version_id, path))"),
        QStringLiteral("CREATE INDEX model_version_files_by_hash ON model_version_files(sha256)"),
        QStringLiteral("CREATE TABLE model_promotions ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " model_id INTEGER NOT NULL REFERENCES registered_models(id) ON DELETE CASCADE,"
                       " version_id INTEGER NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,"
                       " action TEXT NOT NULL,"             // promote, rollback, archive
                       " from_stage TEXT NOT NULL,"
                       " to_stage TEXT NOT NULL,"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " by TEXT NOT NULL,"
                       " at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX model_promotions_by_model ON model_promotions(model_id, id)"),
    };
    static const QStringList v6 = {
        // Code coverage published by runs (PublishCodeCoverageResults@1, core/runs/coveragestore):
        // one report per summary file with its totals, and its per-package and per-class counts.
        QStringLiteral("CREATE TABLE coverage_reports ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " tool TEXT NOT NULL,"                // "Cobertura"
                       " summary_file TEXT NOT NULL,"        // the file as the agent read it
                       " line_rate REAL NOT NULL,"           // 0..1, as the report states it
                       " branch_rate REAL NOT NULL,"
                       " lines_covered INTEGER NOT NULL,"
                       " lines_valid INTEGER NOT NULL,"
                       " branches_covered INTEGER NOT NULL,"
                       " branches_valid INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX coverage_reports_by_run ON coverage_reports(run_id, id)"),
        QStringLiteral("CREATE TABLE coverage_entries ("
                       " report_id INTEGER NOT NULL REFERENCES coverage_reports(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " package TEXT NOT NULL,"
                       " class_name TEXT NOT NULL DEFAULT '',"  // '' = the package's own row
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " lines_covered INTEGER NOT NULL,"
                       " lines_valid INTEGER NOT NULL,"
                       " branches_covered INTEGER NOT NULL,"
                       " branches_valid INTEGER NOT NULL,"
                       " PRIMARY KEY (report_id, position))"),
    };
    static const QStringList none;
    switch (step) {
    case 1: return v1;
    case 2: return v2;
    case 3: return v3;
    case 4: return v4;
    case 5: return v5;
    case 6: return v6;
    default: return none;
    }
}

Result<void> backup(QSqlDatabase &db, const QString &filePath, int fromVersion)
{
    const QString target = filePath + QStringLiteral(".v%1.bak").arg(fromVersion);
    if (QFile::exists(target) && !QFile::remove(target))
        return makeError(ErrorCode::Io, QStringLiteral("cannot replace the old backup %1").arg(target));
    // VACUUM INTO writes a consistent copy even while other processes use the WAL.
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Database::queryError(q, QStringLiteral("preparing the backup"));
    q.addBindValue(target);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("backing up to %1").arg(target));
    return {};
}

}  // namespace

Error Migrations::tooNewError(const QString &filePath, int found)
{
    return makeError(ErrorCode::Unsupported,
                     QStringLiteral("%1 was written by a newer MLOps Workbench (schema version %2; this program "
                                    "knows versions up to %3). It was left untouched: open it with a newer version.")
                         .arg(filePath)
                         .arg(found)
                         .arg(kSchemaVersion));
}

int Migrations::version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> Migrations::applySteps(QSqlDatabase &db, int from, int to)
{
    for (int step = from + 1; step <= to; ++step) {
        for (const QString &sql : stepStatements(step)) {
            if (Result<void> r = Database::exec(db, sql); !r.ok())
                return makeError(r.error().code, QStringLiteral("migration to version %1 failed: %2").arg(step).arg(r.error().message));
        }
    }
    return Database::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to));
}

Result<void> Migrations::upgrade(const Database &database)
{
    QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return makeError(ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(database.filePath(), database.lastOpenError()));

    const int found = version(db);
    if (found < 0)
        return makeError(ErrorCode::Io, QStringLiteral("%1 is not a workspace database (cannot read its schema version)").arg(database.filePath()));
    if (found > kSchemaVersion)
        return tooNewError(database.filePath(), found);
    if (found == kSchemaVersion)
        return {};

    if (found > 0) {
        if (Result<void> r = backup(db, database.filePath(), found); !r.ok())
            return r;
    }
    return database.runWrite([&](QSqlDatabase &wdb) -> Result<void> {
        const int current = version(wdb);  // another process may have upgraded meanwhile
        if (current > kSchemaVersion)
            return tooNewError(database.filePath(), current);
        if (current == kSchemaVersion)
            return {};
        return applySteps(wdb, current, kSchemaVersion);
    });
}

}  // namespace mlops::store
