#pragma once
// The Library part of the bundled sample workspace (the MLOpsPython scenario):
// the variable group devopsforai-aml-vg with its nine variables, and the service
// connections azure-rm-svc-connection (subscription scope) and ws-svc-connection
// (Machine Learning workspace scope), secrets left for the user to fill in.
// Idempotent: what already exists by name is left as it is.

#include "core/common/result.h"

namespace mlops::library {

class VariableGroupService;
class ServiceConnectionService;

class SampleLibrary {
public:
    static constexpr const char *kGroupName = "devopsforai-aml-vg";
    static Result<void> populate(VariableGroupService &groups, ServiceConnectionService &connections);
};

}  // namespace mlops::library
