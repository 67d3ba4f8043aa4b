// ArmExpression: what is an expression, the "[[" escape, the syntax tree of nested calls,
// property and index access, and syntax errors with the column inside the expression.

#include "core/infra/armexpression.h"

#include <QTest>

using namespace mlops::infra;

namespace {

// The tree written back in a canonical form, to compare parses.
QString dump(const ArmExpression &e)
{
    switch (e.kind) {
    case ArmExpression::Kind::String:
        return QStringLiteral("'%1'").arg(e.text);
    case ArmExpression::Kind::Integer:
        return QString::number(e.integer);
    case ArmExpression::Kind::Call: {
        QStringList args;
        for (const ArmExpression &c : e.children)
            args.append(dump(c));
        return QStringLiteral("%1(%2)").arg(e.text, args.join(QLatin1Char(',')));
    }
    case ArmExpression::Kind::Property:
        return dump(e.children.at(0)) + QLatin1Char('.') + e.text;
    case ArmExpression::Kind::Index:
        return dump(e.children.at(0)) + QLatin1Char('[') + dump(e.children.at(1)) + QLatin1Char(']');
    }
    return {};
}

}  // namespace

class TestArmExpression : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isExpression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expression");
        QTest::addColumn<QString>("literal");
        QTest::newRow("call") << QStringLiteral("[parameters('a')]") << true << QString();
        QTest::newRow("plain") << QStringLiteral("hello") << false << QStringLiteral("hello");
        QTest::newRow("escaped") << QStringLiteral("[[not an expression]") << false << QStringLiteral("[not an expression]");
        QTest::newRow("no closing bracket") << QStringLiteral("[abc") << false << QStringLiteral("[abc");
        QTest::newRow("trailing text") << QStringLiteral("[a] b") << false << QStringLiteral("[a] b");
        QTest::newRow("empty") << QString() << false << QString();
    }

    void isExpression()
    {
        QFETCH(QString, text);
        QFETCH(bool, expression);
        QFETCH(QString, literal);
        QCOMPARE(ArmExpression::isExpression(text), expression);
        if (!expression)
            QCOMPARE(ArmExpression::literal(text), literal);
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tree");
        QTest::newRow("nested") << QStringLiteral("[concat(parameters('a'), '-', toLower( variables ('b') ))]")
                                << QStringLiteral("concat(parameters('a'),'-',toLower(variables('b')))");
        QTest::newRow("quote escape") << QStringLiteral("[concat('it''s', '')]") << QStringLiteral("concat('it's','')");
        QTest::newRow("integers") << QStringLiteral("[add(-3, 42)]") << QStringLiteral("add(-3,42)");
        QTest::newRow("property chain") << QStringLiteral("[reference('x').outputs.value]")
                                        << QStringLiteral("reference('x').outputs.value");
        QTest::newRow("index and property") << QStringLiteral("[parameters('list')[1].name]")
                                            << QStringLiteral("parameters('list')[1].name");
        QTest::newRow("string index") << QStringLiteral("[variables('map')['key']]") << QStringLiteral("variables('map')['key']");
        QTest::newRow("no arguments") << QStringLiteral("[resourceGroup().location]") << QStringLiteral("resourceGroup().location");
        QTest::newRow("namespaced") << QStringLiteral("[contoso.unique('a')]") << QStringLiteral("contoso.unique('a')");
        QTest::newRow("brackets inside string") << QStringLiteral("['[x]']") << QStringLiteral("'[x]'");
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, tree);
        ArmExpression e;
        ArmProblem problem;
        QVERIFY2(ArmExpression::parse(text, e, problem), qPrintable(problem.message));
        QCOMPARE(dump(e), tree);
    }

    void offsets()
    {
        ArmExpression e;
        ArmProblem problem;
        QVERIFY(ArmExpression::parse(QStringLiteral("[concat('a', toUpper('b'))]"), e, problem));
        QCOMPARE(e.offset, 1);
        QCOMPARE(e.children.at(0).offset, 8);
        QCOMPARE(e.children.at(1).offset, 13);
        QCOMPARE(e.children.at(1).children.at(0).offset, 21);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");  // 1-based, '[' is column 1
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("[ ]") << 3 << QStringLiteral("empty expression");
        QTest::newRow("unclosed call") << QStringLiteral("[concat('a', 'b']") << 8 << QStringLiteral("'(' of concat is not closed");
        QTest::newRow("missing comma") << QStringLiteral("[concat('a' 'b')]") << 13 << QStringLiteral("expected ',' or ')'");
        QTest::newRow("unclosed string") << QStringLiteral("[concat('a)]") << 9 << QStringLiteral("this string is not closed");
        QTest::newRow("bare word") << QStringLiteral("[concat(abc)]") << 12 << QStringLiteral("expected '(' after the function name 'abc'");
        QTest::newRow("true without parentheses") << QStringLiteral("[if(true, 1, 2)]") << 5 << QStringLiteral("'true' is a function");
        QTest::newRow("double quotes") << QStringLiteral("[concat(\"a\")]") << 9 << QStringLiteral("strings in expressions are written in single quotes");
        QTest::newRow("fraction") << QStringLiteral("[add(1.5, 2)]") << 7 << QStringLiteral("ARM expressions have integers only");
        QTest::newRow("trailing") << QStringLiteral("[variables('a') x]") << 17 << QStringLiteral("unexpected 'x' after the end");
        QTest::newRow("dangling dot") << QStringLiteral("[resourceGroup().]") << 18 << QStringLiteral("expected a property name after '.'");
        QTest::newRow("empty index") << QStringLiteral("[variables('a')[]]") << 17 << QStringLiteral("expected an index");
        QTest::newRow("trailing comma") << QStringLiteral("[concat('a', )]") << 14 << QStringLiteral("expected an argument after ','");
        QTest::newRow("overflow") << QStringLiteral("[add(99999999999999999999, 1)]") << 6 << QStringLiteral("the integer 99999999999999999999 does not fit in 64 bits");
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        ArmExpression e;
        ArmProblem problem;
        QVERIFY(!ArmExpression::parse(text, e, problem));
        QVERIFY2(problem.message.startsWith(message), qPrintable(problem.message));
        QCOMPARE(int(problem.offset) + 1, column);
    }
};

QTEST_GUILESS_MAIN(TestArmExpression)
#include "test_armexpression.moc"
