#include "plan.h"

namespace mlops::pipeline {

const PlanStage *Plan::stage(const QString &name) const
{
    for (const PlanStage &s : stages) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const PlanJob *Plan::job(const QString &stageName, const QString &jobName) const
{
    const PlanStage *s = stage(stageName);
    if (!s)
        return nullptr;
    for (const PlanJob &j : s->jobs) {
        if (j.name.compare(jobName, Qt::CaseInsensitive) == 0)
            return &j;
    }
    return nullptr;
}

}  // namespace mlops::pipeline
