#include "modelfile.h"

#include "core/common/textposition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace mlops::ml {

namespace {

const QString kFormat = QStringLiteral("mlops-model");
const QString kKindRidge = QStringLiteral("ridge");

// Reads fields of one JSON object, remembering the first problem with its path.
class Fields {
public:
    Fields(QString source, QJsonObject object, QString path) : m_source(std::move(source)), m_object(std::move(object)), m_path(std::move(path)) {}

    Error missing(const QString &key, const char *type) const
    {
        const QJsonValue value = m_object.value(key);
        const QString what = value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be %1").arg(QLatin1String(type));
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: \"%2\" %3").arg(m_source, m_path + key, what));
    }
    Error invalid(const QString &key, const QString &what) const
    {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: \"%2\" %3").arg(m_source, m_path + key, what));
    }
    Result<QString> string(const QString &key, bool optional = false) const
    {
        const QJsonValue value = m_object.value(key);
        if (optional && value.isUndefined())
            return QString();
        if (!value.isString())
            return missing(key, "a string");
        return value.toString();
    }
    Result<double> number(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return missing(key, "a finite number");
        return value.toDouble();
    }
    Result<qint64> count(const QString &key) const
    {
        auto value = number(key);
        if (!value.ok())
            return value.error();
        if (*value < 0 || *value != std::floor(*value) || *value > 9.0e15)
            return invalid(key, QStringLiteral("must be a whole number >= 0"));
        return qint64(*value);
    }
    Result<QJsonObject> object(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject())
            return missing(key, "an object");
        return value.toObject();
    }
    Result<QJsonArray> array(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            return missing(key, "an array");
        return value.toArray();
    }
    QString path(const QString &key) const { return m_path + key + QLatin1Char('.'); }
    const QString &source() const { return m_source; }

private:
    QString m_source;
    QJsonObject m_object;
    QString m_path;
};

#define MLOPS_TRY_ASSIGN(target, expression) \
    do {                                      \
        auto result_ = (expression);          \
        if (!result_.ok())                    \
            return result_.error();           \
        (target) = std::move(result_).value(); \
    } while (false)

Result<TrainingInfo> readTraining(const Fields &top)
{
    TrainingInfo info;
    QJsonObject trainingObject;
    MLOPS_TRY_ASSIGN(trainingObject, top.object(QStringLiteral("training")));
    const Fields training(top.source(), trainingObject, top.path(QStringLiteral("training")));
    QJsonObject datasetObject;
    MLOPS_TRY_ASSIGN(datasetObject, training.object(QStringLiteral("dataset")));
    const Fields dataset(top.source(), datasetObject, training.path(QStringLiteral("dataset")));
    MLOPS_TRY_ASSIGN(info.datasetName, dataset.string(QStringLiteral("name")));
    MLOPS_TRY_ASSIGN(info.datasetSha256, dataset.string(QStringLiteral("sha256"), true));
    MLOPS_TRY_ASSIGN(info.datasetRows, dataset.count(QStringLiteral("rows")));

    QJsonObject splitObject;
    MLOPS_TRY_ASSIGN(splitObject, training.object(QStringLiteral("split")));
    const Fields split(top.source(), splitObject, training.path(QStringLiteral("split")));
    MLOPS_TRY_ASSIGN(info.testSize, split.number(QStringLiteral("testSize")));
    qint64 seed = 0;
    MLOPS_TRY_ASSIGN(seed, split.count(QStringLiteral("seed")));
    if (seed > qint64(0xffffffffLL))
        return split.invalid(QStringLiteral("seed"), QStringLiteral("must be at most 4294967295"));
    info.seed = quint32(seed);
    const QJsonValue shuffle = splitObject.value(QStringLiteral("shuffle"));
    if (!shuffle.isBool())
        return split.missing(QStringLiteral("shuffle"), "true or false");
    info.shuffle = shuffle.toBool();
    MLOPS_TRY_ASSIGN(info.trainRows, split.count(QStringLiteral("trainRows")));
    MLOPS_TRY_ASSIGN(info.testRows, split.count(QStringLiteral("testRows")));

    QJsonObject metricsObject;
    MLOPS_TRY_ASSIGN(metricsObject, training.object(QStringLiteral("metrics")));
    const Fields metrics(top.source(), metricsObject, training.path(QStringLiteral("metrics")));
    for (auto it = metricsObject.begin(); it != metricsObject.end(); ++it) {
        double value = 0;
        MLOPS_TRY_ASSIGN(value, metrics.number(it.key()));
        info.metrics.insert(it.key(), value);
    }
    QString created;
    MLOPS_TRY_ASSIGN(created, training.string(QStringLiteral("createdAt")));
    info.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!info.createdAt.isValid())
        return training.invalid(QStringLiteral("createdAt"), QStringLiteral("is not an ISO-8601 date and time: \"%1\"").arg(created));
    info.createdAt = info.createdAt.toUTC();
    return info;
}

}  // namespace

QByteArray ModelFile::toJson() const
{
    QJsonArray coefficients;
    for (Eigen::Index i = 0; i < model.coefficients.size(); ++i)
        coefficients.append(model.coefficients(i));
    QJsonObject metrics;
    for (auto it = training.metrics.cbegin(); it != training.metrics.cend(); ++it)
        metrics.insert(it.key(), it.value());
    const QJsonObject dataset{{QStringLiteral("name"), training.datasetName},
                              {QStringLiteral("sha256"), training.datasetSha256},
                              {QStringLiteral("rows"), double(training.datasetRows)}};
    const QJsonObject split{{QStringLiteral("testSize"), training.testSize},
                            {QStringLiteral("seed"), double(training.seed)},
                            {QStringLiteral("shuffle"), training.shuffle},
                            {QStringLiteral("trainRows"), double(training.trainRows)},
                            {QStringLiteral("testRows"), double(training.testRows)}};
    const QJsonObject trainingObject{{QStringLiteral("dataset"), dataset},
                                     {QStringLiteral("split"), split},
                                     {QStringLiteral("metrics"), metrics},
                                     {QStringLiteral("createdAt"), training.createdAt.toUTC().toString(Qt::ISODateWithMs)}};
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("formatVersion"), kFormatVersion},
                           {QStringLiteral("kind"), kKindRidge},
                           {QStringLiteral("featureNames"), QJsonArray::fromStringList(model.featureNames)},
                           {QStringLiteral("target"), model.target},
                           {QStringLiteral("coefficients"), coefficients},
                           {QStringLiteral("intercept"), model.intercept},
                           {QStringLiteral("alpha"), model.alpha},
                           {QStringLiteral("training"), trainingObject}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ModelFile> ModelFile::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1:%2: invalid JSON: %3")
                                                      .arg(sourceName, lineColumnAt(json, parseError.offset), parseError.errorString()));
    if (!document.isObject())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1:1:1: a model file must be a JSON object").arg(sourceName));
    const QJsonObject root = document.object();
    const Fields top(sourceName, root, QString());

    QString format;
    MLOPS_TRY_ASSIGN(format, top.string(QStringLiteral("format")));
    if (format != kFormat)
        return makeError(ErrorCode::Unsupported, QStringLiteral("%1: \"format\" is \"%2\", not a model file (expected \"%3\")")
                                                     .arg(sourceName, format, kFormat));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble())
        return top.missing(QStringLiteral("formatVersion"), "a number");
    if (version.toDouble() != double(kFormatVersion))
        return makeError(ErrorCode::Unsupported, QStringLiteral("%1: model file format version %2 is not supported (this program reads version %3)")
                                                     .arg(sourceName, QString::number(version.toDouble()), QString::number(kFormatVersion)));
    QString kind;
    MLOPS_TRY_ASSIGN(kind, top.string(QStringLiteral("kind")));
    if (kind != kKindRidge)
        return makeError(ErrorCode::Unsupported, QStringLiteral("%1: unknown model kind \"%2\" (supported: %3)").arg(sourceName, kind, kKindRidge));

    ModelFile file;
    QJsonArray names;
    MLOPS_TRY_ASSIGN(names, top.array(QStringLiteral("featureNames")));
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).toString();
        if (!names.at(i).isString() || name.isEmpty())
            return top.invalid(QStringLiteral("featureNames"), QStringLiteral("item %1 must be a non-empty string").arg(i + 1));
        if (seen.contains(name))
            return top.invalid(QStringLiteral("featureNames"), QStringLiteral("names \"%1\" twice").arg(name));
        seen.insert(name);
        file.model.featureNames.append(name);
    }
    if (names.isEmpty())
        return top.invalid(QStringLiteral("featureNames"), QStringLiteral("is empty"));
    QJsonArray coefficients;
    MLOPS_TRY_ASSIGN(coefficients, top.array(QStringLiteral("coefficients")));
    if (coefficients.size() != names.size())
        return top.invalid(QStringLiteral("coefficients"), QStringLiteral("has %1 values but there are %2 feature names")
                                                               .arg(coefficients.size()).arg(names.size()));
    file.model.coefficients.resize(coefficients.size());
    for (qsizetype i = 0; i < coefficients.size(); ++i) {
        const QJsonValue value = coefficients.at(i);
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return top.invalid(QStringLiteral("coefficients"), QStringLiteral("item %1 must be a finite number").arg(i + 1));
        file.model.coefficients(i) = value.toDouble();
    }
    MLOPS_TRY_ASSIGN(file.model.intercept, top.number(QStringLiteral("intercept")));
    MLOPS_TRY_ASSIGN(file.model.alpha, top.number(QStringLiteral("alpha")));
    if (file.model.alpha < 0)
        return top.invalid(QStringLiteral("alpha"), QStringLiteral("must be >= 0"));
    MLOPS_TRY_ASSIGN(file.model.target, top.string(QStringLiteral("target"), true));
    MLOPS_TRY_ASSIGN(file.training, readTraining(top));
    return file;
}

Result<void> ModelFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write the model file: %2").arg(path, file.errorString()));
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write the model file: %2").arg(path, file.errorString()));
    return {};
}

Result<ModelFile> ModelFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         QStringLiteral("%1: cannot read the model file: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

}  // namespace mlops::ml

#undef MLOPS_TRY_ASSIGN
