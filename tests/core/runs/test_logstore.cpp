// Tests of LogStore/LogWriter/LogReader: the Azure timestamp prefix, round trips of
// unusual lines, the line index on 1,000,000 lines, rebuilding a missing or damaged
// index, repair after a writer is killed with SIGKILL, one writer per log, and a reader
// following a log (and the timeline) that another process is writing.
#include "core/runs/logindex.h"
#include "core/runs/logstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <chrono>

using namespace mlops;
using namespace mlops::runs;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

// The end offsets of the lines of `log`, computed the slow way.
QList<quint64> expectedEnds(const QByteArray &log)
{
    QList<quint64> ends;
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (log.at(i) == '\n')
            ends.append(quint64(i + 1));
    }
    return ends;
}

QList<quint64> indexEntries(const QString &logPath)
{
    const QByteArray idx = readAll(LogIndex::indexPathFor(logPath));
    QList<quint64> out;
    for (qsizetype i = 0; i + 8 <= idx.size(); i += 8)
        out.append(qFromLittleEndian<quint64>(idx.constData() + i));
    return out;
}

LogWriter::Clock::time_point at(qint64 secondsSinceEpoch, qint64 ticks100ns)
{
    return LogWriter::Clock::time_point(std::chrono::duration_cast<LogWriter::Clock::duration>(
        std::chrono::seconds(secondsSinceEpoch) + std::chrono::nanoseconds(ticks100ns * 100)));
}

}  // namespace

class TestLogStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshLog(const QString &name) { return m_dir.filePath(name + QStringLiteral("/x.log")); }

private Q_SLOTS:
    void timestamp_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("ticks");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("whole second") << qint64(1795600800) << qint64(0) << QByteArray("2026-11-25T10:00:00.0000000Z");
        QTest::newRow("100ns") << qint64(1795600800) << qint64(1) << QByteArray("2026-11-25T10:00:00.0000001Z");
        QTest::newRow("max ticks") << qint64(1795600800) << qint64(9999999) << QByteArray("2026-11-25T10:00:00.9999999Z");
        QTest::newRow("epoch") << qint64(0) << qint64(1234567) << QByteArray("1970-01-01T00:00:00.1234567Z");
        QTest::newRow("leap day") << qint64(1709164799) << qint64(5000000) << QByteArray("2024-02-28T23:59:59.5000000Z");
    }
    void timestamp()
    {
        QFETCH(qint64, seconds);
        QFETCH(qint64, ticks);
        QFETCH(QByteArray, expected);
        QCOMPARE(LogWriter::timestamp(at(seconds, ticks)), expected);
    }

    void paths()
    {
        LogStore store(QStringLiteral("/ws"));
        QCOMPARE(LogStore::relativeLogPath(12, QStringLiteral("abc")), QStringLiteral("logs/12/abc.log"));
        QCOMPARE(store.logPath(12, QStringLiteral("abc")), QStringLiteral("/ws/logs/12/abc.log"));
        QCOMPARE(LogIndex::indexPathFor(QStringLiteral("/ws/logs/12/abc.log")), QStringLiteral("/ws/logs/12/abc.idx"));
        QCOMPARE(store.openWriter(1, QStringLiteral("../evil")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.openWriter(1, QStringLiteral("..")).error().code, ErrorCode::InvalidInput);
        LogStore real(m_dir.path());
        QCOMPARE(real.openReader(1, QStringLiteral("missing")).error().code, ErrorCode::NotFound);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("ascii") << QByteArray("Training model diabetes_regression");
        QTest::newRow("utf8") << QByteArray("モデルを登録しました ✓");
        QTest::newRow("invalid utf8") << QByteArray("bad \xff\xfe\xc3\x28 bytes \xe2\x82");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x1b[31mred\x1b[0m\r\x7f\x80\x00", 18);
        QTest::newRow("100000 characters") << QByteArray(100000, 'x');
        QTest::newRow("100000 wide characters") << QString(100000, QChar(0x3042)).toUtf8();
        QTest::newRow("carriage return") << QByteArray("progress 10%\rprogress 20%\r");
        QTest::newRow("vso command") << QByteArray("##vso[task.setvariable variable=x]***");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, text);
        const QString path = freshLog(QString::fromLatin1(QTest::currentDataTag()));
        {
            auto writer = LogWriter::open(path);
            QVERIFY2(writer.ok(), writer.ok() ? "" : qPrintable(writer.error().message));
            QVERIFY((*writer)->appendLine(QByteArray("before")).ok());
            QVERIFY((*writer)->appendLine(text, at(1795600800, 42)).ok());
            QVERIFY((*writer)->appendLine(QByteArray("after")).ok());
            QVERIFY((*writer)->sync().ok());
            QCOMPARE((*writer)->lineCount(), 3);
        }
        auto reader = LogReader::open(path);
        QVERIFY(reader.ok());
        QVERIFY((*reader)->indexWasComplete());
        QCOMPARE((*reader)->lineCount(), 3);
        auto line = (*reader)->line(1);
        QVERIFY(line.ok());
        QCOMPARE(*line, QByteArray("2026-11-25T10:00:00.0000042Z ") + text);
        QCOMPARE(LogReader::textOf(*line), text);
        QCOMPARE(LogReader::textOf((*reader)->line(2).value()), QByteArray("after"));
        QCOMPARE(qsizetype((*reader)->sizeBytes()), readAll(path).size());
    }

    void embeddedNewlinesSplit()
    {
        const QString path = freshLog(QStringLiteral("split"));
        auto writer = LogWriter::open(path);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->appendLines({QByteArray("a\nb"), QByteArray("c\n")}).ok());
        QCOMPARE((*writer)->lineCount(), 4);
        auto reader = LogReader::open(path);
        auto lines = (*reader)->readLines(0, 10);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 4);
        QCOMPARE(LogReader::textOf(lines->at(0)), QByteArray("a"));
        QCOMPARE(LogReader::textOf(lines->at(1)), QByteArray("b"));
        QCOMPARE(LogReader::textOf(lines->at(2)), QByteArray("c"));
        QCOMPARE(LogReader::textOf(lines->at(3)), QByteArray());
    }

    void ranges_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<int>("expectedSize");  // -1 = InvalidInput
        QTest::newRow("all") << qint64(0) << qint64(10) << 10;
        QTest::newRow("middle") << qint64(3) << qint64(4) << 4;
        QTest::newRow("clamped") << qint64(8) << qint64(100) << 2;
        QTest::newRow("at end") << qint64(10) << qint64(5) << 0;
        QTest::newRow("zero count") << qint64(2) << qint64(0) << 0;
        QTest::newRow("beyond") << qint64(11) << qint64(1) << -1;
        QTest::newRow("negative first") << qint64(-1) << qint64(1) << -1;
        QTest::newRow("negative count") << qint64(0) << qint64(-1) << -1;
    }
    void ranges()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, count);
        QFETCH(int, expectedSize);
        const QString path = freshLog(QStringLiteral("ranges"));
        if (!QFile::exists(path)) {
            auto writer = LogWriter::open(path);
            QList<QByteArray> lines;
            for (int i = 0; i < 10; ++i)
                lines.append(QByteArray::number(i));
            QVERIFY((*writer)->appendLines(lines).ok());
        }
        auto reader = LogReader::open(path);
        auto lines = (*reader)->readLines(first, count);
        if (expectedSize < 0) {
            QVERIFY(!lines.ok());
            QCOMPARE(lines.error().code, ErrorCode::InvalidInput);
            return;
        }
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), expectedSize);
        for (int i = 0; i < expectedSize; ++i)
            QCOMPARE(LogReader::textOf(lines->at(i)), QByteArray::number(first + i));
    }

    void millionLines()
    {
        const QString path = freshLog(QStringLiteral("million"));
        constexpr int kLines = 1000000;
        {
            auto writer = LogWriter::open(path);
            QVERIFY(writer.ok());
            QList<QByteArray> batch;
            for (int i = 0; i < kLines; ++i) {
                // Varying lengths, including empty text.
                batch.append(QByteArray("line ") + QByteArray::number(i) + QByteArray(i % 37, '.'));
                if (batch.size() == 10000) {
                    QVERIFY((*writer)->appendLines(batch).ok());
                    batch.clear();
                }
            }
            QVERIFY((*writer)->appendLines(batch).ok());
            QCOMPARE((*writer)->lineCount(), kLines);
        }
        const QByteArray log = readAll(path);
        const QList<quint64> ends = expectedEnds(log);
        QCOMPARE(ends.size(), kLines);
        QCOMPARE(indexEntries(path), ends);

        auto checkReader = [&](bool indexComplete) {
            auto reader = LogReader::open(path);
            QVERIFY(reader.ok());
            QCOMPARE((*reader)->indexWasComplete(), indexComplete);
            QCOMPARE((*reader)->lineCount(), kLines);
            QRandomGenerator random(7);
            for (int probe = 0; probe < 2000; ++probe) {
                const int n = probe < 2 ? (probe == 0 ? 0 : kLines - 1) : int(random.bounded(kLines));
                auto line = (*reader)->line(n);
                QVERIFY(line.ok());
                QCOMPARE(LogReader::textOf(*line), QByteArray("line ") + QByteArray::number(n) + QByteArray(n % 37, '.'));
            }
            auto block = (*reader)->readLines(500000, 1000);
            QVERIFY(block.ok());
            QCOMPARE(block->size(), 1000);
            QCOMPARE(LogReader::textOf(block->last()), QByteArray("line 500999") + QByteArray(500999 % 37, '.'));
        };
        checkReader(true);

        // Without the index the reader rebuilds it by scanning, with the same result.
        QVERIFY(QFile::remove(LogIndex::indexPathFor(path)));
        checkReader(false);
        // The writer rebuilds it on disk.
        QVERIFY(LogWriter::open(path).ok());
        QCOMPARE(indexEntries(path), ends);
        checkReader(true);
    }

    // Damage a crash (or a person) can leave; open() must repair all of it.
    void repairOnOpen_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("missing index") << 0;
        QTest::newRow("short index") << 1;
        QTest::newRow("partial index entry") << 2;
        QTest::newRow("partial last line") << 3;
        QTest::newRow("index points past log") << 4;
        QTest::newRow("garbage index") << 5;
        QTest::newRow("empty log, stale index") << 6;
    }
    void repairOnOpen()
    {
        QFETCH(int, damage);
        const QString path = freshLog(QStringLiteral("repair-%1").arg(damage));
        const QString idx = LogIndex::indexPathFor(path);
        {
            auto writer = LogWriter::open(path);
            QList<QByteArray> lines;
            for (int i = 0; i < 100; ++i)
                lines.append(QByteArray("line ") + QByteArray::number(i));
            QVERIFY((*writer)->appendLines(lines).ok());
        }
        QByteArray log = readAll(path);
        QByteArray index = readAll(idx);
        int expectedLines = 100;
        switch (damage) {
        case 0: QVERIFY(QFile::remove(idx)); break;
        case 1: writeFile(idx, index.left(8 * 60)); break;
        case 2: writeFile(idx, index.left(8 * 60 + 3)); break;
        case 3:
            log.append("2026-11-25T10:00:00.0000000Z cut in the mid");
            writeFile(path, log);
            expectedLines = 101;  // completed by the writer
            break;
        case 4: {
            char bytes[8];
            qToLittleEndian<quint64>(quint64(log.size()) + 1000, bytes);
            writeFile(idx, index + QByteArray(bytes, 8));
            break;
        }
        case 5: writeFile(idx, QByteArray(800, '\x5a')); break;
        case 6:
            writeFile(path, QByteArray());
            expectedLines = 0;
            break;
        }
        if (damage == 3) {
            // Before the writer repairs it, a reader sees only the complete lines.
            auto reader = LogReader::open(path);
            QVERIFY(reader.ok());
            QCOMPARE((*reader)->lineCount(), 100);
        }
        {
            auto writer = LogWriter::open(path);
            QVERIFY(writer.ok());
            QCOMPARE((*writer)->lineCount(), expectedLines);
            QVERIFY((*writer)->appendLine(QByteArray("after repair")).ok());
        }
        const QByteArray repaired = readAll(path);
        QCOMPARE(indexEntries(path), expectedEnds(repaired));
        QCOMPARE(readAll(idx).size() % 8, 0);
        auto reader = LogReader::open(path);
        QVERIFY((*reader)->indexWasComplete());
        QCOMPARE((*reader)->lineCount(), expectedLines + 1);
        QCOMPARE(LogReader::textOf((*reader)->line(expectedLines).value()), QByteArray("after repair"));
        if (expectedLines > 0)
            QCOMPARE(LogReader::textOf((*reader)->line(0).value()), QByteArray("line 0"));
        if (damage == 3)
            QCOMPARE(LogReader::textOf((*reader)->line(100).value()), QByteArray("cut in the mid"));
    }

    void oneWriterPerLog()
    {
        const QString path = freshLog(QStringLiteral("lock"));
        auto first = LogWriter::open(path);
        QVERIFY(first.ok());
        auto second = LogWriter::open(path);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        first = makeError(ErrorCode::Internal, QString());  // closes the first writer
        QVERIFY(LogWriter::open(path).ok());
    }

    void killedWriter()
    {
        const QString path = freshLog(QStringLiteral("killed"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QProcess spew;
        spew.start(QStringLiteral(RUNSHELPER_PATH), {path, QStringLiteral("spew")});
        QVERIFY(spew.waitForStarted());
        QVERIFY(spew.waitForReadyRead(30000));
        QCOMPARE(spew.readLine().trimmed(), QByteArray("ready"));
        QTest::qWait(50);
        spew.kill();
        QVERIFY(spew.waitForFinished(10000));

        auto reader = LogReader::open(path);
        QVERIFY(reader.ok());
        const qint64 count = (*reader)->lineCount();
        QVERIFY(count >= 1000);
        auto lines = (*reader)->readLines(0, count);
        QVERIFY(lines.ok());
        for (qint64 i = 0; i < count; ++i)
            QCOMPARE(LogReader::textOf(lines->at(i)), QByteArray("spew line ") + QByteArray::number(i));

        auto writer = LogWriter::open(path);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->lineCount() >= count);
        QCOMPARE(indexEntries(path), expectedEnds(readAll(path)));
    }

    // Another process appends to a log and updates its timeline record while this one
    // follows both: the reader never sees a torn line, and a record never claims more
    // lines than the log shows.
    void followAnotherProcess()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.path());
        QVERIFY(ws.ok());
        RunStore runs(*ws);
        LogStore logs((*ws)->directory());
        constexpr int kLines = 20000;
        QProcess writer;
        writer.start(QStringLiteral(RUNSHELPER_PATH), {dir.path(), QStringLiteral("writer"), QString::number(kLines)});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(30000));
        const QByteArray first = writer.readLine().trimmed();
        QVERIFY(first.startsWith("run "));
        const qint64 runId = first.mid(4).toLongLong();
        const QString recordId = QStringLiteral("rec-%1").arg(runId);

        std::unique_ptr<LogReader> reader;
        qint64 checked = 0;
        int rounds = 0;
        bool finished = false;
        while (!finished) {
            finished = writer.state() == QProcess::NotRunning || writer.waitForFinished(5);
            auto record = runs.timelineRecord(recordId);  // the record first, then the log
            if (!reader) {
                auto opened = logs.openReader(runId, QStringLiteral("rec"));
                if (!opened.ok()) {
                    QCOMPARE(opened.error().code, ErrorCode::NotFound);
                    continue;
                }
                reader = std::move(opened).value();
            }
            auto count = reader->refresh();
            QVERIFY(count.ok());
            if (record.ok())
                QVERIFY2(record->warningCount <= *count, qPrintable(QStringLiteral("%1 > %2").arg(record->warningCount).arg(*count)));
            auto lines = reader->readLines(checked, *count - checked);
            QVERIFY(lines.ok());
            for (const QByteArray &line : *lines) {
                QCOMPARE(LogReader::textOf(line), QByteArray("line ") + QByteArray::number(checked));
                ++checked;
            }
            ++rounds;
        }
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 0);
        QCOMPARE(reader->refresh().value(), kLines);
        QCOMPARE(checked + (kLines - checked), kLines);
        auto lines = reader->readLines(checked, kLines - checked);
        for (const QByteArray &line : *lines) {
            QCOMPARE(LogReader::textOf(line), QByteArray("line ") + QByteArray::number(checked));
            ++checked;
        }
        QCOMPARE(checked, kLines);
        QCOMPARE(runs.timelineRecord(recordId)->warningCount, kLines);
        QCOMPARE(runs.run(runId)->result, std::optional<RunResult>(RunResult::Succeeded));
        QVERIFY(rounds > 1);
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "test_logstore.moc"
