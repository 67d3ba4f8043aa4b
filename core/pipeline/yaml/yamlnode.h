#pragma once
// YamlNode: an immutable YAML tree node with its source position.
//
// A value type: copies share the node's data (std::shared_ptr to const data), so
// copying a whole subtree is O(1) and any thread may read a node concurrently. To
// "change" a tree, build new nodes with the factories (reusing unchanged subtrees).
//
// Kinds: Null (an empty value, `~` or plain `null`), Scalar (text + style),
// Sequence (items) and Mapping (ordered key/value pairs; keys are nodes, usually
// scalars, and may be `${{ }}` directives). Every node carries a SourcePos.
// A default-constructed YamlNode is a Null node with an unknown position.

#include "core/pipeline/yaml/sourcepos.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <utility>

namespace mlops::pipeline {

class YamlNode;
using YamlPair = std::pair<YamlNode, YamlNode>;

class YamlNode {
public:
    enum class Kind { Null, Scalar, Sequence, Mapping };
    // How a scalar was written. Plain scalars may be read as booleans/numbers by the
    // template engine; every other style is a string.
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

    YamlNode();

    static YamlNode null(SourcePos pos = {});
    static YamlNode scalar(QString text, SourcePos pos = {}, Style style = Style::Plain);
    static YamlNode sequence(QList<YamlNode> items, SourcePos pos = {});
    static YamlNode mapping(QList<YamlPair> entries, SourcePos pos = {});

    Kind kind() const;
    bool isNull() const { return kind() == Kind::Null; }
    bool isScalar() const { return kind() == Kind::Scalar; }
    bool isSequence() const { return kind() == Kind::Sequence; }
    bool isMapping() const { return kind() == Kind::Mapping; }
    const SourcePos &pos() const;

    // Scalar text; empty for every other kind.
    const QString &text() const;
    // Scalar style; Plain for every other kind.
    Style style() const;
    bool isPlain() const { return style() == Style::Plain; }
    bool isQuoted() const { return style() != Style::Plain; }

    // Sequence items / mapping entries; empty lists for the other kinds.
    const QList<YamlNode> &items() const;
    const QList<YamlPair> &entries() const;
    // Number of items or entries (0 for Null and Scalar).
    qsizetype size() const;

    // Mapping lookup by exact key text (scalar keys only). -1 / nullopt when absent or
    // when this is not a mapping.
    qsizetype indexOfKey(QStringView key) const;
    bool contains(QStringView key) const { return indexOfKey(key) >= 0; }
    std::optional<YamlNode> value(QStringView key) const;

    // Typed scalar reads; nullopt when the node is not a scalar or does not spell the type.
    // toBool accepts the YAML 1.1 spellings case-insensitively: true/false, yes/no, y/n,
    // on/off (LANGUAGE.md §2), for plain and quoted scalars alike.
    std::optional<bool> toBool() const;
    // Decimal integers with optional sign (also 0x.. hex and 0o.. octal).
    std::optional<qint64> toInt() const;
    // The scalar text; for Null the empty string; nullopt for collections.
    std::optional<QString> toString() const;

    // True for a scalar whose whole text is one `${{ ... }}` (a directive key or a
    // whole-value template expression).
    bool isTemplateExpression() const;

    // A copy of this node at another position (the data of the children is shared).
    YamlNode withPos(SourcePos pos) const;

    // Structural equality: kind, scalar text, items and entries in order. Positions and
    // scalar styles are ignored (YamlWriter keeps plain scalars plain whenever the text
    // allows it, so a typed plain value such as `true` or `5` stays plain).
    bool sameTree(const YamlNode &other) const;

    // A short name of the kind for messages: "null", "a string", "a sequence", "a mapping".
    static QString kindName(Kind kind);

    // Spellings accepted by toBool (lower case).
    static std::optional<bool> parseBool(QStringView text);

private:
    struct Data;
    explicit YamlNode(std::shared_ptr<const Data> data);
    static const std::shared_ptr<const Data> &emptyData();
    std::shared_ptr<const Data> m_data;
};

}  // namespace mlops::pipeline
