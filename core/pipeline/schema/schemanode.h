#pragma once
// SchemaNode: one compiled JSON-schema node of the pipeline schema (internal to
// mlops_pipeline_schema). Nodes are owned by PipelineSchema and never change after
// loading, so they may be read from any thread. `$ref` is resolved to a pointer.
//
// Supported keywords (everything service-schema.json uses): type, enum, pattern,
// $ref, properties, patternProperties, additionalProperties (bool), required,
// minProperties, items, anyOf/oneOf (both treated as anyOf), plus the VS Code
// extensions firstProperty, ignoreCase (key/value/all), aliases, deprecationMessage.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops::pipeline {

struct SchemaNode {
    enum TypeBit { String = 1, Boolean = 2, Integer = 4, Object = 8, Array = 16 };

    struct Property {
        QString name;
        const SchemaNode *schema = nullptr;
    };
    struct PatternProperty {
        QRegularExpression pattern;
        const SchemaNode *schema = nullptr;
    };

    QString definition;  // the definition name when this node is one, else empty
    int types = 0;       // TypeBit mask; 0 = any type
    const SchemaNode *ref = nullptr;

    // Scalar constraints.
    QStringList enumValues;
    std::optional<QString> literal;  // a pattern of the form ^text$ (compared, not matched)
    std::optional<QRegularExpression> pattern;
    QString patternText;
    bool valueIgnoreCase = false;  // ignoreCase: value | all
    bool keyIgnoreCase = false;    // ignoreCase: key | all (how the parent matches this key)
    QStringList aliases;           // other keys the parent accepts for this property
    QString deprecation;

    // Object constraints.
    QList<Property> properties;
    QList<PatternProperty> patternProperties;
    std::optional<bool> additionalProperties;
    QStringList required;
    QStringList firstProperty;
    int minProperties = -1;

    // Array constraint.
    const SchemaNode *items = nullptr;

    // Alternatives.
    QList<const SchemaNode *> anyOf;
};

}  // namespace mlops::pipeline
