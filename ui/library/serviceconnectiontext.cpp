#include "serviceconnectiontext.h"

namespace mlops::ui {

using library::ConnectionType;
using library::ScopeLevel;

QString ServiceConnectionText::typeLabel(ConnectionType type)
{
    switch (type) {
    case ConnectionType::AzureResourceManager:
        return tr("Azure Resource Manager");
    case ConnectionType::AzureDevOps:
        return tr("Azure DevOps");
    }
    return {};
}

QString ServiceConnectionText::authenticationLabel(ConnectionType type)
{
    switch (type) {
    case ConnectionType::AzureResourceManager:
        return tr("Service principal (manual)");
    case ConnectionType::AzureDevOps:
        return tr("Personal access token");
    }
    return {};
}

QString ServiceConnectionText::scopeLabel(ScopeLevel level)
{
    switch (level) {
    case ScopeLevel::Subscription:
        return tr("Subscription");
    case ScopeLevel::ResourceGroup:
        return tr("Resource group");
    case ScopeLevel::MachineLearningWorkspace:
        return tr("Machine Learning workspace");
    }
    return {};
}

QString ServiceConnectionText::target(const library::ServiceConnection &connection)
{
    if (connection.type == ConnectionType::AzureDevOps)
        return connection.organizationUrl;

    QStringList parts;
    parts.append(connection.subscriptionName.isEmpty() ? connection.subscriptionId : connection.subscriptionName);
    if (connection.scopeLevel != ScopeLevel::Subscription)
        parts.append(connection.resourceGroup);
    if (connection.scopeLevel == ScopeLevel::MachineLearningWorkspace)
        parts.append(connection.workspaceName);
    return parts.join(QStringLiteral(" / "));
}

QString ServiceConnectionText::typeAndScope(const library::ServiceConnection &connection)
{
    if (connection.type == ConnectionType::AzureDevOps)
        return typeLabel(connection.type);
    return tr("%1 · %2").arg(typeLabel(connection.type), scopeLabel(connection.scopeLevel));
}

}  // namespace mlops::ui
