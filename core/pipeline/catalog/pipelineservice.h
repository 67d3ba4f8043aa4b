#pragma once
// PipelineService: the pipelines registered in a workspace (table `pipelines`): create,
// list, get, rename, delete, each change one write transaction plus one audit entry
// (entity type "pipeline"); and the Library's "used by" for pipelines.
//
// Rules:
//  - names: not empty, at most 256 characters, no leading/trailing spaces, none of
//    \ / : * ? " < > | and no control characters; unique case-insensitively;
//  - the repository folder must exist; the YAML path is relative to it, stays inside
//    it, and names an existing file.
// Failures: NotFound, AlreadyExists, InvalidInput (the message names the field and why),
// Conflict (a stale revision), Internal (database).
//
// Used by: core/library does not depend on the pipeline engine; instead this service
// answers "which pipelines use variable group X / service connection Y" with the same
// ConnectionUse records (kind "pipeline"), and the CLI and the GUI append them to what
// the Library services report. Each registered pipeline's entry file is expanded
// (templates resolved where they can be; unresolved ones are skipped) and scanned with
// PipelineUsageScanner; a file that cannot be read is skipped too.
//
// Thread safety: any thread; the workspace gives each thread its own connection.

#include "core/common/result.h"
#include "core/library/serviceconnectionservice.h"
#include "core/pipeline/catalog/pipelinedefinition.h"
#include "core/pipeline/compiler/pipelinecompiler.h"

#include <QList>
#include <QString>

#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::pipeline {

class PipelineService {
public:
    static constexpr int kMaxNameLength = 256;

    explicit PipelineService(std::shared_ptr<store::Workspace> workspace);

    // Empty when `name` is acceptable, else why not.
    static QString nameProblem(const QString &name);

    Result<QList<PipelineDefinition>> list() const;  // by name
    Result<PipelineDefinition> get(qint64 id) const;
    Result<PipelineDefinition> findByName(const QString &name) const;  // case-insensitive

    // `repositoryDir` may be relative to the current directory; it is stored absolute.
    Result<PipelineDefinition> create(const QString &name, const QString &repositoryDir, const QString &yamlPath);
    // Renames pipeline `id`; `expectedRevision` 0 skips the stale-revision check.
    Result<PipelineDefinition> rename(qint64 id, const QString &newName, int expectedRevision = 0);
    Result<void> remove(qint64 id);

    // Compiles a registered pipeline: its entry file, with its repository folder as the
    // `self` repository unless `options` names one.
    static CompileResult compile(const PipelineDefinition &pipeline, CompileOptions options = {});

    // Pipelines whose YAML has `- group: groupName` (kind "pipeline", detail "file:line").
    Result<QList<library::ConnectionUse>> usesOfGroup(const QString &groupName) const;
    // Pipelines with a task input or variable whose value is `connectionName`
    // (detail: "task input azureSubscription at file:line").
    Result<QList<library::ConnectionUse>> usesOfConnection(const QString &connectionName) const;

private:
    std::shared_ptr<store::Workspace> m_workspace;
};

}  // namespace mlops::pipeline
