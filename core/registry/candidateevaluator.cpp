#include "candidateevaluator.h"

#include "modelregistry.h"

#include "core/ml/modelfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mlops::registry {

Result<bool> CandidateEvaluator::lowerIsBetter(const QString &metric)
{
    const QString m = metric.toLower();
    if (m == QLatin1String("mse") || m == QLatin1String("rmse") || m == QLatin1String("mae"))
        return true;
    if (m == QLatin1String("r2"))
        return false;
    return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown metric '%1' (use mse, rmse, mae or r2)").arg(metric));
}

Result<QMap<QString, double>> CandidateEvaluator::candidateMetrics(const QString &directory)
{
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 is not a folder").arg(directory));
    Result<ml::ModelFile> model = ml::ModelFile::load(dir.filePath(QStringLiteral("model.json")));
    if (!model.ok())
        return model.error();
    const QString metricsPath = dir.filePath(QStringLiteral("metrics.json"));
    if (!QFile::exists(metricsPath))
        return model->training.metrics;
    QFile file(metricsPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(metricsPath, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: not a JSON object of metrics (%2)")
                                                      .arg(metricsPath, error.error != QJsonParseError::NoError ? error.errorString()
                                                                                                               : QStringLiteral("wrong type")));
    QMap<QString, double> metrics;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: metric \"%2\" is not a number").arg(metricsPath, it.key()));
        metrics.insert(it.key(), it.value().toDouble());
    }
    return metrics;
}

Result<Evaluation> CandidateEvaluator::evaluate(const ModelRegistry &registry, const QString &modelName, const QString &metric,
                                                const QString &candidateDirectory)
{
    Result<bool> lower = lowerIsBetter(metric);
    if (!lower.ok())
        return lower.error();
    Result<QMap<QString, double>> metrics = candidateMetrics(candidateDirectory);
    if (!metrics.ok())
        return metrics.error();
    const QString key = metric.toLower();
    if (!metrics->contains(key))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the candidate in %1 has no %2 metric").arg(candidateDirectory, key));
    Evaluation e;
    e.candidateValue = metrics->value(key);

    Result<ModelVersion> baseline = registry.productionVersion(modelName);
    e.baselineIsProduction = baseline.ok();
    if (!baseline.ok() && baseline.error().code == ErrorCode::NotFound)
        baseline = registry.latestVersion(modelName);
    if (!baseline.ok()) {
        if (baseline.error().code != ErrorCode::NotFound)
            return baseline.error();
        e.registerCandidate = true;
        e.message = QStringLiteral("No model named %1 yet: the candidate will be registered.").arg(modelName);
        return e;
    }
    e.baselineVersion = baseline->version;
    const QString which = e.baselineIsProduction ? QStringLiteral("production version %1").arg(baseline->version)
                                                 : QStringLiteral("latest version %1").arg(baseline->version);
    const QString candidateText = QStringLiteral("%1 %2").arg(key, QString::number(e.candidateValue, 'g', QLocale::FloatingPointShortest));
    if (!baseline->metrics.contains(key)) {
        e.registerCandidate = true;
        e.message = QStringLiteral("The %2 of %1 has no %3 metric: the candidate (%4) will be registered.")
                        .arg(modelName, which, key, candidateText);
        return e;
    }
    e.baselineHasMetric = true;
    e.baselineValue = baseline->metrics.value(key);
    e.registerCandidate = *lower ? e.candidateValue < e.baselineValue : e.candidateValue > e.baselineValue;
    const QString baselineText = QStringLiteral("%1 %2%3").arg(key, QString::number(e.baselineValue, 'g', QLocale::FloatingPointShortest),
                                                               e.baselineIsProduction ? QString() : QStringLiteral("; no version is in Production"));
    e.message = e.registerCandidate
        ? QStringLiteral("The candidate (%1) is better than %2 (%3): it will be registered.").arg(candidateText, which, baselineText)
        : QStringLiteral("The candidate (%1) is not better than %2 (%3): it will not be registered.").arg(candidateText, which, baselineText);
    return e;
}

}  // namespace mlops::registry
