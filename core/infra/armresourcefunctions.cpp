#include "armresourcefunctions.h"

namespace mlops::infra {

namespace {

using Kind = ArmFunction::Kind;

Result<ArmValue> parameters(ArmCall &call)
{
    Result<QString> name = call.string(0);
    if (!name.ok())
        return name.error();
    if (Result<void> allowed = call.scope().allow(ArmScope::Restricted::Parameters, call.name()); !allowed.ok())
        return call.fail(-1, allowed.error().message);
    Result<ArmValue> value = call.scope().parameter(*name);
    if (!value.ok())
        return call.fail(0, value.error().message);
    return value;
}

Result<ArmValue> variables(ArmCall &call)
{
    Result<QString> name = call.string(0);
    if (!name.ok())
        return name.error();
    if (Result<void> allowed = call.scope().allow(ArmScope::Restricted::Variables, call.name()); !allowed.ok())
        return call.fail(-1, allowed.error().message);
    Result<ArmValue> value = call.scope().variable(*name);
    if (!value.ok())
        return call.fail(0, value.error().message);
    return value;
}

// copyIndex(), copyIndex(offset), copyIndex('loop'), copyIndex('loop', offset).
Result<ArmValue> copyIndex(ArmCall &call)
{
    QString loop;
    qint64 offset = 0;
    int offsetArgument = -1;
    if (call.count() >= 1 && call.at(0).isString()) {
        loop = call.at(0).toString();
        if (call.count() == 2)
            offsetArgument = 1;
    } else if (call.count() == 1) {
        offsetArgument = 0;
    } else if (call.count() == 2) {
        return call.wrongType(0, QStringLiteral("a String (the loop's name)"));
    }
    if (offsetArgument >= 0) {
        Result<qint64> given = call.integer(offsetArgument);
        if (!given.ok())
            return given.error();
        offset = *given;
    }
    Result<qint64> index = call.scope().copyIndex(loop);
    if (!index.ok())
        return call.fail(-1, index.error().message);
    return ArmValue::fromInteger(*index + offset);
}

Result<ArmValue> resourceGroup(ArmCall &call)
{
    const DeploymentContext &d = call.scope().deployment();
    if (d.scope != DeploymentContext::Scope::ResourceGroup)
        return call.fail(-1, QStringLiteral("resourceGroup() is only available in a template deployed to a resource group "
                                            "(this template's $schema deploys elsewhere)"));
    return ArmValue::fromObject({
        {QStringLiteral("id"), ArmValue::fromString(d.resourceGroupId())},
        {QStringLiteral("name"), ArmValue::fromString(d.resourceGroup)},
        {QStringLiteral("type"), ArmValue::fromString(QStringLiteral("Microsoft.Resources/resourceGroups"))},
        {QStringLiteral("location"), ArmValue::fromString(d.location)},
        {QStringLiteral("tags"), ArmValue::fromObject({})},
        {QStringLiteral("properties"),
         ArmValue::fromObject({{QStringLiteral("provisioningState"), ArmValue::fromString(QStringLiteral("Succeeded"))}})},
    });
}

Result<ArmValue> subscription(ArmCall &call)
{
    const DeploymentContext &d = call.scope().deployment();
    if (d.scope == DeploymentContext::Scope::ManagementGroup || d.scope == DeploymentContext::Scope::Tenant)
        return call.fail(-1, QStringLiteral("subscription() is not available in a management-group or tenant template"));
    return ArmValue::fromObject({
        {QStringLiteral("id"), ArmValue::fromString(d.subscriptionResourceId())},
        {QStringLiteral("subscriptionId"), ArmValue::fromString(d.subscriptionId)},
        {QStringLiteral("tenantId"), ArmValue::fromString(d.tenantId)},
        {QStringLiteral("displayName"), ArmValue::fromString(d.subscriptionName)},
    });
}

Result<ArmValue> deployment(ArmCall &call)
{
    const DeploymentContext &d = call.scope().deployment();
    return ArmValue::fromObject({
        {QStringLiteral("name"), ArmValue::fromString(d.deploymentName)},
        {QStringLiteral("properties"),
         ArmValue::fromObject({
             {QStringLiteral("template"),
              ArmValue::fromObject({{QStringLiteral("contentVersion"), ArmValue::fromString(call.scope().contentVersion())}})},
             {QStringLiteral("mode"), ArmValue::fromString(QStringLiteral("Incremental"))},
             {QStringLiteral("provisioningState"), ArmValue::fromString(QStringLiteral("Accepted"))},
         })},
    });
}

// "/providers/<ns>/<type1>/<name1>/<type2>/<name2>…" from arguments [first, count).
Result<QString> providerPath(ArmCall &call, int first)
{
    Result<QString> type = call.string(first);
    if (!type.ok())
        return type.error();
    const QStringList segments = type->split(QLatin1Char('/'));
    if (segments.size() < 2 || segments.contains(QString()))
        return call.fail(first, QStringLiteral("'%1' is not a resource type such as 'Microsoft.Storage/storageAccounts'").arg(*type));
    const int names = int(call.count()) - first - 1;
    if (names != segments.size() - 1)
        return call.fail(first, QStringLiteral("the type '%1' needs %2 resource name argument(s), %3 given")
                                    .arg(*type)
                                    .arg(segments.size() - 1)
                                    .arg(names));
    QString path = QStringLiteral("/providers/") + segments.at(0);
    for (int i = 0; i < names; ++i) {
        Result<QString> name = call.string(first + 1 + i);
        if (!name.ok())
            return name.error();
        if (name->isEmpty())
            return call.fail(first + 1 + i, QStringLiteral("%1 is an empty resource name").arg(call.describe(first + 1 + i)));
        path += QLatin1Char('/') + segments.at(i + 1) + QLatin1Char('/') + *name;
    }
    return path;
}

// The index of the first argument that contains '/' (the resource type), or -1.
int typeArgument(const ArmCall &call)
{
    for (int i = 0; i < call.count(); ++i) {
        if (call.at(i).isString() && call.at(i).toString().contains(QLatin1Char('/')))
            return i;
    }
    return -1;
}

Result<ArmValue> resourceId(ArmCall &call)
{
    const int type = typeArgument(call);
    if (type < 0)
        return call.fail(-1, QStringLiteral("resourceId() needs a resource type such as 'Microsoft.Storage/storageAccounts'"));
    if (type > 2)
        return call.fail(type, QStringLiteral("resourceId() takes at most a subscription id and a resource group name before the type"));
    const DeploymentContext &d = call.scope().deployment();
    QString subscriptionId = d.subscriptionId;
    QString group = d.resourceGroup;
    bool atResourceGroup = d.scope == DeploymentContext::Scope::ResourceGroup;
    for (int i = 0; i < type; ++i) {
        Result<QString> part = call.string(i);
        if (!part.ok())
            return part.error();
    }
    if (type == 2) {
        subscriptionId = call.at(0).toString();
        group = call.at(1).toString();
        atResourceGroup = true;
    } else if (type == 1) {
        group = call.at(0).toString();
        atResourceGroup = true;
    }
    Result<QString> path = providerPath(call, type);
    if (!path.ok())
        return path.error();
    QString id = QStringLiteral("/subscriptions/") + subscriptionId;
    if (atResourceGroup)
        id += QStringLiteral("/resourceGroups/") + group;
    return ArmValue::fromString(id + *path);
}

Result<ArmValue> subscriptionResourceId(ArmCall &call)
{
    const int type = typeArgument(call);
    if (type < 0 || type > 1)
        return call.fail(-1, QStringLiteral("subscriptionResourceId() takes [subscriptionId,] a resource type and its names"));
    QString subscriptionId = call.scope().deployment().subscriptionId;
    if (type == 1) {
        Result<QString> given = call.string(0);
        if (!given.ok())
            return given.error();
        subscriptionId = *given;
    }
    Result<QString> path = providerPath(call, type);
    if (!path.ok())
        return path.error();
    return ArmValue::fromString(QStringLiteral("/subscriptions/") + subscriptionId + *path);
}

Result<ArmValue> tenantResourceId(ArmCall &call)
{
    Result<QString> path = providerPath(call, 0);
    if (!path.ok())
        return path.error();
    return ArmValue::fromString(*path);
}

Result<ArmValue> extensionResourceId(ArmCall &call)
{
    Result<QString> parent = call.string(0);
    if (!parent.ok())
        return parent.error();
    Result<QString> path = providerPath(call, 1);
    if (!path.ok())
        return path.error();
    return ArmValue::fromString(*parent + *path);
}

// reference() and list*(): symbolic; the resource they name is reported to the scope.
Result<ArmValue> runtimeState(ArmCall &call)
{
    if (Result<void> allowed = call.scope().allow(ArmScope::Restricted::Reference, call.name()); !allowed.ok())
        return call.fail(-1, allowed.error().message);
    if (call.at(0).isString())
        call.scope().noteReference(call.at(0).toString());
    else if (!call.at(0).isSymbolic())
        return call.wrongType(0, QStringLiteral("a String (a resource name or id)"));
    QStringList parts;
    for (const ArmValue &v : call.arguments())
        parts.append(v.toExpressionText());
    return ArmValue::symbolic(QStringLiteral("%1(%2)").arg(call.name(), parts.join(QStringLiteral(", "))));
}

Result<ArmValue> environment(ArmCall &call) { return ArmValue::symbolic(call.name() + QStringLiteral("()")); }

Result<ArmValue> nonDeterministic(ArmCall &call)
{
    if (Result<void> allowed = call.scope().allow(ArmScope::Restricted::NonDeterministic, call.name()); !allowed.ok())
        return call.fail(-1, allowed.error().message);
    QStringList parts;
    for (const ArmValue &v : call.arguments())
        parts.append(v.toExpressionText());
    return ArmValue::symbolic(QStringLiteral("%1(%2)").arg(call.name(), parts.join(QStringLiteral(", "))));
}

}  // namespace

ArmFunction ArmResourceFunctions::listFunction()
{
    return {QStringLiteral("list*"), 2, 3, runtimeState, Kind::DeploymentTime};
}

QList<ArmFunction> ArmResourceFunctions::functions()
{
    return {
        {QStringLiteral("parameters"), 1, 1, parameters, Kind::Pure},
        {QStringLiteral("variables"), 1, 1, variables, Kind::Pure},
        {QStringLiteral("copyIndex"), 0, 2, copyIndex, Kind::Pure},
        {QStringLiteral("resourceGroup"), 0, 0, resourceGroup, Kind::Pure},
        {QStringLiteral("subscription"), 0, 0, subscription, Kind::Pure},
        {QStringLiteral("deployment"), 0, 0, deployment, Kind::Pure},
        {QStringLiteral("resourceId"), 2, -1, resourceId, Kind::Pure},
        {QStringLiteral("subscriptionResourceId"), 2, -1, subscriptionResourceId, Kind::Pure},
        {QStringLiteral("tenantResourceId"), 2, -1, tenantResourceId, Kind::Pure},
        {QStringLiteral("extensionResourceId"), 3, -1, extensionResourceId, Kind::Pure},
        {QStringLiteral("reference"), 1, 3, runtimeState, Kind::DeploymentTime},
        {QStringLiteral("environment"), 0, 0, environment, Kind::DeploymentTime},
        {QStringLiteral("newGuid"), 0, 0, nonDeterministic, Kind::DeploymentTime},
        {QStringLiteral("utcNow"), 0, 1, nonDeterministic, Kind::DeploymentTime},
    };
}

}  // namespace mlops::infra
