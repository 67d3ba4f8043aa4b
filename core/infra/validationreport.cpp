#include "validationreport.h"

#include <QJsonArray>

#include <algorithm>

namespace mlops::infra {

namespace {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QString scopeName(DeploymentContext::Scope scope)
{
    switch (scope) {
    case DeploymentContext::Scope::ResourceGroup:
        return QStringLiteral("resourceGroup");
    case DeploymentContext::Scope::Subscription:
        return QStringLiteral("subscription");
    case DeploymentContext::Scope::ManagementGroup:
        return QStringLiteral("managementGroup");
    case DeploymentContext::Scope::Tenant:
        return QStringLiteral("tenant");
    }
    return {};
}

QJsonObject resourceJson(const PlannedResource &r)
{
    QJsonObject o{
        {QStringLiteral("type"), r.type},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("apiVersion"), r.apiVersion},
        {QStringLiteral("id"), r.id},
        {QStringLiteral("dependsOn"), QJsonArray::fromStringList(r.dependsOn)},
        {QStringLiteral("templatePath"), r.jsonPath},
        {QStringLiteral("line"), r.line},
    };
    if (r.order > 0) {
        o.insert(QStringLiteral("order"), r.order);
        o.insert(QStringLiteral("wave"), r.wave);
    }
    if (!r.location.isEmpty())
        o.insert(QStringLiteral("location"), r.location);
    if (!r.implicitDependsOn.isEmpty())
        o.insert(QStringLiteral("implicitDependsOn"), QJsonArray::fromStringList(r.implicitDependsOn));
    if (!r.copyLoop.isEmpty()) {
        o.insert(QStringLiteral("copyLoop"), r.copyLoop);
        o.insert(QStringLiteral("copyIndex"), r.copyIndex);
    }
    o.insert(QStringLiteral("definition"), r.definition.toJson());
    return o;
}

int countOf(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) { return d.severity == severity; }));
}

}  // namespace

int ValidationReport::errorCount() const { return countOf(diagnostics, Diagnostic::Severity::Error); }

int ValidationReport::warningCount() const { return countOf(diagnostics, Diagnostic::Severity::Warning); }

QString ValidationReport::nameOf(const QString &id) const
{
    for (const PlannedResource &r : resources) {
        if (r.id.compare(id, Qt::CaseInsensitive) == 0)
            return r.name;
    }
    return id;
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray diagnosticArray;
    for (const Diagnostic &d : diagnostics) {
        QJsonObject o{{QStringLiteral("severity"), severityName(d.severity)}, {QStringLiteral("message"), d.message}};
        if (!d.file.isEmpty())
            o.insert(QStringLiteral("file"), d.file);
        if (d.line > 0)
            o.insert(QStringLiteral("line"), d.line);
        if (d.column > 0)
            o.insert(QStringLiteral("column"), d.column);
        diagnosticArray.append(o);
    }
    QJsonArray parameterArray;
    for (const BoundParameter &p : parameters) {
        parameterArray.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("type"), p.type},
            {QStringLiteral("source"), p.source},
            {QStringLiteral("value"), p.secure ? QJsonValue(QStringLiteral("***")) : p.value.toJson()},
        });
    }
    QJsonArray resourceArray;
    for (const PlannedResource &r : resources)
        resourceArray.append(resourceJson(r));
    QJsonArray skippedArray;
    for (const PlannedResource &r : skipped)
        skippedArray.append(resourceJson(r));
    QJsonArray outputArray;
    for (const PlannedOutput &o : outputs)
        outputArray.append(QJsonObject{{QStringLiteral("name"), o.name}, {QStringLiteral("type"), o.type}, {QStringLiteral("value"), o.value.toJson()}});

    QJsonObject target{
        {QStringLiteral("scope"), scopeName(deployment.scope)},
        {QStringLiteral("subscriptionId"), deployment.subscriptionId},
        {QStringLiteral("deploymentName"), deployment.deploymentName},
    };
    if (deployment.scope == DeploymentContext::Scope::ResourceGroup) {
        target.insert(QStringLiteral("resourceGroup"), deployment.resourceGroup);
        target.insert(QStringLiteral("location"), deployment.location);
    }
    return QJsonObject{
        {QStringLiteral("template"), templateFile},
        {QStringLiteral("parameterFiles"), QJsonArray::fromStringList(parameterFiles)},
        {QStringLiteral("valid"), valid()},
        {QStringLiteral("errors"), errorCount()},
        {QStringLiteral("warnings"), warningCount()},
        {QStringLiteral("deployment"), target},
        {QStringLiteral("diagnostics"), diagnosticArray},
        {QStringLiteral("parameters"), parameterArray},
        {QStringLiteral("resources"), resourceArray},
        {QStringLiteral("skippedResources"), skippedArray},
        {QStringLiteral("outputs"), outputArray},
    };
}

}  // namespace mlops::infra
