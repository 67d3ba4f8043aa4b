#pragma once
// ArmValue: a value of the ARM template expression language — null, bool, integer,
// number (only from JSON literals; expressions have no fractions), string, array, object —
// plus Symbolic: a value only Azure knows during the deployment (reference(), list*(),
// newGuid(), utcNow(), environment() …). A symbolic value keeps the expression that would
// produce it, with its known arguments already evaluated, e.g.
// "reference('/subscriptions/…/storageAccounts/mlopssa').primaryEndpoints".
//
// Object member names keep their case and order; lookups ignore case, as ARM does.
// Copies are cheap (arrays and objects are shared, immutable once built).

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <memory>
#include <variant>

namespace mlops::infra {

class ArmValue;
using ArmArray = QList<ArmValue>;
using ArmMember = QPair<QString, ArmValue>;
using ArmObject = QList<ArmMember>;

class ArmValue {
public:
    enum class Kind { Null, Bool, Integer, Number, String, Array, Object, Symbolic };

    ArmValue() = default;  // Null
    static ArmValue fromBool(bool value);
    static ArmValue fromInteger(qint64 value);
    static ArmValue fromNumber(double value);
    static ArmValue fromString(const QString &value);
    static ArmValue fromArray(ArmArray items);
    static ArmValue fromObject(ArmObject members);
    // `expression` without the surrounding brackets.
    static ArmValue symbolic(const QString &expression);
    // From JSON (numbers without fraction that fit qint64 become Integer).
    static ArmValue fromJson(const QJsonValue &json);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isBool() const { return m_kind == Kind::Bool; }
    bool isInteger() const { return m_kind == Kind::Integer; }
    bool isString() const { return m_kind == Kind::String; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isSymbolic() const { return m_kind == Kind::Symbolic; }
    // True when this value or anything inside it is Symbolic.
    bool containsSymbolic() const;

    // Precondition: the matching kind (otherwise a default value is returned).
    bool toBool() const;
    qint64 toInteger() const;
    double toNumber() const;  // Integer or Number
    QString toString() const;  // String; for Symbolic the expression
    const ArmArray &array() const;
    const ArmObject &object() const;

    // The member named `name` (case-insensitive); nullptr when absent or not an object.
    const ArmValue *member(QStringView name) const;

    // ARM's type names for messages: "Null", "Bool", "Integer", "Number", "String",
    // "Array", "Object", or "deployment-time value" for Symbolic.
    QString typeName() const;

    // JSON form for output: Symbolic becomes the string "[expression]" (ARM's notation
    // for a value computed during the deployment).
    QJsonValue toJson() const;
    // The value written as an ARM expression literal ('text', 12, true(), json('…'),
    // or the symbolic expression), used when a symbolic call shows its arguments.
    QString toExpressionText() const;
    // Text for a string context (format(), concat(), string()): strings as they are,
    // numbers and bools in ARM's spelling (True/False), arrays and objects as compact JSON.
    QString toDisplayString() const;

    // Deep equality; strings compare case-sensitively, object member names without case.
    bool operator==(const ArmValue &other) const;
    bool operator!=(const ArmValue &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Null;
    std::variant<std::monostate, bool, qint64, double, QString, std::shared_ptr<const ArmArray>,
                 std::shared_ptr<const ArmObject>>
        m_data;
};

}  // namespace mlops::infra
