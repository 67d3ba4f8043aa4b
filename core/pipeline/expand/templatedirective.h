#pragma once
// TemplateDirective: recognises the directive keys of LANGUAGE.md §8 —
// `${{ if c }}`, `${{ elseif c }}`, `${{ else }}`, `${{ each v in e }}`, `${{ insert }}` —
// and says where the expression part starts inside the key text (for positions).
// Pure functions; thread-safe.

#include "core/pipeline/yaml/yamlnode.h"

#include <QString>

#include <optional>

namespace mlops::pipeline {

struct TemplateDirective {
    enum class Kind { If, ElseIf, Else, Each, Insert };
    Kind kind = Kind::If;
    QString expression;    // condition (if/elseif) or collection (each); empty otherwise
    int expressionOffset = 0;  // 0-based offset of `expression` in the scalar text
    QString variable;      // each: the loop variable name
    QString error;         // set when the key is a malformed directive (e.g. `each` without `in`)

    static QString kindName(Kind kind);

    // The directive spelled by `text` (a whole `${{ ... }}` scalar), or nullopt when it is
    // an ordinary expression.
    static std::optional<TemplateDirective> parse(const QString &text);
    static std::optional<TemplateDirective> parse(const YamlNode &node);

    // 1-based position of character `offset` (0-based) of a scalar's text in the file.
    static SourcePos positionIn(const YamlNode &scalar, int offset);
};

}  // namespace mlops::pipeline
