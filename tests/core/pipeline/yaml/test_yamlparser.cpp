// YamlParser and YamlNode: positions, styles, typed reads, every rejected input, golden
// cases (data/<case>/input.yml + expected.txt) and a seeded robustness run.

#include "core/pipeline/yaml/yamlparser.h"
#include "core/pipeline/yaml/yamlwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace mlops;
using namespace mlops::pipeline;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList corpusFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(MLOPS_SHARED_DIR "/corpus/pipelines"), {QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                    QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QString diagnosticsText(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        lines << QStringLiteral("%1:%2: %3: %4")
                     .arg(d.line)
                     .arg(d.column)
                     .arg(d.severity == Diagnostic::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
                          d.message);
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class TestYamlParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void positionsOfEveryNode()
    {
        const QByteArray yaml = "trigger:\n- main\nsteps:\n- script: echo hi\n  displayName: 'Say hi'\n";
        const YamlParseResult r = YamlParser::parse(yaml, QStringLiteral("p.yml"));
        QVERIFY2(r.ok(), qPrintable(diagnosticsText(r.diagnostics)));
        const YamlNode &root = r.root;
        QVERIFY(root.isMapping());
        QCOMPARE(root.pos(), (SourcePos{QStringLiteral("p.yml"), 1, 1}));
        QCOMPARE(root.entries()[0].first.pos().line, 1);
        const YamlNode trigger = *root.value(u"trigger");
        QVERIFY(trigger.isSequence());
        QCOMPARE(trigger.items()[0].pos(), (SourcePos{QStringLiteral("p.yml"), 2, 3}));
        const YamlNode step = root.value(u"steps")->items()[0];
        QCOMPARE(step.pos().line, 4);
        QCOMPARE(step.pos().column, 3);
        const YamlNode display = *step.value(u"displayName");
        QCOMPARE(display.text(), QStringLiteral("Say hi"));
        QCOMPARE(display.pos(), (SourcePos{QStringLiteral("p.yml"), 5, 16}));
        QCOMPARE(display.style(), YamlNode::Style::SingleQuoted);
        QCOMPARE(step.entries()[1].first.pos().column, 3);
    }

    void columnsCountCharactersNotBytes()
    {
        const YamlParseResult r2 = YamlParser::parse("k: [日本, v]\n");
        QVERIFY(r2.ok());
        QCOMPARE(r2.root.value(u"k")->items()[1].pos().column, 9);
    }

    void scalarStyles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QByteArray("v: true\n") << int(YamlNode::Style::Plain) << QStringLiteral("true");
        QTest::newRow("single") << QByteArray("v: 'it''s'\n") << int(YamlNode::Style::SingleQuoted) << QStringLiteral("it's");
        QTest::newRow("double") << QByteArray("v: \"a\\tb\"\n") << int(YamlNode::Style::DoubleQuoted) << QStringLiteral("a\tb");
        QTest::newRow("literal") << QByteArray("v: |\n  a\n  b\n") << int(YamlNode::Style::Literal) << QStringLiteral("a\nb\n");
        QTest::newRow("literal-strip") << QByteArray("v: |-\n  a\n") << int(YamlNode::Style::Literal) << QStringLiteral("a");
        QTest::newRow("folded") << QByteArray("v: >\n  a\n  b\n") << int(YamlNode::Style::Folded) << QStringLiteral("a b\n");
        QTest::newRow("plain-multiline") << QByteArray("v: a\n  b\n") << int(YamlNode::Style::Plain) << QStringLiteral("a b");
    }

    void scalarStyles()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, style);
        QFETCH(QString, text);
        const YamlParseResult r = YamlParser::parse(yaml);
        QVERIFY2(r.ok(), qPrintable(diagnosticsText(r.diagnostics)));
        const YamlNode v = *r.root.value(u"v");
        QCOMPARE(int(v.style()), style);
        QCOMPARE(v.text(), text);
    }

    void nullsAndEmptyValues()
    {
        const YamlParseResult r = YamlParser::parse("a:\nb: ~\nc: null\nd: ''\n");
        QVERIFY(r.ok());
        QVERIFY(r.root.value(u"a")->isNull());
        QVERIFY(r.root.value(u"b")->isNull());
        QVERIFY(r.root.value(u"c")->isNull());
        QVERIFY(r.root.value(u"d")->isScalar());
        QVERIFY(!r.root.value(u"e"));
        QCOMPARE(r.root.indexOfKey(u"c"), 2);
    }

    void emptyValuesArePlacedAtTheirKeyOrDash()
    {
        const YamlParseResult r = YamlParser::parse("a:\n  b:\n  c: ~\nlist:\n-\n- x\n-  \n");
        QVERIFY(r.ok());
        const YamlNode a = *r.root.value(u"a");
        QCOMPARE(a.value(u"b")->pos().line, 2);
        QCOMPARE(a.value(u"b")->pos().column, 3);
        QCOMPARE(a.value(u"c")->pos().column, 6);
        const YamlNode list = *r.root.value(u"list");
        QCOMPARE(list.items()[0].pos(), (SourcePos{QString(), 5, 1}));
        QCOMPARE(list.items()[2].pos(), (SourcePos{QString(), 7, 1}));
    }

    void typedReads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("boolValue");  // -1 = not a boolean
        QTest::addColumn<bool>("isInt");
        QTest::addColumn<qint64>("intValue");
        const QStringList trues = {QStringLiteral("true"), QStringLiteral("TRUE"), QStringLiteral("True"), QStringLiteral("yes"),
                                   QStringLiteral("Y"), QStringLiteral("y"), QStringLiteral("on"), QStringLiteral("On")};
        for (const QString &t : trues)
            QTest::newRow(qPrintable(t)) << t << 1 << false << qint64(0);
        const QStringList falses = {QStringLiteral("false"), QStringLiteral("No"), QStringLiteral("n"), QStringLiteral("OFF")};
        for (const QString &t : falses)
            QTest::newRow(qPrintable(t)) << t << 0 << false << qint64(0);
        QTest::newRow("hash") << QStringLiteral("#") << -1 << false << qint64(0);
        QTest::newRow("1") << QStringLiteral("1") << -1 << true << qint64(1);
        QTest::newRow("-42") << QStringLiteral("-42") << -1 << true << qint64(-42);
        QTest::newRow("hex") << QStringLiteral("0x1F") << -1 << true << qint64(31);
        QTest::newRow("float") << QStringLiteral("1.5") << -1 << false << qint64(0);
        QTest::newRow("word") << QStringLiteral("ten") << -1 << false << qint64(0);
    }

    void typedReads()
    {
        QFETCH(QString, text);
        QFETCH(int, boolValue);
        QFETCH(bool, isInt);
        QFETCH(qint64, intValue);
        const YamlNode n = YamlNode::scalar(text);
        QCOMPARE(n.toBool().has_value(), boolValue >= 0);
        if (boolValue >= 0)
            QCOMPARE(*n.toBool(), boolValue == 1);
        QCOMPARE(n.toInt().has_value(), isInt);
        if (isInt)
            QCOMPARE(*n.toInt(), intValue);
        QCOMPARE(*n.toString(), text);
        QVERIFY(!YamlNode::sequence({}).toString());
    }

    void directiveKeysAreNodes()
    {
        const YamlParseResult r = YamlParser::parse(
            "steps:\n- ${{ if eq(parameters.a, true) }}:\n  - script: a\n- ${{ each x in parameters.list }}:\n  - script: ${{ x }}\n");
        QVERIFY2(r.ok(), qPrintable(diagnosticsText(r.diagnostics)));
        const YamlNode item = r.root.value(u"steps")->items()[0];
        QVERIFY(item.entries()[0].first.isTemplateExpression());
        QCOMPARE(item.entries()[0].first.pos().line, 2);
        QCOMPARE(item.entries()[0].first.pos().column, 3);
    }

    void copiesShareData()
    {
        const YamlParseResult r = YamlParser::parse("a: [1, 2, 3]\n");
        const YamlNode copy = r.root;
        QVERIFY(copy.sameTree(r.root));
        const YamlNode moved = copy.withPos(SourcePos{QStringLiteral("x"), 9, 9});
        QCOMPARE(moved.pos().line, 9);
        QVERIFY(moved.sameTree(r.root));
        QCOMPARE(r.root.pos().line, 1);
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate-key") << QByteArray("a: 1\nb: 2\na: 3\n") << 3 << 1
                                       << QStringLiteral("Duplicate key 'a' (first defined at line 1)");
        QTest::newRow("duplicate-nested") << QByteArray("steps:\n- script: x\n  name: a\n  name: b\n") << 4 << 3
                                          << QStringLiteral("Duplicate key 'name' (first defined at line 3)");
        QTest::newRow("anchor") << QByteArray("a: &x 1\nb: 2\n") << 1 << 4 << QStringLiteral("YAML anchors (&x) are not supported");
        QTest::newRow("alias") << QByteArray("a: &x 1\nb: *x\n") << 2 << 4 << QStringLiteral("YAML aliases (*x) are not supported");
        QTest::newRow("two-documents") << QByteArray("a: 1\n---\nb: 2\n") << 2 << 1
                                       << QStringLiteral("single YAML document");
        QTest::newRow("two-documents-second-deep") << (QByteArray("a: 1\n---\n") + QByteArray(400, '[')) << 2 << 1
                                                   << QStringLiteral("single YAML document");
        QTest::newRow("tab-indent") << QByteArray("steps:\n- script: a\n\tname: b\n") << 3 << 0
                                    << QStringLiteral("indented with a tab character");
        QTest::newRow("syntax") << QByteArray("a: [1, 2\nb: 3\n") << 0 << 0 << QStringLiteral("YAML syntax error:");
        QTest::newRow("bad-mapping") << QByteArray("a: b: c\n") << 1 << 0 << QStringLiteral("YAML syntax error:");
        QTest::newRow("nul") << QByteArray("a: 1\nb: \0\n", 11) << 2 << 4 << QStringLiteral("contains a NUL byte");
        QTest::newRow("invalid-utf8") << QByteArray("a: ok\nb: caf\xC3\x28\n") << 2 << 7 << QStringLiteral("not valid UTF-8");
        QTest::newRow("overlong-utf8") << QByteArray("a: \xC0\xAF\n") << 1 << 4 << QStringLiteral("not valid UTF-8");
        QTest::newRow("deep-flow") << QByteArray(5000, '[') << 1 << 0 << QStringLiteral("nested more than 256 levels");
        QByteArray deepBlock;
        for (int i = 0; i < 300; ++i)
            deepBlock += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
        deepBlock += QByteArray(600, ' ') + "end: 1\n";
        QTest::newRow("deep-block") << deepBlock << 257 << 0 << QStringLiteral("nested more than 256 levels");
    }

    void badInputs()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const YamlParseResult r = YamlParser::parse(yaml, QStringLiteral("bad.yml"));
        QVERIFY(!r.ok());
        qsizetype index = 0;
        while (index < r.diagnostics.size() && !r.diagnostics[index].message.contains(message))
            ++index;
        QVERIFY2(index < r.diagnostics.size(), qPrintable(r.diagnostics.front().toString()));
        const Diagnostic &d = r.diagnostics[index];
        QCOMPARE(d.file, QStringLiteral("bad.yml"));
        if (line > 0)
            QCOMPARE(d.line, line);
        else
            QVERIFY(d.line > 0);
        if (column > 0)
            QCOMPARE(d.column, column);
    }

    void emptyInputsGiveNullWithoutDiagnostics_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("comments") << QByteArray("# nothing here\n\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("document-marker") << QByteArray("---\n");
    }

    void emptyInputsGiveNullWithoutDiagnostics()
    {
        QFETCH(QByteArray, yaml);
        const YamlParseResult r = YamlParser::parse(yaml);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(diagnosticsText(r.diagnostics)));
        QVERIFY(r.root.isNull());
    }

    void bomIsSkipped()
    {
        const YamlParseResult r = YamlParser::parse("\xEF\xBB\xBFsteps:\n- bash: x\n");
        QVERIFY(r.ok());
        QVERIFY(r.root.contains(u"steps"));
        QCOMPARE(r.root.value(u"steps")->items()[0].pos().line, 2);
    }

    void tooLargeIsRefused()
    {
        QByteArray big(YamlParser::kMaxFileBytes + 1, 'a');
        const YamlParseResult r = YamlParser::parse(big, QStringLiteral("big.yml"));
        QVERIFY(!r.ok());
        QVERIFY(r.diagnostics.front().message.contains(QStringLiteral("too large")));
    }

    void tenMegabytesParse()
    {
        QByteArray yaml = "steps:\n";
        int n = 0;
        while (yaml.size() < 10 * 1024 * 1024) {
            yaml += "- script: |\n    echo step " + QByteArray::number(n) + "\n    make all\n  displayName: 'Step "
                  + QByteArray::number(n) + "'\n  env:\n    A: b\n";
            ++n;
        }
        const YamlParseResult r = YamlParser::parse(yaml);
        QVERIFY(r.ok());
        QCOMPARE(r.root.value(u"steps")->size(), n);
        QCOMPARE(r.root.value(u"steps")->items().back().pos().line, 1 + (n - 1) * 6 + 1);
    }

    void missingFile()
    {
        const YamlParseResult r = YamlParser::parseFile(QStringLiteral("/nonexistent/x.yml"));
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.front().file, QStringLiteral("/nonexistent/x.yml"));
        QVERIFY(r.diagnostics.front().message.startsWith(QStringLiteral("Cannot read the file")));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir data(QStringLiteral(MLOPS_TEST_DATA_DIR));
        const QStringList cases = data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!cases.isEmpty());
        for (const QString &c : cases) {
            if (QFile::exists(data.filePath(c + QStringLiteral("/expected.txt"))))
                QTest::newRow(qPrintable(c)) << data.filePath(c);
        }
    }

    // expected.txt: the diagnostics as "line:col: severity: message", one per line.
    void golden()
    {
        QFETCH(QString, dir);
        const YamlParseResult r = YamlParser::parseFile(dir + QStringLiteral("/input.yml"));
        const QString expected = QString::fromUtf8(readFile(dir + QStringLiteral("/expected.txt"))).trimmed();
        QCOMPARE(diagnosticsText(r.diagnostics), expected);
    }

    void corpusParsesCleanly()
    {
        const QStringList files = corpusFiles();
        QVERIFY(files.size() >= 90);
        for (const QString &f : files) {
            const YamlParseResult r = YamlParser::parseFile(f);
            QVERIFY2(r.ok(), qPrintable(diagnosticsText(r.diagnostics) + QStringLiteral(" in ") + f));
            QCOMPARE(r.root.pos().file, f);
        }
    }

    // Mutated corpus files (bytes flipped, inserted, deleted, lines duplicated) must never
    // crash or hang the parser; each result is an ok tree or diagnostics with a position.
    void seededMutationsNeverCrash()
    {
        const QStringList files = corpusFiles();
        QVERIFY(!files.isEmpty());
        QRandomGenerator rng(20261125);
        static const char alphabet[] = ":-[]{}'\"|>&*!#%@\t\n ?,\\\x01\xC3\xFF";
        int withErrors = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes = readFile(files[rng.bounded(int(files.size()))]);
            const int edits = 1 + rng.bounded(8);
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const int at = rng.bounded(int(bytes.size()));
                switch (rng.bounded(4)) {
                case 0: bytes[at] = alphabet[rng.bounded(int(sizeof(alphabet) - 1))]; break;
                case 1: bytes.insert(at, alphabet[rng.bounded(int(sizeof(alphabet) - 1))]); break;
                case 2: bytes.remove(at, 1 + rng.bounded(20)); break;
                default: {
                    const qsizetype start = bytes.lastIndexOf('\n', at) + 1;
                    qsizetype end = bytes.indexOf('\n', at);
                    if (end < 0)
                        end = bytes.size();
                    bytes.insert(start, bytes.mid(start, end - start + 1));
                }
                }
            }
            const YamlParseResult r = YamlParser::parse(bytes, QStringLiteral("mutated.yml"));
            if (!r.ok()) {
                ++withErrors;
                for (const Diagnostic &d : r.diagnostics)
                    QVERIFY2(!d.message.isEmpty() && d.file == QStringLiteral("mutated.yml"), qPrintable(d.toString()));
            } else {
                // What parses must also survive the writer.
                const YamlParseResult again = YamlParser::parse(YamlWriter::write(r.root).toUtf8());
                QVERIFY2(again.ok() && again.root.sameTree(r.root),
                         qPrintable(QString::fromUtf8(bytes) + QStringLiteral("\n=== written ===\n")
                                    + YamlWriter::write(r.root)));
            }
        }
        QVERIFY(withErrors > 0);
    }
};

QTEST_GUILESS_MAIN(TestYamlParser)
#include "test_yamlparser.moc"
