#pragma once
// ArmScope: what an expression can see where it is evaluated — the interface between the
// expression evaluator (ArmEvaluator, the functions) and the template being validated
// (TemplateScope implements it). A failure is an ErrorCode::InvalidInput whose message
// says what is wrong ("the parameter 'x' is not defined in the template", "reference()
// cannot be used in a resource's name", …); the evaluator adds where.

#include "armvalue.h"
#include "deploymentcontext.h"

#include "core/common/result.h"

#include <QString>

namespace mlops::infra {

class ArmScope {
public:
    // Functions whose use depends on where the expression is.
    enum class Restricted {
        Reference,      // reference() and list*(): a resource's runtime state
        Parameters,     // parameters()
        Variables,      // variables()
        NonDeterministic,  // newGuid(), utcNow(): only in a parameter's defaultValue
    };

    virtual ~ArmScope() = default;

    virtual const DeploymentContext &deployment() const = 0;
    // The template's contentVersion, for deployment().
    virtual QString contentVersion() const = 0;

    virtual Result<ArmValue> parameter(const QString &name) = 0;
    virtual Result<ArmValue> variable(const QString &name) = 0;
    // copyIndex(): the current iteration of the copy loop `loopName` (empty: the innermost).
    virtual Result<qint64> copyIndex(const QString &loopName) = 0;
    // Ok when `function` (of kind `what`) may be used here.
    virtual Result<void> allow(Restricted what, const QString &function) = 0;
    // reference()/list*() named a resource (by id or name): the caller may record it as an
    // implicit dependency.
    virtual void noteReference(const QString &resourceNameOrId) = 0;
};

}  // namespace mlops::infra
