#include "core/agent/taskinputcheck.h"

#include "core/agent/builtintask.h"
#include "core/pipeline/tasks/taskcatalog.h"

#include <optional>

namespace mlops::agent {

namespace {

// Inputs the local agent fills itself, per task.
bool filledLocally(const pipeline::TaskFact &task, const pipeline::TaskInputFact &input)
{
    return task.name.compare(QLatin1String("DownloadPipelineArtifact"), Qt::CaseInsensitive) == 0
           && input.name.compare(QLatin1String("project"), Qt::CaseInsensitive) == 0;
}

// The step's value of `input` (by its name or an alias); nullopt when the step does not set it.
std::optional<QString> givenValue(const pipeline::TaskInputFact &input, const TaskInputCheck::Inputs &inputs)
{
    for (const auto &pair : inputs) {
        if (pair.first.compare(input.name, Qt::CaseInsensitive) == 0)
            return pair.second;
        for (const QString &alias : input.aliases) {
            if (pair.first.compare(alias, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
    }
    return std::nullopt;
}

QString valueOf(const pipeline::TaskFact &task, const QString &name, const TaskInputCheck::Inputs &inputs)
{
    const pipeline::TaskInputFact *input = task.input(name);
    if (!input) {  // not an input of the manifest: whatever the step gave
        for (const auto &pair : inputs) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    return givenValue(*input, inputs).value_or(input->defaultValue);
}

// One clause "name OP value"; nullopt when it cannot be read.
std::optional<bool> clauseHolds(QStringView clause, const std::function<QString(const QString &)> &valueOf)
{
    static const QStringList operators{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                                       QStringLiteral(">="), QStringLiteral("="),  QStringLiteral("<"),
                                       QStringLiteral(">")};
    for (const QString &op : operators) {
        const qsizetype at = clause.indexOf(op);
        if (at <= 0)
            continue;
        const QString name = clause.left(at).trimmed().toString();
        const QString expected = clause.mid(at + op.size()).trimmed().toString();
        if (name.isEmpty() || name.contains(QLatin1Char(' ')))
            return std::nullopt;
        const QString actual = valueOf(name).trimmed();
        bool numericA = false, numericB = false;
        const double a = actual.toDouble(&numericA);
        const double b = expected.toDouble(&numericB);
        const int order = numericA && numericB ? (a < b ? -1 : a > b ? 1 : 0)
                                               : actual.compare(expected, Qt::CaseInsensitive);
        if (op == QLatin1String("=") || op == QLatin1String("=="))
            return order == 0;
        if (op == QLatin1String("!="))
            return order != 0;
        if (op == QLatin1String("<="))
            return order <= 0;
        if (op == QLatin1String(">="))
            return order >= 0;
        if (op == QLatin1String("<"))
            return order < 0;
        return order > 0;
    }
    return std::nullopt;
}

QString jobName(const pipeline::PlanJob &job)
{
    return job.displayName.isEmpty() ? job.name : job.displayName;
}

QString stepName(const pipeline::PlanStep &step, int index)
{
    if (!step.displayName.isEmpty())
        return step.displayName;
    if (!step.name.isEmpty())
        return step.name;
    return QStringLiteral("#%1").arg(index + 1);
}

}  // namespace

bool TaskInputCheck::ruleHolds(const QString &rule, const std::function<QString(const QString &)> &valueOf)
{
    if (rule.trimmed().isEmpty())
        return true;
    const QStringList alternatives = rule.split(QStringLiteral("||"));
    for (const QString &alternative : alternatives) {
        bool all = true;
        const QStringList clauses = alternative.split(QStringLiteral("&&"));
        for (const QString &clause : clauses) {
            const std::optional<bool> holds = clauseHolds(clause, valueOf);
            if (!holds || !*holds) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

QStringList TaskInputCheck::missingInputs(const QString &task, const Inputs &inputs)
{
    Result<const pipeline::TaskCatalog *> catalog = pipeline::TaskCatalog::builtIn();
    if (!catalog.ok())
        return {};
    const pipeline::TaskFact *fact = (*catalog)->find(task.trimmed());
    if (!fact)
        return {};
    const auto value = [&](const QString &name) { return valueOf(*fact, name, inputs); };
    QStringList missing;
    for (const pipeline::TaskInputFact &input : fact->inputs) {
        if (!input.required || filledLocally(*fact, input) || !ruleHolds(input.visibleRule, value))
            continue;
        if (givenValue(input, inputs).value_or(input.defaultValue).trimmed().isEmpty())
            missing.append(input.name);
    }
    return missing;
}

Diagnostics TaskInputCheck::check(const pipeline::Plan &plan)
{
    Diagnostics diagnostics;
    for (const pipeline::PlanStage &stage : plan.stages) {
        for (const pipeline::PlanJob &job : stage.jobs) {
            for (qsizetype i = 0; i < job.steps.size(); ++i) {
                const pipeline::PlanStep &step = job.steps.at(i);
                const QString task = BuiltinTask::canonicalName(step.task);
                if (task.isEmpty())
                    continue;  // an unknown task fails its step, naming the tasks the agent runs
                const QStringList missing = missingInputs(task, step.inputs);
                for (const QString &input : missing) {
                    diagnostics.append(pipeline::diagnosticAt(
                        step.pos, QStringLiteral("Step '%1' of job '%2' (task %3) is missing the required input '%4'.")
                                      .arg(stepName(step, int(i)), jobName(job), task, input)));
                }
            }
        }
    }
    return diagnostics;
}

}  // namespace mlops::agent
