// YamlWriter: exact output for chosen trees, quoting decisions, literal blocks, golden
// cases (data/<case>/input.yml + expected.yml) and round trips of the whole corpus.

#include "core/pipeline/yaml/yamlparser.h"
#include "core/pipeline/yaml/yamlwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace mlops;
using namespace mlops::pipeline;

namespace {

YamlNode s(const QString &text, YamlNode::Style style = YamlNode::Style::Plain) { return YamlNode::scalar(text, {}, style); }

QString reparseErrors(const QString &yaml)
{
    const YamlParseResult r = YamlParser::parse(yaml.toUtf8());
    QStringList out;
    for (const Diagnostic &d : r.diagnostics)
        out << d.toString();
    return out.join(QLatin1Char('\n'));
}

void verifyRoundTrip(const YamlNode &tree)
{
    const QString text = YamlWriter::write(tree);
    const YamlParseResult r = YamlParser::parse(text.toUtf8());
    QVERIFY2(r.ok(), qPrintable(text + QStringLiteral("\n---\n") + reparseErrors(text)));
    QVERIFY2(r.root.sameTree(tree), qPrintable(text));
    QCOMPARE(YamlWriter::write(r.root), text);
}

}  // namespace

class TestYamlWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blockStyle()
    {
        const YamlNode tree = YamlNode::mapping({
            {s(QStringLiteral("trigger")), YamlNode::sequence({s(QStringLiteral("main"))})},
            {s(QStringLiteral("pr")), YamlNode::null()},
            {s(QStringLiteral("steps")),
             YamlNode::sequence({
                 YamlNode::mapping({{s(QStringLiteral("script")), s(QStringLiteral("echo a\necho b\n"))},
                                    {s(QStringLiteral("displayName")), s(QStringLiteral("Run: both"))},
                                    {s(QStringLiteral("env")), YamlNode::mapping({{s(QStringLiteral("A")), s(QStringLiteral("1"))}})}}),
                 YamlNode::mapping({{s(QStringLiteral("bash")), s(QStringLiteral("exit 1"))}}),
             })},
            {s(QStringLiteral("variables")), YamlNode::mapping({})},
            {s(QStringLiteral("list")), YamlNode::sequence({YamlNode::sequence({s(QStringLiteral("a")), s(QStringLiteral("b"))}),
                                                            YamlNode::sequence({}), YamlNode::null()})},
        });
        const QString expected = QStringLiteral(
            "trigger:\n"
            "- main\n"
            "pr:\n"
            "steps:\n"
            "- script: |\n"
            "    echo a\n"
            "    echo b\n"
            "  displayName: 'Run: both'\n"
            "  env:\n"
            "    A: 1\n"
            "- bash: exit 1\n"
            "variables: {}\n"
            "list:\n"
            "- - a\n"
            "  - b\n"
            "- []\n"
            "-\n");
        QCOMPARE(YamlWriter::write(tree), expected);
        verifyRoundTrip(tree);
    }

    void scalars_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("written");
        const int plain = int(YamlNode::Style::Plain);
        const int quoted = int(YamlNode::Style::SingleQuoted);
        QTest::newRow("plain") << QStringLiteral("ubuntu-latest") << plain << QStringLiteral("ubuntu-latest");
        QTest::newRow("macro") << QStringLiteral("$(Build.BuildId)") << plain << QStringLiteral("$(Build.BuildId)");
        QTest::newRow("expression") << QStringLiteral("${{ parameters.x }}") << plain << QStringLiteral("${{ parameters.x }}");
        QTest::newRow("option") << QStringLiteral("--verbose") << plain << QStringLiteral("--verbose");
        QTest::newRow("quoted-stays-quoted") << QStringLiteral("true") << quoted << QStringLiteral("'true'");
        QTest::newRow("plain-bool-stays-plain") << QStringLiteral("true") << plain << QStringLiteral("true");
        QTest::newRow("colon-space") << QStringLiteral("a: b") << plain << QStringLiteral("'a: b'");
        QTest::newRow("comment") << QStringLiteral("a #b") << plain << QStringLiteral("'a #b'");
        QTest::newRow("leading-star") << QStringLiteral("*.yml") << plain << QStringLiteral("'*.yml'");
        QTest::newRow("dash") << QStringLiteral("-") << plain << QStringLiteral("'-'");
        QTest::newRow("empty") << QString() << plain << QStringLiteral("''");
        QTest::newRow("null-word") << QStringLiteral("null") << plain << QStringLiteral("'null'");
        QTest::newRow("tilde") << QStringLiteral("~") << plain << QStringLiteral("'~'");
        QTest::newRow("apostrophe") << QStringLiteral("it's: x") << plain << QStringLiteral("'it''s: x'");
        QTest::newRow("leading-space") << QStringLiteral(" x") << plain << QStringLiteral("' x'");
        QTest::newRow("control") << QStringLiteral("a\x01") << plain << QStringLiteral("\"a\\u0001\"");
        QTest::newRow("carriage-return") << QStringLiteral("a\r\nb") << plain << QStringLiteral("\"a\\r\\nb\"");
        QTest::newRow("flow-start") << QStringLiteral("[x]") << plain << QStringLiteral("'[x]'");
        QTest::newRow("trailing-colon") << QStringLiteral("x:") << plain << QStringLiteral("'x:'");
        QTest::newRow("document-start") << QStringLiteral("---") << plain << QStringLiteral("'---'");
    }

    void scalars()
    {
        QFETCH(QString, text);
        QFETCH(int, style);
        QFETCH(QString, written);
        const YamlNode node = s(text, YamlNode::Style(style));
        QCOMPARE(YamlWriter::scalarText(node), written);
        verifyRoundTrip(YamlNode::mapping({{s(QStringLiteral("k")), node}}));
        verifyRoundTrip(YamlNode::sequence({node}));
        verifyRoundTrip(YamlNode::mapping({{node, s(QStringLiteral("v"))}}));
    }

    void multiline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("clip") << QStringLiteral("a\nb\n") << QStringLiteral("k: |\n  a\n  b\n");
        QTest::newRow("strip") << QStringLiteral("a\nb") << QStringLiteral("k: |-\n  a\n  b\n");
        QTest::newRow("keep") << QStringLiteral("a\n\n") << QStringLiteral("k: |+\n  a\n\n");
        QTest::newRow("inner-blank") << QStringLiteral("a\n\n  b\n") << QStringLiteral("k: |\n  a\n\n    b\n");
        QTest::newRow("tabs") << QStringLiteral("a\n\tb\n") << QStringLiteral("k: |\n  a\n  \tb\n");
        QTest::newRow("indented-first-line") << QStringLiteral("  a\nb\n") << QStringLiteral("k: \"  a\\nb\\n\"\n");
        QTest::newRow("only-newlines") << QStringLiteral("\n\n") << QStringLiteral("k: \"\\n\\n\"\n");
        QTest::newRow("leading-blank") << QStringLiteral("\na\n") << QStringLiteral("k: |\n\n  a\n");
        QTest::newRow("comment-like") << QStringLiteral("# x\n- y: z\n") << QStringLiteral("k: |\n  # x\n  - y: z\n");
    }

    void multiline()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        const YamlNode tree = YamlNode::mapping({{s(QStringLiteral("k")), s(text, YamlNode::Style::Literal)}});
        QCOMPARE(YamlWriter::write(tree), written);
        verifyRoundTrip(tree);
        verifyRoundTrip(YamlNode::sequence({YamlNode::sequence({s(text, YamlNode::Style::Literal)})}));
    }

    void roots()
    {
        QCOMPARE(YamlWriter::write(YamlNode()), QString());
        QCOMPARE(YamlWriter::write(s(QStringLiteral("x"))), QStringLiteral("x\n"));
        QCOMPARE(YamlWriter::write(YamlNode::sequence({})), QStringLiteral("[]\n"));
        QCOMPARE(YamlWriter::write(YamlNode::mapping({})), QStringLiteral("{}\n"));
        verifyRoundTrip(s(QStringLiteral("line1\nline2\n"), YamlNode::Style::Literal));
    }

    void collectionKeys()
    {
        const YamlNode tree = YamlNode::mapping(
            {{YamlNode::sequence({s(QStringLiteral("a")), s(QStringLiteral("b"))}), s(QStringLiteral("v"))}});
        verifyRoundTrip(tree);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir data(QStringLiteral(MLOPS_TEST_DATA_DIR));
        const QStringList cases = data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &c : cases) {
            if (QFile::exists(data.filePath(c + QStringLiteral("/expected.yml"))))
                QTest::newRow(qPrintable(c)) << data.filePath(c);
        }
    }

    // expected.yml: what the writer makes of input.yml.
    void golden()
    {
        QFETCH(QString, dir);
        const YamlParseResult r = YamlParser::parseFile(dir + QStringLiteral("/input.yml"));
        QVERIFY(r.ok());
        QFile expected(dir + QStringLiteral("/expected.yml"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(YamlWriter::write(r.root), QString::fromUtf8(expected.readAll()));
        verifyRoundTrip(r.root);
    }

    void corpusRoundTrips()
    {
        QDirIterator it(QStringLiteral(MLOPS_SHARED_DIR "/corpus/pipelines"), {QStringLiteral("*.yml")}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const YamlParseResult r = YamlParser::parseFile(path);
            QVERIFY2(r.ok(), qPrintable(path));
            verifyRoundTrip(r.root);
            if (QTest::currentTestFailed()) {
                qWarning("round trip failed for %s", qPrintable(path));
                return;
            }
            ++count;
        }
        QVERIFY(count >= 90);
    }
};

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "test_yamlwriter.moc"
