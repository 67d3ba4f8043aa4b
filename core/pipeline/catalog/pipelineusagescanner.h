#pragma once
// PipelineUsageScanner: what an (expanded) pipeline tree refers to by name, for the
// Library's "used by": `- group: NAME` items of `variables:` lists, and task inputs or
// variables whose whole value is a given text (a service connection's name, e.g.
// `azureSubscription: my-connection`, `connectedServiceName: …`, or a variable holding
// it). Names compare case-insensitively, values after trimming. Pure; thread-safe.

#include "core/pipeline/yaml/yamlnode.h"

#include <QList>
#include <QString>

namespace mlops::pipeline {

struct PipelineReference {
    QString what;  // "variable group", "task input azureSubscription", "variable AZURE_RM_SVC_CONNECTION"
    SourcePos pos;
};

class PipelineUsageScanner {
public:
    // The `- group:` items naming `groupName`.
    static QList<PipelineReference> groupReferences(const YamlNode &root, const QString &groupName);
    // Task inputs and variables whose value is `value`.
    static QList<PipelineReference> valueReferences(const YamlNode &root, const QString &value);
};

}  // namespace mlops::pipeline
