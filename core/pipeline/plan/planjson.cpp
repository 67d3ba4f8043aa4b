#include "core/pipeline/plan/planjson.h"

#include <QJsonArray>

namespace mlops::pipeline {

namespace {

void putPos(QJsonObject &object, const SourcePos &pos, const QString &entryFile)
{
    if (!pos.isKnown())
        return;
    if (pos.file != entryFile)
        object.insert(QStringLiteral("file"), pos.file);
    object.insert(QStringLiteral("line"), pos.line);
    object.insert(QStringLiteral("column"), pos.column);
}

void putText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putInt(QJsonObject &object, const QString &key, int value)
{
    if (value != 0)
        object.insert(key, value);
}

QJsonArray pairs(const QList<QPair<QString, QString>> &list)
{
    QJsonArray array;
    for (const auto &[name, value] : list)
        array.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return array;
}

QJsonObject variableJson(const PlanVariable &variable, const QString &entryFile)
{
    QJsonObject object{{QStringLiteral("name"), variable.name}, {QStringLiteral("value"), variable.value}};
    if (variable.readOnly)
        object.insert(QStringLiteral("readonly"), true);
    if (variable.isRuntimeExpression)
        object.insert(QStringLiteral("runtimeExpression"), true);
    putPos(object, variable.pos, entryFile);
    return object;
}

void putVariables(QJsonObject &object, const PlanVariables &variables, const QString &entryFile)
{
    if (!variables.variables.isEmpty()) {
        QJsonArray array;
        for (const PlanVariable &variable : variables.variables)
            array.append(variableJson(variable, entryFile));
        object.insert(QStringLiteral("variables"), array);
    }
    if (!variables.groups.isEmpty()) {
        QJsonArray array;
        for (const PlanVariableGroupRef &group : variables.groups) {
            QJsonObject g{{QStringLiteral("name"), group.name}};
            putPos(g, group.pos, entryFile);
            array.append(g);
        }
        object.insert(QStringLiteral("variableGroups"), array);
    }
}

void putJson(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (!value.isNull() && !value.isUndefined())
        object.insert(key, value);
}

QJsonObject stepJson(const PlanStep &step, const QString &entryFile)
{
    QJsonObject object{{QStringLiteral("task"), step.task}};
    putText(object, QStringLiteral("name"), step.name);
    putText(object, QStringLiteral("displayName"), step.displayName);
    if (!step.inputs.isEmpty())
        object.insert(QStringLiteral("inputs"), pairs(step.inputs));
    if (!step.env.isEmpty())
        object.insert(QStringLiteral("env"), pairs(step.env));
    putText(object, QStringLiteral("condition"), step.condition);
    if (step.continueOnError)
        object.insert(QStringLiteral("continueOnError"), true);
    if (!step.enabled)
        object.insert(QStringLiteral("enabled"), false);
    putInt(object, QStringLiteral("timeoutInMinutes"), step.timeoutInMinutes);
    putInt(object, QStringLiteral("retryCountOnTaskFailure"), step.retryCountOnTaskFailure);
    putText(object, QStringLiteral("target"), step.target);
    putText(object, QStringLiteral("hook"), step.hook);
    putPos(object, step.pos, entryFile);
    return object;
}

QJsonObject strategyJson(const PlanStrategy &strategy, const QString &entryFile)
{
    QJsonObject object;
    if (!strategy.matrix.isEmpty()) {
        QJsonArray legs;
        for (const auto &[leg, variables] : strategy.matrix) {
            QJsonArray vars;
            for (const PlanVariable &variable : variables)
                vars.append(variableJson(variable, entryFile));
            legs.append(QJsonObject{{QStringLiteral("name"), leg}, {QStringLiteral("variables"), vars}});
        }
        object.insert(QStringLiteral("matrix"), legs);
    }
    putText(object, QStringLiteral("matrixExpression"), strategy.matrixExpression);
    putInt(object, QStringLiteral("parallel"), strategy.parallel);
    putInt(object, QStringLiteral("maxParallel"), strategy.maxParallel);
    putText(object, QStringLiteral("deploymentStrategy"), strategy.deploymentStrategy);
    if (!strategy.canaryIncrements.isEmpty()) {
        QJsonArray increments;
        for (int increment : strategy.canaryIncrements)
            increments.append(increment);
        object.insert(QStringLiteral("increments"), increments);
    }
    putText(object, QStringLiteral("deploymentMaxParallel"), strategy.deploymentMaxParallel);
    return object;
}

QJsonObject jobJson(const PlanJob &job, const QString &entryFile)
{
    QJsonObject object{{QStringLiteral("name"), job.name},
                       {QStringLiteral("dependsOn"), QJsonArray::fromStringList(job.dependsOn)}};
    putText(object, QStringLiteral("displayName"), job.displayName);
    putText(object, QStringLiteral("condition"), job.condition);
    if (job.continueOnError)
        object.insert(QStringLiteral("continueOnError"), true);
    putInt(object, QStringLiteral("timeoutInMinutes"), job.timeoutInMinutes);
    putInt(object, QStringLiteral("cancelTimeoutInMinutes"), job.cancelTimeoutInMinutes);
    putVariables(object, job.variables, entryFile);
    const QJsonObject strategy = strategyJson(job.strategy, entryFile);
    if (!strategy.isEmpty())
        object.insert(QStringLiteral("strategy"), strategy);
    putJson(object, QStringLiteral("pool"), job.pool);
    putJson(object, QStringLiteral("container"), job.container);
    putText(object, QStringLiteral("workspaceClean"), job.workspaceClean);
    if (job.isDeployment) {
        object.insert(QStringLiteral("deployment"), true);
        putText(object, QStringLiteral("environment"), job.environment);
        putText(object, QStringLiteral("environmentResource"), job.environmentResource);
    }
    if (job.isServerJob)
        object.insert(QStringLiteral("server"), true);
    QJsonArray steps;
    for (const PlanStep &step : job.steps)
        steps.append(stepJson(step, entryFile));
    object.insert(QStringLiteral("steps"), steps);
    putPos(object, job.pos, entryFile);
    return object;
}

}  // namespace

QJsonObject PlanJson::toJson(const Plan &plan)
{
    const QString &entry = plan.entryFile;
    QJsonObject object;
    putText(object, QStringLiteral("entryFile"), entry);
    putText(object, QStringLiteral("name"), plan.nameFormat);
    if (!plan.parameters.isEmpty()) {
        QJsonArray array;
        for (const RuntimeParameter &parameter : plan.parameters) {
            QJsonObject p{{QStringLiteral("name"), parameter.name}, {QStringLiteral("type"), parameter.type}};
            putText(p, QStringLiteral("displayName"), parameter.displayName);
            if (parameter.defaultValue.isUndefined())
                p.insert(QStringLiteral("required"), true);
            else
                p.insert(QStringLiteral("default"), parameter.defaultValue);
            if (!parameter.allowedValues.isEmpty()) {
                QJsonArray values;
                for (const QJsonValue &value : parameter.allowedValues)
                    values.append(value);
                p.insert(QStringLiteral("values"), values);
            }
            putPos(p, parameter.pos, entry);
            array.append(p);
        }
        object.insert(QStringLiteral("parameters"), array);
    }
    putVariables(object, plan.variables, entry);
    putJson(object, QStringLiteral("pool"), plan.pool);
    if (!plan.repositories.isEmpty()) {
        QJsonArray array;
        for (const PlanRepository &repository : plan.repositories) {
            QJsonObject r{{QStringLiteral("repository"), repository.alias}};
            putText(r, QStringLiteral("type"), repository.type);
            putText(r, QStringLiteral("name"), repository.name);
            putText(r, QStringLiteral("ref"), repository.ref);
            putPos(r, repository.pos, entry);
            array.append(r);
        }
        object.insert(QStringLiteral("repositories"), array);
    }
    if (!plan.pipelineResources.isEmpty()) {
        QJsonArray array;
        for (const PlanPipelineResource &resource : plan.pipelineResources) {
            QJsonObject r{{QStringLiteral("pipeline"), resource.alias}, {QStringLiteral("source"), resource.source},
                          {QStringLiteral("trigger"), resource.triggers}};
            putPos(r, resource.pos, entry);
            array.append(r);
        }
        object.insert(QStringLiteral("pipelines"), array);
    }
    QJsonArray stages;
    for (const PlanStage &stage : plan.stages) {
        QJsonObject s{{QStringLiteral("name"), stage.name},
                      {QStringLiteral("dependsOn"), QJsonArray::fromStringList(stage.dependsOn)}};
        putText(s, QStringLiteral("displayName"), stage.displayName);
        putText(s, QStringLiteral("condition"), stage.condition);
        putVariables(s, stage.variables, entry);
        putJson(s, QStringLiteral("pool"), stage.pool);
        QJsonArray jobs;
        for (const PlanJob &job : stage.jobs)
            jobs.append(jobJson(job, entry));
        s.insert(QStringLiteral("jobs"), jobs);
        putPos(s, stage.pos, entry);
        stages.append(s);
    }
    object.insert(QStringLiteral("stages"), stages);
    return object;
}

}  // namespace mlops::pipeline
