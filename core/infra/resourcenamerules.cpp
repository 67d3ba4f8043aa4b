#include "resourcenamerules.h"

#include <QRegularExpression>

namespace mlops::infra {

namespace {

struct Rule {
    const char *type;
    const char *pattern;  // whole-name regular expression
    const char *description;
};

const Rule kRules[] = {
    {"Microsoft.Storage/storageAccounts", "^[a-z0-9]{3,24}$",
     "a storage account name has 3 to 24 characters, lower-case letters and digits only"},
    {"Microsoft.KeyVault/vaults", "^(?=.{3,24}$)[A-Za-z](?!.*--)[A-Za-z0-9-]*[A-Za-z0-9]$",
     "a Key Vault name has 3 to 24 characters (letters, digits and hyphens), starts with a letter, ends with a letter or "
     "digit and has no two hyphens in a row"},
    {"Microsoft.ContainerRegistry/registries", "^[A-Za-z0-9]{5,50}$",
     "a container registry name has 5 to 50 characters, letters and digits only"},
    {"Microsoft.MachineLearningServices/workspaces", "^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$",
     "a Machine Learning workspace name has 3 to 33 characters (letters, digits, hyphens and underscores) and starts with "
     "a letter or digit"},
    {"Microsoft.Insights/components", "^[^%&\\\\?/\\x00-\\x1f]{0,259}[^%&\\\\?/\\x00-\\x1f. ]$",
     "an Application Insights name has 1 to 260 characters, none of % & \\ ? / or control characters, and does not end "
     "with a space or a period"},
};

}  // namespace

QString ResourceNameRules::check(const QString &type, const QString &name)
{
    for (const Rule &rule : kRules) {
        if (type.compare(QLatin1String(rule.type), Qt::CaseInsensitive) != 0)
            continue;
        const QRegularExpression pattern(QString::fromLatin1(rule.pattern));
        if (pattern.match(name).hasMatch())
            return {};
        return QString::fromUtf8(rule.description);
    }
    return {};
}

}  // namespace mlops::infra
