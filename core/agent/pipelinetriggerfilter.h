#pragma once
// PipelineTriggerFilter: the `trigger:` of one `resources.pipelines` entry (Azure's
// pipelineResourceTrigger: `none`, `true`, or a mapping with `enabled`, `branches`,
// `stages` and `tags`) and the test whether a completed run of the source pipeline
// fires it. Plain data plus pure functions: no I/O, any thread.
//
// Reading (parse): an absent trigger, `none` and `false` never fire (Azure: a pipeline
// resource without `trigger:` does not trigger); `true` fires for every branch; a
// mapping fires unless `enabled: false`. `branches` is a mapping of `include`/`exclude`
// lists or a plain list of includes. A node of any other shape never fires and
// `problem` says why (the agent logs it).
//
// Matching (mismatch), evaluated once the triggering run has completed (Azure fires a
// stage filter as soon as the stages finish; the local agent looks when the run ends):
//  - without `stages`: the run must have succeeded (or succeeded with issues);
//    with `stages`: every listed stage of the run must have succeeded (or succeeded
//    with issues), whatever the rest of the run did;
//  - branches: the run's Build.SourceBranch must match one include (no include = all)
//    and no exclude. A filter or branch without "refs/" means "refs/heads/<name>"; `*`
//    matches any run of characters, '/' included; names compare case-insensitively.
//    A run without a branch (its repository is a plain folder, not git) passes the
//    branch filters: there is nothing to compare;
//  - tags: the run must carry every listed tag (`##vso[build.addbuildtag]`).

#include "core/pipeline/yaml/yamlnode.h"
#include "core/runs/runtypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops::agent {

// What a trigger looks at in the completed run of its source pipeline.
struct TriggeringRun {
    std::optional<runs::RunResult> result;
    QString sourceBranch;                         // "refs/heads/main"; empty = unknown
    QStringList tags;
    QMap<QString, runs::RunResult> stageResults;  // stage name → result (completed stages)
};

struct PipelineTriggerFilter {
    bool enabled = false;
    QStringList includeBranches;
    QStringList excludeBranches;
    QStringList stages;
    QStringList tags;
    QString problem;  // why the trigger node could not be read; empty when it could

    // `trigger` is the node of the resource's `trigger:` key; nullopt when it has none.
    static PipelineTriggerFilter parse(const std::optional<pipeline::YamlNode> &trigger);

    // Empty when `run` fires this trigger, else the reason it does not (one sentence).
    QString mismatch(const TriggeringRun &run) const;

    // One branch filter against one branch (the rules above).
    static bool branchMatches(const QString &filter, const QString &branch);
};

}  // namespace mlops::agent
