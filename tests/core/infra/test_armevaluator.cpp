// ArmEvaluator with the function table: each function on typical and edge inputs,
// deployment-time values kept symbolic, if() evaluating one branch, errors naming the
// column inside the expression, and ArmHash (uniqueString, guid) against values Azure
// produced.

#include "core/infra/armevaluator.h"
#include "core/infra/armfunctions.h"
#include "core/infra/armhash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mlops;
using namespace mlops::infra;

namespace {

class FakeScope final : public ArmScope {
public:
    FakeScope()
    {
        m_deployment.subscriptionId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        m_deployment.tenantId = QStringLiteral("99999999-8888-7777-6666-555555555555");
        m_deployment.resourceGroup = QStringLiteral("rg1");
        m_deployment.location = QStringLiteral("japaneast");
        m_deployment.deploymentName = QStringLiteral("deploy1");
        m_parameters.insert(QStringLiteral("basename"), ArmValue::fromString(QStringLiteral("MLops")));
        m_parameters.insert(QStringLiteral("count"), ArmValue::fromInteger(3));
        m_parameters.insert(QStringLiteral("list"), ArmValue::fromJson(QJsonArray{1, 2, 3}));
        m_parameters.insert(QStringLiteral("obj"), ArmValue::fromJson(QJsonObject{{QStringLiteral("a"), 1},
                                                                                   {QStringLiteral("nested"), QJsonObject{{QStringLiteral("b"), 2}}}}));
        m_variables.insert(QStringLiteral("prefix"), ArmValue::fromString(QStringLiteral("pre")));
    }

    const DeploymentContext &deployment() const override { return m_deployment; }
    QString contentVersion() const override { return QStringLiteral("1.0.0.0"); }
    Result<ArmValue> parameter(const QString &name) override
    {
        if (!m_parameters.contains(name.toLower()))
            return makeError(ErrorCode::NotFound, QStringLiteral("the template has no parameter '%1'").arg(name));
        return m_parameters.value(name.toLower());
    }
    Result<ArmValue> variable(const QString &name) override
    {
        if (!m_variables.contains(name.toLower()))
            return makeError(ErrorCode::NotFound, QStringLiteral("the template has no variable '%1'").arg(name));
        return m_variables.value(name.toLower());
    }
    Result<qint64> copyIndex(const QString &) override
    {
        if (m_copyIndex < 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("copyIndex() can only be used inside a copy loop"));
        return m_copyIndex;
    }
    Result<void> allow(Restricted what, const QString &function) override
    {
        if (what == Restricted::Reference && !m_referenceAllowed)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1() is not allowed here").arg(function));
        if (what == Restricted::NonDeterministic)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1() only in a defaultValue").arg(function));
        return {};
    }
    void noteReference(const QString &target) override { references.append(target); }

    QStringList references;
    qint64 m_copyIndex = -1;
    bool m_referenceAllowed = true;

private:
    DeploymentContext m_deployment;
    QHash<QString, ArmValue> m_parameters;
    QHash<QString, ArmValue> m_variables;
};

QString compact(const ArmValue &v)
{
    const QJsonValue json = v.toJson();
    return QString::fromUtf8(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

}  // namespace

class TestArmEvaluator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("json");  // the result, compact JSON

        auto row = [](const char *name, const char *expression, const char *json) {
            QTest::newRow(name) << QString::fromUtf8(expression) << QString::fromUtf8(json);
        };
        row("literal", "plain text", "\"plain text\"");
        row("escaped literal", "[[x]", "\"[x]\"");
        row("parameters", "[parameters('baseName')]", "\"MLops\"");
        row("case-insensitive names", "[PARAMETERS('BASENAME')]", "\"MLops\"");
        row("variables", "[variables('prefix')]", "\"pre\"");
        row("concat strings", "[concat(parameters('baseName'), '-', 12, true())]", "\"MLops-12True\"");
        row("concat arrays", "[concat(parameters('list'), createArray(4))]", "[1,2,3,4]");
        row("format", "[format('{0}-{1:D3}-{{x}}-{2,4}|{3:N1}', 'a', 7, 'b', 1234)]", "\"a-007-{x}-   b|1,234.0\"");
        row("toLower toUpper", "[concat(toLower('AbC'), toUpper('dEf'))]", "\"abcDEF\"");
        row("trim substring", "[substring(trim('  hello  '), 1, 3)]", "\"ell\"");
        row("replace", "[replace('a-b-c', '-', '')]", "\"abc\"");
        row("split", "[split('a,b;c', createArray(',', ';'))]", "[\"a\",\"b\",\"c\"]");
        row("startsWith ignores case", "[startsWith('Microsoft.Storage', 'microsoft.')]", "true");
        row("endsWith", "[endsWith('abc', 'BC')]", "true");
        row("contains string is case-sensitive", "[contains('abc', 'B')]", "false");
        row("contains array", "[contains(parameters('list'), 2)]", "true");
        row("contains object key", "[contains(parameters('obj'), 'A')]", "true");
        row("indexOf ignores case", "[indexOf('abcABC', 'BC')]", "1");
        row("lastIndexOf", "[lastIndexOf('abcabc', 'bc')]", "4");
        row("padLeft", "[padLeft(7, 3, '0')]", "\"007\"");
        row("string of object", "[string(parameters('obj'))]", "\"{\\\"a\\\":1,\\\"nested\\\":{\\\"b\\\":2}}\"");
        row("length", "[createArray(length('abcd'), length(parameters('list')), length(parameters('obj')))]", "[4,3,2]");
        row("empty", "[createArray(empty(''), empty(createArray()), empty(json('{}')), empty('x'))]", "[true,true,true,false]");
        row("first last", "[createArray(first('abc'), last(parameters('list')))]", "[\"a\",3]");
        row("take skip", "[createArray(take('abcdef', 2), skip(parameters('list'), 1), take('ab', 10))]", "[\"ab\",[2,3],\"ab\"]");
        row("union objects deep", "[union(parameters('obj'), json('{\"nested\":{\"c\":3},\"d\":4}'))]",
            "{\"a\":1,\"d\":4,\"nested\":{\"b\":2,\"c\":3}}");
        row("union arrays", "[union(createArray(1,2), createArray(2,3))]", "[1,2,3]");
        row("intersection", "[intersection(createArray(1,2,3), createArray(3,2,5))]", "[2,3]");
        row("coalesce", "[coalesce(null(), null(), 'x')]", "\"x\"");
        row("createObject", "[createObject('k', 1, 'l', createArray('m'))]", "{\"k\":1,\"l\":[\"m\"]}");
        row("json", "[json('{\"a\":[1,true,null]}').a[1]]", "true");
        row("json scalar", "[json('null')]", "null");
        row("property and index", "[parameters('obj').nested['B']]", "2");
        row("array index", "[parameters('list')[2]]", "3");
        row("if picks a branch", "[if(equals(parameters('count'), 3), 'three', 'other')]", "\"three\"");
        row("if does not evaluate the other branch", "[if(true(), 'ok', parameters('missing'))]", "\"ok\"");
        row("logic", "[createArray(and(true(), not(false())), or(false(), false()), bool('TRUE'), bool(0))]", "[true,false,true,false]");
        row("comparisons", "[createArray(less(1, 2), greaterOrEquals('b', 'a'), lessOrEquals(2, 2), greater('A', 'a'))]",
            "[true,true,true,false]");
        row("equals deep", "[equals(json('{\"a\":[1,2]}'), createObject('A', createArray(1, 2)))]", "true");
        row("equals strings are case-sensitive", "[equals('a', 'A')]", "false");
        row("arithmetic", "[createArray(add(1, 2), sub(1, 5), mul(-3, 4), div(7, 2), mod(7, 3), div(-7, 2))]", "[3,-4,-12,3,1,-3]");
        row("min max", "[createArray(min(3, 1, 2), max(parameters('list')))]", "[1,3]");
        row("int", "[add(int('41'), 1)]", "42");
        row("range", "[range(5, 3)]", "[5,6,7]");
        row("base64 round trip", "[base64ToString(base64('héllo'))]", "\"héllo\"");
        row("uriComponent", "[uriComponent('a b/c')]", "\"a%20b%2Fc\"");
        row("uri", "[uri('https://example.com/a/b', 'c')]", "\"https://example.com/a/c\"");
        row("resourceGroup", "[resourceGroup()]",
            "{\"id\":\"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg1\",\"location\":\"japaneast\","
            "\"name\":\"rg1\",\"properties\":{\"provisioningState\":\"Succeeded\"},\"tags\":{},\"type\":\"Microsoft.Resources/resourceGroups\"}");
        row("subscription", "[subscription().tenantId]", "\"99999999-8888-7777-6666-555555555555\"");
        row("deployment", "[deployment().name]", "\"deploy1\"");
        row("resourceId", "[resourceId('Microsoft.Storage/storageAccounts', 'sa1')]",
            "\"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/sa1\"");
        row("resourceId child", "[resourceId('otherRg', 'Microsoft.Storage/storageAccounts/blobServices', 'sa1', 'default')]",
            "\"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/otherRg/providers/Microsoft.Storage/storageAccounts/sa1/blobServices/default\"");
        row("resourceId other subscription", "[resourceId('sub2', 'rg2', 'Microsoft.KeyVault/vaults', 'kv')]",
            "\"/subscriptions/sub2/resourceGroups/rg2/providers/Microsoft.KeyVault/vaults/kv\"");
        row("subscriptionResourceId", "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'r1')]",
            "\"/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.Authorization/roleDefinitions/r1\"");
        row("tenantResourceId", "[tenantResourceId('Microsoft.Management/managementGroups', 'mg')]",
            "\"/providers/Microsoft.Management/managementGroups/mg\"");
        row("extensionResourceId", "[extensionResourceId('/x/y', 'Microsoft.Authorization/locks', 'l1')]",
            "\"/x/y/providers/Microsoft.Authorization/locks/l1\"");
        row("uniqueString", "[uniqueString('test')]", "\"rbgf3xv4ufgzg\"");
        row("reference is symbolic", "[reference(resourceId('Microsoft.Storage/storageAccounts', 'sa1'), '2023-01-01').primaryEndpoints.blob]",
            "\"[reference('/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/sa1', "
            "'2023-01-01').primaryEndpoints.blob]\"");
        row("symbolic flows through pure functions", "[concat('https://', reference('sa1').host)]",
            "\"[concat('https://', reference('sa1').host)]\"");
        row("listKeys is symbolic", "[listKeys('sa1', '2023-01-01').keys[0].value]", "\"[listKeys('sa1', '2023-01-01').keys[0].value]\"");
        row("createArray keeps symbolic items", "[createArray(1, reference('x').y)]", "[1,\"[reference('x').y]\"]");
        row("symbolic if condition", "[if(reference('x').on, 'a', 'b')]", "\"[if(reference('x').on, 'a', 'b')]\"");
        row("environment is symbolic", "[environment().suffixes.storage]", "\"[environment().suffixes.storage]\"");
    }

    void evaluates()
    {
        QFETCH(QString, expression);
        QFETCH(QString, json);
        FakeScope scope;
        ArmEvaluator evaluator(scope);
        ArmValue value;
        ArmProblem problem;
        QVERIFY2(evaluator.evaluateString(expression, value, problem),
                 qPrintable(QStringLiteral("column %1: %2").arg(problem.offset + 1).arg(problem.message)));
        QCOMPARE(compact(value), json);
    }

    void referencesAreReported()
    {
        FakeScope scope;
        ArmEvaluator evaluator(scope);
        ArmValue value;
        ArmProblem problem;
        QVERIFY(evaluator.evaluateString(QStringLiteral("[concat(reference('a').x, listKeys('b', '2020-01-01').k)]"), value, problem));
        QCOMPARE(scope.references, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void copyIndex()
    {
        FakeScope scope;
        scope.m_copyIndex = 2;
        ArmEvaluator evaluator(scope);
        ArmValue value;
        ArmProblem problem;
        QVERIFY(evaluator.evaluateString(QStringLiteral("[createArray(copyIndex(), copyIndex(1), copyIndex('loop', 10))]"), value, problem));
        QCOMPARE(compact(value), QStringLiteral("[2,3,12]"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *expression, int column, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(expression) << column << QString::fromUtf8(message);
        };
        row("unknown function", "[concat('a', toLowr('B'))]", 14, "unknown function 'toLowr' (did you mean toLower?)");
        row("user-defined function", "[ns.fn('a')]", 2, "unknown function 'ns.fn' (user-defined functions are not supported offline)");
        row("arity", "[toLower('a', 'b')]", 2, "toLower() takes 1 argument, 2 given");
        row("arity range", "[substring('a')]", 2, "substring() takes 2 to 3 arguments, 1 given");
        row("argument type", "[toLower(parameters('count'))]", 10, "the argument of toLower() must be a String, not an Integer");
        row("second argument type", "[add(1, 'x')]", 9, "the 2nd argument of add() must be an Integer, not a String");
        row("missing parameter", "[parameters('nope')]", 13, "the template has no parameter 'nope'");
        row("missing property", "[parameters('obj').zz]", 19, "the object has no property 'zz' (it has: a, nested)");
        row("property of a string", "[parameters('baseName').x]", 24, "cannot read the property 'x' of String");
        row("index out of range", "[parameters('list')[5]]", 21, "the index 5 is outside the array (it has 3 items)");
        row("if condition type", "[if('yes', 1, 2)]", 5, "the condition of if() must be a Bool, not String");
        row("division by zero", "[div(1, 0)]", 9, "div() by zero");
        row("overflow", "[mul(9223372036854775807, 2)]", 2, "mul(9223372036854775807, 2) overflows a 64-bit integer");
        row("concat mixed", "[concat('a', createArray(1))]", 14, "concat() joins either strings or arrays, not both");
        row("resourceId names", "[resourceId('Microsoft.Storage/storageAccounts/blobServices', 'sa')]", 13,
            "the type 'Microsoft.Storage/storageAccounts/blobServices' needs 2 resource name argument(s), 1 given");
        row("resourceId without type", "[resourceId('a', 'b')]", 2, "resourceId() needs a resource type");
        row("copyIndex outside a loop", "[copyIndex()]", 2, "copyIndex() can only be used inside a copy loop");
        row("format missing argument", "[format('{0} {1}', 'a')]", 9, "format(): '{1}' refers to argument 1, but only 1 follow");
        row("substring range", "[substring('abc', 1, 5)]", 22, "substring(): 5 characters from index 1 go past the end");
        row("json invalid", "[json('{x')]", 7, "json(): '{x' is not valid JSON");
        row("uniqueString needs strings", "[uniqueString('a', 1)]", 20, "the 2nd argument of uniqueString() must be a String");
        row("newGuid outside defaultValue", "[newGuid()]", 2, "newGuid() only in a defaultValue");
        row("createObject odd", "[createObject('a')]", 2, "createObject() takes key, value pairs");
        row("range too long", "[range(0, 10001)]", 11, "range() count must be between 0 and 10000");
    }

    void errors()
    {
        QFETCH(QString, expression);
        QFETCH(int, column);
        QFETCH(QString, message);
        FakeScope scope;
        ArmEvaluator evaluator(scope);
        ArmValue value;
        ArmProblem problem;
        QVERIFY(!evaluator.evaluateString(expression, value, problem));
        QVERIFY2(problem.message.startsWith(message), qPrintable(problem.message));
        QCOMPARE(int(problem.offset) + 1, column);
    }

    void referenceNotAllowed()
    {
        FakeScope scope;
        scope.m_referenceAllowed = false;
        ArmEvaluator evaluator(scope);
        ArmValue value;
        ArmProblem problem;
        QVERIFY(!evaluator.evaluateString(QStringLiteral("[concat('a', reference('x').y)]"), value, problem));
        QCOMPARE(problem.message, QStringLiteral("reference() is not allowed here"));
        QCOMPARE(problem.offset, 13);
    }

    // Values computed by Azure Resource Manager for the same inputs (published alongside
    // independent reimplementations); uniqueString must never change.
    void uniqueString_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("test") << QStringList{QStringLiteral("test")} << QStringLiteral("rbgf3xv4ufgzg");
        QTest::newRow("hello world") << QStringList{QStringLiteral("hello"), QStringLiteral("world")} << QStringLiteral("a7wkljktk6wne");
        QTest::newRow("abc") << QStringList{QStringLiteral("abc")} << QStringLiteral("cgtzqvhu4i23s");
        QTest::newRow("resource group id")
            << QStringList{QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg")}
            << QStringLiteral("bmg7c6xu4tw46");
        QTest::newRow("three") << QStringList{QStringLiteral("foo"), QStringLiteral("bar"), QStringLiteral("baz")}
                               << QStringLiteral("xzi4ioaxtmth4");
    }

    void uniqueString()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(ArmHash::uniqueString(arguments), expected);
    }

    void uniqueStringShape()
    {
        // Every tail length (0–7 bytes after the 8-byte blocks) gives 13 base-32 characters.
        static const QRegularExpression shape(QStringLiteral("^[a-z2-7]{13}$"));
        QSet<QString> seen;
        QString input;
        for (int i = 0; i < 40; ++i) {
            const QString value = ArmHash::uniqueString({input});
            QVERIFY2(shape.match(value).hasMatch(), qPrintable(value));
            seen.insert(value);
            input += QLatin1Char('a' + i % 26);
        }
        QCOMPARE(seen.size(), 40);
        QCOMPARE(ArmHash::uniqueString({QStringLiteral("a"), QStringLiteral("b")}), ArmHash::uniqueString({QStringLiteral("a-b")}));
    }

    void guid()
    {
        const QString g = ArmHash::guid({QStringLiteral("a"), QStringLiteral("b")});
        static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(shape.match(g).hasMatch(), qPrintable(g));
        QCOMPARE(ArmHash::guid({QStringLiteral("a-b")}), g);
        QVERIFY(ArmHash::guid({QStringLiteral("a"), QStringLiteral("c")}) != g);
    }

    void functionTable()
    {
        for (const char *name : {"concat", "format", "toLower", "toUpper", "uniqueString", "resourceGroup", "subscription",
                                 "resourceId", "reference", "if", "equals", "parameters", "variables", "copyIndex", "guid"})
            QVERIFY2(ArmFunctions::find(QString::fromLatin1(name)), name);
        QVERIFY(ArmFunctions::find(QStringLiteral("listAccountSas")));  // any list*
        QVERIFY(!ArmFunctions::find(QStringLiteral("list")));
        QVERIFY(!ArmFunctions::find(QStringLiteral("nosuch")));
        QCOMPARE(ArmFunctions::suggestion(QStringLiteral("uniquestrng")), QStringLiteral("uniqueString"));
        QVERIFY(ArmFunctions::suggestion(QStringLiteral("completelydifferent")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArmEvaluator)
#include "test_armevaluator.moc"
