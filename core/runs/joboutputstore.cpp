#include "joboutputstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mlops::runs {

namespace {

const QString kValues = QStringLiteral("values");
const QString kWithheld = QStringLiteral("withheld");

bool plainName(const QString &recordId)
{
    return !recordId.isEmpty() && !recordId.contains(QLatin1Char('/')) && recordId != QLatin1String(".") &&
           recordId != QLatin1String("..");
}

}  // namespace

JobOutputStore::JobOutputStore(QString workspaceDirectory) : m_directory(std::move(workspaceDirectory)) {}

QString JobOutputStore::filePath(qint64 runId, const QString &recordId) const
{
    return QDir(m_directory).filePath(QStringLiteral("logs/%1/%2.outputs.json").arg(runId).arg(recordId));
}

Result<void> JobOutputStore::save(qint64 runId, const QString &recordId, const JobOutputs &outputs) const
{
    if (!plainName(recordId))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a timeline record id").arg(recordId));
    const QString path = filePath(runId, recordId);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder of %1").arg(path));
    QJsonObject values;
    for (auto it = outputs.values.cbegin(); it != outputs.values.cend(); ++it)
        values.insert(it.key(), it.value());
    const QJsonObject object{{kValues, values}, {kWithheld, QJsonArray::fromStringList(outputs.withheld)}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<JobOutputs> JobOutputStore::load(qint64 runId, const QString &recordId) const
{
    if (!plainName(recordId))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a timeline record id").arg(recordId));
    const QString path = filePath(runId, recordId);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the outputs of job record %1 of run %2 were not kept").arg(recordId).arg(runId));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is damaged: %2").arg(path, parseError.errorString()));
    JobOutputs outputs;
    const QJsonObject values = document.object().value(kValues).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        outputs.values.insert(it.key(), it.value().toString());
    for (const QJsonValue &name : document.object().value(kWithheld).toArray())
        outputs.withheld.append(name.toString());
    return outputs;
}

}  // namespace mlops::runs
