// JsonReader: values with their line and column, comments and BOM accepted, every kind of
// malformed JSON refused with the file:line:column of the problem, duplicate members
// warned about, and JsonSource::at mapping a character of a string value (escapes
// included) to its column.

#include "core/infra/jsonreader.h"

#include <QTest>

using namespace mlops;
using namespace mlops::infra;

class TestJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void positions()
    {
        const QByteArray text = "{\n  \"a\": [1, 2.5, -3],\n  \"b\": {\"c\": \"x\\ty\"}, // note\n  /* block\n  */ \"d\": null\n}\n";
        Result<JsonSource> read = JsonReader::read(text, QStringLiteral("f.json"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        const JsonNode &root = read->root;
        QVERIFY(root.isObject());
        QCOMPARE(root.children.size(), size_t(3));
        const JsonNode *a = root.member(u"A");  // case-insensitive lookup
        QVERIFY(a && a->isArray());
        QCOMPARE(a->line, 2);
        QCOMPARE(a->column, 8);
        QCOMPARE(a->keyLine, 2);
        QCOMPARE(a->keyColumn, 3);
        QCOMPARE(a->children.at(0).isInteger, true);
        QCOMPARE(a->children.at(0).integer, qint64(1));
        QCOMPARE(a->children.at(1).isInteger, false);
        QCOMPARE(a->children.at(1).number, 2.5);
        QCOMPARE(a->children.at(2).integer, qint64(-3));
        QCOMPARE(a->children.at(2).column, 17);
        const JsonNode *c = root.member(u"b")->member(u"c");
        QVERIFY(c && c->isString());
        QCOMPARE(c->string, QStringLiteral("x\ty"));
        QCOMPARE(c->line, 3);
        QCOMPARE(c->column, 14);
        const JsonNode *d = root.member(u"d");
        QVERIFY(d && d->isNull());
        QCOMPARE(d->line, 5);
        QCOMPARE(d->column, 11);
        QVERIFY(read->warnings.isEmpty());
    }

    void byteOrderMarkAndUnicode()
    {
        const QByteArray text = "\xEF\xBB\xBF{\"k\": \"\xE6\x97\xA5\\u672c\"}";
        Result<JsonSource> read = JsonReader::read(text, QStringLiteral("f.json"));
        QVERIFY(read.ok());
        QCOMPARE(read->root.member(u"k")->string, QStringLiteral("\u65e5\u672c"));
        QCOMPARE(read->root.column, 1);
    }

    void stringColumns()
    {
        // The value "a\"b[x]" starts at column 8; its 4th character ('[') is at column 8+1+4+1.
        const QByteArray text = "{\"k\": \"a\\\"b[x]\"}";
        Result<JsonSource> read = JsonReader::read(text, QStringLiteral("f.json"));
        QVERIFY(read.ok());
        const JsonNode *k = read->root.member(u"k");
        QCOMPARE(k->column, 7);
        QCOMPARE(k->string, QStringLiteral("a\"b[x]"));
        const Diagnostic d = read->at(*k, 3, QStringLiteral("here"));
        QCOMPARE(d.line, 1);
        QCOMPARE(d.column, 7 + 1 + 4);  // quote, a, \", b
        QCOMPARE(d.file, QStringLiteral("f.json"));
    }

    void duplicateMembers()
    {
        Result<JsonSource> read = JsonReader::read("{\"name\": 1,\n \"Name\": 2}", QStringLiteral("f.json"));
        QVERIFY(read.ok());
        QCOMPARE(read->warnings.size(), 1);
        QCOMPARE(read->warnings.at(0).severity, Diagnostic::Severity::Warning);
        QCOMPARE(read->warnings.at(0).line, 2);
        QCOMPARE(read->root.member(u"name")->integer, qint64(2));  // the last one counts
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");  // "line:column: message start"
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("2:1: the file is empty");
        QTest::newRow("trailing comma in object") << QByteArray("{\"a\": 1,\n}") << QStringLiteral("2:1: trailing comma before '}'");
        QTest::newRow("trailing comma in array") << QByteArray("[1, 2, ]") << QStringLiteral("1:8: trailing comma before ']'");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << QStringLiteral("1:6: expected ':' after the member name \"a\"");
        QTest::newRow("missing comma") << QByteArray("{\"a\": 1\n \"b\": 2}") << QStringLiteral("2:2: expected ',' or '}'");
        QTest::newRow("single quotes") << QByteArray("{'a': 1}") << QStringLiteral("1:2: expected a member name in double quotes");
        QTest::newRow("single-quoted value") << QByteArray("{\"a\": 'x'}") << QStringLiteral("1:7: strings are written in double quotes");
        QTest::newRow("unclosed object") << QByteArray("{\"a\": {\"b\": 1}") << QStringLiteral("1:1: this object is not closed");
        QTest::newRow("unclosed string") << QByteArray("{\"a\": \"xyz") << QStringLiteral("1:7: this string is not closed");
        QTest::newRow("line break in string") << QByteArray("{\"a\": \"x\ny\"}") << QStringLiteral("1:9: line break inside a string");
        QTest::newRow("bad escape") << QByteArray("[\"a\\qb\"]") << QStringLiteral("1:4: unknown escape '\\q'");
        QTest::newRow("bad unicode escape") << QByteArray("[\"\\u12g4\"]") << QStringLiteral("1:3: \\u must be followed by four hexadecimal digits");
        QTest::newRow("leading zero") << QByteArray("[012]") << QStringLiteral("1:2: numbers do not start with 0");
        QTest::newRow("bare word") << QByteArray("{\"a\": yes}") << QStringLiteral("1:7: unexpected 'yes'");
        QTest::newRow("NaN") << QByteArray("[NaN]") << QStringLiteral("1:2: unexpected 'NaN'");
        QTest::newRow("content after value") << QByteArray("{}\n{}") << QStringLiteral("2:1: unexpected '{' after the JSON value");
        QTest::newRow("unterminated comment") << QByteArray("{} /* x") << QStringLiteral("1:4: unterminated comment");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\n \"\xC3\x28\"}") << QStringLiteral("2:3: the file is not valid UTF-8");
        QTest::newRow("too deep") << QByteArray(300, '[') << QStringLiteral("1:258: the JSON is nested more than 256 levels deep");
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        Diagnostic problem;
        Result<JsonSource> read = JsonReader::read(text, QStringLiteral("t.json"), &problem);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::InvalidInput);
        const QString got = QStringLiteral("%1:%2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
        QVERIFY2(got.startsWith(expected), qPrintable(got));
        QVERIFY2(read.error().message.startsWith(QStringLiteral("t.json:") + expected.section(QLatin1Char(' '), 0, 0)),
                 qPrintable(read.error().message));
    }

    void unreadableFile()
    {
        Diagnostic problem;
        Result<JsonSource> read = JsonReader::readFile(QStringLiteral("/nonexistent/x.json"), &problem);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::Io);
        QCOMPARE(problem.file, QStringLiteral("/nonexistent/x.json"));
        QVERIFY(problem.message.startsWith(QStringLiteral("cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "test_jsonreader.moc"
