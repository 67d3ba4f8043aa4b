#include "core/pipeline/expression/expressionevaluator.h"

#include <cmath>

namespace mlops::pipeline {

namespace {

using Node = ExpressionNode;

// A value during evaluation: `filtered` marks the result of a wildcard, whose later
// property/index accesses apply to every element (filtered arrays, `a.*.b`).
struct Item {
    ExpressionValue value;
    bool filtered = false;
};

class Evaluator {
public:
    Evaluator(const QString &text, const ExpressionContext &context) : m_text(text), m_context(context) {}

    ExpressionResult<Item> eval(const Node &node)
    {
        switch (node.type) {
        case Node::Type::Literal: return Item{node.literal, false};
        case Node::Type::NamedValue: return Item{m_context.namedValue(node.name), false};
        case Node::Type::Function: return call(node);
        case Node::Type::Wildcard: return wildcard(node);
        case Node::Type::Property: return member(node, ExpressionValue::string(node.name), node.name);
        case Node::Type::Index: {
            auto key = value(node.children.at(1));
            if (!key)
                return key.error();
            return member(node, key.value(), key->toDisplayString());
        }
        }
        return error(QStringLiteral("Unknown expression node"), node);
    }

    ExpressionResult<ExpressionValue> value(const Node &node)
    {
        auto item = eval(node);
        if (!item)
            return item.error();
        return std::move(item.value().value);
    }

private:
    ExpressionError error(const QString &message, const Node &node) const
    {
        return ExpressionError{message, node.column, m_text, 0};
    }

    ExpressionError withColumn(ExpressionError e, const Node &node) const
    {
        if (e.column == 0) {
            e.column = node.column;
            e.expression = m_text;
        }
        return e;
    }

    static const ExpressionValue *lookup(const ExpressionValue &container, const ExpressionValue &key)
    {
        if (container.isArray()) {
            const auto number = key.toNumber();
            if (!number || std::isnan(*number) || *number < 0 || *number != std::floor(*number)
                || *number >= static_cast<double>(container.size()))
                return nullptr;
            return container.item(static_cast<qsizetype>(*number));
        }
        if (container.isObject()) {
            const auto name = key.toStringValue();
            return name ? container.member(*name) : nullptr;
        }
        return nullptr;
    }

    ExpressionResult<Item> member(const Node &node, const ExpressionValue &key, const QString &keyText)
    {
        const Node &target = node.children.at(0);
        auto base = eval(target);
        if (!base)
            return base.error();
        if (base->filtered) {
            QList<ExpressionValue> projected;
            for (const ExpressionValue &element : base->value.arrayItems()) {
                if (const ExpressionValue *found = lookup(element, key))
                    projected.append(*found);
            }
            return Item{ExpressionValue::array(std::move(projected)), true};
        }
        if (const ExpressionValue *found = lookup(base->value, key))
            return Item{*found, false};
        if (target.type == Node::Type::NamedValue) {
            if (auto message = m_context.missingMemberError(target.name, keyText))
                return error(*message, node);
        }
        return Item{};
    }

    ExpressionResult<Item> wildcard(const Node &node)
    {
        auto base = eval(node.children.at(0));
        if (!base)
            return base.error();
        QList<ExpressionValue> items;
        const auto addAll = [&items](const ExpressionValue &v) {
            if (v.isArray()) {
                items.append(v.arrayItems());
            } else if (v.isObject()) {
                for (const ExpressionValue::Member &m : v.objectMembers())
                    items.append(m.second);
            }
        };
        if (base->filtered) {
            for (const ExpressionValue &element : base->value.arrayItems())
                addAll(element);
        } else {
            addAll(base->value);
        }
        return Item{ExpressionValue::array(std::move(items)), true};
    }

    ExpressionResult<Item> call(const Node &node)
    {
        const auto &args = node.children;
        switch (node.function) {
        case ExpressionFunction::Unknown:
            return error(QStringLiteral("Unrecognized function: '%1'").arg(node.name), node);
        case ExpressionFunction::And:
        case ExpressionFunction::Or: {
            const bool isAnd = node.function == ExpressionFunction::And;
            for (const Node &arg : args) {
                auto v = value(arg);
                if (!v)
                    return v.error();
                if (v->toBoolean() != isAnd)
                    return Item{ExpressionValue::boolean(!isAnd), false};
            }
            return Item{ExpressionValue::boolean(isAnd), false};
        }
        case ExpressionFunction::In:
        case ExpressionFunction::NotIn: {
            auto needle = value(args.at(0));
            if (!needle)
                return needle.error();
            bool found = false;
            for (size_t i = 1; i < args.size() && !found; ++i) {
                auto candidate = value(args.at(i));
                if (!candidate)
                    return candidate.error();
                found = needle->equals(candidate.value());
            }
            return Item{ExpressionValue::boolean(node.function == ExpressionFunction::In ? found : !found), false};
        }
        case ExpressionFunction::Coalesce: {
            ExpressionValue last;
            for (const Node &arg : args) {
                auto v = value(arg);
                if (!v)
                    return v.error();
                if (!v->convertsToNull())
                    return Item{std::move(v).value(), false};
                last = v.value();
            }
            return Item{last, false};
        }
        case ExpressionFunction::Counter: return counter(node);
        case ExpressionFunction::Always:
        case ExpressionFunction::Canceled:
        case ExpressionFunction::Failed:
        case ExpressionFunction::Succeeded:
        case ExpressionFunction::SucceededOrFailed:
            return status(node);
        default:
            break;
        }
        QList<ExpressionValue> values;
        values.reserve(static_cast<qsizetype>(args.size()));
        for (const Node &arg : args) {
            auto v = value(arg);
            if (!v)
                return v.error();
            values.append(std::move(v).value());
        }
        auto result = ExpressionFunctions::call(node.function, values);
        if (!result)
            return withColumn(result.error(), node);
        return Item{std::move(result).value(), false};
    }

    ExpressionResult<Item> counter(const Node &node)
    {
        auto prefix = value(node.children.at(0));
        if (!prefix)
            return prefix.error();
        auto seed = value(node.children.at(1));
        if (!seed)
            return seed.error();
        const auto prefixText = prefix->toStringValue();
        if (!prefixText)
            return error(ExpressionFunctions::conversionError(prefix.value(), ExpressionValue::Kind::String), node);
        const auto seedNumber = seed->toNumber();
        if (!seedNumber || std::isnan(*seedNumber))
            return error(ExpressionFunctions::conversionError(seed.value(), ExpressionValue::Kind::Number), node);
        const Result<double> next = m_context.counter(*prefixText, *seedNumber);
        if (!next)
            return error(next.error().message, node);
        return Item{ExpressionValue::number(next.value()), false};
    }

    ExpressionResult<Item> status(const Node &node)
    {
        QStringList names;
        for (const Node &arg : node.children) {
            auto v = value(arg);
            if (!v)
                return v.error();
            const auto text = v->toStringValue();
            if (!text)
                return error(ExpressionFunctions::conversionError(v.value(), ExpressionValue::Kind::String), arg);
            names.append(*text);
        }
        StatusFunction which = StatusFunction::Always;
        switch (node.function) {
        case ExpressionFunction::Canceled: which = StatusFunction::Canceled; break;
        case ExpressionFunction::Failed: which = StatusFunction::Failed; break;
        case ExpressionFunction::Succeeded: which = StatusFunction::Succeeded; break;
        case ExpressionFunction::SucceededOrFailed: which = StatusFunction::SucceededOrFailed; break;
        default: break;
        }
        const Result<bool> result = m_context.status(which, names);
        if (!result)
            return error(result.error().message, node);
        return Item{ExpressionValue::boolean(result.value()), false};
    }

    const QString &m_text;
    const ExpressionContext &m_context;
};

}  // namespace

ExpressionResult<ExpressionValue> ExpressionEvaluator::evaluate(const ExpressionNode &root, const QString &expression,
                                                                const ExpressionContext &context)
{
    Evaluator evaluator(expression, context);
    return evaluator.value(root);
}

}  // namespace mlops::pipeline
