#pragma once
// Plain data of service connections (Project settings → Service connections).

#include <QDateTime>
#include <QString>

namespace mlops::library {

enum class ConnectionType {
    AzureResourceManager,  // service principal (manual): tenant, client id, client secret
    AzureDevOps,           // organization URL + personal access token
};

enum class ScopeLevel {
    Subscription,              // subscription id + name
    ResourceGroup,             // subscription + resource group
    MachineLearningWorkspace,  // subscription + resource group + workspace name
};

struct ServiceConnection {
    qint64 id = 0;
    QString name;
    QString description;
    ConnectionType type = ConnectionType::AzureResourceManager;

    // Azure Resource Manager
    QString tenantId;  // GUID
    QString clientId;  // GUID (service principal application id)
    ScopeLevel scopeLevel = ScopeLevel::Subscription;
    QString subscriptionId;  // GUID
    QString subscriptionName;
    QString resourceGroup;
    QString workspaceName;

    // Azure DevOps
    QString organizationUrl;  // https://dev.azure.com/<org> or https://<org>.visualstudio.com

    // The client secret (ARM) or PAT (DevOps). Write-only, as for secret variables:
    // empty when read; on write, stored when replaceSecret is set, else the stored one kept.
    QString secret;
    bool secretIsSet = false;
    bool replaceSecret = false;

    QDateTime createdAt;
    QString createdBy;
    QDateTime modifiedAt;
    QString modifiedBy;
    int revision = 0;
};

QString connectionTypeName(ConnectionType type);  // "azurerm", "azuredevops"
QString scopeLevelName(ScopeLevel level);          // "Subscription", "ResourceGroup", "MachineLearningWorkspace"
bool parseConnectionType(const QString &text, ConnectionType *out);  // case-insensitive
bool parseScopeLevel(const QString &text, ScopeLevel *out);          // case-insensitive

}  // namespace mlops::library
