#pragma once
// ResourcePlanner: the "resources" section of a template turned into the resources the
// deployment would create, in deployment order.
//
// For each resource (nested "resources" flattened: a child's type and name are prefixed
// with its parent's when written as one segment) and each iteration of its copy loop, it
//  - checks the declaration: known properties only, "type" as Namespace/type[/child…],
//    "apiVersion" as yyyy-mm-dd[-suffix], "name" with one segment per child type level,
//    Azure's naming rules (ResourceNameRules), no resource declared twice;
//  - evaluates condition, type, apiVersion, name, location, dependsOn and the rest of the
//    body through the TemplateScope (copyIndex() bound to the iteration);
//  - resolves dependsOn: a copy loop's name (every iteration), a resource id, a resource
//    name, or "Namespace/type/name"; anything else is an error at that entry, a name that
//    matches resources of two types is an error too. reference()/list*() naming a resource
//    of the template add an implicit dependency. Dependencies on resources whose condition
//    is false are dropped, as Azure drops them; a serial copy loop makes each batch wait
//    for the previous one;
//  - orders them with DeploymentGraph; a dependency cycle is an error that lists it.
// Problems go to the scope's diagnostics sink (see TemplateScope).
//
// Single-threaded; the scope and the JSON must outlive the call.

#include "jsonreader.h"
#include "templatescope.h"
#include "validationreport.h"

#include <QList>

namespace mlops::infra {

class ResourcePlanner {
public:
    ResourcePlanner(const JsonSource &source, TemplateScope &scope, Diagnostics &sink)
        : m_source(source), m_scope(scope), m_sink(sink)
    {
    }

    // Fills report.resources and report.skipped from `resources` (the template's array).
    void plan(const JsonNode &resources, ValidationReport &report);

private:
    struct Dependency {
        QString target;              // as evaluated
        const JsonNode *node = nullptr;  // the dependsOn entry
        QString path;
    };

    struct Instance {
        PlannedResource planned;
        const JsonNode *node = nullptr;
        const JsonNode *nameNode = nullptr;
        QList<Dependency> dependsOn;
        QStringList references;
        QString loopName;       // copy loop
        int loopBatchSize = 0;  // > 0: a serial loop
        bool skipped = false;
        bool broken = false;    // its header could not be evaluated: left out of the plan
    };

    void expand(const JsonNode &resource, const QString &path, const Instance *parent);
    void expandInstance(const JsonNode &resource, const QString &path, const Instance *parent, const QString &loopName,
                        qint64 index, int batchSize);
    bool evaluateHeader(const JsonNode &resource, const QString &path, const Instance *parent, Instance &instance);
    // The instances a dependsOn entry (or a reference() target) names; empty when none.
    QList<int> resolve(const QString &target, QString *ambiguity) const;
    void report(const Diagnostic &diagnostic) { m_sink.append(diagnostic); }

    const JsonSource &m_source;
    TemplateScope &m_scope;
    Diagnostics &m_sink;
    QList<Instance> m_instances;
    QStringList m_loopNames;
};

}  // namespace mlops::infra
