#pragma once
// RegistryRecords: reading registry rows into the plain types, and their JSON
// snapshots for the audit log (internal to ModelRegistry). Every function takes the
// caller's connection, so it reads inside the caller's transaction when there is one.
// Failure: NotFound naming the model/version, Internal for a failed query.

#include "core/common/result.h"
#include "registrytypes.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace mlops::registry {

class RegistryRecords {
public:
    static Result<RegisteredModel> model(QSqlDatabase &db, const QString &name);
    static Result<RegisteredModel> modelById(QSqlDatabase &db, qint64 id);
    static Result<QList<RegisteredModel>> models(QSqlDatabase &db);
    static Result<ModelVersion> versionById(QSqlDatabase &db, qint64 id);
    static Result<ModelVersion> version(QSqlDatabase &db, const RegisteredModel &model, int version);
    // The id of the model's version in Production; 0 when none is.
    static Result<qint64> productionVersionId(QSqlDatabase &db, qint64 modelId);
    static Result<QList<Promotion>> promotions(QSqlDatabase &db, const RegisteredModel &model);

    static QJsonObject snapshot(const RegisteredModel &model);
    static QJsonObject snapshot(const ModelVersion &version);
};

}  // namespace mlops::registry
