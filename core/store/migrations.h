#pragma once
// Schema migrations of the workspace database, by PRAGMA user_version.
//
// Step N takes a database at version N-1 to version N. A workspace whose version is
// older than kSchemaVersion is backed up (workspace.db.v<old>.bak, a consistent copy)
// and then upgraded step by step in one transaction; one newer than kSchemaVersion is
// refused and left untouched. A new feature that changes the schema adds a step at the
// end; a step, once released, is never edited.

#include "core/common/result.h"

#include <QSqlDatabase>

namespace mlops::store {

class Database;

class Migrations {
public:
    // The version this program writes. History:
    //  1: meta, audit_log, variable_groups, variables
    //  2: service_connections; audit_log index by entity
    //  3: pipelines (registered pipeline definitions)
    //  4: runs, run_tags, timeline_records, test_runs, test_results, artifacts,
    //     artifact_files (core/runs)
    //  5: registered_models, model_tags, model_versions (one Production per model),
    //     model_version_tags/_properties/_metrics/_files, model_promotions (core/registry)
    //  6: coverage_reports, coverage_entries (core/runs: PublishCodeCoverageResults)
    static constexpr int kSchemaVersion = 6;

    // Brings the database to kSchemaVersion. Safe to call from several processes at
    // once: the version is re-read inside the write transaction.
    static Result<void> upgrade(const Database &database);

    // Reads PRAGMA user_version; -1 when it cannot be read.
    static int version(QSqlDatabase &db);

    // Applies steps (from, to] inside the caller's transaction and sets user_version.
    // Exposed so that tests can build databases of every earlier version.
    static Result<void> applySteps(QSqlDatabase &db, int from, int to);

    // The error for a database of schema version `found` > kSchemaVersion.
    static Error tooNewError(const QString &filePath, int found);
};

}  // namespace mlops::store
