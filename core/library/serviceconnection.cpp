#include "serviceconnection.h"

namespace mlops::library {

QString connectionTypeName(ConnectionType type)
{
    switch (type) {
    case ConnectionType::AzureResourceManager: return QStringLiteral("azurerm");
    case ConnectionType::AzureDevOps: return QStringLiteral("azuredevops");
    }
    return QStringLiteral("azurerm");
}

QString scopeLevelName(ScopeLevel level)
{
    switch (level) {
    case ScopeLevel::Subscription: return QStringLiteral("Subscription");
    case ScopeLevel::ResourceGroup: return QStringLiteral("ResourceGroup");
    case ScopeLevel::MachineLearningWorkspace: return QStringLiteral("MachineLearningWorkspace");
    }
    return QStringLiteral("Subscription");
}

bool parseConnectionType(const QString &text, ConnectionType *out)
{
    for (ConnectionType t : {ConnectionType::AzureResourceManager, ConnectionType::AzureDevOps}) {
        if (text.compare(connectionTypeName(t), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = t;
            return true;
        }
    }
    return false;
}

bool parseScopeLevel(const QString &text, ScopeLevel *out)
{
    for (ScopeLevel l : {ScopeLevel::Subscription, ScopeLevel::ResourceGroup, ScopeLevel::MachineLearningWorkspace}) {
        if (text.compare(scopeLevelName(l), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = l;
            return true;
        }
    }
    return false;
}

}  // namespace mlops::library
