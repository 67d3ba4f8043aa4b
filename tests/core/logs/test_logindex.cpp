// LogIndex and LogDocument against a naive line split, on generated files.
#include "core/logs/logdocument.h"
#include "core/logs/logindex.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops::logs;

namespace {

// Line starts of `data` computed the obvious way.
QList<qint64> naiveLineStarts(const QByteArray &data)
{
    QList<qint64> starts;
    if (data.isEmpty())
        return starts;
    starts.append(0);
    for (qint64 i = 0; i < data.size(); ++i) {
        if (data[i] == '\n' && i + 1 < data.size())
            starts.append(i + 1);
    }
    return starts;
}

QList<QByteArray> naiveLines(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    if (!data.isEmpty() && data.endsWith('\n'))
        lines.removeLast();
    if (data.isEmpty())
        lines.clear();
    for (auto &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return lines;
}

qint64 offsetOf(const QByteArray &data, const LogIndex &index, qint64 line)
{
    const auto loc = index.locate(line);
    const char *p = LogIndex::skipNewlines(data.constData() + loc.scanFrom, data.size() - loc.scanFrom,
                                           loc.newlinesToSkip);
    return p ? p - data.constData() : -1;
}

QByteArray generated(const QString &kind)
{
    QRandomGenerator rng(7);
    QByteArray out;
    if (kind == QStringLiteral("empty"))
        return out;
    if (kind == QStringLiteral("one char"))
        return QByteArrayLiteral("a");
    if (kind == QStringLiteral("only newlines"))
        return QByteArray(40000, '\n');
    if (kind == QStringLiteral("crlf")) {
        for (int i = 0; i < 30000; ++i)
            out += "line " + QByteArray::number(i) + "\r\n";
        return out;
    }
    if (kind == QStringLiteral("no final newline")) {
        for (int i = 0; i < 30000; ++i)
            out += "row " + QByteArray::number(i) + '\n';
        out += "tail without newline";
        return out;
    }
    if (kind == QStringLiteral("long line")) {
        out += "short\n";
        out += QByteArray(100000, 'x');
        out += "\nafter\n";
        out += QByteArray(70000, 'y');  // spans chunks, no final newline
        return out;
    }
    if (kind == QStringLiteral("invalid utf8")) {
        for (int i = 0; i < 20000; ++i)
            out += QByteArray("caf\xc3\xa9 \xff\xfe bad \xc3\n");
        return out;
    }
    if (kind == QStringLiteral("binary")) {
        out.resize(300000);
        for (auto &c : out)
            c = static_cast<char>(rng.bounded(256));
        return out;
    }
    // "mixed": random line lengths including empty lines, crossing many chunks.
    for (int i = 0; i < 50000; ++i)
        out += QByteArray(rng.bounded(i % 97 == 0 ? 3000 : 120), 'a' + char(i % 26)) + '\n';
    return out;
}

}  // namespace

class TestLogIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildMatchesNaive_data();
    void buildMatchesNaive();
    void appendMatchesBuild_data() { buildMatchesNaive_data(); }
    void appendMatchesBuild();
    void countNewlines();
    void cancelledBuild();
    void memoryIsSparse();
    void documentReadsLines_data() { buildMatchesNaive_data(); }
    void documentReadsLines();
    void documentFollowsGrowth();
    void documentResetsOnTruncate();
    void documentSavesCopy();
    void openMissingFile();
};

void TestLogIndex::buildMatchesNaive_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *k : {"empty", "one char", "only newlines", "crlf", "no final newline", "long line",
                          "invalid utf8", "binary", "mixed"})
        QTest::newRow(k) << QString::fromLatin1(k);
}

void TestLogIndex::buildMatchesNaive()
{
    QFETCH(QString, kind);
    const QByteArray data = generated(kind);
    const QList<qint64> starts = naiveLineStarts(data);
    for (int threads : {1, 2}) {
        const LogIndex index = LogIndex::build(data.constData(), data.size(), threads);
        QVERIFY(index.isComplete());
        QCOMPARE(index.lineCount(), starts.size());
        QCOMPARE(index.indexedBytes(), data.size());
        for (qint64 line = 0; line < starts.size(); line += std::max<qint64>(1, starts.size() / 997))
            QCOMPARE(offsetOf(data, index, line), starts[line]);
        if (!starts.isEmpty())
            QCOMPARE(offsetOf(data, index, starts.size() - 1), starts.last());
    }
}

void TestLogIndex::appendMatchesBuild()
{
    QFETCH(QString, kind);
    const QByteArray data = generated(kind);
    const QList<qint64> starts = naiveLineStarts(data);
    QRandomGenerator rng(11);
    LogIndex index;
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 piece = std::min<qint64>(data.size() - done, rng.bounded(1, 40000));
        index.append(data.constData() + done, piece);
        done += piece;
        // After each piece the index describes exactly the bytes seen so far.
        QCOMPARE(index.lineCount(), naiveLineStarts(data.left(done)).size());
    }
    QCOMPARE(index.lineCount(), starts.size());
    for (qint64 line = 0; line < starts.size(); line += std::max<qint64>(1, starts.size() / 501))
        QCOMPARE(offsetOf(data, index, line), starts[line]);
}

void TestLogIndex::countNewlines()
{
    QByteArray data(5000, 'a');
    for (int i = 0; i < data.size(); i += 7)
        data[i] = '\n';
    for (qint64 start : {0, 1, 15, 63}) {
        for (qint64 len : {0, 1, 16, 63, 64, 65, 4000}) {
            const qint64 expected = data.mid(start, len).count('\n');
            QCOMPARE(LogIndex::countNewlines(data.constData() + start, len), expected);
        }
    }
}

void TestLogIndex::cancelledBuild()
{
    const QByteArray data(64 << 20, '\n');
    std::atomic_bool cancel{true};
    const LogIndex index = LogIndex::build(data.constData(), data.size(), 2, &cancel);
    QVERIFY(!index.isComplete());
    QCOMPARE(index.lineCount(), 0);
}

void TestLogIndex::memoryIsSparse()
{
    const QByteArray data = generated(QStringLiteral("mixed"));
    const LogIndex index = LogIndex::build(data.constData(), data.size(), 2);
    // One qint64 per 16 KiB chunk, far below one offset per line.
    QVERIFY(index.memoryBytes() <= (data.size() / LogIndex::kChunkBytes + 1) * qint64(sizeof(qint64)));
    QVERIFY(index.memoryBytes() < index.lineCount() * qint64(sizeof(qint64)) / 10);
}

static bool waitIdle(LogDocument &doc)
{
    return QTest::qWaitFor([&] { return !doc.isIndexing(); }, 20000);
}

void TestLogIndex::documentReadsLines()
{
    QFETCH(QString, kind);
    const QByteArray data = generated(kind);
    const QList<QByteArray> lines = naiveLines(data);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.log"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    LogDocument doc;
    QVERIFY(doc.open(path).ok());
    QVERIFY(waitIdle(doc));
    QCOMPARE(doc.lineCount(), lines.size());
    QCOMPARE(doc.readLines(0, lines.size()), lines);
    if (!lines.isEmpty()) {
        const qint64 mid = lines.size() / 2;
        QCOMPARE(doc.readLines(mid, 5), lines.mid(mid, 5));
        QCOMPARE(doc.readLine(lines.size() - 1), lines.last());
        QCOMPARE(doc.readLines(lines.size() - 1, 100).size(), 1);
    }
    QVERIFY(doc.readLines(lines.size(), 1).isEmpty());
}

void TestLogIndex::documentFollowsGrowth()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grow.log"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("2026-11-25T10:00:00.0000000Z ##[group]Run build\nfirst\nsecond par");
    f.flush();
    LogDocument doc;
    QVERIFY(doc.open(path).ok());
    QVERIFY(waitIdle(doc));
    QCOMPARE(doc.lineCount(), 3);
    QCOMPARE(doc.readLine(2), QByteArray("second par"));
    QCOMPARE(doc.groups(), (QList<LogGroup>{{0, -1}}));

    QSignalSpy counted(&doc, &LogDocument::lineCountChanged);
    doc.setWatching(true);
    f.write("t\n2026-11-25T10:00:01.0000000Z ##[endgroup]\n");
    for (int i = 0; i < 5000; ++i)
        f.write("more " + QByteArray::number(i) + '\n');
    f.flush();
    QVERIFY(QTest::qWaitFor([&] { return doc.lineCount() == 5004; }, 10000));
    QVERIFY(!counted.isEmpty());
    QVERIFY(waitIdle(doc));
    QCOMPARE(doc.readLine(2), QByteArray("second part"));
    QCOMPARE(doc.readLine(5003), QByteArray("more 4999"));
    QVERIFY(QTest::qWaitFor([&] { return doc.groups() == QList<LogGroup>{{0, 3}}; }, 5000));
}

void TestLogIndex::documentResetsOnTruncate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.log"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a\nb\nc\nd\n");
    f.close();
    LogDocument doc;
    QVERIFY(doc.open(path).ok());
    QVERIFY(waitIdle(doc));
    QCOMPARE(doc.lineCount(), 4);
    QSignalSpy reset(&doc, &LogDocument::reset);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("x\n");
    f.close();
    doc.checkForGrowth();
    QCOMPARE(reset.size(), 1);
    QVERIFY(waitIdle(doc));
    QCOMPARE(doc.lineCount(), 1);
    QCOMPARE(doc.readLine(0), QByteArray("x"));
}

void TestLogIndex::documentSavesCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.log"));
    const QByteArray data = generated(QStringLiteral("invalid utf8"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    LogDocument doc;
    QVERIFY(doc.open(path).ok());
    const QString copy = dir.filePath(QStringLiteral("copy.log"));
    QVERIFY(doc.saveCopy(copy).ok());
    QFile c(copy);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), data);
    const auto bad = doc.saveCopy(dir.filePath(QStringLiteral("no/such/dir/x.log")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, mlops::ErrorCode::Io);
}

void TestLogIndex::openMissingFile()
{
    LogDocument doc;
    const auto r = doc.open(QStringLiteral("/nonexistent/file.log"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, mlops::ErrorCode::NotFound);
    QVERIFY(r.error().message.contains(QStringLiteral("/nonexistent/file.log")));
    QCOMPARE(doc.lineCount(), 0);
}

QTEST_GUILESS_MAIN(TestLogIndex)
#include "test_logindex.moc"
