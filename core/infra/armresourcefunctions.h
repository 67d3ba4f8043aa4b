#pragma once
// ArmResourceFunctions: the deployment and resource functions of the ARM template language
// as ArmFunctions entries —
//  - from the template: parameters, variables, copyIndex;
//  - from the DeploymentContext: resourceGroup, subscription, deployment, resourceId,
//    subscriptionResourceId, tenantResourceId, extensionResourceId (ids built as Azure
//    builds them: /subscriptions/<id>/resourceGroups/<rg>/providers/<ns>/<type>/<name>
//    [/<child type>/<child name>…]; resourceId() checks that it has one name per type
//    segment);
//  - deployment-time values, symbolic offline: reference, list* (listKeys, listSecrets …),
//    environment, newGuid, utcNow. reference() and list*() report the resource they name to
//    the scope (an implicit dependency when it is in the template).

#include "armfunctions.h"

#include <QList>

namespace mlops::infra {

class ArmResourceFunctions {
public:
    static QList<ArmFunction> functions();
    // The entry used for any list*() function (listKeys, listSecrets, …).
    static ArmFunction listFunction();
};

}  // namespace mlops::infra
