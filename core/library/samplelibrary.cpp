#include "samplelibrary.h"

#include "serviceconnectionservice.h"
#include "variablegroupservice.h"

#include <utility>

namespace mlops::library {

namespace {

// Fixed example identifiers: well-formed GUIDs that name no real tenant, service
// principal or subscription. The user replaces them with their own and sets the secret.
const char *kTenantId = "5f0c3e2a-8d41-4b7e-9a36-1c2d4e6f8a10";
const char *kClientId = "8b2e6d14-3f7a-4c59-b0e1-7a9d2c4f6e83";
const char *kSubscriptionId = "c4a1e7f2-6b3d-4e8a-95f0-2d7b9c1e3a46";
const char *kSubscriptionName = "MLOps sample subscription";
const char *kResourceGroup = "mlops-RG";
const char *kWorkspaceName = "mlops-AML-WS";
const char *kRmConnection = "azure-rm-svc-connection";
const char *kWorkspaceConnection = "ws-svc-connection";

Result<void> ensureConnection(ServiceConnectionService &connections, const ServiceConnection &connection)
{
    Result<ServiceConnection> existing = connections.findByName(connection.name);
    if (existing.ok())
        return {};
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    Result<ServiceConnection> created = connections.create(connection);
    if (!created.ok() && created.error().code != ErrorCode::AlreadyExists)  // another process was quicker
        return created.error();
    return {};
}

}  // namespace

Result<void> SampleLibrary::populate(VariableGroupService &groups, ServiceConnectionService &connections)
{
    const QString groupName = QLatin1String(kGroupName);
    Result<VariableGroup> existing = groups.findByName(groupName);
    if (!existing.ok() && existing.error().code != ErrorCode::NotFound)
        return existing.error();
    if (!existing.ok()) {
        VariableGroup group;
        group.name = groupName;
        group.description = QStringLiteral("Variables of the MLOps sample pipelines (infrastructure, model CI, deploy CD).");
        const std::pair<const char *, const char *> variables[] = {
            {"ACI_DEPLOYMENT_NAME", "mlops-aci"},
            {"AKS_DEPLOYMENT_NAME", ""},
            {"AKS_COMPUTE_NAME", "aks"},
            {"AZURE_RM_SVC_CONNECTION", kRmConnection},
            {"BASE_NAME", "mlops"},
            {"LOCATION", "japaneast"},
            {"RESOURCE_GROUP", kResourceGroup},
            {"WORKSPACE_NAME", kWorkspaceName},
            {"WORKSPACE_SVC_CONNECTION", kWorkspaceConnection},
        };
        for (const auto &[name, value] : variables) {
            Variable v;
            v.name = QLatin1String(name);
            v.value = QLatin1String(value);
            group.variables.append(v);
        }
        Result<VariableGroup> created = groups.create(group);
        if (!created.ok() && created.error().code != ErrorCode::AlreadyExists)
            return created.error();
    }

    ServiceConnection rm;
    rm.name = QLatin1String(kRmConnection);
    rm.description = QStringLiteral("Azure Resource Manager, service principal, subscription scope. Replace the example "
                                    "ids with yours and set the client secret.");
    rm.type = ConnectionType::AzureResourceManager;
    rm.tenantId = QLatin1String(kTenantId);
    rm.clientId = QLatin1String(kClientId);
    rm.scopeLevel = ScopeLevel::Subscription;
    rm.subscriptionId = QLatin1String(kSubscriptionId);
    rm.subscriptionName = QLatin1String(kSubscriptionName);
    if (Result<void> r = ensureConnection(connections, rm); !r.ok())
        return r;

    ServiceConnection ws = rm;
    ws.name = QLatin1String(kWorkspaceConnection);
    ws.description = QStringLiteral("Azure Resource Manager, service principal, Machine Learning workspace scope. "
                                    "Replace the example ids with yours and set the client secret.");
    ws.scopeLevel = ScopeLevel::MachineLearningWorkspace;
    ws.resourceGroup = QLatin1String(kResourceGroup);
    ws.workspaceName = QLatin1String(kWorkspaceName);
    return ensureConnection(connections, ws);
}

}  // namespace mlops::library
