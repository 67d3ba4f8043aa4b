// TemplateExpander unit tests.
//  - golden(): data/golden/<case>/input.yml (+ templates, + optional options.yml with
//    `parameters:`, `variables:`, `repositories:` mappings; repository folders relative
//    to the case) expands without errors to exactly expected.yml (YamlWriter output).
//    MLOPS_UPDATE_GOLDEN=1 rewrites expected.yml (review every change by hand).
//  - errors(): data/errors/<case>/input.yml must fail with a diagnostic whose position
//    and message are given in error.txt: line 1 "file:line:column" (file relative to the
//    case folder), line 2 a substring of the message.
//  - limits: nesting depth and file count, on generated template chains.

#include "core/pipeline/expand/templateexpander.h"
#include "core/pipeline/expand/templatelimits.h"
#include "core/pipeline/yaml/yamlparser.h"
#include "core/pipeline/yaml/yamlwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::pipeline;

namespace {

QString dataDir(const QString &sub) { return QStringLiteral(MLOPS_TEST_DATA_DIR "/") + sub; }

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

ExpandOptions readOptions(const QString &caseDir)
{
    ExpandOptions options;
    const QString path = caseDir + QStringLiteral("/options.yml");
    if (!QFile::exists(path))
        return options;
    const YamlParseResult parsed = YamlParser::parseFile(path);
    for (const YamlPair &entry : parsed.root.value(u"parameters").value_or(YamlNode()).entries())
        options.parameters.insert(entry.first.text(), entry.second.text());
    for (const YamlPair &entry : parsed.root.value(u"variables").value_or(YamlNode()).entries())
        options.variables.insert(entry.first.text(), entry.second.text());
    for (const YamlPair &entry : parsed.root.value(u"repositories").value_or(YamlNode()).entries())
        options.repositories.insert(entry.first.text(), caseDir + QLatin1Char('/') + entry.second.text());
    return options;
}

QString errorsOf(const ExpandResult &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

void addCaseRows(const QString &sub)
{
    QTest::addColumn<QString>("caseDir");
    const QDir dir(dataDir(sub));
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!cases.isEmpty(), qPrintable(dir.path()));
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

// Writes t0.yml … t<count-1>.yml into `dir`; each t<i> includes t<i+1> (chain) or the
// entry includes all of them (fan-out).
void writeChain(const QString &dir, int count, bool chain)
{
    QString entry = QStringLiteral("steps:\n");
    for (int i = 0; i < count; ++i) {
        QString text = QStringLiteral("steps:\n- script: echo %1\n").arg(i);
        if (chain && i + 1 < count)
            text += QStringLiteral("- template: t%1.yml\n").arg(i + 1);
        writeText(dir + QStringLiteral("/t%1.yml").arg(i), text);
        if (!chain || i == 0)
            entry += QStringLiteral("- template: t%1.yml\n").arg(i);
    }
    writeText(dir + QStringLiteral("/pipeline.yml"), entry);
}

}  // namespace

class TestTemplateExpander : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void golden_data() { addCaseRows(QStringLiteral("golden")); }
    void golden();
    void errors_data() { addCaseRows(QStringLiteral("errors")); }
    void errors();
    void nestingWithinLimit();
    void nestingPastLimit();
    void tooManyFiles();
    void missingEntryFile();
    void documentSizeLimit();
    void syntaxOnlyDoesNotEvaluate();
    void runtimeParameterValues_data();
    void runtimeParameterValues();
    void filesListed();
};

void TestTemplateExpander::golden()
{
    QFETCH(QString, caseDir);
    const ExpandResult result = TemplateExpander::expandFile(caseDir + QStringLiteral("/input.yml"), readOptions(caseDir));
    QVERIFY2(!hasErrors(result.diagnostics), qPrintable(errorsOf(result)));
    QVERIFY(result.pipeline.has_value());
    const QString actual = YamlWriter::write(*result.pipeline);
    const QString expectedPath = caseDir + QStringLiteral("/expected.yml");
    if (qEnvironmentVariableIntValue("MLOPS_UPDATE_GOLDEN") == 1)
        QVERIFY(writeText(expectedPath, actual));
    QCOMPARE(actual, readText(expectedPath));
}

void TestTemplateExpander::errors()
{
    QFETCH(QString, caseDir);
    const QStringList expected = readText(caseDir + QStringLiteral("/error.txt")).split(QLatin1Char('\n'));
    QVERIFY(expected.size() >= 2);
    const QStringList where = expected.at(0).trimmed().split(QLatin1Char(':'));
    QCOMPARE(where.size(), 3);
    const QString file = QDir::cleanPath(caseDir + QLatin1Char('/') + where.at(0));
    const ExpandResult result = TemplateExpander::expandFile(caseDir + QStringLiteral("/input.yml"), readOptions(caseDir));
    QVERIFY2(hasErrors(result.diagnostics), "expansion was expected to fail");
    QVERIFY(!result.pipeline.has_value());
    const Diagnostic &first = result.diagnostics.constFirst();
    QVERIFY2(first.message.contains(expected.at(1).trimmed(), Qt::CaseInsensitive), qPrintable(errorsOf(result)));
    QCOMPARE(first.file, file);
    QCOMPARE(first.line, where.at(1).toInt());
    QCOMPARE(first.column, where.at(2).toInt());
}

void TestTemplateExpander::nestingWithinLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeChain(dir.path(), TemplateLimits::kMaxNestingDepth, true);
    const ExpandResult result = TemplateExpander::expandFile(dir.filePath(QStringLiteral("pipeline.yml")), {});
    QVERIFY2(!hasErrors(result.diagnostics), qPrintable(errorsOf(result)));
    QCOMPARE(result.pipeline->value(u"steps")->size(), TemplateLimits::kMaxNestingDepth);
}

void TestTemplateExpander::nestingPastLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeChain(dir.path(), TemplateLimits::kMaxNestingDepth + 1, true);
    const ExpandResult result = TemplateExpander::expandFile(dir.filePath(QStringLiteral("pipeline.yml")), {});
    QVERIFY(!result.pipeline);
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.constFirst();
    QVERIFY2(d.message.contains(QStringLiteral("nesting depth")), qPrintable(d.toString()));
    // Reported at the reference in the deepest allowed template, t99.yml line 3.
    QCOMPARE(d.file, QDir::cleanPath(dir.filePath(QStringLiteral("t%1.yml").arg(TemplateLimits::kMaxNestingDepth - 1))));
    QCOMPARE(d.line, 3);
    QCOMPARE(d.column, 13);
}

void TestTemplateExpander::tooManyFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeChain(dir.path(), TemplateLimits::kMaxTemplateFiles + 1, false);
    const ExpandResult result = TemplateExpander::expandFile(dir.filePath(QStringLiteral("pipeline.yml")), {});
    QVERIFY(!result.pipeline);
    const Diagnostic &d = result.diagnostics.constFirst();
    QVERIFY2(d.message.contains(QStringLiteral("Maximum number of template files")), qPrintable(d.toString()));
    QCOMPARE(d.file, QDir::cleanPath(dir.filePath(QStringLiteral("pipeline.yml"))));
    QCOMPARE(d.line, TemplateLimits::kMaxTemplateFiles + 2);
}

void TestTemplateExpander::documentSizeLimit()
{
    // 150^3 = 3.4 million steps would be produced: stopped at the node limit. (Keys stay
    // under the 1024-character limit of YAML implicit keys.)
    QStringList numbers;
    for (int i = 0; i < 150; ++i)
        numbers.append(QString::number(i));
    const QString list = numbers.join(QLatin1Char(','));
    const QString text = QStringLiteral(
                             "steps:\n"
                             "- ${{ each a in split('%1', ',') }}:\n"
                             "  - ${{ each b in split('%1', ',') }}:\n"
                             "    - ${{ each c in split('%1', ',') }}:\n"
                             "      - script: echo ${{ a }}.${{ b }}.${{ c }}\n")
                             .arg(list);
    const ExpandResult result = TemplateExpander::expandText(text, dataDir(QStringLiteral("inline.yml")), {});
    QVERIFY(!result.pipeline);
    QVERIFY(hasErrors(result.diagnostics));
    const Diagnostic &d = result.diagnostics.constFirst();
    QVERIFY2(d.message.contains(QStringLiteral("maximum document size")), qPrintable(d.toString()));
    QVERIFY(d.line >= 5);
}

void TestTemplateExpander::missingEntryFile()
{
    const ExpandResult result = TemplateExpander::expandFile(dataDir(QStringLiteral("does-not-exist.yml")), {});
    QVERIFY(!result.pipeline);
    QVERIFY(hasErrors(result.diagnostics));
    QVERIFY(result.diagnostics.constFirst().message.contains(QStringLiteral("Cannot read")));
}

void TestTemplateExpander::syntaxOnlyDoesNotEvaluate()
{
    ExpandOptions options;
    options.syntaxOnly = true;
    const QString text = QStringLiteral("steps:\n- ${{ if false }}:\n  - script: ${{ unknown.x }}\n");
    const ExpandResult ok = TemplateExpander::expandText(text, dataDir(QStringLiteral("inline.yml")), options);
    QVERIFY2(!hasErrors(ok.diagnostics), qPrintable(errorsOf(ok)));
    const ExpandResult bad = TemplateExpander::expandText(QStringLiteral("steps:\n- script: ${{ eq(1 }}\n"),
                                                          dataDir(QStringLiteral("inline.yml")), options);
    QVERIFY(hasErrors(bad.diagnostics));
    QCOMPARE(bad.diagnostics.constFirst().line, 2);
}

void TestTemplateExpander::runtimeParameterValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");  // script text, or "error:<substring>"
    QTest::newRow("number") << "count" << "42" << "n=42 b=False c=blue";
    QTest::newRow("boolean any case") << "flag" << "TRUE" << "n=1 b=True c=blue";
    QTest::newRow("allowed value") << "color" << "red" << "n=1 b=False c=red";
    QTest::newRow("bad number") << "count" << "many" << "error:not a valid number";
    QTest::newRow("bad boolean") << "flag" << "maybe" << "error:not a valid boolean";
    QTest::newRow("not allowed") << "color" << "green" << "error:Allowed values: red, blue";
    QTest::newRow("undeclared") << "other" << "x" << "error:Unexpected parameter 'other'";
}

void TestTemplateExpander::runtimeParameterValues()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString text = QStringLiteral(
        "parameters:\n"
        "- name: count\n  type: number\n  default: 1\n"
        "- name: flag\n  type: boolean\n  default: false\n"
        "- name: color\n  default: blue\n  values: [red, blue]\n"
        "steps:\n"
        "- script: n=${{ parameters.count }} b=${{ parameters.flag }} c=${{ parameters.color }}\n");
    ExpandOptions options;
    options.parameters.insert(name, value);
    const ExpandResult result = TemplateExpander::expandText(text, dataDir(QStringLiteral("inline.yml")), options);
    if (expected.startsWith(QLatin1String("error:"))) {
        QVERIFY(!result.pipeline);
        QVERIFY2(result.diagnostics.constFirst().message.contains(expected.mid(6)), qPrintable(errorsOf(result)));
        QVERIFY(result.diagnostics.constFirst().line > 0);
        return;
    }
    QVERIFY2(result.pipeline, qPrintable(errorsOf(result)));
    const YamlNode step = result.pipeline->value(u"steps")->items().constFirst();
    QCOMPARE(step.value(u"script")->text(), expected);
}

void TestTemplateExpander::filesListed()
{
    const QString caseDir = dataDir(QStringLiteral("golden/step-templates"));
    const ExpandResult result = TemplateExpander::expandFile(caseDir + QStringLiteral("/input.yml"), {});
    QVERIFY(!result.files.isEmpty());
    QCOMPARE(result.files.constFirst(), QDir::cleanPath(caseDir + QStringLiteral("/input.yml")));
    QVERIFY(result.files.size() >= 2);
}

QTEST_GUILESS_MAIN(TestTemplateExpander)
#include "test_templateexpander.moc"
