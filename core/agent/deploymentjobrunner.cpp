#include "core/agent/deploymentjobrunner.h"

#include "core/runs/artifactstore.h"

#include <algorithm>

namespace mlops::agent {

using runs::RunResult;

namespace {

const QString kRunOnce = QStringLiteral("runOnce");
const QString kCanary = QStringLiteral("canary");
const QString kRolling = QStringLiteral("rolling");

// "preDeploy" → "PreDeploy": the hook type as the service spells it in instance names.
QString typeName(const QString &hook)
{
    return hook.left(1).toUpper() + hook.mid(1);
}

// The service's merge of lifecycle results: canceled ends, failed beats issues.
RunResult merge(RunResult current, RunResult next)
{
    if (current == RunResult::Canceled || next == RunResult::Canceled)
        return RunResult::Canceled;
    if (current == RunResult::Failed || next == RunResult::Failed || next == RunResult::Abandoned)
        return RunResult::Failed;
    if (current == RunResult::SucceededWithIssues || next == RunResult::SucceededWithIssues)
        return RunResult::SucceededWithIssues;
    return RunResult::Succeeded;
}

bool isDownload(const pipeline::PlanStep &step)
{
    return step.task.section(QLatin1Char('@'), 0, 0).compare(QLatin1String("DownloadPipelineArtifact"), Qt::CaseInsensitive) == 0;
}

}  // namespace

struct DeploymentJobRunner::HookInstance {
    QString hook;  // PlanStep::hook
    QString name;  // instance name: output prefix and timeline group
    QList<QPair<QString, QString>> variables;
};

DeploymentJobRunner::DeploymentJobRunner(JobRunRequest request) : m_request(std::move(request))
{
    const pipeline::PlanJob &job = *m_request.job;
    m_target = !job.environmentResource.isEmpty()
                   ? job.environmentResource
                   : m_request.variables.value(QStringLiteral("Agent.Name")).value_or(QStringLiteral("local"));
}

QList<pipeline::PlanStep> DeploymentJobRunner::stepsOf(const QString &hook) const
{
    QList<pipeline::PlanStep> steps;
    for (const pipeline::PlanStep &step : m_request.job->steps) {
        if (step.hook == hook)
            steps.append(step);
    }
    return steps;
}

QList<pipeline::PlanStep> DeploymentJobRunner::implicitDownloads() const
{
    const QList<pipeline::PlanStep> deploySteps = stepsOf(QStringLiteral("deploy"));
    if (!m_request.artifactStore || std::any_of(deploySteps.cbegin(), deploySteps.cend(), isDownload))
        return {};
    // A failing listing (the store unreadable) means nothing to inject; the steps that
    // need the files then fail with their own message.
    const Result<QList<runs::Artifact>> artifacts = m_request.artifactStore->artifacts(m_request.runId);
    QList<pipeline::PlanStep> steps;
    for (const runs::Artifact &artifact : artifacts.ok() ? *artifacts : QList<runs::Artifact>()) {
        pipeline::PlanStep step;
        step.task = QStringLiteral("DownloadPipelineArtifact@2");
        step.displayName = QStringLiteral("Download artifact '%1'").arg(artifact.name);
        step.inputs = {{QStringLiteral("source"), QStringLiteral("current")}, {QStringLiteral("artifact"), artifact.name}};
        step.hook = QStringLiteral("deploy");
        steps.append(step);
    }
    return steps;
}

QString DeploymentJobRunner::instanceName(const QString &hook) const
{
    const pipeline::PlanJob &job = *m_request.job;
    const QString &strategy = job.strategy.deploymentStrategy;
    if (strategy == kCanary)  // outside the iterations
        return typeName(hook);
    if (!job.environmentResource.isEmpty())  // runOnce on a named resource
        return typeName(hook) + QLatin1Char('_') + job.environmentResource;
    // A runOnce deployment whose only hook is deploy names its instance after the job.
    const bool onlyDeploy = std::all_of(job.steps.cbegin(), job.steps.cend(), [](const pipeline::PlanStep &step) {
        return step.hook == QLatin1String("deploy");
    });
    return onlyDeploy && hook == QLatin1String("deploy") ? job.name : typeName(hook);
}

std::vector<std::vector<DeploymentJobRunner::HookInstance>> DeploymentJobRunner::iterationCycles() const
{
    const pipeline::PlanJob &job = *m_request.job;
    const QString &strategy = job.strategy.deploymentStrategy;
    auto has = [this](const QString &hook) { return !stepsOf(hook).isEmpty(); };
    const QString cycleKey = QStringLiteral("Strategy.CycleName");
    std::vector<std::vector<HookInstance>> cycles;

    if (strategy == kRolling) {  // one target: every hook in one cycle named after it
        std::vector<HookInstance> cycle;
        for (const QString &hook : {QStringLiteral("preDeploy"), QStringLiteral("deploy"), QStringLiteral("routeTraffic"),
                                    QStringLiteral("postRouteTraffic")}) {
            if (has(hook))
                cycle.push_back({hook, typeName(hook) + QLatin1Char('_') + m_target, {{cycleKey, m_target}}});
        }
        cycles.push_back(cycle);
        return cycles;
    }
    if (has(QStringLiteral("preDeploy")))
        cycles.push_back({{QStringLiteral("preDeploy"), instanceName(QStringLiteral("preDeploy")),
                           {{cycleKey, QStringLiteral("PreIteration")}}}});
    const QStringList iterationHooks{QStringLiteral("deploy"), QStringLiteral("routeTraffic"), QStringLiteral("postRouteTraffic")};
    if (strategy == kCanary) {
        const QList<int> &increments = job.strategy.canaryIncrements;
        for (int k = 1; k <= increments.size() + 1; ++k) {
            const bool last = k > increments.size();
            const QString increment = QString::number(last ? 100 : increments.at(k - 1));
            std::vector<HookInstance> cycle;
            for (const QString &hook : iterationHooks) {
                if (!has(hook))
                    continue;
                cycle.push_back({hook, typeName(hook) + QLatin1Char('_') + increment,
                                 {{cycleKey, QStringLiteral("Iteration%1").arg(k)},
                                  {QStringLiteral("Strategy.Increment"), increment},
                                  {QStringLiteral("Strategy.Action"), last ? QStringLiteral("promote") : QStringLiteral("deploy")}}});
            }
            if (!cycle.empty())
                cycles.push_back(cycle);
        }
        return cycles;
    }
    std::vector<HookInstance> cycle;
    for (const QString &hook : iterationHooks) {
        if (has(hook))
            cycle.push_back({hook, instanceName(hook), {{cycleKey, QStringLiteral("Iteration")}}});
    }
    if (!cycle.empty())
        cycles.push_back(cycle);
    return cycles;
}

std::optional<DeploymentJobRunner::HookInstance> DeploymentJobRunner::postIterationHook(bool failed) const
{
    const QString hook = failed ? QStringLiteral("onFailure") : QStringLiteral("onSuccess");
    if (stepsOf(hook).isEmpty())
        return std::nullopt;
    const QString &strategy = m_request.job->strategy.deploymentStrategy;
    if (strategy == kRolling)
        return HookInstance{hook, typeName(hook) + QLatin1Char('_') + m_target, {{QStringLiteral("Strategy.CycleName"), m_target}}};
    HookInstance instance{hook, instanceName(hook), {{QStringLiteral("Strategy.CycleName"), QStringLiteral("PostIteration")}}};
    if (strategy == kCanary && failed)
        instance.variables.append({QStringLiteral("Strategy.Action"), QStringLiteral("reject")});
    return instance;
}

void DeploymentJobRunner::addOutputs(const QString &prefix, const QMap<QString, QString> &outputs)
{
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        const QString key = prefix + QLatin1Char('.') + it.key();
        // Names compare case-insensitively: one spelling per key, the latest value.
        for (auto existing = m_result.outputs.begin(); existing != m_result.outputs.end();) {
            if (existing.key().compare(key, Qt::CaseInsensitive) == 0)
                existing = m_result.outputs.erase(existing);
            else
                ++existing;
        }
        m_result.outputs.insert(key, it.value());
    }
}

RunResult DeploymentJobRunner::runHook(const HookInstance &instance, bool skip)
{
    pipeline::PlanJob hookJob = *m_request.job;  // the hook runs as a job of its own
    hookJob.steps = stepsOf(instance.hook);
    if (instance.hook == QLatin1String("deploy") && !skip)
        hookJob.steps = implicitDownloads() + hookJob.steps;
    for (pipeline::PlanStep &step : hookJob.steps)
        step.enabled = step.enabled && !skip;  // a skipped hook: its steps are recorded Skipped

    JobRunRequest request = m_request;
    request.job = &hookJob;
    const pipeline::PlanJob &job = *m_request.job;
    request.variables.set(QStringLiteral("Environment.Name"), job.environment, false, true);
    if (!job.environmentResource.isEmpty() || job.strategy.deploymentStrategy == kRolling)
        request.variables.set(QStringLiteral("Environment.ResourceName"),
                              job.strategy.deploymentStrategy == kRolling ? m_target : job.environmentResource, false, true);
    request.variables.set(QStringLiteral("Strategy.Name"),
                          job.strategy.deploymentStrategy.isEmpty() ? kRunOnce : job.strategy.deploymentStrategy, false, true);
    for (const auto &[name, value] : instance.variables)
        request.variables.set(name, value, false, true);
    request.stepRecordPrefix = instance.name;
    request.stepOrderBase = m_order;
    m_order += int(hookJob.steps.size());

    JobRunner runner(std::move(request));
    const JobRunResult result = runner.run();
    m_result.errorCount += result.errorCount;
    m_result.warningCount += result.warningCount;
    if (skip)
        return RunResult::Skipped;
    addOutputs(instance.name, result.outputs);
    if (instance.name.compare(instance.hook, Qt::CaseInsensitive) != 0)
        addOutputs(instance.hook, result.outputs);
    const bool runOnce = job.strategy.deploymentStrategy.isEmpty() || job.strategy.deploymentStrategy == kRunOnce;
    if (runOnce && instance.hook == QLatin1String("deploy") && instance.name != job.name)
        addOutputs(job.name, result.outputs);
    return result.result;
}

JobRunResult DeploymentJobRunner::run()
{
    RunResult current = RunResult::Succeeded;
    for (const std::vector<HookInstance> &cycle : iterationCycles()) {
        bool cycleFailed = false;
        for (const HookInstance &instance : cycle) {
            const RunResult result = runHook(instance, cycleFailed);
            if (cycleFailed)
                continue;
            current = merge(current, result);
            if (current == RunResult::Canceled) {
                m_result.result = current;
                return m_result;
            }
            cycleFailed = current == RunResult::Failed;
        }
        if (current == RunResult::Failed)
            break;
    }
    if (std::optional<HookInstance> post = postIterationHook(current == RunResult::Failed))
        current = merge(current, runHook(*post, false));
    m_result.result = current;
    return m_result;
}

}  // namespace mlops::agent
