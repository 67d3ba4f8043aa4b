#pragma once
// ResourceNameRules: Azure's naming rules for the resource types the sample environment
// creates, checked offline so that a name the deployment would refuse is caught before it:
//  - Microsoft.Storage/storageAccounts: 3–24 characters, lower-case letters and digits;
//  - Microsoft.KeyVault/vaults: 3–24 characters, letters, digits and hyphens, starting with
//    a letter, ending with a letter or digit, no two hyphens in a row;
//  - Microsoft.ContainerRegistry/registries: 5–50 characters, letters and digits;
//  - Microsoft.MachineLearningServices/workspaces: 3–33 characters, letters, digits,
//    hyphens and underscores, starting with a letter or digit;
//  - Microsoft.Insights/components: 1–260 characters, none of % & \ ? / or control
//    characters, not ending with a space or a period.
// Other types are not checked. Pure functions: thread-safe.

#include <QString>

namespace mlops::infra {

class ResourceNameRules {
public:
    // Empty when `name` is acceptable for `type` (or the type has no rule here); otherwise
    // what is wrong, e.g. "a storage account name has 3 to 24 lower-case letters and digits".
    static QString check(const QString &type, const QString &name);
};

}  // namespace mlops::infra
