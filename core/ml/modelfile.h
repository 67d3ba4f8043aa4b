#pragma once
// ModelFile: the JSON document a trained model is stored in (artifact of `mlops model
// train`, registered by the registry, loaded by the endpoint server).
//
//   { "format": "mlops-model", "formatVersion": 1, "kind": "ridge",
//     "featureNames": [..], "target": "Y", "coefficients": [..], "intercept": x, "alpha": a,
//     "training": { "dataset": {"name", "sha256", "rows"},
//                   "split": {"testSize", "seed", "shuffle", "trainRows", "testRows"},
//                   "metrics": {"mse": .., ...}, "createdAt": ISO-8601 UTC } }
//
// Numbers are written shortest-round-trip, so load(save(m)) gives the same doubles.
// Loading validates everything: corrupt JSON → InvalidInput "<file>:<line>:<column>:
// <parser message>"; an unknown "kind" or "format" → Unsupported naming it; a
// formatVersion other than 1 → Unsupported; a missing or mistyped field, a coefficient
// count different from the feature count, duplicate/empty feature names, a non-finite
// number, a negative alpha → InvalidInput naming the field. Plain value; any thread.

#include "core/common/result.h"
#include "core/ml/ridgemodel.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace mlops::ml {

struct TrainingInfo {
    QString datasetName;
    QString datasetSha256;  // lower-case hex, may be empty
    qint64 datasetRows = 0;
    double testSize = 0;
    quint32 seed = 0;
    bool shuffle = true;
    qint64 trainRows = 0;
    qint64 testRows = 0;
    QMap<QString, double> metrics;  // e.g. "mse", "rmse", "mae", "r2" on the test rows
    QDateTime createdAt;            // UTC
};

class ModelFile {
public:
    static constexpr int kFormatVersion = 1;

    RidgeModel model;
    TrainingInfo training;

    QByteArray toJson() const;
    // `sourceName` is the file name used in messages.
    static Result<ModelFile> fromJson(const QByteArray &json, const QString &sourceName);

    // Writes atomically (QSaveFile); Io on failure.
    Result<void> save(const QString &path) const;
    // NotFound / Io when the file cannot be read, else as fromJson.
    static Result<ModelFile> load(const QString &path);
};

}  // namespace mlops::ml
