#pragma once
// DeploymentJobRunner: runs one deployment job (`- deployment:`) the way the Azure
// Pipelines service runs its lifecycle hooks (LANGUAGE.md §3.3, §12.2, §16), this machine
// being the deployment's one target.
//
// Lifecycle, in cycles as the service plans them:
//  - PreIteration: preDeploy;
//  - the iteration(s): runOnce — deploy, routeTraffic, postRouteTraffic once; canary — the
//    same hooks once per `increments` entry and a last time at 100 %; rolling — the one
//    local target runs preDeploy … postRouteTraffic in a single cycle;
//  - PostIteration: onFailure when a hook failed, otherwise onSuccess.
// Each hook instance runs as a job of its own (JobRunner): its own job status for step
// conditions (so on.failure's steps run with the default condition), its own timeout, and
// variables set with task.setvariable do not reach the next hook. A failed hook ends its
// cycle — the cycle's later hooks are recorded with their steps Skipped — and the
// deployment goes on with onFailure; a canceled hook ends the deployment (no on.* hook).
// The job's result merges the results of every hook that ran, on.* hooks included.
//
// The deploy hook starts with an implicit download of every pipeline artifact the run has
// published so far (one DownloadPipelineArtifact@2 step per artifact, into
// $(Pipeline.Workspace)/<artifact>) unless the deployment's deploy hook has a download step
// of its own (`- download: none` turns it off). No implicit checkout.
//
// Variables each hook instance gets: Environment.Name, Environment.ResourceName (the
// environment's resource; for rolling the target's name: the resource, or the agent name
// when the environment names none), Strategy.Name, Strategy.CycleName (PreIteration,
// Iteration — canary IterationN — or PostIteration; rolling: the target's name) and, for
// canary iterations, Strategy.Increment and Strategy.Action (deploy, promote; reject in
// onFailure). Environment.Id and Environment.ResourceId are not set: a local run has no
// environment registry to number them.
//
// Output variables (JobRunResult::outputs, read through dependencies.<job>.outputs[…]) are
// keyed by the hook instance's name as the service names it: "<Hook>.<step>.<var>" with
// Hook one of PreDeploy, Deploy, RouteTraffic, PostRouteTraffic, OnFailure, OnSuccess
// (runOnce; a runOnce whose only hook is deploy uses the job's name instead; on a named
// environment resource "<Hook>_<resource>"), canary iterations "<Hook>_<increment>"
// (Deploy_10, …, Deploy_100), rolling "<Hook>_<target>".
// Also addressable: "<hook>.<step>.<var>" (the hook's last instance; names compare
// case-insensitively, so `deploy.` is `Deploy.`) and, for runOnce, "<job>.<step>.<var>"
// for the deploy hook's outputs.
//
// Timeline: every hook instance's steps are step records under the job's record, named
// "<instance>.<step>" and shown as "[<instance>] <step>", in the order they ran.
//
// Threads: as JobRunner — run() blocks (call it on the job's worker thread); the request's
// pointers are not owned and must outlive run().

#include "core/agent/jobrunner.h"

#include <optional>
#include <vector>

namespace mlops::agent {

class DeploymentJobRunner {
public:
    // request.job must be a deployment job (PlanJob::isDeployment).
    explicit DeploymentJobRunner(JobRunRequest request);
    JobRunResult run();

private:
    struct HookInstance;
    std::vector<std::vector<HookInstance>> iterationCycles() const;
    std::optional<HookInstance> postIterationHook(bool failed) const;
    QString instanceName(const QString &hook) const;  // runOnce hooks, canary's pre/post hooks
    runs::RunResult runHook(const HookInstance &instance, bool skip);
    QList<pipeline::PlanStep> stepsOf(const QString &hook) const;
    QList<pipeline::PlanStep> implicitDownloads() const;
    void addOutputs(const QString &prefix, const QMap<QString, QString> &outputs);

    JobRunRequest m_request;
    QString m_target;   // rolling: the one target's name
    int m_order = 0;    // step records written so far
    JobRunResult m_result;
};

}  // namespace mlops::agent
