#include "registryrecords.h"

#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mlops::registry {

using store::Database;

namespace {

QDateTime utc(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

Result<QMap<QString, QString>> stringMap(QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the tags of %1").arg(id));
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

const QString kModelColumns = QStringLiteral(
    "SELECT id, name, description, created_at, created_by, modified_at, modified_by,"
    " (SELECT COALESCE(MAX(version), 0) FROM model_versions WHERE model_id = registered_models.id)"
    " FROM registered_models ");

Result<QList<RegisteredModel>> readModels(QSqlDatabase &db, const QString &where, const QVariantList &bindings)
{
    QSqlQuery q(db);
    q.prepare(kModelColumns + where);
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading registered models"));
    QList<RegisteredModel> out;
    while (q.next()) {
        RegisteredModel m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.description = q.value(2).toString();
        m.createdAt = utc(q.value(3));
        m.createdBy = q.value(4).toString();
        m.modifiedAt = utc(q.value(5));
        m.modifiedBy = q.value(6).toString();
        m.latestVersion = q.value(7).toInt();
        out.append(m);
    }
    for (RegisteredModel &m : out) {
        Result<QMap<QString, QString>> tags =
            stringMap(db, QStringLiteral("SELECT key, value FROM model_tags WHERE model_id = ? ORDER BY key"), m.id);
        if (!tags.ok())
            return tags.error();
        m.tags = *tags;
    }
    return out;
}

QJsonObject mapJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

}  // namespace

Result<RegisteredModel> RegistryRecords::model(QSqlDatabase &db, const QString &name)
{
    Result<QList<RegisteredModel>> found = readModels(db, QStringLiteral("WHERE name = ? COLLATE NOCASE"), {name});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no registered model named '%1'").arg(name));
    return found->constFirst();
}

Result<RegisteredModel> RegistryRecords::modelById(QSqlDatabase &db, qint64 id)
{
    Result<QList<RegisteredModel>> found = readModels(db, QStringLiteral("WHERE id = ?"), {id});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no registered model with id %1").arg(id));
    return found->constFirst();
}

Result<QList<RegisteredModel>> RegistryRecords::models(QSqlDatabase &db)
{
    return readModels(db, QStringLiteral("ORDER BY name COLLATE NOCASE"), {});
}

Result<ModelVersion> RegistryRecords::versionById(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT v.id, v.model_id, m.name, v.version, v.stage, v.description, v.created_at, v.created_by,"
        " v.run_id, v.build_id, v.pipeline_name, v.commit_id, v.dataset_name, v.dataset_version, v.dataset_sha256,"
        " v.parameters_json FROM model_versions v JOIN registered_models m ON m.id = v.model_id WHERE v.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading model version %1").arg(id));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no model version with id %1").arg(id));
    ModelVersion v;
    v.id = q.value(0).toLongLong();
    v.modelId = q.value(1).toLongLong();
    v.modelName = q.value(2).toString();
    v.version = q.value(3).toInt();
    v.stage = parseStage(q.value(4).toString()).value_or(Stage::None);
    v.description = q.value(5).toString();
    v.createdAt = utc(q.value(6));
    v.createdBy = q.value(7).toString();
    v.lineage.runId = q.value(8).toString();
    v.lineage.buildId = q.value(9).toString();
    v.lineage.pipelineName = q.value(10).toString();
    v.lineage.commit = q.value(11).toString();
    v.lineage.datasetName = q.value(12).toString();
    v.lineage.datasetVersion = q.value(13).toString();
    v.lineage.datasetSha256 = q.value(14).toString();
    v.lineage.parametersJson = q.value(15).toString();

    Result<QMap<QString, QString>> tags =
        stringMap(db, QStringLiteral("SELECT key, value FROM model_version_tags WHERE version_id = ? ORDER BY key"), id);
    Result<QMap<QString, QString>> properties =
        stringMap(db, QStringLiteral("SELECT key, value FROM model_version_properties WHERE version_id = ? ORDER BY key"), id);
    if (!tags.ok())
        return tags.error();
    if (!properties.ok())
        return properties.error();
    v.tags = *tags;
    v.properties = *properties;

    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT name, value FROM model_version_metrics WHERE version_id = ? ORDER BY name"));
    m.addBindValue(id);
    if (!m.exec())
        return Database::queryError(m, QStringLiteral("reading the metrics of model version %1").arg(id));
    while (m.next())
        v.metrics.insert(m.value(0).toString(), m.value(1).toDouble());

    QSqlQuery f(db);
    f.prepare(QStringLiteral("SELECT path, size, sha256 FROM model_version_files WHERE version_id = ? ORDER BY path"));
    f.addBindValue(id);
    if (!f.exec())
        return Database::queryError(f, QStringLiteral("reading the files of model version %1").arg(id));
    while (f.next())
        v.files.append(ModelVersionFile{f.value(0).toString(), f.value(1).toLongLong(), f.value(2).toString()});
    return v;
}

Result<ModelVersion> RegistryRecords::version(QSqlDatabase &db, const RegisteredModel &model, int version)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM model_versions WHERE model_id = ? AND version = ?"));
    q.addBindValue(model.id);
    q.addBindValue(version);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("looking up version %1 of '%2'").arg(version).arg(model.name));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("model '%1' has no version %2").arg(model.name).arg(version));
    return versionById(db, q.value(0).toLongLong());
}

Result<qint64> RegistryRecords::productionVersionId(QSqlDatabase &db, qint64 modelId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM model_versions WHERE model_id = ? AND stage = 'Production'"));
    q.addBindValue(modelId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("looking up the Production version"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<Promotion>> RegistryRecords::promotions(QSqlDatabase &db, const RegisteredModel &model)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.id, v.version, p.action, p.from_stage, p.to_stage, p.comment, p.by, p.at"
                             " FROM model_promotions p JOIN model_versions v ON v.id = p.version_id"
                             " WHERE p.model_id = ? ORDER BY p.id"));
    q.addBindValue(model.id);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the promotions of '%1'").arg(model.name));
    QList<Promotion> out;
    while (q.next()) {
        Promotion p;
        p.id = q.value(0).toLongLong();
        p.modelName = model.name;
        p.version = q.value(1).toInt();
        p.action = q.value(2).toString();
        p.fromStage = parseStage(q.value(3).toString()).value_or(Stage::None);
        p.toStage = parseStage(q.value(4).toString()).value_or(Stage::None);
        p.comment = q.value(5).toString();
        p.by = q.value(6).toString();
        p.at = utc(q.value(7));
        out.append(p);
    }
    return out;
}

QJsonObject RegistryRecords::snapshot(const RegisteredModel &model)
{
    return QJsonObject{{QStringLiteral("name"), model.name},
                       {QStringLiteral("description"), model.description},
                       {QStringLiteral("tags"), mapJson(model.tags)}};
}

QJsonObject RegistryRecords::snapshot(const ModelVersion &v)
{
    QJsonObject metrics;
    for (auto it = v.metrics.cbegin(); it != v.metrics.cend(); ++it)
        metrics.insert(it.key(), it.value());
    QJsonArray files;
    for (const ModelVersionFile &f : v.files)
        files.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("size"), f.size}, {QStringLiteral("sha256"), f.sha256}});
    return QJsonObject{{QStringLiteral("model"), v.modelName},
                       {QStringLiteral("version"), v.version},
                       {QStringLiteral("stage"), stageName(v.stage)},
                       {QStringLiteral("tags"), mapJson(v.tags)},
                       {QStringLiteral("properties"), mapJson(v.properties)},
                       {QStringLiteral("metrics"), metrics},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("runId"), v.lineage.runId},
                       {QStringLiteral("commit"), v.lineage.commit}};
}

}  // namespace mlops::registry
