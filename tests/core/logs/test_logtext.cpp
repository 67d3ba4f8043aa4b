// LogLine (timestamps, markers, decoding), AnsiParser (SGR table), ByteSearcher, LogGroups.
#include "core/logs/ansiparser.h"
#include "core/logs/bytesearcher.h"
#include "core/logs/loggroups.h"
#include "core/logs/logline.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mlops::logs;

Q_DECLARE_METATYPE(mlops::logs::LogLine::Marker)
Q_DECLARE_METATYPE(mlops::logs::TextStyle)

class TestLogText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timestamp_data();
    void timestamp();
    void marker_data();
    void marker();
    void decode_data();
    void decode();
    void longLineIsCut();
    void sgr_data();
    void sgr();
    void sgrSpans();
    void otherEscapesRemoved();
    void searcher_data();
    void searcher();
    void searcherMatchesIndexOf();
    void groups();
};

void TestLogText::timestamp_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("length");
    QTest::newRow("azure") << QByteArray("2026-11-25T10:00:00.0000000Z hello") << 29;
    QTest::newRow("3 digits") << QByteArray("2026-11-25T10:00:00.123Z x") << 25;
    QTest::newRow("no fraction") << QByteArray("2026-11-25T10:00:00Z x") << 21;
    QTest::newRow("only timestamp") << QByteArray("2026-11-25T10:00:00.1Z") << 22;
    QTest::newRow("no Z") << QByteArray("2026-11-25T10:00:00.0000000 hello") << 0;
    QTest::newRow("letters") << QByteArray("2026-1x-25T10:00:00.0000000Z hello") << 0;
    QTest::newRow("no space") << QByteArray("2026-11-25T10:00:00.0000000Zhello") << 0;
    QTest::newRow("plain") << QByteArray("hello world") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
}

void TestLogText::timestamp()
{
    QFETCH(QByteArray, line);
    QFETCH(int, length);
    QCOMPARE(LogLine::timestampLength(line), length);
    QCOMPARE(LogLine::stripTimestamp(line), QByteArrayView(line).sliced(length));
}

void TestLogText::marker_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<LogLine::Marker>("marker");
    QTest::newRow("group") << QByteArray("2026-11-25T10:00:00.0000000Z ##[group]Run x") << LogLine::Marker::Group;
    QTest::newRow("endgroup") << QByteArray("##[endgroup]") << LogLine::Marker::EndGroup;
    QTest::newRow("section") << QByteArray("##[section]Starting") << LogLine::Marker::Section;
    QTest::newRow("warning") << QByteArray("2026-11-25T10:00:00.0000000Z ##[warning]w") << LogLine::Marker::Warning;
    QTest::newRow("error") << QByteArray("##[error]Process completed") << LogLine::Marker::Error;
    QTest::newRow("command") << QByteArray("##[command]/bin/bash") << LogLine::Marker::Command;
    QTest::newRow("debug") << QByteArray("##[debug]x") << LogLine::Marker::Debug;
    QTest::newRow("unknown") << QByteArray("##[other]x") << LogLine::Marker::None;
    QTest::newRow("not at start") << QByteArray("x ##[error]x") << LogLine::Marker::None;
    QTest::newRow("crlf") << QByteArray("##[endgroup]\r") << LogLine::Marker::EndGroup;
}

void TestLogText::marker()
{
    QFETCH(QByteArray, line);
    QFETCH(LogLine::Marker, marker);
    QCOMPARE(LogLine::markerOfRawLine(line), marker);
}

void TestLogText::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QByteArray("hello") << QStringLiteral("hello");
    QTest::newRow("utf8") << QByteArray("\xe2\x9c\x93 ok") << QStringLiteral("\u2713 ok");
    QTest::newRow("invalid") << QByteArray("a\xff" "b") << QStringLiteral("a\ufffdb");
    QTest::newRow("truncated sequence") << QByteArray("a\xe2\x9c") << QStringLiteral("a\ufffd\ufffd");  // one per byte
    QTest::newRow("crlf") << QByteArray("x\r") << QStringLiteral("x");
    QTest::newRow("tab") << QByteArray("ab\tc") << QStringLiteral("ab      c");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("a\u2400b");
    QTest::newRow("esc kept") << QByteArray("\x1b[31mx") << QStringLiteral("\x1b[31mx");
}

void TestLogText::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    bool truncated = true;
    QCOMPARE(LogLine::decodeForDisplay(bytes, LogLine::kDefaultMaxChars, &truncated), text);
    QVERIFY(!truncated);
}

void TestLogText::longLineIsCut()
{
    const QByteArray line(250000, 'x');
    bool truncated = false;
    const QString shown = LogLine::decodeForDisplay(line, 100000, &truncated);
    QVERIFY(truncated);
    QVERIFY(shown.endsWith(LogLine::ellipsisMarker()));
    QCOMPARE(shown.size(), 100000 + LogLine::ellipsisMarker().size());
    const QString exact = LogLine::decodeForDisplay(QByteArray(100000, 'y'), 100000, &truncated);
    QVERIFY(!truncated);
    QCOMPARE(exact.size(), 100000);
}

void TestLogText::sgr_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<TextStyle>("style");
    auto fg = [](quint32 c) { TextStyle s; s.foreground = c; return s; };
    auto bg = [](quint32 c) { TextStyle s; s.background = c; return s; };
    TextStyle bold;
    bold.bold = true;
    TextStyle boldCyan = fg(0x11a8cd);
    boldCyan.bold = true;
    TextStyle italicUnder;
    italicUnder.italic = true;
    italicUnder.underline = true;
    QTest::newRow("31 red") << QStringLiteral("\x1b[31mX") << fg(0xcd3131);
    QTest::newRow("37 white") << QStringLiteral("\x1b[37mX") << fg(0xe5e5e5);
    QTest::newRow("90 bright black") << QStringLiteral("\x1b[90mX") << fg(0x666666);
    QTest::newRow("97 bright white") << QStringLiteral("\x1b[97mX") << fg(0xffffff);
    QTest::newRow("bold") << QStringLiteral("\x1b[1mX") << bold;
    QTest::newRow("36;1") << QStringLiteral("\x1b[36;1mX") << boldCyan;
    QTest::newRow("38;5;196") << QStringLiteral("\x1b[38;5;196mX") << fg(0xff0000);
    QTest::newRow("38;5;9") << QStringLiteral("\x1b[38;5;9mX") << fg(0xf14c4c);
    QTest::newRow("38;5;244 grey") << QStringLiteral("\x1b[38;5;244mX") << fg(0x808080);
    QTest::newRow("38;2;rgb") << QStringLiteral("\x1b[38;2;1;2;3mX") << fg(0x010203);
    QTest::newRow("48;2;rgb") << QStringLiteral("\x1b[48;2;255;128;0mX") << bg(0xff8000);
    QTest::newRow("42 bg") << QStringLiteral("\x1b[42mX") << bg(0x0dbc79);
    QTest::newRow("reset") << QStringLiteral("\x1b[31m\x1b[0mX") << TextStyle();
    QTest::newRow("empty reset") << QStringLiteral("\x1b[31m\x1b[mX") << TextStyle();
    QTest::newRow("39 default fg") << QStringLiteral("\x1b[33m\x1b[39mX") << TextStyle();
    QTest::newRow("49 default bg") << QStringLiteral("\x1b[43m\x1b[49mX") << TextStyle();
    QTest::newRow("22 normal") << QStringLiteral("\x1b[1m\x1b[22mX") << TextStyle();
    QTest::newRow("3;4") << QStringLiteral("\x1b[3;4mX") << italicUnder;
    QTest::newRow("bad 256") << QStringLiteral("\x1b[38;5;999mX") << TextStyle();
}

void TestLogText::sgr()
{
    QFETCH(QString, input);
    QFETCH(TextStyle, style);
    const ParsedText parsed = AnsiParser::parse(input);
    QCOMPARE(parsed.text, QStringLiteral("X"));
    if (style.isDefault()) {
        QVERIFY(parsed.spans.isEmpty());
    } else {
        QCOMPARE(parsed.spans.size(), 1);
        QCOMPARE(parsed.spans[0].start, 0);
        QCOMPARE(parsed.spans[0].length, 1);
        QVERIFY(parsed.spans[0].style == style);
    }
}

void TestLogText::sgrSpans()
{
    // As make_log.py writes them.
    const ParsedText p = AnsiParser::parse(QStringLiteral("npm \x1b[33mWARN\x1b[39m deprecated \x1b[32m\u2713\x1b[0m ok"));
    QCOMPARE(p.text, QStringLiteral("npm WARN deprecated \u2713 ok"));
    QCOMPARE(p.spans.size(), 2);
    QCOMPARE(p.spans[0].start, 4);
    QCOMPARE(p.spans[0].length, 4);
    QCOMPARE(p.spans[0].style.foreground, std::optional<quint32>(0xe5e510));
    QCOMPARE(p.spans[1].start, 20);
    QCOMPARE(p.spans[1].length, 1);
    QCOMPARE(AnsiParser::strip(QStringLiteral("\x1b[31;1mFATAL\x1b[0m x")), QStringLiteral("FATAL x"));
}

void TestLogText::otherEscapesRemoved()
{
    QCOMPARE(AnsiParser::parse(QStringLiteral("a\x1b[2Kb\x1b[1;1Hc")).text, QStringLiteral("abc"));
    QCOMPARE(AnsiParser::parse(QStringLiteral("a\x1b]0;title\x07" "b")).text, QStringLiteral("ab"));
    QCOMPARE(AnsiParser::parse(QStringLiteral("a\x1b]8;;url\x1b\\b")).text, QStringLiteral("ab"));
    QCOMPARE(AnsiParser::parse(QStringLiteral("a\x1b[31")).text, QStringLiteral("a"));
    QCOMPARE(AnsiParser::parse(QStringLiteral("a\x1b")).text, QStringLiteral("a"));
}

void TestLogText::searcher_data()
{
    QTest::addColumn<QByteArray>("hay");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<int>("at");
    const QByteArray pad(100, '.');
    QTest::newRow("start") << QByteArray("abcdef") << QByteArray("abc") << true << 0;
    QTest::newRow("end") << QByteArray("xxabc") << QByteArray("abc") << true << 2;
    QTest::newRow("long hay") << (pad + "sentinel-7f3a" + pad) << QByteArray("sentinel-7f3a") << true << 100;
    QTest::newRow("case miss") << (pad + "SENTINEL" + pad) << QByteArray("sentinel") << true << -1;
    QTest::newRow("case fold") << (pad + "SenTinel" + pad) << QByteArray("sentinel") << false << 100;
    QTest::newRow("one byte") << (pad + "Z") << QByteArray("z") << false << 100;
    QTest::newRow("absent") << pad << QByteArray("q") << true << -1;
    QTest::newRow("needle longer") << QByteArray("ab") << QByteArray("abc") << true << -1;
    QTest::newRow("utf8") << (pad + "\xe2\x9c\x93") << QByteArray("\xe2\x9c\x93") << false << 100;
}

void TestLogText::searcher()
{
    QFETCH(QByteArray, hay);
    QFETCH(QByteArray, needle);
    QFETCH(bool, caseSensitive);
    QFETCH(int, at);
    const ByteSearcher s(needle, caseSensitive);
    const char *hit = s.find(hay.constData(), hay.constData() + hay.size());
    QCOMPARE(hit ? int(hit - hay.constData()) : -1, at);
}

void TestLogText::searcherMatchesIndexOf()
{
    // Random text over a small alphabet (many partial matches), needles cut from it.
    QRandomGenerator rng(3);
    const char alphabet[] = "aAbB-7 \n";
    QByteArray hay(5000, ' ');
    for (auto &c : hay)
        c = alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
    for (int round = 0; round < 300; ++round) {
        const int len = rng.bounded(1, 20);
        const int at = rng.bounded(hay.size() - len);
        const QByteArray needle = hay.mid(at, len);
        const int from = rng.bounded(hay.size());
        const ByteSearcher cs(needle, true);
        const char *hit = cs.find(hay.constData() + from, hay.constData() + hay.size());
        QCOMPARE(hit ? int(hit - hay.constData()) : -1, int(hay.indexOf(needle, from)));
        const ByteSearcher ci(needle.toUpper(), false);
        const char *hitCi = ci.find(hay.constData() + from, hay.constData() + hay.size());
        QCOMPARE(hitCi ? int(hitCi - hay.constData()) : -1, int(hay.toLower().indexOf(needle.toLower(), from)));
    }
}

void TestLogText::groups()
{
    const QByteArray log =
        "2026-11-25T10:00:00.0000000Z ##[group]Run a\n"   // 0
        "inside\n"                                         // 1
        "##[group]nested\n"                                // 2
        "x ##[group] not a marker\n"                       // 3
        "##[endgroup]\n"                                   // 4
        "2026-11-25T10:00:00.0000000Z ##[endgroup]\n"      // 5
        "##[endgroup]\n"                                   // 6 stray
        "2026-11-25T10:00:00.0000000Z ##[warning]w\n"      // 7
        "##[group]open\n"                                  // 8
        "tail\n";
    LogGroups g;
    g.scan(log.constData(), log.size(), 0);
    QCOMPARE(g.groups(), (QList<LogGroup>{{0, 5}, {2, 4}, {8, -1}}));
    // Rescanning a tail is idempotent; truncate forgets.
    g.scan(log.constData(), log.size(), 0);
    QCOMPARE(g.groups().size(), 3);
    g.truncate(3);
    QCOMPARE(g.groups(), (QList<LogGroup>{{0, -1}, {2, -1}}));
}

QTEST_GUILESS_MAIN(TestLogText)
#include "test_logtext.moc"
