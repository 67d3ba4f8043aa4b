#include "jsonnode.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mlops::infra {

const JsonNode *JsonNode::member(QStringView name) const
{
    if (type != Type::Object)
        return nullptr;
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        if (QStringView(it->key).compare(name, Qt::CaseInsensitive) == 0)
            return &*it;
    }
    return nullptr;
}

QString JsonNode::typeName() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("boolean");
    case Type::Number:
        return isInteger ? QStringLiteral("integer") : QStringLiteral("number");
    case Type::String:
        return QStringLiteral("string");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Object:
        return QStringLiteral("object");
    }
    return {};
}

QJsonValue JsonNode::toJson() const
{
    switch (type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return boolean;
    case Type::Number:
        return isInteger ? QJsonValue(integer) : QJsonValue(number);
    case Type::String:
        return string;
    case Type::Array: {
        QJsonArray array;
        for (const JsonNode &item : children)
            array.append(item.toJson());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (const JsonNode &item : children)
            object.insert(item.key, item.toJson());
        return object;
    }
    }
    return {};
}

}  // namespace mlops::infra
