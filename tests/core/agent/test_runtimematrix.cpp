// RuntimeMatrix: the legs of a `strategy: matrix: $[ … ]` read from the expression's value
// (JSON with single- or double-quoted strings, or an object value), and its errors. The
// orchestration of the legs is covered by the `matrixgenerator` runtime conformance case.

#include "core/agent/runtimematrix.h"

#include <QTest>

using namespace mlops;
using agent::RuntimeMatrix;

namespace {

// "leg: var=value, var=value; leg: …" in leg order.
QString describe(const QList<RuntimeMatrix::Leg> &legs)
{
    QStringList out;
    for (const auto &[name, variables] : legs) {
        QStringList values;
        for (const pipeline::PlanVariable &variable : variables)
            values.append(variable.name + QLatin1Char('=') + variable.value);
        out.append(name + QStringLiteral(": ") + values.join(QStringLiteral(", ")));
    }
    return out.join(QStringLiteral("; "));
}

}  // namespace

class TestRuntimeMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("legs");   // describe() of the result, or empty on error
        QTest::addColumn<QString>("error");  // part of the message, or empty on success
        QTest::newRow("single quotes (matrixgenerator)")
            << QStringLiteral("{'a':{'myvar':'A'}, 'b':{'myvar':'B'}}") << QStringLiteral("a: myvar=A; b: myvar=B") << QString();
        QTest::newRow("double quotes") << QStringLiteral(R"({"linux": {"os": "ubuntu", "py": "3.11"}})")
                                       << QStringLiteral("linux: os=ubuntu, py=3.11") << QString();
        QTest::newRow("quotes inside strings")
            << QStringLiteral(R"({'x':{'say':'he said "hi"', 'it':'it\'s'}, "y": {"v": "a'b"}})")
            << QStringLiteral("x: it=it's, say=he said \"hi\"; y: v=a'b") << QString();
        QTest::newRow("numbers and booleans") << QStringLiteral("{'n':{'count':3, 'ratio':0.5, 'on':true}}")
                                              << QStringLiteral("n: count=3, on=True, ratio=0.5") << QString();
        QTest::newRow("leg name with dash") << QStringLiteral("{'py-311':{'v':'1'}}") << QStringLiteral("py-311: v=1")
                                            << QString();
        QTest::newRow("empty object: no legs") << QStringLiteral("{}") << QString() << QString();
        QTest::newRow("not JSON") << QStringLiteral("a: b") << QString() << QStringLiteral("must be a JSON object of legs");
        QTest::newRow("an array") << QStringLiteral("['a']") << QString() << QStringLiteral("must be a JSON object of legs");
        QTest::newRow("leg not an object") << QStringLiteral("{'a': 'x'}") << QString()
                                           << QStringLiteral("matrix leg 'a' must be an object of variables");
        QTest::newRow("nested value") << QStringLiteral("{'a': {'v': {'w': 1}}}") << QString()
                                      << QStringLiteral("variable 'v' must be a string, number or boolean");
        QTest::newRow("bad leg name") << QStringLiteral("{'a b': {'v': '1'}}") << QString()
                                      << QStringLiteral("matrix leg name 'a b' is not valid");
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, legs);
        QFETCH(QString, error);
        const Result<QList<RuntimeMatrix::Leg>> parsed = RuntimeMatrix::parse(text);
        if (!error.isEmpty()) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
            QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
            return;
        }
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(describe(*parsed), legs);
    }

    void objectValue()
    {
        const pipeline::ExpressionValue value = pipeline::ExpressionValue::object(
            {{QStringLiteral("leg"), pipeline::ExpressionValue::object({{QStringLiteral("v"), pipeline::ExpressionValue::string(QStringLiteral("1"))}})}});
        const Result<QList<RuntimeMatrix::Leg>> legs = RuntimeMatrix::legs(value);
        QVERIFY(legs.ok());
        QCOMPARE(describe(*legs), QStringLiteral("leg: v=1"));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeMatrix)
#include "test_runtimematrix.moc"
