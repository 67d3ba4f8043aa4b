#pragma once
// SampleProject: the bundled sample project (resources/sample, embedded in the program
// with QtCore's resource system) and its installation into a workspace — what
// `mlops init --sample` and `mlops-workbench --sample` do:
//
//  1. extracts the files into <workspace>/repos/mlops-sample; only missing files are
//     written, so a file the user changed (or made) there is kept as it is;
//  2. makes that folder a git repository with one commit (branch main) when `git` is on
//     the PATH and the folder is not one yet; without git it stays a plain folder and
//     Installation::notes says so;
//  3. fills the sample Library (SampleLibrary::populate: variable group and connections);
//  4. registers the three pipelines of the scenario (kPipelines) by name; a pipeline
//     that already exists by that name is kept, whatever it points at.
// Every step is idempotent: installing twice changes nothing the second time.
//
// Failures: Io (a file or folder that cannot be written, named), and the errors of the
// Library and PipelineService calls as they return them. A git command that fails is not
// an error: the folder stays usable and the note says what git answered.
//
// Threads: any thread (git runs as a child process that this call waits for; do not call
// it on the GUI thread of a running window). The services are used as they allow.

#include "core/common/result.h"
#include "core/pipeline/catalog/pipelinedefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mlops::store {
class Workspace;
}
namespace mlops::library {
class ServiceConnectionService;
class VariableGroupService;
}  // namespace mlops::library
namespace mlops::pipeline {
class PipelineService;
}

namespace mlops::sample {

class SampleProject {
public:
    // The folder of the sample repository inside a workspace folder.
    static constexpr const char *kRepositoryFolder = "repos/mlops-sample";
    // Where the embedded files are (":/mlops/sample/README.md", …).
    static constexpr const char *kResourceRoot = ":/mlops/sample";

    // The CI pipeline of the scenario (train, evaluate, register).
    static constexpr const char *kCiPipeline = "Model-Train-Register-CI";

    struct PipelineEntry {
        const char *name;
        const char *yamlPath;  // relative to the repository
    };
    // The pipelines of the scenario, in the order they are registered.
    static constexpr PipelineEntry kPipelines[] = {
        {"Infrastructure", ".pipelines/iac-create-environment-pipeline.yml"},
        {kCiPipeline, ".pipelines/diabetes_regression-ci.yml"},
        {"Model-Deploy-CD", ".pipelines/diabetes_regression-cd.yml"},
    };

    struct Installation {
        QString repositoryDir;     // absolute
        QStringList filesWritten;  // relative paths written by this call
        QStringList filesKept;     // relative paths that existed already (left as they are)
        bool gitRepository = false;  // the folder is a git repository after the call
        bool gitCommitted = false;   // this call made the first commit
        QList<pipeline::PipelineDefinition> pipelines;  // the kPipelines entries, as stored
        QStringList pipelinesCreated;  // names registered by this call
        QStringList notes;             // sentences for the user (git missing or failing)
    };

    // The embedded files, relative to kResourceRoot, sorted ('/' separated).
    static QStringList files();

    static Result<Installation> install(const store::Workspace &workspace, library::VariableGroupService &groups,
                                        library::ServiceConnectionService &connections,
                                        pipeline::PipelineService &pipelines);
};

}  // namespace mlops::sample
