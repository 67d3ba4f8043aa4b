#include "modeltrainer.h"

#include "core/ml/csvreader.h"
#include "core/ml/ridgeregression.h"
#include "core/ml/traintestsplit.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace mlops::registry {

Result<TrainOutcome> ModelTrainer::train(const TrainOptions &options)
{
    if (!std::isfinite(options.alpha) || options.alpha < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("alpha must be a number >= 0, not %1").arg(options.alpha));
    ml::CsvReadOptions readOptions;
    readOptions.types = ml::CsvReadOptions::Types::AllNumeric;
    readOptions.computeSha256 = true;
    readOptions.progress = options.progress;
    readOptions.cancel = options.cancel;
    Result<ml::Dataset> data = ml::CsvReader(readOptions).readFile(options.dataPath);
    if (!data.ok())
        return data.error();
    if (data->columnIndex(options.target) < 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 has no column '%2' (columns: %3)")
                                                  .arg(options.dataPath, options.target, data->columnNames().join(QStringLiteral(", "))));
    QStringList features = data->columnNames();
    features.removeAll(options.target);
    if (features.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 has no feature column besides '%2'").arg(options.dataPath, options.target));
    Result<Eigen::MatrixXd> x = data->matrix(features);
    Result<Eigen::VectorXd> y = data->vector(options.target);
    if (!x.ok())
        return x.error();
    if (!y.ok())
        return y.error();

    ml::SplitOptions splitOptions;
    splitOptions.testSize = options.testSize;
    splitOptions.seed = options.seed;
    Result<ml::Split> split = ml::TrainTestSplit::split(data->rowCount(), splitOptions);
    if (!split.ok())
        return split.error();
    const Eigen::MatrixXd xTrain = ml::TrainTestSplit::takeRows(*x, split->train);
    const Eigen::VectorXd yTrain = ml::TrainTestSplit::takeRows(*y, split->train);
    const Eigen::MatrixXd xTest = ml::TrainTestSplit::takeRows(*x, split->test);
    const Eigen::VectorXd yTest = ml::TrainTestSplit::takeRows(*y, split->test);

    Result<ml::RidgeModel> fitted = ml::RidgeRegression::fit(xTrain, yTrain, options.alpha, features, options.target);
    if (!fitted.ok())
        return fitted.error();
    Result<Eigen::VectorXd> predicted = fitted->predict(xTest);
    if (!predicted.ok())
        return predicted.error();
    Result<ml::RegressionMetrics> metrics = ml::Metrics::regression(yTest, *predicted);
    if (!metrics.ok())
        return metrics.error();

    TrainOutcome outcome;
    outcome.metrics = *metrics;
    outcome.model.model = *fitted;
    ml::TrainingInfo &info = outcome.model.training;
    info.datasetName = QFileInfo(options.dataPath).fileName();
    info.datasetSha256 = data->sha256();
    info.datasetRows = data->rowCount();
    info.testSize = options.testSize;
    info.seed = options.seed;
    info.shuffle = true;
    info.trainRows = qint64(split->train.size());
    info.testRows = qint64(split->test.size());
    info.metrics = {{QStringLiteral("mse"), metrics->mse},
                    {QStringLiteral("rmse"), metrics->rmse},
                    {QStringLiteral("mae"), metrics->mae},
                    {QStringLiteral("r2"), metrics->r2}};
    info.createdAt = QDateTime::currentDateTimeUtc();

    if (options.cancel && options.cancel->load())
        return makeError(ErrorCode::Unavailable, QStringLiteral("training on %1 cancelled").arg(options.dataPath));
    const QDir out(options.outDirectory);
    if (!QDir().mkpath(out.absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(options.outDirectory));
    outcome.modelPath = out.filePath(QStringLiteral("model.json"));
    outcome.metricsPath = out.filePath(QStringLiteral("metrics.json"));
    if (Result<void> saved = outcome.model.save(outcome.modelPath); !saved.ok())
        return saved.error();
    QJsonObject metricsJson;
    for (auto it = info.metrics.cbegin(); it != info.metrics.cend(); ++it)
        metricsJson.insert(it.key(), it.value());
    QSaveFile file(outcome.metricsPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(metricsJson).toJson()) < 0 || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(outcome.metricsPath, file.errorString()));
    return outcome;
}

}  // namespace mlops::registry
