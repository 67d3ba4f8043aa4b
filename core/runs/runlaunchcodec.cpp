#include "runlaunchcodec.h"

#include <QJsonArray>

namespace mlops::runs {

namespace {

const QString kFile = QStringLiteral("pipelineFile");
const QString kRepositories = QStringLiteral("repositories");
const QString kRerunOf = QStringLiteral("rerunOf");
const QString kFailedJobsOnly = QStringLiteral("failedJobsOnly");
const QString kStagesToSkip = QStringLiteral("stagesToSkip");

}  // namespace

QJsonObject RunLaunchCodec::pack(QJsonObject variables, const RunLaunch &launch)
{
    const QString key = QString::fromLatin1(kKey);
    variables.remove(key);
    if (launch.isEmpty())
        return variables;
    QJsonObject object;
    if (!launch.pipelineFile.isEmpty())
        object.insert(kFile, launch.pipelineFile);
    if (!launch.repositories.isEmpty()) {
        QJsonObject repositories;
        for (auto it = launch.repositories.cbegin(); it != launch.repositories.cend(); ++it)
            repositories.insert(it.key(), it.value());
        object.insert(kRepositories, repositories);
    }
    if (launch.rerunOf > 0) {
        object.insert(kRerunOf, double(launch.rerunOf));
        object.insert(kFailedJobsOnly, launch.failedJobsOnly);
    }
    if (!launch.stagesToSkip.isEmpty())
        object.insert(kStagesToSkip, QJsonArray::fromStringList(launch.stagesToSkip));
    variables.insert(key, object);
    return variables;
}

RunLaunch RunLaunchCodec::unpack(QJsonObject &variables)
{
    const QString key = QString::fromLatin1(kKey);
    RunLaunch launch;
    const auto found = variables.find(key);
    if (found == variables.end())
        return launch;
    const QJsonObject object = found.value().toObject();
    variables.erase(found);
    launch.pipelineFile = object.value(kFile).toString();
    const QJsonObject repositories = object.value(kRepositories).toObject();
    for (auto it = repositories.constBegin(); it != repositories.constEnd(); ++it)
        launch.repositories.insert(it.key(), it.value().toString());
    launch.rerunOf = qint64(object.value(kRerunOf).toDouble());
    launch.failedJobsOnly = launch.rerunOf > 0 && object.value(kFailedJobsOnly).toBool();
    const QJsonArray stages = object.value(kStagesToSkip).toArray();
    for (const QJsonValue &stage : stages)
        launch.stagesToSkip.append(stage.toString());
    return launch;
}

}  // namespace mlops::runs
