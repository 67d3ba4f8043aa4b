#pragma once
// RegistryRecords: reading registry rows into the plain types, and their JSON
// snapshots for the audit log (internal to ModelRegistry). Every function takes the
// caller's connection, so it reads inside the caller's transaction when there is one.
// Statements come from StatementCache (prepared once per connection). A list of
// versions costs one query for the rows plus one each for their tags, properties,
// metrics and files (`version_id IN (…)`), whatever its length.
// Failure: NotFound naming the model/version, Internal for a failed query.

#include "core/common/result.h"
#include "registrytypes.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantList>

namespace mlops::registry {

class RegistryRecords {
public:
    static Result<RegisteredModel> model(QSqlDatabase &db, const QString &name);
    static Result<RegisteredModel> modelById(QSqlDatabase &db, qint64 id);
    static Result<QList<RegisteredModel>> models(QSqlDatabase &db);
    // Up to `limit` models after `afterName` (case-insensitive name order; empty: from
    // the first).
    static Result<QList<RegisteredModel>> modelsAfter(QSqlDatabase &db, const QString &afterName, int limit);
    // The id and stored name of model `name` (NotFound when there is none): a cheaper
    // lookup than model() when only those are needed.
    struct ModelKey {
        qint64 id = 0;
        QString name;
    };
    static ModelKey keyOf(const RegisteredModel &model) { return ModelKey{model.id, model.name}; }
    static Result<ModelKey> modelKey(QSqlDatabase &db, const QString &name);

    static Result<ModelVersion> versionById(QSqlDatabase &db, qint64 id);
    static Result<ModelVersion> version(QSqlDatabase &db, const ModelKey &model, int version);
    // The versions selected by `tail` ("WHERE … ORDER BY … LIMIT ?" over
    // model_versions v JOIN registered_models m) with `bindings`, complete with tags,
    // properties, metrics and files, in the order of `tail`. With `modelName` (the
    // stored name of the one model `tail` selects from) `tail` may refer to v only and
    // the model is not joined.
    static Result<QList<ModelVersion>> versions(QSqlDatabase &db, const QString &tail, const QVariantList &bindings,
                                                const QString &modelName = {});
    // versions() in two steps: the rows only (no tags, properties, metrics, files), then
    // their details (one query per kind).
    static Result<QList<ModelVersion>> versionRows(QSqlDatabase &db, const QString &tail, const QVariantList &bindings,
                                                   const QString &modelName = {});
    static Result<void> attachDetails(QSqlDatabase &db, QList<ModelVersion> &versions);
    // The id of the model's version in Production; 0 when none is.
    static Result<qint64> productionVersionId(QSqlDatabase &db, qint64 modelId);
    static Result<QList<Promotion>> promotions(QSqlDatabase &db, const ModelKey &model);

    // "2026-11-25T10:00:00.123Z" (what the registry stores) without the general parser;
    // any other text goes through QDateTime::fromString(ISODateWithMs). UTC.
    static QDateTime parseUtc(const QString &text);

    static QJsonObject snapshot(const RegisteredModel &model);
    static QJsonObject snapshot(const ModelVersion &version);
};

}  // namespace mlops::registry
