#pragma once
// DeploymentContext: where a template would be deployed — what resourceGroup(),
// subscription() and deployment() return and what resourceId() completes ids with.
// Offline nothing is asked of Azure: the values are the ones given (the CLI's
// --subscription, --resource-group, --location, a service connection), else these
// documented placeholders.

#include <QString>

namespace mlops::infra {

struct DeploymentContext {
    enum class Scope { ResourceGroup, Subscription, ManagementGroup, Tenant };

    static constexpr const char *kDefaultSubscriptionId = "00000000-0000-0000-0000-000000000000";
    static constexpr const char *kDefaultTenantId = "00000000-0000-0000-0000-000000000000";
    static constexpr const char *kDefaultResourceGroup = "offline-rg";
    static constexpr const char *kDefaultLocation = "eastus";

    QString subscriptionId = QLatin1String(kDefaultSubscriptionId);
    QString subscriptionName = QStringLiteral("Offline subscription");
    QString tenantId = QLatin1String(kDefaultTenantId);
    QString resourceGroup = QLatin1String(kDefaultResourceGroup);
    QString location = QLatin1String(kDefaultLocation);  // the resource group's location
    QString deploymentName = QStringLiteral("deployment");  // the CLI uses the template's base name, as az does
    Scope scope = Scope::ResourceGroup;  // set from the template's $schema by TemplateValidator

    // "/subscriptions/<id>" and "/subscriptions/<id>/resourceGroups/<name>".
    QString subscriptionResourceId() const { return QStringLiteral("/subscriptions/") + subscriptionId; }
    QString resourceGroupId() const { return subscriptionResourceId() + QStringLiteral("/resourceGroups/") + resourceGroup; }
};

}  // namespace mlops::infra
