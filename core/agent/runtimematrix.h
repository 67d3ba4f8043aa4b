#pragma once
// RuntimeMatrix: the legs of a `strategy: matrix: $[ … ]` job, known only when the job
// starts (LANGUAGE.md §13, §14; conformance `matrixgenerator`). The expression's value is
// an object, or a string holding one as JSON — single-quoted strings accepted, as the
// service's JSON reader accepts them (`{'a':{'myvar':'A'}, 'b':{'myvar':'B'}}`): each
// member is a leg (its name) whose members are that leg's variables (strings, numbers and
// booleans as text), legs in name order. An empty object has no legs.
//
// Failure: InvalidInput saying what is wrong (the expression does not evaluate, not a
// JSON object, a leg that is not an object, a variable that is not a scalar, a leg name
// that is not letters, digits, '_' and '-'). Threads: any (no shared state); expand()
// works on the orchestrating thread's slots.

#include "core/agent/orchestratorgraph.h"
#include "core/common/result.h"
#include "core/pipeline/expression/expressioncontext.h"
#include "core/pipeline/expression/expressionvalue.h"
#include "core/pipeline/plan/plan.h"

#include <QList>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace mlops::agent {

class RuntimeMatrix {
public:
    using Leg = std::pair<QString, QList<pipeline::PlanVariable>>;

    // Evaluates the matrix expression (PlanStrategy::matrixExpression, without `$[ ]`) in
    // the job's context (its dependencies) and reads the legs from its value.
    static Result<QList<Leg>> evaluate(const QString &expression, const pipeline::ExpressionContext &context);
    static Result<QList<Leg>> legs(const pipeline::ExpressionValue &value);
    static Result<QList<Leg>> parse(const QString &text);

    // Makes `slot` (of `slots`, still waiting) the first of `legs` (non-empty) and inserts a
    // waiting slot for each other leg right after it, as the Orchestrator lays out a static
    // matrix (record "<job> <leg>", positions 1..N). Returns the timeline records to store:
    // `slot`'s, renamed, and the new slots' pending ones.
    static QList<runs::TimelineRecord> expand(std::vector<std::unique_ptr<orchestration::JobSlot>> &slots,
                                              orchestration::JobSlot &slot, const QList<Leg> &legs);
};

}  // namespace mlops::agent
