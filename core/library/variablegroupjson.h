#pragma once
// Import and export of a variable group in the Azure DevOps REST shape
// (distributedtask/variablegroups: name, description, type "Vsts", variables
// { NAME: { value, isSecret } }). Secrets are exported as "value": null.
// Import accepts a single group object, a response with "value": [ … ] holding
// exactly one group, and a create request body.

#include "core/common/result.h"
#include "variablegroup.h"

#include <QByteArray>
#include <QJsonObject>

namespace mlops::library {

class VariableGroupJson {
public:
    static QJsonObject toAzureJson(const VariableGroup &group);
    static QByteArray exportGroup(const VariableGroup &group);  // indented JSON

    // Parses `json`; `sourceName` (a file name) prefixes errors. Malformed JSON is an
    // InvalidInput error "file:line:column: what is wrong". Imported secrets have
    // replaceSecret set when a value is present, else no value.
    static Result<VariableGroup> importGroup(const QByteArray &json, const QString &sourceName);
};

}  // namespace mlops::library
