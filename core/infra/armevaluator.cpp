#include "armevaluator.h"

#include "armcall.h"
#include "armfunctions.h"

namespace mlops::infra {

namespace {

bool fail(ArmProblem &problem, qsizetype offset, const QString &message)
{
    problem = ArmProblem{offset, message};
    return false;
}

QString argumentCount(int n)
{
    return n == 1 ? QStringLiteral("1 argument") : QStringLiteral("%1 arguments").arg(n);
}

QString arity(const ArmFunction &f)
{
    if (f.maxArguments < 0)
        return QStringLiteral("at least %1").arg(argumentCount(f.minArguments));
    if (f.minArguments == f.maxArguments)
        return argumentCount(f.minArguments);
    return QStringLiteral("%1 to %2 arguments").arg(f.minArguments).arg(f.maxArguments);
}

QString symbolicCall(const QString &name, const ArmArray &arguments)
{
    QStringList parts;
    for (const ArmValue &v : arguments)
        parts.append(v.toExpressionText());
    return QStringLiteral("%1(%2)").arg(name, parts.join(QStringLiteral(", ")));
}

QString memberNames(const ArmValue &object)
{
    QStringList names;
    for (const ArmMember &member : object.object())
        names.append(member.first);
    if (names.isEmpty())
        return QStringLiteral("it has none");
    if (names.size() > 12)
        names = names.mid(0, 12) << QStringLiteral("…");
    return QStringLiteral("it has: ") + names.join(QStringLiteral(", "));
}

}  // namespace

bool ArmEvaluator::evaluateString(const QString &text, ArmValue &out, ArmProblem &problem)
{
    if (!ArmExpression::isExpression(text)) {
        out = ArmValue::fromString(ArmExpression::literal(text));
        return true;
    }
    ArmExpression expression;
    if (!ArmExpression::parse(text, expression, problem))
        return false;
    return evaluate(expression, out, problem);
}

bool ArmEvaluator::evaluate(const ArmExpression &expression, ArmValue &out, ArmProblem &problem)
{
    switch (expression.kind) {
    case ArmExpression::Kind::String:
        out = ArmValue::fromString(expression.text);
        return true;
    case ArmExpression::Kind::Integer:
        out = ArmValue::fromInteger(expression.integer);
        return true;
    case ArmExpression::Kind::Call:
        return evaluateCall(expression, out, problem);
    case ArmExpression::Kind::Property:
    case ArmExpression::Kind::Index:
        return evaluateAccess(expression, out, problem);
    }
    return fail(problem, expression.offset, QStringLiteral("unknown expression"));
}

bool ArmEvaluator::evaluateCall(const ArmExpression &call, ArmValue &out, ArmProblem &problem)
{
    const ArmFunction *function = ArmFunctions::find(call.text);
    if (!function) {
        QString message = QStringLiteral("unknown function '%1'").arg(call.text);
        if (call.text.contains(QLatin1Char('.')))
            message += QStringLiteral(" (user-defined functions are not supported offline)");
        else if (const QString near = ArmFunctions::suggestion(call.text); !near.isEmpty())
            message += QStringLiteral(" (did you mean %1?)").arg(near);
        return fail(problem, call.offset, message);
    }
    const int given = int(call.children.size());
    if (given < function->minArguments || (function->maxArguments >= 0 && given > function->maxArguments))
        return fail(problem, call.offset, QStringLiteral("%1() takes %2, %3 given").arg(call.text, arity(*function)).arg(given));

    if (function->kind == ArmFunction::Kind::Lazy) {  // if(condition, whenTrue, whenFalse)
        ArmValue condition;
        if (!evaluate(call.children.at(0), condition, problem))
            return false;
        if (condition.isSymbolic()) {
            ArmValue whenTrue;
            ArmValue whenFalse;
            if (!evaluate(call.children.at(1), whenTrue, problem) || !evaluate(call.children.at(2), whenFalse, problem))
                return false;
            out = ArmValue::symbolic(symbolicCall(call.text, {condition, whenTrue, whenFalse}));
            return true;
        }
        if (!condition.isBool())
            return fail(problem, call.children.at(0).offset,
                        QStringLiteral("the condition of if() must be a Bool, not %1").arg(condition.typeName()));
        return evaluate(call.children.at(condition.toBool() ? 1 : 2), out, problem);
    }

    ArmArray arguments;
    arguments.reserve(given);
    bool symbolic = false;
    for (const ArmExpression &child : call.children) {
        ArmValue value;
        if (!evaluate(child, value, problem))
            return false;
        symbolic = symbolic || value.isSymbolic();
        arguments.append(value);
    }
    if (symbolic && function->kind == ArmFunction::Kind::Pure) {
        out = ArmValue::symbolic(symbolicCall(call.text, arguments));
        return true;
    }
    ArmCall armCall(call.text, std::move(arguments), m_scope);
    Result<ArmValue> result = function->run(armCall);
    if (!result.ok()) {
        const int argument = armCall.failedArgument();
        const qsizetype at = (argument >= 0 && argument < given) ? call.children.at(argument).offset : call.offset;
        return fail(problem, at, result.error().message);
    }
    out = *result;
    return true;
}

bool ArmEvaluator::evaluateAccess(const ArmExpression &access, ArmValue &out, ArmProblem &problem)
{
    ArmValue target;
    if (!evaluate(access.children.at(0), target, problem))
        return false;
    if (access.kind == ArmExpression::Kind::Property) {
        if (target.isSymbolic()) {
            out = ArmValue::symbolic(target.toString() + QLatin1Char('.') + access.text);
            return true;
        }
        if (!target.isObject())
            return fail(problem, access.offset,
                        QStringLiteral("cannot read the property '%1' of %2 (only objects have properties)")
                            .arg(access.text, target.isNull() ? QStringLiteral("null") : target.typeName()));
        const ArmValue *member = target.member(access.text);
        if (!member)
            return fail(problem, access.offset,
                        QStringLiteral("the object has no property '%1' (%2)").arg(access.text, memberNames(target)));
        out = *member;
        return true;
    }

    ArmValue index;
    if (!evaluate(access.children.at(1), index, problem))
        return false;
    if (target.isSymbolic() || index.isSymbolic()) {
        out = ArmValue::symbolic(target.toExpressionText() + QLatin1Char('[') + index.toExpressionText() + QLatin1Char(']'));
        return true;
    }
    if (target.isArray()) {
        if (!index.isInteger())
            return fail(problem, access.children.at(1).offset,
                        QStringLiteral("an array index must be an Integer, not %1").arg(index.typeName()));
        const qint64 i = index.toInteger();
        if (i < 0 || i >= target.array().size())
            return fail(problem, access.children.at(1).offset,
                        QStringLiteral("the index %1 is outside the array (it has %2 items)").arg(i).arg(target.array().size()));
        out = target.array().at(i);
        return true;
    }
    if (target.isObject()) {
        if (!index.isString())
            return fail(problem, access.children.at(1).offset,
                        QStringLiteral("an object member is selected with a String, not %1").arg(index.typeName()));
        const ArmValue *member = target.member(index.toString());
        if (!member)
            return fail(problem, access.children.at(1).offset,
                        QStringLiteral("the object has no property '%1' (%2)").arg(index.toString(), memberNames(target)));
        out = *member;
        return true;
    }
    return fail(problem, access.offset,
                QStringLiteral("cannot index %1 (only arrays and objects)").arg(target.isNull() ? QStringLiteral("null") : target.typeName()));
}

}  // namespace mlops::infra
