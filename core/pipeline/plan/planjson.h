#pragma once
// PlanJson: a Plan as JSON, for `mlops pipeline expand -o json` and tools. Stable key
// names (camelCase, as in plan.h); empty/default members are left out except the
// structural lists (stages, jobs, steps, dependsOn). Every element has "line" (and
// "file" when it differs from the entry file) so a tool can jump to its source.
// Pure; thread-safe.

#include "core/pipeline/plan/plan.h"

#include <QJsonObject>

namespace mlops::pipeline {

class PlanJson {
public:
    static QJsonObject toJson(const Plan &plan);
};

}  // namespace mlops::pipeline
