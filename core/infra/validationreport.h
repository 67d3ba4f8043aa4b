#pragma once
// ValidationReport: what TemplateValidator found — the problems (Diagnostics with
// file:line:column), the parameters as bound, the resources the deployment would create in
// deployment order, the resources a false condition leaves out, and the outputs.
// Deployment-time values (reference(), a Key Vault parameter) appear as "[expression]".
// Secure parameters are never shown: their value is replaced by "***" in toJson().
//
// Plain data; toJson() is the `mlops infra validate -o json` document.

#include "armvalue.h"
#include "deploymentcontext.h"

#include "core/common/diagnostic.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlops::infra {

struct PlannedResource {
    int order = 0;  // 1-based position in the deployment order (0 for skipped resources)
    int wave = 0;   // 1 = depends on nothing; resources of one wave can deploy in parallel
    QString type;
    QString name;
    QString apiVersion;
    QString location;  // empty when the resource has none; "[expression]" when known only during the deployment
    QString id;        // the full resource id
    QStringList dependsOn;          // ids of the template's resources this one waits for, explicit ones first
    QStringList implicitDependsOn;  // the subset that comes from reference()/list*() only
    QString copyLoop;   // the copy loop that made it, if any
    int copyIndex = -1;
    QString jsonPath;   // "resources[3]"
    int line = 0;       // where it is declared in the template
    ArmValue definition;  // the evaluated resource (properties, sku, tags, …)
};

struct BoundParameter {
    QString name;
    QString type;    // normalised ("securestring")
    QString source;  // "command line", "parameters file" or "default"
    ArmValue value;
    bool secure = false;
};

struct PlannedOutput {
    QString name;
    QString type;
    ArmValue value;
};

struct ValidationReport {
    QString templateFile;
    QStringList parameterFiles;
    DeploymentContext deployment;
    Diagnostics diagnostics;
    QList<BoundParameter> parameters;
    QList<PlannedResource> resources;  // in deployment order
    QList<PlannedResource> skipped;    // their condition is false
    QList<PlannedOutput> outputs;

    bool valid() const { return !hasErrors(diagnostics); }
    int errorCount() const;
    int warningCount() const;
    // The name of the resource with this id (for "depends on" columns); the id when unknown.
    QString nameOf(const QString &id) const;

    QJsonObject toJson() const;
};

}  // namespace mlops::infra
