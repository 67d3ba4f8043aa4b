#include "core/pipeline/expand/yamlvaluebridge.h"

namespace mlops::pipeline {

const void *YamlValueBridge::identity(const ExpressionValue &value) const
{
    if (value.isArray())
        return &value.arrayItems();
    if (value.isObject())
        return &value.objectMembers();
    return nullptr;
}

void YamlValueBridge::remember(const ExpressionValue &value, const YamlNode &node)
{
    if (const void *key = identity(value))
        m_origins.insert(key, Entry{value, node});
}

ExpressionValue YamlValueBridge::toValue(const YamlNode &node)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        return ExpressionValue::null();
    case YamlNode::Kind::Scalar:
        return ExpressionValue::string(node.text());
    case YamlNode::Kind::Sequence: {
        QList<ExpressionValue> items;
        items.reserve(node.items().size());
        for (const YamlNode &item : node.items())
            items.append(toValue(item));
        ExpressionValue value = ExpressionValue::array(std::move(items));
        remember(value, node);
        return value;
    }
    case YamlNode::Kind::Mapping: {
        QList<ExpressionValue::Member> members;
        members.reserve(node.entries().size());
        for (const YamlPair &entry : node.entries())
            members.append({entry.first.text(), toValue(entry.second)});
        ExpressionValue value = ExpressionValue::object(members);
        remember(value, node);
        return value;
    }
    }
    return ExpressionValue::null();
}

QString YamlValueBridge::scalarText(const ExpressionValue &value)
{
    if (value.kind() == ExpressionValue::Kind::Boolean)
        return value.boolValue() ? QStringLiteral("True") : QStringLiteral("False");
    return value.toStringValue().value_or(QString());
}

YamlNode YamlValueBridge::toNode(const ExpressionValue &value, const SourcePos &pos, YamlNode::Style style) const
{
    if (const void *key = identity(value)) {
        const auto it = m_origins.constFind(key);
        if (it != m_origins.constEnd())
            return it->node;
    }
    switch (value.kind()) {
    case ExpressionValue::Kind::Null:
        return YamlNode::null(pos);
    case ExpressionValue::Kind::String:
        return YamlNode::scalar(value.stringValue(), pos, style);
    case ExpressionValue::Kind::Boolean:
    case ExpressionValue::Kind::Number:
    case ExpressionValue::Kind::Version:
        return YamlNode::scalar(scalarText(value), pos);
    case ExpressionValue::Kind::Array: {
        QList<YamlNode> items;
        for (const ExpressionValue &item : value.arrayItems())
            items.append(toNode(item, pos));
        return YamlNode::sequence(std::move(items), pos);
    }
    case ExpressionValue::Kind::Object: {
        QList<YamlPair> entries;
        for (const ExpressionValue::Member &member : value.objectMembers())
            entries.append({YamlNode::scalar(member.first, pos), toNode(member.second, pos)});
        return YamlNode::mapping(std::move(entries), pos);
    }
    }
    return YamlNode::null(pos);
}

}  // namespace mlops::pipeline
