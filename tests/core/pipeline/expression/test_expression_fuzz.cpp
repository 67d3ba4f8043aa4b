// Seeded robustness harness for the expression language: grammar-generated expressions,
// mutations of the table-test corpus, random character soup, and `${{ }}` texts are
// parsed and evaluated. Properties checked for every input: no crash or hang (the run is
// bounded by count and by a time budget), a failure is an error value with a message
// and a column inside the text, and evaluation is deterministic. Run it under the
// "asan" preset (MLOPS_SANITIZE) to catch memory errors.

#include "expressiontestcontext.h"

#include "core/pipeline/expression/expressiontext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace mlops::pipeline;

namespace {

constexpr quint32 kSeed = 20261125;
constexpr int kIterations = 50000;
constexpr qint64 kTimeBudgetMs = 120000;  // a bound on the run, not an assertion

const char *const kFunctions[] = {
    "and", "or", "not", "xor", "eq", "ne", "gt", "ge", "lt", "le", "in", "notIn", "contains",
    "containsValue", "startsWith", "endsWith", "coalesce", "format", "join", "replace", "split",
    "lower", "upper", "trim", "substring", "length", "convertToJson", "iif", "counter", "always",
    "canceled", "failed", "succeeded", "succeededOrFailed", "nothing", "toJson"};
const char *const kLiterals[] = {
    "true", "false", "null", "0", "1", "-1", "1.5", ".5", "-0", "1.2.3", "0.9.9.9", "''", "'a'", "'ABC'",
    "'1'", "'1.0'", "'a,b,,c'", "','", "'{0}-{1}'", "'{{'", "'}'", "'{0:yyyyMMdd}'", "'2026-11-25T14:35:33Z'",
    "'x''y'", "' '", "'False'", "99999999999999999999", "'/a/b/c'", "'{5}'"};
const char *const kNames[] = {"parameters", "variables", "dependencies", "stageDependencies", "pipeline",
                              "item", "unknownName"};
const char *const kMembers[] = {"a", "list", "obj", "nested", "result", "outputs", "missing", "startTime",
                                "A", "name"};
const char kSoup[] = "()[],.*'-_ 0123456789abcdefxyzEQNT{}$!=<>&|+\"\t\n";

class Fuzzer {
public:
    explicit Fuzzer(quint32 seed) : m_rng(seed) {}

    int below(int n) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, size_t N>
    QString pick(const T (&items)[N])
    {
        return QString::fromUtf8(items[below(static_cast<int>(N))]);
    }

    QString expression(int depth)
    {
        QString base;
        const int kind = depth <= 0 ? below(2) : below(5);
        if (kind == 0) {
            base = pick(kLiterals);
        } else if (kind == 1) {
            base = pick(kNames);
        } else {
            base = pick(kFunctions) + QLatin1Char('(');
            const int args = below(5);
            for (int i = 0; i < args; ++i) {
                if (i > 0)
                    base += chance(95) ? QStringLiteral(", ") : QStringLiteral(",,");
                base += expression(depth - 1);
            }
            if (chance(97))
                base += QLatin1Char(')');
        }
        const int postfix = chance(40) ? below(4) : 0;
        for (int i = 0; i < postfix; ++i) {
            switch (below(5)) {
            case 0: base += QLatin1Char('.') + pick(kMembers); break;
            case 1: base += QStringLiteral("['") + pick(kMembers) + QStringLiteral("']"); break;
            case 2: base += QLatin1Char('[') + QString::number(below(4) - 1) + QLatin1Char(']'); break;
            case 3: base += QStringLiteral(".*"); break;
            default: base += QLatin1Char('[') + expression(depth - 1) + QLatin1Char(']'); break;
            }
        }
        return base;
    }

    QString mutate(QString text)
    {
        const int edits = 1 + below(4);
        for (int i = 0; i < edits; ++i) {
            const int pos = text.isEmpty() ? 0 : below(static_cast<int>(text.size()) + 1);
            const QChar c = QLatin1Char(kSoup[below(static_cast<int>(sizeof kSoup) - 1)]);
            switch (below(4)) {
            case 0: text.insert(pos, c); break;
            case 1:
                if (pos < text.size())
                    text.remove(pos, 1 + below(3));
                break;
            case 2:
                if (pos < text.size())
                    text[pos] = c;
                break;
            default: {  // duplicate a slice: grows nesting and lengths
                const int len = below(20);
                text.insert(pos, text.mid(pos, len));
                break;
            }
            }
        }
        return text;
    }

    QString soup()
    {
        QString text;
        const int length = below(60);
        for (int i = 0; i < length; ++i)
            text += chance(3) ? QChar(static_cast<char16_t>(0x80 + below(0x3000)))
                              : QLatin1Char(kSoup[below(static_cast<int>(sizeof kSoup) - 1)]);
        return text;
    }

private:
    QRandomGenerator m_rng;
};

QStringList corpus()
{
    QStringList expressions;
    const QDir dir(QStringLiteral(MLOPS_TEST_DATA_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (cells.size() == 4 && cells.at(1).size() < 2000)
                expressions.append(cells.at(1));
        }
    }
    return expressions;
}

}  // namespace

class TestExpressionFuzz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void randomExpressions();
    void pathologicalInputs();

private:
    bool check(const QString &text, const ExpressionResult<ExpressionValue> &result, QString *why) const
    {
        if (result.ok())
            return true;
        const ExpressionError &error = result.error();
        if (error.message.isEmpty()) {
            *why = QStringLiteral("empty error message for: ") + text;
            return false;
        }
        if (error.column < 0 || error.column > error.expression.size() + 1) {
            *why = QStringLiteral("column %1 outside the expression for: %2").arg(error.column).arg(text);
            return false;
        }
        return true;
    }
};

void TestExpressionFuzz::randomExpressions()
{
    test::TestSetup setups[4];
    const QString contextJson = QStringLiteral(
        R"({"parameters":{"a":"x","list":[1,"two",{"name":"n","list":[3]}],"obj":{"a":1,"nested":{"a":[true]}}},)"
        R"("variables":{"a":"1.2.3","list":"a,b"},"dependencies":{"A":{"result":"Succeeded","outputs":{"s.v":"1"}}},)"
        R"("stageDependencies":{},"pipeline":{"startTime":"2026-11-25T14:35:33Z"},"item":{"name":"i"},)"
        R"("$status":{"succeeded":true,"failed":false,"always":true,"canceled":false,"succeededOrFailed":true},)"
        R"("$counter":{"x":3}})");
    const QString modes[4] = {QStringLiteral("t"), QStringLiteral("r"), QStringLiteral("c"), QStringLiteral("s")};
    for (int i = 0; i < 4; ++i) {
        QString error;
        QVERIFY2(test::makeSetup(modes[i], contextJson, &setups[i], &error), qPrintable(error));
    }

    const QStringList seeds = corpus();
    QVERIFY(seeds.size() > 100);
    Fuzzer fuzzer(kSeed);
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    int failed = 0;
    int run = 0;
    for (; run < kIterations && timer.elapsed() < kTimeBudgetMs; ++run) {
        QString text;
        switch (fuzzer.below(4)) {
        case 0: text = fuzzer.expression(1 + fuzzer.below(6)); break;
        case 1: text = fuzzer.mutate(seeds.at(fuzzer.below(static_cast<int>(seeds.size())))); break;
        case 2: text = fuzzer.mutate(fuzzer.expression(3)); break;
        default: text = fuzzer.soup(); break;
        }
        const test::TestSetup &setup = setups[fuzzer.below(4)];
        const auto result = Expression::evaluate(text, setup.options, *setup.context);
        QString why;
        QVERIFY2(check(text, result, &why), qPrintable(why));
        result.ok() ? ++ok : ++failed;

        // Deterministic: the same text gives the same outcome.
        if (run % 16 == 0) {
            const auto again = Expression::evaluate(text, setup.options, *setup.context);
            QCOMPARE(again.ok(), result.ok());
            if (result.ok())
                QVERIFY2(again->sameAs(result.value()), qPrintable(text));
            else
                QCOMPARE(again.error().toString(), result.error().toString());
        }
        // Embedded in text, with a second piece and surrounding literals.
        if (run % 4 == 0) {
            const QString embedded = QStringLiteral("pre ${{ ") + text + QStringLiteral(" }} mid ${{") +
                                     fuzzer.expression(2) + QStringLiteral("}}");
            const auto interpolated = ExpressionText::evaluate(embedded, setups[0].options, *setups[0].context);
            if (!interpolated.ok()) {
                QVERIFY(!interpolated.error().message.isEmpty());
                QVERIFY(interpolated.error().textColumn >= 0);
                QVERIFY(interpolated.error().textColumn <= embedded.size() + 1);
            } else {
                QCOMPARE(interpolated->kind(), ExpressionValue::Kind::String);
            }
        }
    }
    qInfo("fuzz: %d inputs (%d evaluated, %d errors) in %lld ms", run, ok, failed,
          static_cast<long long>(timer.elapsed()));
    // The generator must exercise both outcomes, otherwise it tests nothing.
    QVERIFY(ok > run / 20);
    QVERIFY(failed > run / 20);
}

void TestExpressionFuzz::pathologicalInputs()
{
    const ExpressionParseOptions options = ExpressionParseOptions::forTemplate({QStringLiteral("p")});
    test::TestSetup setup;
    QString error;
    QVERIFY(test::makeSetup(QStringLiteral("t"), QStringLiteral(R"({"p":{"s":"ab"}})"), &setup, &error));
    const QStringList inputs = {
        QString(20000, QLatin1Char('(')),
        QString(20000, QLatin1Char('[')),
        QStringLiteral("p") + QString(10000, QLatin1Char('.')),
        QStringLiteral("p") + QStringLiteral(".a").repeated(10000),
        QStringLiteral("p") + QStringLiteral("[0]").repeated(5000),
        QStringLiteral("not(").repeated(3000) + QStringLiteral("true") + QString(3000, QLatin1Char(')')),
        QStringLiteral("and(") + QStringLiteral("true,").repeated(4000) + QStringLiteral("true)"),
        QStringLiteral("'") + QString(100000, QLatin1Char('x')),
        QString(30000, QLatin1Char('\'')),
        QStringLiteral("format('") + QStringLiteral("{0}").repeated(5000) + QStringLiteral("', 'x')"),
        // Result-size limits: repeated doubling stops with an error instead of eating memory.
        QStringLiteral("replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("
                       "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("
                       "'ab','a','aa'),'a','aa'),'a','aa'),'a','aa'),'a','aa'),'a','aa'),'a','aa'),'a','aa'),"
                       "'a','aa'),'a','aa'),'a','aa'),'a','aa'),'a','aa'),'a','aa'),'a','aa'),'a','aa'),"
                       "'a','aa'),'a','aa'),'a','aa'),'a','aa'),'a','aa')"),
        QStringLiteral("join(',', split(replace(replace(replace(replace(replace(replace(replace(replace("
                       "'aaaaaaaaaaaaaaaa','a','aaaaaaaa'),'a','aaaaaaaa'),'a','aaaaaaaa'),'a','aaaaaaaa'),"
                       "'a','aaaaaaaa'),'a','aaaaaaaa'),'a','aaaaaaaa'),'a','aaaaaaaa'), ''))"),
        QString(QChar(0xD800)) + QStringLiteral("'") + QString(QChar(0xDFFF)),
        QStringLiteral("p.s[") + QString::number(1e300, 'g', 17) + QStringLiteral("]"),
        QStringLiteral("substring('abc', 1e300, 1)"),
        QStringLiteral("substring('abc', 999999999999999999999, -999999999999999999999)"),
    };
    for (const QString &text : inputs) {
        const auto result = Expression::evaluate(text, options, *setup.context);
        QString why;
        QVERIFY2(check(text.left(80), result, &why), qPrintable(why));
    }
    // The doubling chain must hit the result-size limit, not succeed or crash.
    const auto doubling = Expression::evaluate(inputs.at(10), options, *setup.context);
    QVERIFY(!doubling.ok());
    QVERIFY(doubling.error().message.contains(QStringLiteral("exceeds the maximum length")));
    const auto deep = Expression::evaluate(inputs.at(5), options, *setup.context);
    QVERIFY(!deep.ok());
    QVERIFY(deep.error().message.contains(QStringLiteral("Exceeded max expression depth")));
}

QTEST_GUILESS_MAIN(TestExpressionFuzz)
#include "test_expression_fuzz.moc"
