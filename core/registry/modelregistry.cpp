#include "modelregistry.h"

#include "modelsearch.h"
#include "registryrecords.h"
#include "versiondownloader.h"
#include "versionsearch.h"

#include "core/runs/artifactstore.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <functional>

namespace mlops::registry {

using store::AuditLog;
using store::Database;

namespace {

const QString kModelEntity = QStringLiteral("registered_model");
const QString kVersionEntity = QStringLiteral("model_version");

// SQLite binds a null QString as NULL; the registry's text columns are NOT NULL.
QVariant text(const QString &value) { return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value); }

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

Result<void> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a model name must not be empty"));
    if (name != name.trimmed())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("model name '%1' has leading or trailing blanks").arg(name));
    return {};
}

QString versionLabel(const ModelVersion &v) { return QStringLiteral("%1/%2").arg(v.modelName).arg(v.version); }

// Inserts a model row (no checks beyond the UNIQUE constraint) and audits it.
Result<RegisteredModel> insertModel(QSqlDatabase &db, const QString &name, const QString &description,
                                    const QMap<QString, QString> &tags)
{
    const QString at = now();
    const QString user = AuditLog::osUser();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO registered_models (name, description, created_at, created_by, modified_at, modified_by)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{name, text(description), at, user, at, user})
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("registering model '%1'").arg(name));
    const qint64 id = q.lastInsertId().toLongLong();
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (Result<void> r = Database::exec(db, QStringLiteral("INSERT INTO model_tags (model_id, key, value) VALUES (?, ?, ?)"),
                                            {id, it.key(), text(it.value())});
            !r.ok())
            return r.error();
    }
    Result<RegisteredModel> created = RegistryRecords::modelById(db, id);
    if (!created.ok())
        return created;
    if (Result<void> r = AuditLog::record(db, kModelEntity, id, name, QStringLiteral("create"), {},
                                          RegistryRecords::snapshot(*created));
        !r.ok())
        return r.error();
    return created;
}

Result<void> touchModel(QSqlDatabase &db, qint64 modelId)
{
    return Database::exec(db, QStringLiteral("UPDATE registered_models SET modified_at = ?, modified_by = ? WHERE id = ?"),
                          {now(), AuditLog::osUser(), modelId});
}

// One edit of a model inside the caller's write transaction: runs `sql` with the
// bindings made from the model's id, marks the model modified, and records the audit
// entry `action` with the model before and after.
Result<RegisteredModel> changeModel(QSqlDatabase &db, const QString &name, const QString &action, const QString &sql,
                                    const std::function<QVariantList(qint64)> &bindings)
{
    Result<RegisteredModel> before = RegistryRecords::model(db, name);
    if (!before.ok())
        return before;
    if (Result<void> r = Database::exec(db, sql, bindings(before->id)); !r.ok())
        return r.error();
    if (Result<void> r = touchModel(db, before->id); !r.ok())
        return r.error();
    Result<RegisteredModel> after = RegistryRecords::modelById(db, before->id);
    if (!after.ok())
        return after;
    if (Result<void> r = AuditLog::record(db, kModelEntity, after->id, after->name, action,
                                          RegistryRecords::snapshot(*before), RegistryRecords::snapshot(*after));
        !r.ok())
        return r.error();
    return after;
}

// Every file of a folder (recursively) or one file, with paths relative to it.
Result<QList<QPair<QString, QString>>> sourceFiles(const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(sourcePath));
    QList<QPair<QString, QString>> files;
    if (info.isFile()) {
        files.append({info.absoluteFilePath(), info.fileName()});
        return files;
    }
    const QDir root(info.absoluteFilePath());
    QDirIterator it(root.absolutePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.append({file, root.relativeFilePath(file)});
    }
    if (files.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 holds no file to register").arg(sourcePath));
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return files;
}

Result<void> insertPairs(QSqlDatabase &db, const QString &table, qint64 versionId, const QMap<QString, QString> &pairs)
{
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        if (it.key().isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a %1 key must not be empty").arg(table));
        if (Result<void> r = Database::exec(db, QStringLiteral("INSERT INTO %1 (version_id, key, value) VALUES (?, ?, ?)").arg(table),
                                            {versionId, it.key(), text(it.value())});
            !r.ok())
            return r;
    }
    return {};
}

Result<void> recordPromotion(QSqlDatabase &db, const ModelVersion &v, const QString &action, Stage from, Stage to,
                             const QString &comment, const QString &at)
{
    return Database::exec(db,
                          QStringLiteral("INSERT INTO model_promotions (model_id, version_id, action, from_stage, to_stage, comment, by, at)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {v.modelId, v.id, action, stageName(from), stageName(to), text(comment), AuditLog::osUser(), at});
}

// Moves `v` to `to` (row, promotion history, audit) inside the caller's transaction.
Result<void> moveStage(QSqlDatabase &db, const ModelVersion &v, Stage to, const QString &action, const QString &comment,
                       const QString &at)
{
    if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE model_versions SET stage = ? WHERE id = ?"), {stageName(to), v.id});
        !r.ok())
        return r;
    if (Result<void> r = recordPromotion(db, v, action, v.stage, to, comment, at); !r.ok())
        return r;
    ModelVersion after = v;
    after.stage = to;
    QJsonObject afterJson = RegistryRecords::snapshot(after);
    afterJson.insert(QStringLiteral("comment"), comment);
    return AuditLog::record(db, kVersionEntity, v.id, versionLabel(v), action, RegistryRecords::snapshot(v), afterJson);
}

}  // namespace

ModelRegistry::ModelRegistry(std::shared_ptr<store::Workspace> workspace) : m_workspace(std::move(workspace)) {}

Result<RegisteredModel> ModelRegistry::createModel(const QString &name, const QString &description,
                                                   const QMap<QString, QString> &tags)
{
    if (Result<void> r = checkName(name); !r.ok())
        return r.error();
    return m_workspace->database().write<RegisteredModel>([&](QSqlDatabase &db) -> Result<RegisteredModel> {
        Result<RegisteredModel> existing = RegistryRecords::model(db, name);
        if (existing.ok())
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("a model named '%1' already exists").arg(existing->name));
        if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
        return insertModel(db, name, description, tags);
    });
}

Result<RegisteredModel> ModelRegistry::model(const QString &name) const
{
    QSqlDatabase db = m_workspace->database().connection();
    return RegistryRecords::model(db, name);
}

Result<QList<RegisteredModel>> ModelRegistry::models() const
{
    QSqlDatabase db = m_workspace->database().connection();
    return RegistryRecords::models(db);
}

Result<ModelPage> ModelRegistry::listModels(const ModelQuery &query) const
{
    if (query.maxResults < 1 || query.maxResults > 1000)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("max results must be between 1 and 1000, not %1").arg(query.maxResults));
    Result<QString> after = ModelSearch::decodePageToken(query.pageToken);
    if (!after.ok())
        return after.error();
    QSqlDatabase db = m_workspace->database().connection();
    Result<QList<RegisteredModel>> models = RegistryRecords::modelsAfter(db, *after, query.maxResults + 1);
    if (!models.ok())
        return models.error();
    ModelPage page;
    page.models = std::move(models).value();
    if (page.models.size() > query.maxResults) {
        page.models.resize(query.maxResults);
        page.nextPageToken = ModelSearch::encodePageToken(page.models.constLast().name);
    }
    return page;
}

Result<RegisteredModel> ModelRegistry::updateModelDescription(const QString &name, const QString &description)
{
    return m_workspace->database().write<RegisteredModel>([&](QSqlDatabase &db) {
        return changeModel(db, name, QStringLiteral("update"),
                           QStringLiteral("UPDATE registered_models SET description = ? WHERE id = ?"),
                           [&](qint64 id) { return QVariantList{text(description), id}; });
    });
}

Result<RegisteredModel> ModelRegistry::setModelTag(const QString &name, const QString &key, const QString &value)
{
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a tag key must not be empty"));
    return m_workspace->database().write<RegisteredModel>([&](QSqlDatabase &db) {
        return changeModel(db, name, QStringLiteral("set_tag"),
                           QStringLiteral("INSERT OR REPLACE INTO model_tags (model_id, key, value) VALUES (?, ?, ?)"),
                           [&](qint64 id) { return QVariantList{id, key, text(value)}; });
    });
}

Result<void> ModelRegistry::deleteModel(const QString &name)
{
    return m_workspace->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
        Result<RegisteredModel> before = RegistryRecords::model(db, name);
        if (!before.ok())
            return before.error();
        if (Result<void> r = Database::exec(db, QStringLiteral("DELETE FROM registered_models WHERE id = ?"), {before->id}); !r.ok())
            return r;
        return AuditLog::record(db, kModelEntity, before->id, before->name, QStringLiteral("delete"),
                                RegistryRecords::snapshot(*before), {});
    });
}

Result<ModelVersion> ModelRegistry::registerVersion(const QString &modelName, const NewModelVersion &input)
{
    if (Result<void> r = checkName(modelName); !r.ok())
        return r.error();
    for (auto it = input.metrics.cbegin(); it != input.metrics.cend(); ++it) {
        if (it.key().isEmpty() || !std::isfinite(it.value()))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("metric '%1' must have a name and a finite value").arg(it.key()));
    }
    Result<QList<QPair<QString, QString>>> files = sourceFiles(input.sourcePath);
    if (!files.ok())
        return files.error();
    // Contents first, outside the transaction: an I/O error registers nothing.
    runs::ArtifactStore blobs(m_workspace);
    QList<ModelVersionFile> stored;
    for (const auto &[absolute, relative] : *files) {
        Result<runs::ArtifactFile> blob = blobs.storeBlob(absolute, relative);
        if (!blob.ok())
            return blob.error();
        stored.append(ModelVersionFile{blob->path, blob->size, blob->sha256});
    }

    return m_workspace->database().write<ModelVersion>([&](QSqlDatabase &db) -> Result<ModelVersion> {
        Result<RegisteredModel> model = RegistryRecords::model(db, modelName);
        if (!model.ok() && model.error().code == ErrorCode::NotFound)
            model = insertModel(db, modelName, {}, {});
        if (!model.ok())
            return model.error();
        // The next number: the model was read inside this BEGIN IMMEDIATE transaction.
        const int number = model->latestVersion + 1;

        const Lineage &l = input.lineage;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO model_versions (model_id, version, stage, description, created_at, created_by, run_id, build_id,"
            " pipeline_name, commit_id, dataset_name, dataset_version, dataset_sha256, parameters_json)"
            " VALUES (?, ?, 'None', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{model->id, number, text(input.description), now(), AuditLog::osUser(), text(l.runId),
                                              text(l.buildId), text(l.pipelineName), text(l.commit), text(l.datasetName),
                                              text(l.datasetVersion), text(l.datasetSha256), text(l.parametersJson)})
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("registering version %1 of '%2'").arg(number).arg(model->name));
        const qint64 id = q.lastInsertId().toLongLong();
        if (Result<void> r = insertPairs(db, QStringLiteral("model_version_tags"), id, input.tags); !r.ok())
            return r.error();
        if (Result<void> r = insertPairs(db, QStringLiteral("model_version_properties"), id, input.properties); !r.ok())
            return r.error();
        for (auto it = input.metrics.cbegin(); it != input.metrics.cend(); ++it) {
            if (Result<void> r = Database::exec(db, QStringLiteral("INSERT INTO model_version_metrics (version_id, name, value) VALUES (?, ?, ?)"),
                                                {id, it.key(), it.value()});
                !r.ok())
                return r.error();
        }
        for (const ModelVersionFile &f : stored) {
            if (Result<void> r = Database::exec(db, QStringLiteral("INSERT INTO model_version_files (version_id, path, size, sha256) VALUES (?, ?, ?, ?)"),
                                                {id, f.path, f.size, f.sha256});
                !r.ok())
                return r.error();
        }
        if (Result<void> r = touchModel(db, model->id); !r.ok())
            return r.error();
        Result<ModelVersion> created = RegistryRecords::versionById(db, id);
        if (!created.ok())
            return created;
        if (Result<void> r = AuditLog::record(db, kVersionEntity, id, versionLabel(*created), QStringLiteral("create"), {},
                                              RegistryRecords::snapshot(*created));
            !r.ok())
            return r.error();
        return created;
    });
}

Result<ModelVersion> ModelRegistry::version(const QString &modelName, int number) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<RegistryRecords::ModelKey> model = RegistryRecords::modelKey(db, modelName);
    if (!model.ok())
        return model.error();
    return RegistryRecords::version(db, *model, number);
}

Result<ModelVersion> ModelRegistry::productionVersion(const QString &modelName) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<RegistryRecords::ModelKey> model = RegistryRecords::modelKey(db, modelName);
    if (!model.ok())
        return model.error();
    Result<qint64> id = RegistryRecords::productionVersionId(db, model->id);
    if (!id.ok())
        return id.error();
    if (*id == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("model '%1' has no version in Production").arg(model->name));
    return RegistryRecords::versionById(db, *id);
}

Result<ModelVersion> ModelRegistry::latestVersion(const QString &modelName) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<RegisteredModel> model = RegistryRecords::model(db, modelName);
    if (!model.ok())
        return model.error();
    if (model->latestVersion == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("model '%1' has no version").arg(model->name));
    return RegistryRecords::version(db, RegistryRecords::keyOf(*model), model->latestVersion);
}

Result<ModelVersion> ModelRegistry::setVersionTag(const QString &modelName, int number, const QString &key, const QString &value)
{
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a tag key must not be empty"));
    return m_workspace->database().write<ModelVersion>([&](QSqlDatabase &db) -> Result<ModelVersion> {
        Result<RegisteredModel> model = RegistryRecords::model(db, modelName);
        if (!model.ok())
            return model.error();
        Result<ModelVersion> before = RegistryRecords::version(db, RegistryRecords::keyOf(*model), number);
        if (!before.ok())
            return before;
        if (Result<void> r = Database::exec(db, QStringLiteral("INSERT OR REPLACE INTO model_version_tags (version_id, key, value) VALUES (?, ?, ?)"),
                                            {before->id, key, text(value)});
            !r.ok())
            return r.error();
        Result<ModelVersion> after = RegistryRecords::versionById(db, before->id);
        if (!after.ok())
            return after;
        if (Result<void> r = AuditLog::record(db, kVersionEntity, after->id, versionLabel(*after), QStringLiteral("set_tag"),
                                              RegistryRecords::snapshot(*before), RegistryRecords::snapshot(*after));
            !r.ok())
            return r.error();
        return after;
    });
}

Result<VersionPage> ModelRegistry::searchVersions(const VersionQuery &query) const
{
    if (query.maxResults < 1 || query.maxResults > 1000)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("max results must be between 1 and 1000, not %1").arg(query.maxResults));
    Result<qint64> after = VersionSearch::decodePageToken(query);
    if (!after.ok())
        return after.error();
    QSqlDatabase db = m_workspace->database().connection();
    RegistryRecords::ModelKey model;
    if (!query.modelName.isEmpty()) {
        Result<RegistryRecords::ModelKey> found = RegistryRecords::modelKey(db, query.modelName);
        if (!found.ok())
            return found.error();
        model = *found;
    }
    const VersionSearch::Sql sql = VersionSearch::where(query, *after, model.id);
    QVariantList bindings = sql.bindings;
    bindings << query.maxResults + 1;  // one more tells whether there is a next page
    Result<QList<ModelVersion>> versions =
        RegistryRecords::versionRows(db, sql.where + QStringLiteral(" ORDER BY v.id LIMIT ?"), bindings, model.name);
    if (!versions.ok())
        return versions.error();
    VersionPage page;
    page.versions = std::move(versions).value();
    if (page.versions.size() > query.maxResults) {
        page.versions.resize(query.maxResults);
        page.nextPageToken = VersionSearch::encodePageToken(page.versions.constLast().id, query);
    }
    if (Result<void> r = RegistryRecords::attachDetails(db, page.versions); !r.ok())
        return r.error();
    return page;
}

Result<ModelVersion> ModelRegistry::promote(const QString &modelName, int number, Stage stage, const QString &comment,
                                            PromoteOptions options)
{
    return changeStage(modelName, number, stage, comment, options.archiveExisting, QStringLiteral("promote"));
}

Result<ModelVersion> ModelRegistry::rollback(const QString &modelName, int number, const QString &comment)
{
    return changeStage(modelName, number, Stage::Production, comment, true, QStringLiteral("rollback"));
}

Result<ModelVersion> ModelRegistry::changeStage(const QString &modelName, int number, Stage stage, const QString &comment,
                                                bool archiveExisting, const QString &action)
{
    const bool isRollback = action == QLatin1String("rollback");
    if ((stage == Stage::Production || isRollback) && comment.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a comment is required to %1 version %2 of '%3' to Production")
                             .arg(isRollback ? QStringLiteral("roll back") : QStringLiteral("promote"))
                             .arg(number)
                             .arg(modelName));
    return m_workspace->database().write<ModelVersion>([&](QSqlDatabase &db) -> Result<ModelVersion> {
        Result<RegisteredModel> model = RegistryRecords::model(db, modelName);
        if (!model.ok())
            return model.error();
        Result<ModelVersion> target = RegistryRecords::version(db, RegistryRecords::keyOf(*model), number);
        if (!target.ok())
            return target;
        if (target->stage == stage)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("version %1 of '%2' is already in %3")
                                                          .arg(number)
                                                          .arg(model->name, stageName(stage)));
        Result<qint64> currentId = RegistryRecords::productionVersionId(db, model->id);
        if (!currentId.ok())
            return currentId.error();
        std::optional<ModelVersion> current;
        if (*currentId != 0) {
            Result<ModelVersion> loaded = RegistryRecords::versionById(db, *currentId);
            if (!loaded.ok())
                return loaded;
            current = *loaded;
        }
        if (isRollback) {
            if (!current)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("model '%1' has no version in Production to roll back from").arg(model->name));
            if (number >= current->version)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("cannot roll back '%1' to version %2: it is not earlier than production version %3")
                                     .arg(model->name)
                                     .arg(number)
                                     .arg(current->version));
        }
        const QString at = now();
        if (stage == Stage::Production && current) {
            if (!archiveExisting)
                return makeError(ErrorCode::Conflict,
                                 QStringLiteral("version %1 of '%2' is in Production: archive it first, or promote without "
                                                "--no-archive")
                                     .arg(current->version)
                                     .arg(model->name));
            if (Result<void> r = moveStage(db, *current, Stage::Archived, QStringLiteral("archive"),
                                           QStringLiteral("superseded by version %1").arg(number), at);
                !r.ok())
                return r.error();
        }
        if (Result<void> r = moveStage(db, *target, stage, action, comment, at); !r.ok())
            return r.error();
        if (Result<void> r = touchModel(db, model->id); !r.ok())
            return r.error();
        return RegistryRecords::versionById(db, target->id);
    });
}

Result<QList<Promotion>> ModelRegistry::promotions(const QString &modelName) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<RegistryRecords::ModelKey> model = RegistryRecords::modelKey(db, modelName);
    if (!model.ok())
        return model.error();
    return RegistryRecords::promotions(db, *model);
}

Result<DownloadOutcome> ModelRegistry::download(const ModelVersion &version, const QString &targetDirectory,
                                                const DownloadOptions &options) const
{
    return VersionDownloader(m_workspace).download(version, targetDirectory, options.progress, options.cancel);
}

}  // namespace mlops::registry
