#pragma once
// The state the Orchestrator keeps while it runs a Plan — one slot per stage and per job
// instance (matrix leg / parallel slice) — and the pure helpers it evaluates conditions
// and dependencies with. Internal to core/agent (used by orchestrator.cpp only).
// Threads: the slots are owned and read by the orchestrating thread; a job's thread
// writes only its own slot's result fields, under the orchestrator's mutex.

#include "core/agent/variablemap.h"
#include "core/common/result.h"
#include "core/pipeline/expression/expressioncontext.h"
#include "core/pipeline/expression/expressionvalue.h"
#include "core/pipeline/plan/plan.h"
#include "core/runs/runtypes.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <thread>
#include <vector>

namespace mlops::agent::orchestration {

using runs::RunResult;

enum class Phase { Waiting, Running, Done };

struct JobSlot {
    const pipeline::PlanJob *job = nullptr;
    runs::TimelineRecord record;
    Phase phase = Phase::Waiting;
    RunResult result = RunResult::Succeeded;
    QMap<QString, QString> outputs;
    std::thread thread;
    bool finished = false;  // set by the job's thread (under the mutex)
    // strategy: the leg of a matrix (its name and variables) or of `parallel: N`.
    QString leg;
    QList<pipeline::PlanVariable> legVariables;
    int position = 1;
    int total = 1;
};

struct StageSlot {
    const pipeline::PlanStage *stage = nullptr;
    runs::TimelineRecord record;
    Phase phase = Phase::Waiting;
    RunResult result = RunResult::Succeeded;
    VariableMap variables;
    std::vector<std::unique_ptr<JobSlot>> jobs;
};

// One job as its dependents see it: the legs of a matrix/parallel job together (result
// aggregated, outputs prefixed with the leg name).
struct JobView {
    QString name;
    RunResult result = RunResult::Succeeded;
    QMap<QString, QString> outputs;
};

// Azure's aggregation: failed > canceled > all skipped > succeededWithIssues > succeeded.
RunResult aggregate(const QList<RunResult> &results);
pipeline::ExpressionValue stringObject(const QMap<QString, QString> &values);
pipeline::ExpressionValue variablesValue(const VariableMap &variables);
// The jobs of `slots` whose every leg is done, in order.
QList<JobView> doneJobs(const std::vector<std::unique_ptr<JobSlot>> &slots);
// { result, outputs } as `dependencies.<job>` shows it.
pipeline::ExpressionValue jobValue(const JobView &view);
// Status functions over named dependencies (`names`, or `defaults` when none are given);
// an unknown or unfinished name is an error.
Result<bool> statusOf(pipeline::StatusFunction function, const QStringList &names, const QStringList &defaults,
                      const QMap<QString, RunResult> &results, bool canceled);
// `git -C dir ARGS` output (trimmed); empty when dir is no git work tree or git fails.
QString gitOutput(const QString &directory, const QStringList &arguments);
// "manual" → "Manual" (Build.Reason).
QString reasonName(const QString &reason);

}  // namespace mlops::agent::orchestration
