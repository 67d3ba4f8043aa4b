#pragma once
// PipelineDefinition: a pipeline registered in the workspace (Azure DevOps: Pipelines →
// New pipeline → existing YAML file): a unique name, the repository folder and the
// entry YAML file inside it. Plain data.

#include <QDateTime>
#include <QString>

namespace mlops::pipeline {

struct PipelineDefinition {
    qint64 id = 0;
    QString name;           // unique in the workspace, case-insensitively
    QString repositoryDir;  // absolute, clean path of the repository folder
    QString yamlPath;       // the entry file, relative to repositoryDir, '/' separated
    QDateTime createdAt;    // UTC
    QString createdBy;
    QDateTime modifiedAt;   // UTC
    QString modifiedBy;
    int revision = 0;

    // repositoryDir + '/' + yamlPath.
    QString entryFile() const { return repositoryDir + QLatin1Char('/') + yamlPath; }
};

}  // namespace mlops::pipeline
