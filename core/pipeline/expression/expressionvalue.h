#pragma once
// ExpressionValue: the value model of the Azure Pipelines expression language
// (LANGUAGE.md §10.3). A small immutable value type: copies are cheap (arrays and
// objects are shared, never mutated after construction). Safe to read from any thread.
//
// Kinds: Null, Boolean, Number (double), String, Version, Array, Object. Objects keep
// their insertion order and look keys up case-insensitively; a later key that equals an
// earlier one (ignoring case) replaces the earlier value in place.
//
// Conversions follow the casting table: toBoolean() never fails (truthiness, §10.4);
// toNumber()/toStringValue()/toVersion() return std::nullopt when the table says "not
// convertible". equals() and compare() implement eq/ne/gt/... semantics: the right
// operand is converted to the left operand's kind.

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace mlops::pipeline {

class ExpressionValue {
public:
    enum class Kind { Null, Boolean, Number, String, Version, Array, Object };

    // A version value: 2 to 4 non-negative components (major.minor[.build[.revision]]).
    struct VersionValue {
        QList<int> parts;
        QString toString() const;
        // <0, 0, >0 like .NET Version.CompareTo (a missing build/revision sorts first).
        int compare(const VersionValue &other) const;
        // .NET Version.TryParse rules: 2..4 dot-separated parts, digits only (surrounding
        // spaces of a part allowed), each part within Int32.
        static std::optional<VersionValue> parse(const QString &text);
    };

    using Member = std::pair<QString, ExpressionValue>;

    ExpressionValue() = default;  // Null
    static ExpressionValue null() { return {}; }
    static ExpressionValue boolean(bool value);
    static ExpressionValue number(double value);
    static ExpressionValue string(QString value);
    static ExpressionValue version(VersionValue value);
    static ExpressionValue array(QList<ExpressionValue> items);
    static ExpressionValue object(const QList<Member> &members);
    // JSON → value (objects keep the order QJsonObject gives, i.e. sorted keys).
    static ExpressionValue fromJson(const QJsonValue &json);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isString() const { return m_kind == Kind::String; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isPrimitive() const { return m_kind != Kind::Array && m_kind != Kind::Object; }
    static QString kindName(Kind kind);

    // Raw accessors; each is only meaningful for its own kind (else a neutral default).
    bool boolValue() const { return m_bool; }
    double numberValue() const { return m_number; }
    const QString &stringValue() const { return m_string; }
    const VersionValue &versionValue() const;
    const QList<ExpressionValue> &arrayItems() const;
    const QList<Member> &objectMembers() const;
    // Case-insensitive member lookup; nullptr when absent or not an object.
    const ExpressionValue *member(const QString &key) const;
    // Array element; nullptr when out of range or not an array.
    const ExpressionValue *item(qsizetype index) const;
    // Number of array items / object members; 0 for other kinds.
    qsizetype size() const;

    // Casting (LANGUAGE.md §10.3, §10.4).
    bool toBoolean() const;
    std::optional<double> toNumber() const;
    std::optional<QString> toStringValue() const;  // Array/Object → nullopt
    std::optional<VersionValue> toVersion() const;
    bool convertsToNull() const;  // Null, or the empty string
    // Text used when a result is rendered into a string (interpolation, join, format):
    // like toStringValue() but arrays/objects render as the empty string.
    QString toDisplayString() const;

    // eq semantics: convert `right` to this kind; false if the conversion fails.
    // Arrays/objects are equal only to the very same instance.
    bool equals(const ExpressionValue &right) const;
    // gt/lt semantics: nullopt when `right` (or a non-primitive left) cannot be converted.
    std::optional<int> compare(const ExpressionValue &right) const;

    // Pretty JSON (2-space indent, '\n'), member order kept; used by convertToJson.
    QString toJsonText() const;
    // Structural equality (tests): same kind and same content, strings compared exactly.
    bool sameAs(const ExpressionValue &other) const;

    // Number text: .NET "G15" invariant form ("1", "0.5", "4.57E+28", "NaN", "Infinity").
    static QString formatNumber(double value);
    // Invariant number parsing of a string (sign, decimal point, thousands separators,
    // surrounding white space); nullopt when not a number. '' is handled by toNumber().
    static std::optional<double> parseNumber(const QString &text);

private:
    struct ObjectData;

    Kind m_kind = Kind::Null;
    bool m_bool = false;
    double m_number = 0.0;
    QString m_string;
    std::shared_ptr<const VersionValue> m_version;
    std::shared_ptr<const QList<ExpressionValue>> m_array;
    std::shared_ptr<const ObjectData> m_object;
};

}  // namespace mlops::pipeline
