#pragma once
// CandidateEvaluator: the MLOpsPython rule for a freshly trained candidate (a folder
// written by ModelTrainer): register it when the model has no version yet, otherwise
// only when its metric is better than the baseline's — the Production version, or the
// latest version when none is in Production. Lower is better for mse, rmse and mae,
// higher for r2.
//
// candidateMetrics() validates <dir>/model.json (ml::ModelFile::load) and reads the
// metrics from <dir>/metrics.json when present, else from model.json's training
// metrics. Failure: the ModelFile error (corrupt JSON with file:line:column),
// InvalidInput for a malformed metrics.json, an unknown metric or one the candidate
// lacks, NotFound when the folder has no model.json; registry errors otherwise.
// Stateless apart from the registry it reads; any thread.

#include "core/common/result.h"

#include <QMap>
#include <QString>

namespace mlops::registry {

class ModelRegistry;

struct Evaluation {
    bool registerCandidate = false;
    double candidateValue = 0;
    int baselineVersion = 0;          // 0: the model has no version
    bool baselineIsProduction = false;
    bool baselineHasMetric = false;
    double baselineValue = 0;
    QString message;                  // the line to show the user
};

class CandidateEvaluator {
public:
    // true for mse/rmse/mae, false for r2; InvalidInput for any other name.
    static Result<bool> lowerIsBetter(const QString &metric);
    static Result<QMap<QString, double>> candidateMetrics(const QString &directory);
    static Result<Evaluation> evaluate(const ModelRegistry &registry, const QString &modelName, const QString &metric,
                                       const QString &candidateDirectory);
};

}  // namespace mlops::registry
