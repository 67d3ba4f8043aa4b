#pragma once
// TemplateValidator: validates an Azure Resource Manager template offline and says what a
// deployment of it would create — `mlops infra validate`.
//
// It reads the template (malformed JSON: one error at file:line:column), checks its
// structure ($schema — which also gives the deployment scope —, contentVersion, the
// parameters with their types and constraints, variables, resources, outputs; unknown
// template, resource and output properties are errors as they are for Azure, unknown
// parameter-declaration properties warnings), binds the parameters (values from
// parameters files, then `name=value` overrides, else defaultValue), evaluates the
// expressions (ArmEvaluator; deployment-time values such as reference() stay symbolic),
// and plans the resources (ResourcePlanner: dependsOn, cycles, deployment order).
// Not supported offline, each reported where it is met: languageVersion 2.0 (symbolic
// resource names; an error), user-defined functions (a warning on the "functions" section,
// an error at each call). A nested deployment (Microsoft.Resources/deployments) is planned
// as one resource: its inner template is not expanded.
//
// Never fails as a call: every problem, an unreadable file included, is a Diagnostic of
// the report (errors make report.valid() false). Diagnostics are sorted by file and
// position, duplicates (from copy loops) removed.
//
// Thread-safe: no shared state; reads the files given.

#include "deploymentcontext.h"
#include "validationreport.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mlops::infra {

struct ValidationInput {
    QString templateFile;
    QStringList parameterFiles;  // read in order; a later file's value wins
    QList<QPair<QString, QString>> parameterOverrides;  // name, text (read as the declared type); win over files
    DeploymentContext deployment;  // scope is set from the template's $schema
};

class TemplateValidator {
public:
    static ValidationReport validate(const ValidationInput &input);
};

}  // namespace mlops::infra
