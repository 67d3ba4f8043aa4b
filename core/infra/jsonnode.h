#pragma once
// JsonNode: one value of a JSON document as JsonReader read it, with where it starts in
// the source, so that every problem found later (a template property, an expression
// inside a string) can be reported as file:line:column.
//
// Plain data: a tree of values. An object keeps its members in source order (duplicates
// included, see JsonReader); member lookup by name is case-insensitive, as Azure Resource
// Manager treats template property names.

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <vector>

namespace mlops::infra {

struct JsonNode {
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    bool isInteger = false;  // a number written without fraction or exponent that fits qint64
    qint64 integer = 0;      // the value when isInteger
    QString string;          // the decoded text of a String

    // Array items, or object members in source order (each member's `key` is set).
    std::vector<JsonNode> children;

    QString key;         // the member name, for a member of an object
    int keyLine = 0;     // where the member name's opening quote is (1-based)
    int keyColumn = 0;
    int line = 0;        // where the value starts (1-based; for a string, its opening quote)
    int column = 0;
    qsizetype offset = 0;  // index of the value's first character in the source text

    bool isNull() const { return type == Type::Null; }
    bool isString() const { return type == Type::String; }
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }

    // The last member named `name` (case-insensitive); nullptr when there is none or this
    // is not an object.
    const JsonNode *member(QStringView name) const;

    // "string", "integer", "number", "boolean", "array", "object" or "null", for messages.
    QString typeName() const;

    // The value as QJsonValue (positions dropped; duplicate members: the last one wins).
    QJsonValue toJson() const;
};

}  // namespace mlops::infra
