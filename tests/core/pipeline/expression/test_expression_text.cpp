// ExpressionText: `${{ }}` interpolation (whole-scalar typing vs embedded text,
// LANGUAGE.md §5, §10.5), error positions inside the whole text, `$[ ]` detection, and
// the Expression API the template expander embeds.

#include "expressiontestcontext.h"

#include "core/pipeline/expression/expressiontext.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace mlops::pipeline;

class TestExpressionText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void interpolate_data();
    void interpolate();
    void errors_data();
    void errors();
    void runtimeExpression_data();
    void runtimeExpression();
    void pieces();
    void parseOnceEvaluateMany();
    void conditionWithTemplatePieces();
    void errorFormatting();
    void conformanceExpressionsParse();

private:
    static test::TestSetup setup(const QString &json)
    {
        test::TestSetup s;
        QString error;
        if (!test::makeSetup(QStringLiteral("t"), json, &s, &error))
            qFatal("bad setup: %s", qPrintable(error));
        return s;
    }
};

static const char *kContext =
    R"({"parameters":{"x":1,"name":"web","flag":true,"pool":{"vmImage":"ubuntu-latest"},"list":["a","b"],"nothing":null}})";

void TestExpressionText::interpolate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");  // same spec as the .tsv files

    QTest::newRow("plain text") << QStringLiteral("plain") << QStringLiteral("s:plain");
    QTest::newRow("empty text") << QString() << QStringLiteral("s:");
    QTest::newRow("macro untouched") << QStringLiteral("$(Build.BuildId)") << QStringLiteral("s:$(Build.BuildId)");
    QTest::newRow("runtime untouched") << QStringLiteral("$[ variables.a ]") << QStringLiteral("s:$[ variables.a ]");
    QTest::newRow("whole number keeps type") << QStringLiteral("${{ parameters.x }}") << QStringLiteral("=1");
    QTest::newRow("whole bool keeps type") << QStringLiteral("${{ true }}") << QStringLiteral("=true");
    QTest::newRow("whole object keeps type") << QStringLiteral("${{ parameters.pool }}")
                                             << QStringLiteral(R"(={"vmImage":"ubuntu-latest"})");
    QTest::newRow("whole array keeps type") << QStringLiteral("${{parameters.list}}") << QStringLiteral(R"(=["a","b"])");
    QTest::newRow("whole null") << QStringLiteral("${{ parameters.nothing }}") << QStringLiteral("=null");
    QTest::newRow("whole version") << QStringLiteral("${{ 1.2.3 }}") << QStringLiteral("v:1.2.3");
    QTest::newRow("embedded number") << QStringLiteral("v${{ parameters.x }}-rc") << QStringLiteral("s:v1-rc");
    QTest::newRow("embedded bool renders True") << QStringLiteral("flag=${{ parameters.flag }}")
                                                << QStringLiteral("s:flag=True");
    QTest::newRow("embedded null renders empty") << QStringLiteral("[${{ parameters.nothing }}]") << QStringLiteral("s:[]");
    QTest::newRow("two expressions") << QStringLiteral("${{ 1 }}${{ 2 }}") << QStringLiteral("s:12");
    QTest::newRow("leading space is text") << QStringLiteral(" ${{ true }}") << QStringLiteral("s: True");
    QTest::newRow("many pieces") << QStringLiteral("stage_${{ parameters.name }}_${{ upper(parameters.name) }}_end")
                                 << QStringLiteral("s:stage_web_WEB_end");
    QTest::newRow("closing braces inside a string") << QStringLiteral("a ${{ '}}' }} b") << QStringLiteral("s:a }} b");
    QTest::newRow("escaped quote") << QStringLiteral("${{ 'it''s' }}") << QStringLiteral("s:it's");
    QTest::newRow("literal marker") << QStringLiteral("${{ '${{' }}") << QStringLiteral("s:${{");
    QTest::newRow("multi-line expression") << QStringLiteral("${{ eq(\n  1,\n  parameters.x) }}") << QStringLiteral("=true");
    QTest::newRow("convertToJson embeds objects") << QStringLiteral("json: ${{ convertToJson(parameters.list) }}")
                                                  << QStringLiteral(R"(="json: [\n  \"a\",\n  \"b\"\n]")");
    QTest::newRow("no space braces") << QStringLiteral("${{parameters.name}}") << QStringLiteral("s:web");
    QTest::newRow("single brace text") << QStringLiteral("${ not } {{ x }}") << QStringLiteral("s:${ not } {{ x }}");
}

void TestExpressionText::interpolate()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const test::TestSetup s = setup(QString::fromUtf8(kContext));
    const auto result = ExpressionText::evaluate(text, s.options, *s.context);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    ExpressionValue want;
    QString specError;
    QVERIFY2(test::parseExpectedValue(expected, &want, &specError), qPrintable(specError));
    QVERIFY2(result->sameAs(want), qPrintable(test::describe(result.value()) + QStringLiteral(" != ") + test::describe(want)));
}

void TestExpressionText::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");      // inside the expression body
    QTest::addColumn<int>("textColumn");  // inside the whole text

    QTest::newRow("syntax error") << QStringLiteral("abc ${{ 3 + 4 }}") << QStringLiteral("Unexpected symbol: '+'") << 4 << 11;
    QTest::newRow("unknown named value") << QStringLiteral("${{ nothing }}")
                                         << QStringLiteral("Unrecognized named-value: 'nothing'") << 2 << 5;
    QTest::newRow("unknown function") << QStringLiteral("x${{ nothing() }}")
                                      << QStringLiteral("Unrecognized function: 'nothing'") << 2 << 6;
    QTest::newRow("second piece") << QStringLiteral("${{ 1 }} and ${{ eq(1) }}")
                                  << QStringLiteral("Too few parameters supplied: 'eq'") << 2 << 18;
    QTest::newRow("unclosed") << QStringLiteral("pre ${{ true") << QStringLiteral("not closed") << 0 << 5;
    QTest::newRow("unclosed string") << QStringLiteral("${{ ' }}") << QStringLiteral("not closed") << 0 << 1;
    QTest::newRow("empty expression") << QStringLiteral("${{ }}") << QStringLiteral("The expression is empty") << 0 << 4;
    QTest::newRow("array in text") << QStringLiteral("list: ${{ parameters.list }}")
                                   << QStringLiteral("Unable to convert from Array to String") << 1 << 10;
    QTest::newRow("object in text") << QStringLiteral("${{ parameters.pool }}!")
                                    << QStringLiteral("Unable to convert from Object to String") << 1 << 4;
    QTest::newRow("evaluation error in whole value") << QStringLiteral("${{ gt(1, 'x') }}")
                                                     << QStringLiteral("Unable to convert from String to Number") << 2 << 5;
}

void TestExpressionText::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, column);
    QFETCH(int, textColumn);
    const test::TestSetup s = setup(QString::fromUtf8(kContext));
    const auto result = ExpressionText::evaluate(text, s.options, *s.context);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(result.error().column, column);
    QCOMPARE(result.error().textColumn, textColumn);
}

void TestExpressionText::runtimeExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isRuntime");
    QTest::addColumn<QString>("body");
    QTest::newRow("whole") << QStringLiteral("$[ variables.a ]") << true << QStringLiteral(" variables.a ");
    QTest::newRow("surrounding space") << QStringLiteral("  $[x]  ") << true << QStringLiteral("x");
    QTest::newRow("counter") << QStringLiteral("$[counter(variables['major'], 100)]") << true
                             << QStringLiteral("counter(variables['major'], 100)");
    QTest::newRow("prefix text") << QStringLiteral("pre-$[ x ]") << false << QString();
    QTest::newRow("suffix text") << QStringLiteral("$[ x ] post") << false << QString();
    QTest::newRow("macro") << QStringLiteral("$(x)") << false << QString();
    QTest::newRow("template") << QStringLiteral("${{ x }}") << false << QString();
    QTest::newRow("too short") << QStringLiteral("$[") << false << QString();
}

void TestExpressionText::runtimeExpression()
{
    QFETCH(QString, text);
    QFETCH(bool, isRuntime);
    QFETCH(QString, body);
    const auto extracted = ExpressionText::runtimeExpression(text);
    QCOMPARE(extracted.has_value(), isRuntime);
    if (extracted)
        QCOMPARE(*extracted, body);
}

void TestExpressionText::pieces()
{
    const test::TestSetup s = setup(QString::fromUtf8(kContext));
    const auto parsed = ExpressionText::parse(QStringLiteral("a${{ 1 }}bc${{ 2 }}"), s.options);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->hasExpressions());
    QVERIFY(!parsed->isWholeExpression());
    const auto &pieces = parsed->pieces();
    QCOMPARE(pieces.size(), 4);
    QCOMPARE(pieces.at(0).literal, QStringLiteral("a"));
    QCOMPARE(pieces.at(0).offset, 0);
    QVERIFY(pieces.at(1).expression.has_value());
    QCOMPARE(pieces.at(1).expression->text(), QStringLiteral(" 1 "));
    QCOMPARE(pieces.at(1).offset, 1);
    QCOMPARE(pieces.at(2).literal, QStringLiteral("bc"));
    QCOMPARE(pieces.at(2).offset, 9);
    QCOMPARE(pieces.at(3).offset, 11);
    QVERIFY(ExpressionText::containsTemplateExpression(QStringLiteral("x ${{ y }}")));
    QVERIFY(!ExpressionText::containsTemplateExpression(QStringLiteral("x $( y )")));
    const auto plain = ExpressionText::parse(QStringLiteral("plain"), s.options);
    QVERIFY(plain.ok());
    QVERIFY(!plain->hasExpressions());
}

void TestExpressionText::parseOnceEvaluateMany()
{
    const auto parsed = Expression::parse(QStringLiteral("format('{0}-{1}', parameters.a, length(parameters.b))"),
                                          ExpressionParseOptions::forTemplate());
    QVERIFY(parsed.ok());
    SimpleExpressionContext first;
    first.setNamedValue(QStringLiteral("Parameters"),
                        ExpressionValue::object({{QStringLiteral("a"), ExpressionValue::string(QStringLiteral("x"))},
                                                 {QStringLiteral("b"), ExpressionValue::string(QStringLiteral("abc"))}}));
    SimpleExpressionContext second;
    second.setNamedValue(QStringLiteral("parameters"),
                         ExpressionValue::object({{QStringLiteral("A"), ExpressionValue::number(2)}}));
    const auto a = parsed->evaluate(first);
    const auto b = parsed->evaluate(second);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->stringValue(), QStringLiteral("x-3"));
    QCOMPARE(b->stringValue(), QStringLiteral("2-0"));
    // Unknown named values are a parse error unless the caller allows them.
    const auto loop = Expression::parse(QStringLiteral("item.name"), ExpressionParseOptions::forTemplate());
    QVERIFY(!loop.ok());
    QCOMPARE(loop.error().message, QStringLiteral("Unrecognized named-value: 'item'"));
    QVERIFY(Expression::parse(QStringLiteral("item.name"), ExpressionParseOptions::forTemplate({QStringLiteral("item")})).ok());
}

void TestExpressionText::conditionWithTemplatePieces()
{
    // A condition may contain ${{ }} pieces: substituted at compile time, the remaining
    // text is evaluated at run time (LANGUAGE.md §5).
    const test::TestSetup compile = setup(QStringLiteral(R"({"parameters":{"env":"prod"}})"));
    const auto substituted = ExpressionText::evaluate(
        QStringLiteral("and(succeeded(), eq('${{ parameters.env }}', variables.target))"), compile.options,
        *compile.context);
    QVERIFY(substituted.ok());
    QCOMPARE(substituted->stringValue(), QStringLiteral("and(succeeded(), eq('prod', variables.target))"));

    SimpleExpressionContext runtime;
    runtime.setNamedValue(QStringLiteral("variables"),
                          ExpressionValue::object({{QStringLiteral("target"), ExpressionValue::string(QStringLiteral("PROD"))}}));
    QStringList seen;
    runtime.setStatusCallback([&seen](StatusFunction function, const QStringList &names) -> mlops::Result<bool> {
        seen.append(QString::number(static_cast<int>(function)) + names.join(QLatin1Char(',')));
        return true;
    });
    const auto result =
        Expression::evaluate(substituted->stringValue(), ExpressionParseOptions::forCondition(), runtime);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QVERIFY(result->boolValue());
    QCOMPARE(seen, QStringList{QString::number(static_cast<int>(StatusFunction::Succeeded))});
}

void TestExpressionText::errorFormatting()
{
    const auto parsed = Expression::parse(QStringLiteral("3 + 4"), ExpressionParseOptions::forTemplate());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().toString(),
             QStringLiteral("Unexpected symbol: '+'. Located at position 3 within expression: 3 + 4"));
    const mlops::Result<ExpressionValue> converted =
        Expression::evaluate(QStringLiteral("eq(1)"), ExpressionParseOptions::forTemplate(), SimpleExpressionContext())
            .toResult();
    QVERIFY(!converted.ok());
    QCOMPARE(converted.error().code, mlops::ErrorCode::InvalidInput);
    QVERIFY(converted.error().message.contains(QStringLiteral("Too few parameters supplied: 'eq'")));
}

void TestExpressionText::conformanceExpressionsParse()
{
    // Every `${{ }}` and `$[ ]` in runner.server's conformance pipelines must parse
    // (syntax only: their names depend on the template), except in the cases that
    // expect an exception; those whose expected error is a syntax error must fail.
    const QString root = QStringLiteral(MLOPS_SHARED_DIR) + QStringLiteral("/reference/azure-pipelines/conformance");
    QDirIterator it(root, {QStringLiteral("*.yml")}, QDir::Files, QDirIterator::Subdirectories);
    ExpressionParseOptions syntaxOnly = ExpressionParseOptions::forCondition();
    syntaxOnly.syntaxOnly = true;
    syntaxOnly.allowCounter = true;
    static const QRegularExpression eachPattern(QStringLiteral("^each\\s+\\w+\\s+in\\s+(.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    int files = 0;
    int parsed = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString content = QString::fromUtf8(file.readAll());
        const bool expectsSyntaxError = content.contains(QStringLiteral("Unexpected symbol"))
            || content.contains(QStringLiteral("# ExpectedMessage: 0.9.o.9"))
            || content.contains(QStringLiteral("# ExpectedMessage: param-minus"));
        // Other expected-failure cases may fail here too (e.g. `${{ ' }}` never closes).
        const bool mayFail = expectsSyntaxError || content.contains(QStringLiteral("# ExpectedException"));
        ++files;
        int failures = 0;
        const QStringList lines = content.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            qsizetype from = 0;
            while ((from = line.indexOf(QStringLiteral("${{"), from)) >= 0) {
                const qsizetype close = line.indexOf(QStringLiteral("}}"), from + 3);
                if (close < 0)
                    break;
                QString body = line.mid(from + 3, close - from - 3).trimmed();
                from = close + 2;
                if (body == QStringLiteral("else") || body == QStringLiteral("insert"))
                    continue;
                if (body.startsWith(QStringLiteral("if ")))
                    body = body.mid(3);
                else if (body.startsWith(QStringLiteral("elseif ")))
                    body = body.mid(7);
                const auto each = eachPattern.match(body);
                if (each.hasMatch())
                    body = each.captured(1);
                const auto result = Expression::parse(body, syntaxOnly);
                ++parsed;
                if (!result.ok()) {
                    ++failures;
                    if (!mayFail)
                        QFAIL(qPrintable(file.fileName() + QStringLiteral(": ") + result.error().toString()));
                }
            }
            const auto runtime = ExpressionText::runtimeExpression(line.section(QLatin1Char(':'), 1));
            if (runtime && line.contains(QStringLiteral("$["))) {
                ++parsed;
                const auto result = Expression::parse(*runtime, syntaxOnly);
                QVERIFY2(result.ok() || mayFail, qPrintable(file.fileName() + QStringLiteral(": ") +
                                                 (result.ok() ? QString() : result.error().toString())));
            }
        }
        if (expectsSyntaxError)
            QVERIFY2(failures > 0, qPrintable(file.fileName() + QStringLiteral(" should contain a syntax error")));
    }
    QVERIFY(files > 100);
    QVERIFY(parsed > 200);
}

QTEST_GUILESS_MAIN(TestExpressionText)
#include "test_expression_text.moc"
