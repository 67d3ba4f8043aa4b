// LoggingCommandParser / LoggingCommand: every command with its properties, escaping round
// trips, malformed input, formatting markers (LANGUAGE.md §17).
#include "core/agent/loggingcommand.h"
#include "core/agent/loggingcommandparser.h"

#include <QTest>

using namespace mlops::agent;

using Props = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Props)

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
}

class TestLoggingCommandParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void commands_data();
    void commands();
    void escapingRoundTrip_data();
    void escapingRoundTrip();
    void unescape_data();
    void unescape();
    void malformed_data();
    void malformed();
    void formatMarkers_data();
    void formatMarkers();
    void plainText_data();
    void plainText();
    void booleans_data();
    void booleans();
    void propertyLookupIsCaseInsensitive();
};

void TestLoggingCommandParser::commands_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Props>("properties");
    QTest::addColumn<QString>("data");

    QTest::newRow("setvariable") << s("##vso[task.setvariable variable=a]1")
                                 << s("task.setvariable") << Props{{s("variable"), s("a")}} << s("1");
    QTest::newRow("setvariable all flags")
        << s("##vso[task.setvariable variable=x;isSecret=true;isOutput=true;isReadOnly=true;preserveCase=true]v")
        << s("task.setvariable")
        << Props{{s("variable"), s("x")}, {s("isSecret"), s("true")}, {s("isOutput"), s("true")},
                 {s("isReadOnly"), s("true")}, {s("preserveCase"), s("true")}}
        << s("v");
    QTest::newRow("setvariable empty data") << s("##vso[task.setvariable variable=a]") << s("task.setvariable")
                                            << Props{{s("variable"), s("a")}} << QString();
    QTest::newRow("setvariable data with spaces") << s("##vso[task.setvariable variable=a] x y ")
                                                  << s("task.setvariable") << Props{{s("variable"), s("a")}}
                                                  << s(" x y ");
    QTest::newRow("setsecret") << s("##vso[task.setsecret]hunter2") << s("task.setsecret") << Props{}
                               << s("hunter2");
    QTest::newRow("logissue full")
        << s("##vso[task.logissue type=error;sourcepath=src/a.py;linenumber=3;columnnumber=7;code=E100]boom")
        << s("task.logissue")
        << Props{{s("type"), s("error")}, {s("sourcepath"), s("src/a.py")}, {s("linenumber"), s("3")},
                 {s("columnnumber"), s("7")}, {s("code"), s("E100")}}
        << s("boom");
    QTest::newRow("logissue warning") << s("##vso[task.logissue type=warning]careful") << s("task.logissue")
                                      << Props{{s("type"), s("warning")}} << s("careful");
    QTest::newRow("complete") << s("##vso[task.complete result=SucceededWithIssues;done=true]DONE")
                              << s("task.complete")
                              << Props{{s("result"), s("SucceededWithIssues")}, {s("done"), s("true")}} << s("DONE");
    QTest::newRow("setprogress") << s("##vso[task.setprogress value=75;]Upload") << s("task.setprogress")
                                 << Props{{s("value"), s("75")}} << s("Upload");
    QTest::newRow("prependpath") << s("##vso[task.prependpath]/opt/tool/bin") << s("task.prependpath") << Props{}
                                 << s("/opt/tool/bin");
    QTest::newRow("uploadfile") << s("##vso[task.uploadfile]/tmp/x.log") << s("task.uploadfile") << Props{}
                                << s("/tmp/x.log");
    QTest::newRow("uploadsummary") << s("##vso[task.uploadsummary]/tmp/s.md") << s("task.uploadsummary") << Props{}
                                   << s("/tmp/s.md");
    QTest::newRow("addattachment") << s("##vso[task.addattachment type=myType;name=n1]/tmp/a")
                                   << s("task.addattachment") << Props{{s("type"), s("myType")}, {s("name"), s("n1")}}
                                   << s("/tmp/a");
    QTest::newRow("artifact.upload") << s("##vso[artifact.upload containerfolder=drop;artifactname=model]out/m.bin")
                                     << s("artifact.upload")
                                     << Props{{s("containerfolder"), s("drop")}, {s("artifactname"), s("model")}}
                                     << s("out/m.bin");
    QTest::newRow("artifact.associate") << s("##vso[artifact.associate type=container;artifactname=a]#/1/a")
                                        << s("artifact.associate")
                                        << Props{{s("type"), s("container")}, {s("artifactname"), s("a")}}
                                        << s("#/1/a");
    QTest::newRow("updatebuildnumber") << s("##vso[build.updatebuildnumber]1.2.3") << s("build.updatebuildnumber")
                                       << Props{} << s("1.2.3");
    QTest::newRow("addbuildtag") << s("##vso[build.addbuildtag]release") << s("build.addbuildtag") << Props{}
                                 << s("release");
    QTest::newRow("uploadlog") << s("##vso[build.uploadlog]/tmp/l.txt") << s("build.uploadlog") << Props{}
                               << s("/tmp/l.txt");
    QTest::newRow("updatereleasename") << s("##vso[release.updatereleasename]r1") << s("release.updatereleasename")
                                       << Props{} << s("r1");
    QTest::newRow("settaskvariable") << s("##vso[task.settaskvariable variable=t;issecret=false]v")
                                     << s("task.settaskvariable")
                                     << Props{{s("variable"), s("t")}, {s("issecret"), s("false")}} << s("v");
    QTest::newRow("debug") << s("##vso[task.debug]details") << s("task.debug") << Props{} << s("details");
    QTest::newRow("setendpoint") << s("##vso[task.setendpoint id=1;field=authParameter;key=k]v")
                                 << s("task.setendpoint")
                                 << Props{{s("id"), s("1")}, {s("field"), s("authParameter")}, {s("key"), s("k")}}
                                 << s("v");
    QTest::newRow("logdetail") << s("##vso[task.logdetail id=abc;name=n;type=build;order=1]progress")
                               << s("task.logdetail")
                               << Props{{s("id"), s("abc")}, {s("name"), s("n")}, {s("type"), s("build")},
                                        {s("order"), s("1")}}
                               << s("progress");
    // Placement and shape.
    QTest::newRow("prefix text before") << s("+ echo ##vso[task.setvariable variable=a]1") << s("task.setvariable")
                                        << Props{{s("variable"), s("a")}} << s("1");
    QTest::newRow("upper-case area/event") << s("##vso[TASK.SETVARIABLE variable=a]1") << s("task.setvariable")
                                           << Props{{s("variable"), s("a")}} << s("1");
    QTest::newRow("empty pieces ignored") << s("##vso[task.setvariable ;;variable=a;;]1") << s("task.setvariable")
                                          << Props{{s("variable"), s("a")}} << s("1");
    QTest::newRow("split at first =") << s("##vso[task.setvariable variable=a=b]1") << s("task.setvariable")
                                      << Props{{s("variable"), s("a=b")}} << s("1");
    QTest::newRow("key without value ignored") << s("##vso[task.setvariable variable=a;isSecret=]1")
                                               << s("task.setvariable") << Props{{s("variable"), s("a")}} << s("1");
    QTest::newRow("value without key ignored") << s("##vso[task.setvariable =x;variable=a]1") << s("task.setvariable")
                                               << Props{{s("variable"), s("a")}} << s("1");
    QTest::newRow("piece without = ignored") << s("##vso[task.setvariable junk;variable=a]1") << s("task.setvariable")
                                             << Props{{s("variable"), s("a")}} << s("1");
    QTest::newRow("duplicate key last wins") << s("##vso[task.setvariable variable=a;VARIABLE=b]1")
                                             << s("task.setvariable") << Props{{s("variable"), s("b")}} << s("1");
    QTest::newRow("data keeps later ]") << s("##vso[task.setvariable variable=a]x]y") << s("task.setvariable")
                                        << Props{{s("variable"), s("a")}} << s("x]y");
    QTest::newRow("double dot area") << s("##vso[task..setvariable variable=a]1") << s("task.setvariable")
                                     << Props{{s("variable"), s("a")}} << s("1");
    QTest::newRow("escaped ; in value") << s("##vso[task.setvariable variable=a%3Bb]x%3By") << s("task.setvariable")
                                        << Props{{s("variable"), s("a;b")}} << s("x;y");
    QTest::newRow("escaped ] CR LF") << s("##vso[task.setvariable variable=a]%5D%0D%0A") << s("task.setvariable")
                                     << Props{{s("variable"), s("a")}} << s("]\r\n");
    QTest::newRow("escaped percent") << s("##vso[task.setvariable variable=a]100%AZP25") << s("task.setvariable")
                                     << Props{{s("variable"), s("a")}} << s("100%");
    QTest::newRow("percent escape decoded last") << s("##vso[task.setvariable variable=a]%AZP253B")
                                                 << s("task.setvariable") << Props{{s("variable"), s("a")}}
                                                 << s("%3B");
    QTest::newRow("unknown escapes stay") << s("##vso[task.setvariable variable=a]%41%zz%") << s("task.setvariable")
                                          << Props{{s("variable"), s("a")}} << s("%41%zz%");
}

void TestLoggingCommandParser::commands()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    QFETCH(Props, properties);
    QFETCH(QString, data);
    const ParsedLine parsed = LoggingCommandParser::parse(line);
    QCOMPARE(parsed.kind, ParsedLine::Kind::Command);
    QVERIFY(parsed.warning.isEmpty());
    QCOMPARE(parsed.command.name(), name);
    QCOMPARE(parsed.command.properties.size(), properties.size());
    for (const auto &p : properties) {
        const std::optional<QString> value = parsed.command.property(p.first);
        QVERIFY2(value.has_value(), qPrintable(p.first));
        QCOMPARE(*value, p.second);
    }
    QCOMPARE(parsed.command.data, data);
}

void TestLoggingCommandParser::escapingRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << s("hello");
    QTest::newRow("semicolon") << s("a;b;c");
    QTest::newRow("bracket") << s("a]b");
    QTest::newRow("crlf") << s("line1\r\nline2");
    QTest::newRow("percent") << s("50% off");
    QTest::newRow("escape-looking text") << s("%3B%0D%0A%5D%AZP25");
    QTest::newRow("everything") << s("%;\r\n]=x y");
    QTest::newRow("unicode") << s("日本語;値]");
    QTest::newRow("empty") << QString();
}

void TestLoggingCommandParser::escapingRoundTrip()
{
    QFETCH(QString, value);
    QCOMPARE(LoggingCommand::unescape(LoggingCommand::escape(value)), value);
    const QString escaped = LoggingCommand::escape(value);
    QVERIFY(!escaped.contains(QLatin1Char(';')));
    QVERIFY(!escaped.contains(QLatin1Char(']')));
    QVERIFY(!escaped.contains(QLatin1Char('\n')));
    QVERIFY(!escaped.contains(QLatin1Char('\r')));

    LoggingCommand c;
    c.area = s("task");
    c.event = s("setvariable");
    c.setProperty(s("variable"), value.isEmpty() ? s("v") : value);
    c.setProperty(s("isOutput"), s("true"));
    c.data = value;
    const ParsedLine parsed = LoggingCommandParser::parse(c.toString());
    QCOMPARE(parsed.kind, ParsedLine::Kind::Command);
    QCOMPARE(parsed.command, c);
}

void TestLoggingCommandParser::unescape_data()
{
    QTest::addColumn<QString>("escaped");
    QTest::addColumn<QString>("expected");
    QTest::newRow("%3B") << s("a%3Bb") << s("a;b");
    QTest::newRow("%0D") << s("a%0Db") << s("a\rb");
    QTest::newRow("%0A") << s("a%0Ab") << s("a\nb");
    QTest::newRow("%5D") << s("a%5Db") << s("a]b");
    QTest::newRow("%AZP25") << s("a%AZP25b") << s("a%b");
    QTest::newRow("lower-case not decoded") << s("a%3bb") << s("a%3bb");
    QTest::newRow("%25 not decoded") << s("a%25b") << s("a%25b");
    QTest::newRow("repeated") << s("%3B%3B%0A%0A") << s(";;\n\n");
}

void TestLoggingCommandParser::unescape()
{
    QFETCH(QString, escaped);
    QFETCH(QString, expected);
    QCOMPARE(LoggingCommand::unescape(escaped), expected);
}

void TestLoggingCommandParser::malformed_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("missing ]") << s("##vso[task.setvariable variable=a") << s("closing ']' is missing");
    QTest::newRow("no event") << s("##vso[task]x") << s("not of the form area.event");
    QTest::newRow("three parts") << s("##vso[task.set.variable]x") << s("not of the form area.event");
    QTest::newRow("empty") << s("##vso[]x") << s("not of the form area.event");
    QTest::newRow("only dot") << s("##vso[.]x") << s("not of the form area.event");
    QTest::newRow("unknown area") << s("##vso[foo.bar]x") << s("unknown area 'foo'");
    QTest::newRow("unknown event") << s("##vso[task.explode]x") << s("recognized command of the 'task' area");
    QTest::newRow("unknown event build") << s("##vso[build.setnumber]x") << s("recognized command of the 'build' area");
    QTest::newRow("mid-line missing ]") << s("echo ##vso[task.complete result=Failed") << s("closing ']' is missing");
}

void TestLoggingCommandParser::malformed()
{
    QFETCH(QString, line);
    QFETCH(QString, reasonPart);
    const ParsedLine parsed = LoggingCommandParser::parse(line);
    QCOMPARE(parsed.kind, ParsedLine::Kind::Malformed);
    QCOMPARE(parsed.text, line);
    QVERIFY2(parsed.warning.contains(reasonPart), qPrintable(parsed.warning));
    QVERIFY(parsed.warning.contains(line));
    QVERIFY(parsed.warning.contains(s("'##vso'")));
}

void TestLoggingCommandParser::formatMarkers_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("marker");
    QTest::addColumn<QString>("text");
    QTest::newRow("group") << s("##[group]Install") << int(FormatMarker::Group) << s("Install");
    QTest::newRow("endgroup") << s("##[endgroup]") << int(FormatMarker::EndGroup) << QString();
    QTest::newRow("section") << s("##[section]Starting: build") << int(FormatMarker::Section) << s("Starting: build");
    QTest::newRow("warning") << s("##[warning]disk low") << int(FormatMarker::Warning) << s("disk low");
    QTest::newRow("error") << s("##[error]failed") << int(FormatMarker::Error) << s("failed");
    QTest::newRow("command") << s("##[command]/bin/bash x.sh") << int(FormatMarker::Command) << s("/bin/bash x.sh");
    QTest::newRow("debug") << s("##[debug]x=1") << int(FormatMarker::Debug) << s("x=1");
    QTest::newRow("upper case") << s("##[GROUP]T") << int(FormatMarker::Group) << s("T");
    QTest::newRow("text keeps brackets") << s("##[error]a]b") << int(FormatMarker::Error) << s("a]b");
}

void TestLoggingCommandParser::formatMarkers()
{
    QFETCH(QString, line);
    QFETCH(int, marker);
    QFETCH(QString, text);
    const ParsedLine parsed = LoggingCommandParser::parse(line);
    QCOMPARE(parsed.kind, ParsedLine::Kind::Format);
    QCOMPARE(int(parsed.marker), marker);
    QCOMPARE(parsed.text, text);
    QCOMPARE(s("##[") + LoggingCommandParser::markerName(parsed.marker) + s("]"),
             line.left(line.indexOf(QLatin1Char(']')) + 1).toLower());
}

void TestLoggingCommandParser::plainText_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("empty") << QString();
    QTest::newRow("text") << s("hello world");
    QTest::newRow("marker not at start") << s("  ##[group]x");
    QTest::newRow("unknown marker") << s("##[bogus]x");
    QTest::newRow("marker without ]") << s("##[group x");
    QTest::newRow("vso without [") << s("##vso task.setvariable");
    QTest::newRow("single hash") << s("#vso[task.setvariable variable=a]1");
}

void TestLoggingCommandParser::plainText()
{
    QFETCH(QString, line);
    const ParsedLine parsed = LoggingCommandParser::parse(line);
    QCOMPARE(parsed.kind, ParsedLine::Kind::Text);
    QCOMPARE(parsed.text, line);
}

void TestLoggingCommandParser::booleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");  // -1 = not a boolean
    QTest::newRow("true") << s("true") << 1;
    QTest::newRow("True") << s("True") << 1;
    QTest::newRow("TRUE") << s("TRUE") << 1;
    QTest::newRow(" true ") << s(" true ") << 1;
    QTest::newRow("false") << s("false") << 0;
    QTest::newRow("False") << s("False") << 0;
    QTest::newRow("1") << s("1") << -1;
    QTest::newRow("0") << s("0") << -1;
    QTest::newRow("yes") << s("yes") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestLoggingCommandParser::booleans()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<bool> b = LoggingCommand::parseBool(text);
    QCOMPARE(b.has_value() ? int(*b) : -1, expected);
}

void TestLoggingCommandParser::propertyLookupIsCaseInsensitive()
{
    const ParsedLine parsed = LoggingCommandParser::parse(s("##vso[task.setvariable VaRiAbLe=a;ISSECRET=true]1"));
    QCOMPARE(parsed.kind, ParsedLine::Kind::Command);
    QCOMPARE(parsed.command.propertyOr(s("variable")), s("a"));
    QCOMPARE(parsed.command.propertyOr(s("isSecret")), s("true"));
    QVERIFY(!parsed.command.property(s("isOutput")).has_value());
    QCOMPARE(parsed.command.propertyOr(s("isOutput"), s("fallback")), s("fallback"));
}

QTEST_GUILESS_MAIN(TestLoggingCommandParser)
#include "test_loggingcommandparser.moc"
