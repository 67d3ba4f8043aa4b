#pragma once
// TemplateParameters: the `parameters:` declarations of a pipeline or template and the
// binding of passed values to them (LANGUAGE.md §7.3, §9).
//
// Typed (list) form: `- name`, `type` (default string), `default`, `values`. A
// parameter without default is required; passing an undeclared name is an error.
// Values are cast to the declared type: boolean (true/false in any case), number
// (invariant numeric text), string (a scalar), stringList (a sequence of scalars),
// step/stepList/job/jobList/deployment/deploymentList/stage/stageList (validated
// against the schema), object and the resource-like types (anything). `values:` limits
// string/number/stringList. Legacy (mapping) form: name → default, everything is
// untyped text and undeclared names may be passed.
//
// bind() returns the `parameters` object, or nullopt after appending error diagnostics
// (positioned at the offending value, or at `referencePos` for a missing value).
// Stateless apart from the bridge it is given; not thread-safe.

#include "core/common/diagnostic.h"
#include "core/pipeline/expand/yamlvaluebridge.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <QList>
#include <QString>

#include <optional>

namespace mlops::pipeline {

struct ParameterDeclaration {
    QString name;
    QString type;  // lower-case type name; "" for legacy declarations
    QString typeSpelling;  // the type as written (for messages)
    std::optional<YamlNode> defaultValue;
    std::optional<YamlNode> values;
    SourcePos pos;
};

struct ParameterDeclarations {
    bool typed = false;    // list form
    bool declared = false; // a `parameters:` key exists
    QList<ParameterDeclaration> items;
};

class TemplateParameters {
public:
    static std::optional<ParameterDeclarations> parse(const std::optional<YamlNode> &node, Diagnostics &diagnostics);

    // `passed`: the mapping given by the caller (Null/absent = nothing passed).
    static std::optional<ExpressionValue> bind(const ParameterDeclarations &declarations, const YamlNode &passed,
                                               const SourcePos &referencePos, YamlValueBridge &bridge,
                                               Diagnostics &diagnostics);

    // Casts one value to the declaration's type and checks `values`.
    static std::optional<ExpressionValue> cast(const ParameterDeclaration &declaration, const YamlNode &value,
                                               YamlValueBridge &bridge, Diagnostics &diagnostics);

    // A runtime value given as text (CLI/UI) as a YAML node of the declared type:
    // scalars stay text, structured types are parsed as YAML.
    static std::optional<YamlNode> fromText(const ParameterDeclaration &declaration, const QString &text,
                                            Diagnostics &diagnostics);

    static bool isKnownType(const QString &type);
};

}  // namespace mlops::pipeline
