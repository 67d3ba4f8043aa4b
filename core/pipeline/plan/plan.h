#pragma once
// Plan: the immutable result of compiling a pipeline (after template expansion and
// desugaring): stages → jobs → steps, with variables per scope and the runtime
// parameters. The agent runs it; the editor draws it; `mlops pipeline expand -o json`
// prints it (PlanJson). Plain data: copy freely, share between threads.
//
// Conventions:
//  - Names are identifiers (stage/job/step `name`); implicit ones are generated as
//    Azure does (the implicit stage of a `jobs:`/`steps:` pipeline is "__default", a
//    lone unnamed job "Job", unnamed steps have an empty name).
//  - dependsOn is explicit after compilation: stages without `dependsOn` depend on the
//    previous stage; jobs without it depend on nothing.
//  - Conditions are the runtime expression text; empty means the default succeeded().
//  - Every element keeps the source position of the YAML that produced it.

#include "core/pipeline/yaml/sourcepos.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mlops::pipeline {

struct PlanVariable {
    QString name;
    QString value;            // `$( )` macros are left in; resolved by the agent
    bool readOnly = false;
    bool isRuntimeExpression = false;  // the value is a whole `$[ … ]` expression (without the brackets)
    SourcePos pos;
};

// One `- group: NAME` reference, in declaration order among the variables of its scope.
struct PlanVariableGroupRef {
    QString name;
    SourcePos pos;
};

struct PlanVariables {
    QList<PlanVariable> variables;
    QList<PlanVariableGroupRef> groups;
};

struct PlanStep {
    QString name;         // identifier, may be empty
    QString displayName;
    QString task;         // "CmdLine@2", "Bash@3", "PowerShell@2", "PublishPipelineArtifact@1", "Checkout@1", …
    QList<QPair<QString, QString>> inputs;  // in YAML order; shortcuts become their task's inputs
    QList<QPair<QString, QString>> env;
    QString condition;
    bool continueOnError = false;
    bool enabled = true;
    int timeoutInMinutes = 0;       // 0 = none
    int retryCountOnTaskFailure = 0;
    QString target;                 // "host" or a container alias; empty = job default
    // Deployment jobs: the lifecycle hook the step belongs to, as Azure names the hook
    // types: "preDeploy", "deploy", "routeTraffic", "postRouteTraffic", "onFailure" (`on:
    // failure:`) or "onSuccess" (`on: success:`). Empty in regular jobs.
    QString hook;
    SourcePos pos;
};

struct PlanStrategy {
    // matrix: leg name → variables of that leg; empty when none. A matrix given as a
    // runtime expression keeps its text in matrixExpression instead.
    QList<QPair<QString, QList<PlanVariable>>> matrix;
    QString matrixExpression;
    int parallel = 0;     // `parallel: N`; 0 = none
    int maxParallel = 0;  // 0 = unlimited
    QString deploymentStrategy;  // deployment jobs: "runOnce", "rolling", "canary"
    QList<int> canaryIncrements;   // canary `increments` (percent, 1..100) in order; the final 100 % is implicit
    QString deploymentMaxParallel; // rolling `maxParallel` as written: a number or a percentage ("25%"); empty = none
};

struct PlanJob {
    QString name;
    QString displayName;
    QStringList dependsOn;
    QString condition;
    bool continueOnError = false;
    int timeoutInMinutes = 0;         // 0 = the default (60)
    int cancelTimeoutInMinutes = 0;   // 0 = the default (5)
    PlanVariables variables;
    PlanStrategy strategy;
    QJsonValue pool;                  // as written (string or mapping); null = inherited
    bool isDeployment = false;
    QString environment;              // deployment jobs: the environment's name
    QString environmentResource;      // deployment jobs: `resourceName` (or `name.resource`); empty = none
    bool isServerJob = false;         // pool: server
    QJsonValue container;             // `container:` as written (alias, image or mapping); null = none
    QString workspaceClean;           // `workspace: { clean: outputs|resources|all }`; empty = none
    // Deployment jobs: the steps of their lifecycle hooks (PlanStep::hook) in hook order
    // (preDeploy, deploy, routeTraffic, postRouteTraffic, onFailure, onSuccess).
    QList<PlanStep> steps;
    SourcePos pos;
};

struct PlanStage {
    QString name;
    QString displayName;
    QStringList dependsOn;
    QString condition;
    PlanVariables variables;
    QJsonValue pool;                  // as written; null = inherited from the pipeline
    QList<PlanJob> jobs;
    SourcePos pos;
};

struct RuntimeParameter {
    QString name;
    QString displayName;
    QString type;            // string, number, boolean, object, step, stepList, job, …
    QJsonValue defaultValue; // undefined when the parameter has no default (then it is required)
    QList<QJsonValue> allowedValues;  // `values:`; empty = any
    SourcePos pos;
};

struct PlanRepository {
    QString alias;   // `repository:`
    QString type;    // git, github, …
    QString name;
    QString ref;
    SourcePos pos;
};

struct PlanPipelineResource {
    QString alias;     // `pipeline:`
    QString source;    // the triggering pipeline's name
    bool triggers = false;  // has `trigger:` (true / branches …)
    SourcePos pos;
};

struct Plan {
    QString nameFormat;  // `name:` (run number format), empty = the default
    QList<RuntimeParameter> parameters;
    PlanVariables variables;  // pipeline scope
    QJsonValue pool;          // root `pool:` as written; null = none
    QList<PlanStage> stages;
    QList<PlanRepository> repositories;
    QList<PlanPipelineResource> pipelineResources;
    QString entryFile;

    // Precondition-free lookups; nullptr when absent.
    const PlanStage *stage(const QString &name) const;
    const PlanJob *job(const QString &stageName, const QString &jobName) const;
};

}  // namespace mlops::pipeline
