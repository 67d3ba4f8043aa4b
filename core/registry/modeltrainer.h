#pragma once
// ModelTrainer: what `mlops model train` does — read a numeric CSV, split it like
// scikit-learn's train_test_split, fit Ridge on the train rows, compute the regression
// metrics on the test rows, and write <out>/model.json (ml::ModelFile) and
// <out>/metrics.json ({"mse", "rmse", "mae", "r2"}). Features are every column but the
// target, in file order.
//
// Failure: the CSV reader's error ("<file>:<line>:<column>: …"), NotFound for a missing
// target column, InvalidInput for a bad split size or alpha, Io when the output cannot
// be written, Unavailable when `cancel` was set (while reading, or before writing).
// Nothing is written unless training succeeded.
// Stateless; any thread (`progress` runs on the calling thread).

#include "core/common/result.h"
#include "core/ml/metrics.h"
#include "core/ml/modelfile.h"

#include <QString>

#include <atomic>
#include <functional>

namespace mlops::registry {

struct TrainOptions {
    QString dataPath;
    QString target;
    double alpha = 1.0;
    double testSize = 0.2;
    quint32 seed = 0;
    QString outDirectory;
    std::function<void(qint64 done, qint64 total)> progress;  // reading the data (ml::CsvReadOptions)
    const std::atomic_bool *cancel = nullptr;                 // not owned; may be set from a signal handler
};

struct TrainOutcome {
    ml::ModelFile model;
    ml::RegressionMetrics metrics;  // on the test rows
    QString modelPath;               // <out>/model.json
    QString metricsPath;             // <out>/metrics.json
};

class ModelTrainer {
public:
    static Result<TrainOutcome> train(const TrainOptions &options);
};

}  // namespace mlops::registry
