#pragma once
// PipelineTrigger: pipeline completion triggers (`resources.pipelines[].trigger`). When a
// run has completed, its agent asks which registered pipelines it triggers: every
// pipeline of the workspace (PipelineService) whose expanded YAML declares a pipeline
// resource with `source:` = the run's pipeline (case-insensitive) and a trigger that the
// run fires (PipelineTriggerFilter: result or stages, branch, tags). Each such pipeline
// gets one run (the first matching resource names it), queued through RunSession with:
//  - reason "resourceTrigger" (Build.Reason ResourceTrigger), requested for the same
//    user as the triggering run, the pipeline's default parameters;
//  - variables recording the triggering run: PipelineResourceResolver::resourceVariables
//    (resources.pipeline.<alias>.runID, .runName, .pipelineName, .sourceBranch, …) plus
//    Resources.TriggeringAlias = <alias> and Resources.TriggeringCategory = pipeline; the
//    triggered run's agent resolves that alias to this run, so its downloads of the
//    resource take this run's artifacts;
//  - the triggering run's branch and commit when both pipelines use the same repository
//    folder (Azure runs both on the same commit then), else the folder's own.
//
// Loop guard (A triggers B triggers A): a triggered run remembers its triggering run
// (Resources.TriggeringAlias and resources.pipeline.<alias>.runID), so the chain of runs
// that led to a completed run can be walked back. A completion never triggers a pipeline
// that already has a run in that chain — itself included — so every chain ends after at
// most one run per pipeline (A → B → A stops after B; A → A never starts). The walk stops
// at kMaxChainLength runs; a chain that long triggers nothing more.
//
// Failure: evaluate() returns the store's errors; a pipeline whose YAML cannot be read or
// expanded is skipped with a note, never an error. fire() returns the lines to log (one
// per pipeline looked at: triggered, or why not). Threads: any; the Workspace must outlive
// the object. fire() starts detached agent processes and does not wait for them.

#include "core/agent/runsession.h"
#include "core/common/result.h"
#include "core/pipeline/catalog/pipelinedefinition.h"
#include "core/runs/runtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::agent {

struct TriggeredRun {
    pipeline::PipelineDefinition pipeline;
    QString alias;       // the pipeline resource that fired
    RunRequest request;  // what fire() queues
};

struct TriggerEvaluation {
    QList<TriggeredRun> runs;
    QStringList notes;  // why each candidate was not triggered, and skipped pipelines
};

class PipelineTrigger {
public:
    static constexpr int kMaxChainLength = 32;
    static constexpr const char *kReason = "resourceTrigger";

    explicit PipelineTrigger(std::shared_ptr<store::Workspace> workspace);

    // The runs the completed run `runId` triggers (nothing queued). A run that has not
    // completed triggers nothing (Conflict).
    Result<TriggerEvaluation> evaluate(qint64 runId) const;

    // evaluate(), then queues each run with RunSession::queue(agentProgram).
    Result<QStringList> fire(qint64 runId, const QString &agentProgram) const;

    // The names of the pipelines with a run in the trigger chain that ended with `run`,
    // `run`'s own first; `tooLong` is set when the walk stopped at kMaxChainLength.
    QStringList triggerChain(const runs::Run &run, bool *tooLong = nullptr) const;

private:
    std::shared_ptr<store::Workspace> m_workspace;
};

}  // namespace mlops::agent
