#pragma once
// TaskInputCheck: the required inputs of the tasks the local agent runs, as their
// task.json manifests declare them (pipeline::TaskCatalog, the bundled catalog).
//
// An input is missing when it is `required`, applies to the step (its visibleRule holds
// for the step's inputs, defaults filled in; an input without a rule always applies) and
// its value — the step's (by name or alias), else the manifest's default — is empty or
// blank. This is the check Azure's task library makes when a task starts ("Input
// required: X"); the local agent makes it before a run starts too (check(), so a run that
// cannot work is not queued, with the file:line:column of the step), and again on the
// macro-expanded inputs when the step starts (missingInputs()), since `$(var)` can expand
// to nothing.
//
// Rules: clauses `input OP value` joined by `&&` or `||` (`||` binds weaker), OP one of
// = == != < > <= >= (compared as text, case-insensitively; as numbers when both are).
// A rule this check cannot read counts as not holding, so it never claims an input is
// missing without being sure.
// Locally filled: DownloadPipelineArtifact's `project` (the workspace is the one project).
// Tasks the catalog does not know (Checkout@1) are not checked. Thread-safe, pure.

#include "core/common/diagnostic.h"
#include "core/pipeline/plan/plan.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace mlops::agent {

class TaskInputCheck {
public:
    using Inputs = QList<QPair<QString, QString>>;

    // The manifest names of the required inputs of `task` ("Name@Major", any case) that
    // `inputs` leave empty, in manifest order; empty when none or the task is unknown.
    static QStringList missingInputs(const QString &task, const Inputs &inputs);

    // One error per step of `plan` (a task the local agent runs) that misses a required
    // input: "Step 'S' of job 'J' (task CopyFiles@2) is missing the required input
    // 'TargetFolder'", at the step's position.
    static Diagnostics check(const pipeline::Plan &plan);

    // Whether `rule` holds when input values are given by `valueOf` (a name → its value).
    static bool ruleHolds(const QString &rule, const std::function<QString(const QString &)> &valueOf);
};

}  // namespace mlops::agent
