#pragma once
// DeploymentJobReader: the deployment-only keys of a `- deployment:` item → PlanJob
// (LANGUAGE.md §3.3): `environment` (a name, `name.resource`, or a mapping with `name`
// and `resourceName`) and `strategy` (`runOnce`, `rolling` or `canary`) with its lifecycle
// hooks. Every hook's steps are read through `readSteps` (so step names are unique per
// hook, as each hook runs as its own job) and appended to PlanJob::steps in hook order —
// preDeploy, deploy, routeTraffic, postRouteTraffic, on.failure, on.success — with
// PlanStep::hook naming the hook. Checked here: canary `increments` are whole percentages
// 1..100, rolling `maxParallel` is a number or a percentage (a macro or runtime expression
// is left to the agent). A hook's `pool` is accepted and ignored: the local agent is the
// only agent.
//
// Problems are error diagnostics at the offending node. Used by PlanBuilder only; pure.

#include "core/common/diagnostic.h"
#include "core/pipeline/plan/plan.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <functional>

namespace mlops::pipeline {

class DeploymentJobReader {
public:
    using StepReader = std::function<QList<PlanStep>(const YamlNode &steps)>;

    // Reads `environment` and `strategy` of `item` into `job`.
    static void read(const YamlNode &item, PlanJob &job, const StepReader &readSteps, Diagnostics &diagnostics);

    // The hook names of PlanStep::hook in the order Azure runs them.
    static const QStringList &hookOrder();
};

}  // namespace mlops::pipeline
