// ExpressionValue: the casting table (LANGUAGE.md §10.3), truthiness (§10.4), number
// text, version parsing/ordering, object member order and case-insensitive lookup.

#include "core/pipeline/expression/expressionvalue.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace mlops::pipeline;
using V = ExpressionValue;

Q_DECLARE_METATYPE(mlops::pipeline::ExpressionValue)

namespace {

V ver(const char *text) { return V::version(*V::VersionValue::parse(QString::fromLatin1(text))); }
V str(const char *text) { return V::string(QString::fromUtf8(text)); }
V arr() { return V::array({V::number(1)}); }
V obj() { return V::object({{QStringLiteral("a"), V::number(1)}}); }

}  // namespace

class TestExpressionValue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toBoolean_data();
    void toBoolean();
    void toNumber_data();
    void toNumber();
    void toStringValue_data();
    void toStringValue();
    void toVersion_data();
    void toVersion();
    void formatNumber_data();
    void formatNumber();
    void versionCompare_data();
    void versionCompare();
    void objectOrderAndLookup();
    void sharingAndIdentity();
    void jsonRoundTrip();
};

void TestExpressionValue::toBoolean_data()
{
    QTest::addColumn<V>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("null") << V() << false;
    QTest::newRow("false") << V::boolean(false) << false;
    QTest::newRow("true") << V::boolean(true) << true;
    QTest::newRow("0") << V::number(0) << false;
    QTest::newRow("-0") << V::number(-0.0) << false;
    QTest::newRow("NaN") << V::number(std::numeric_limits<double>::quiet_NaN()) << false;
    QTest::newRow("0.001") << V::number(0.001) << true;
    QTest::newRow("-1") << V::number(-1) << true;
    QTest::newRow("empty string") << str("") << false;
    QTest::newRow("'false'") << str("false") << true;
    QTest::newRow("'0'") << str("0") << true;
    QTest::newRow("' '") << str(" ") << true;
    QTest::newRow("version 0.0") << ver("0.0") << true;
    QTest::newRow("empty array") << V::array({}) << true;
    QTest::newRow("empty object") << V::object({}) << true;
}

void TestExpressionValue::toBoolean()
{
    QFETCH(V, value);
    QFETCH(bool, expected);
    QCOMPARE(value.toBoolean(), expected);
}

void TestExpressionValue::toNumber_data()
{
    QTest::addColumn<V>("value");
    QTest::addColumn<bool>("convertible");
    QTest::addColumn<double>("expected");
    QTest::newRow("null") << V() << true << 0.0;
    QTest::newRow("false") << V::boolean(false) << true << 0.0;
    QTest::newRow("true") << V::boolean(true) << true << 1.0;
    QTest::newRow("number") << V::number(2.5) << true << 2.5;
    QTest::newRow("''") << str("") << true << 0.0;
    QTest::newRow("'12'") << str("12") << true << 12.0;
    QTest::newRow("' 12 '") << str(" 12 ") << true << 12.0;
    QTest::newRow("'-1.5'") << str("-1.5") << true << -1.5;
    QTest::newRow("'+3'") << str("+3") << true << 3.0;
    QTest::newRow("'.5'") << str(".5") << true << 0.5;
    QTest::newRow("'5.'") << str("5.") << true << 5.0;
    QTest::newRow("'1,234.5'") << str("1,234.5") << true << 1234.5;
    QTest::newRow("'1e3'") << str("1e3") << false << 0.0;
    QTest::newRow("'0x10'") << str("0x10") << false << 0.0;
    QTest::newRow("'abc'") << str("abc") << false << 0.0;
    QTest::newRow("'1.2.3'") << str("1.2.3") << false << 0.0;
    QTest::newRow("' '") << str(" ") << false << 0.0;
    QTest::newRow("'-'") << str("-") << false << 0.0;
    QTest::newRow("',1'") << str(",1") << false << 0.0;
    QTest::newRow("'NaN'") << str("NaN") << false << 0.0;
    QTest::newRow("'Infinity'") << str("Infinity") << false << 0.0;
    QTest::newRow("version") << ver("1.2") << false << 0.0;
    QTest::newRow("array") << arr() << false << 0.0;
    QTest::newRow("object") << obj() << false << 0.0;
}

void TestExpressionValue::toNumber()
{
    QFETCH(V, value);
    QFETCH(bool, convertible);
    QFETCH(double, expected);
    const auto number = value.toNumber();
    QCOMPARE(number.has_value(), convertible);
    if (convertible)
        QCOMPARE(*number, expected);
}

void TestExpressionValue::toStringValue_data()
{
    QTest::addColumn<V>("value");
    QTest::addColumn<bool>("convertible");
    QTest::addColumn<QString>("expected");
    QTest::newRow("null") << V() << true << QString();
    QTest::newRow("true") << V::boolean(true) << true << QStringLiteral("True");
    QTest::newRow("false") << V::boolean(false) << true << QStringLiteral("False");
    QTest::newRow("1") << V::number(1) << true << QStringLiteral("1");
    QTest::newRow("1234567.25") << V::number(1234567.25) << true << QStringLiteral("1234567.25");
    QTest::newRow("string") << str("x") << true << QStringLiteral("x");
    QTest::newRow("version") << ver("1.02.3") << true << QStringLiteral("1.2.3");
    QTest::newRow("array") << arr() << false << QString();
    QTest::newRow("object") << obj() << false << QString();
}

void TestExpressionValue::toStringValue()
{
    QFETCH(V, value);
    QFETCH(bool, convertible);
    QFETCH(QString, expected);
    const auto text = value.toStringValue();
    QCOMPARE(text.has_value(), convertible);
    if (convertible)
        QCOMPARE(*text, expected);
    QCOMPARE(value.toDisplayString(), expected);  // arrays/objects render as ''
}

void TestExpressionValue::toVersion_data()
{
    QTest::addColumn<V>("value");
    QTest::addColumn<QString>("expected");  // empty = not convertible
    QTest::newRow("version") << ver("1.2.3.4") << QStringLiteral("1.2.3.4");
    QTest::newRow("string 1.2") << str("1.2") << QStringLiteral("1.2");
    QTest::newRow("string 1") << str("1") << QString();
    QTest::newRow("string 1.2.3.4.5") << str("1.2.3.4.5") << QString();
    QTest::newRow("string -1.2") << str("-1.2") << QString();
    QTest::newRow("string 1..2") << str("1..2") << QString();
    QTest::newRow("string 2147483648.0") << str("2147483648.0") << QString();
    QTest::newRow("string 2147483647.0") << str("2147483647.0") << QStringLiteral("2147483647.0");
    QTest::newRow("number 1.5") << V::number(1.5) << QStringLiteral("1.5");
    QTest::newRow("number 3") << V::number(3) << QString();
    QTest::newRow("bool") << V::boolean(true) << QString();
    QTest::newRow("null") << V() << QString();
    QTest::newRow("array") << arr() << QString();
}

void TestExpressionValue::toVersion()
{
    QFETCH(V, value);
    QFETCH(QString, expected);
    const auto version = value.toVersion();
    QCOMPARE(version.has_value(), !expected.isEmpty());
    if (version)
        QCOMPARE(version->toString(), expected);
}

void TestExpressionValue::formatNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << 0.0 << QStringLiteral("0");
    QTest::newRow("-0") << -0.0 << QStringLiteral("0");
    QTest::newRow("42") << 42.0 << QStringLiteral("42");
    QTest::newRow("-42.5") << -42.5 << QStringLiteral("-42.5");
    QTest::newRow("1/3") << 1.0 / 3.0 << QStringLiteral("0.333333333333333");
    QTest::newRow("1e15") << 1e15 << QStringLiteral("1E+15");
    QTest::newRow("999999999999999") << 999999999999999.0 << QStringLiteral("999999999999999");
    QTest::newRow("1e-5") << 1e-5 << QStringLiteral("1E-05");
    QTest::newRow("1.5e-7") << 1.5e-7 << QStringLiteral("1.5E-07");
    QTest::newRow("1e100") << 1e100 << QStringLiteral("1E+100");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("NaN");
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QStringLiteral("Infinity");
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QStringLiteral("-Infinity");
}

void TestExpressionValue::formatNumber()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(V::formatNumber(value), expected);
}

void TestExpressionValue::versionCompare_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal") << QStringLiteral("1.2.3") << QStringLiteral("1.2.3") << 0;
    QTest::newRow("numeric parts") << QStringLiteral("1.10.0") << QStringLiteral("1.9.0") << 1;
    QTest::newRow("major wins") << QStringLiteral("1.0.0") << QStringLiteral("0.9.9.9") << 1;
    QTest::newRow("missing build sorts first") << QStringLiteral("1.2") << QStringLiteral("1.2.0") << -1;
    QTest::newRow("missing revision sorts first") << QStringLiteral("1.2.3") << QStringLiteral("1.2.3.0") << -1;
    QTest::newRow("leading zeros") << QStringLiteral("01.002") << QStringLiteral("1.2") << 0;
}

void TestExpressionValue::versionCompare()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, expected);
    const auto a = V::VersionValue::parse(left);
    const auto b = V::VersionValue::parse(right);
    QVERIFY(a && b);
    QCOMPARE(a->compare(*b), expected);
    QCOMPARE(b->compare(*a), -expected);
}

void TestExpressionValue::objectOrderAndLookup()
{
    const V object = V::object({{QStringLiteral("Zeta"), V::number(1)},
                                {QStringLiteral("alpha"), V::number(2)},
                                {QStringLiteral("ZETA"), V::number(3)}});
    QCOMPARE(object.size(), 2);
    QCOMPARE(object.objectMembers().at(0).first, QStringLiteral("Zeta"));  // first spelling kept
    QCOMPARE(object.objectMembers().at(0).second.numberValue(), 3.0);      // later value wins
    QCOMPARE(object.objectMembers().at(1).first, QStringLiteral("alpha"));
    QVERIFY(object.member(QStringLiteral("zeta")));
    QVERIFY(object.member(QStringLiteral("ALPHA")));
    QVERIFY(!object.member(QStringLiteral("beta")));
    QVERIFY(!V::number(1).member(QStringLiteral("x")));
    QVERIFY(!arr().item(1));
    QVERIFY(!arr().item(-1));
    QVERIFY(arr().item(0));
    QCOMPARE(object.toJsonText(), QStringLiteral("{\n  \"Zeta\": 3,\n  \"alpha\": 2\n}"));
}

void TestExpressionValue::sharingAndIdentity()
{
    const V a = arr();
    const V copy = a;  // same instance
    QVERIFY(a.equals(copy));
    QVERIFY(!a.equals(arr()));  // equal content, different instance
    QVERIFY(a.sameAs(arr()));   // structural comparison for tests
    QVERIFY(!a.compare(copy).has_value());
    QVERIFY(V().equals(str("")));
    QVERIFY(!V().equals(V::number(0)));
}

void TestExpressionValue::jsonRoundTrip()
{
    const V value = V::fromJson(QJsonValue::fromVariant(QVariantMap{
        {QStringLiteral("list"), QVariantList{1, QStringLiteral("two"), true, QVariant()}},
        {QStringLiteral("text"), QStringLiteral("line\nbreak \"quoted\"")}}));
    QCOMPARE(value.kind(), V::Kind::Object);
    QCOMPARE(value.toJsonText(),
             QStringLiteral("{\n  \"list\": [\n    1,\n    \"two\",\n    true,\n    null\n  ],\n"
                            "  \"text\": \"line\\nbreak \\\"quoted\\\"\"\n}"));
    QCOMPARE(V::string(QString(QChar(0x01))).toJsonText(), QStringLiteral("\"\\u0001\""));
    QCOMPARE(V::number(std::numeric_limits<double>::infinity()).toJsonText(), QStringLiteral("\"Infinity\""));
}

QTEST_GUILESS_MAIN(TestExpressionValue)
#include "test_expression_value.moc"
