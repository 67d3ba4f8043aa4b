// Figures of the log viewer (issue "Local agent", part 7):
//   - full line index of a 1 GiB log (~12 M lines) in <= 0.25 s (compared with `wc -l`);
//   - first screen painted < 50 ms after open;
//   - a rare-string search (sentinel-7f3a, 3 matches) <= 0.4 s;
//   - index memory <= 30 MiB (counter index_MiB);
//   - a log growing at 100k lines/s keeps the GUI painting: longest event-loop stall < 50 ms.
// Input: env MLOPS_BENCH_LOG (e.g. `python3 ../shared/bench/make_log.py /tmp/big.log`); without
// it a 64 MiB file is generated with make_log.py (or a built-in generator) in the temp folder.
// Run from an optimised build: build/release/tests/bench/bench_logview
#include "core/logs/logdocument.h"
#include "core/logs/logindex.h"
#include "core/logs/logsearch.h"
#include "core/logs/mappedfile.h"
#include "ui/runs/logview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <atomic>
#include <thread>

using namespace mlops;

namespace {

QString benchLog()
{
    static const QString path = [] {
        const QString env = qEnvironmentVariable("MLOPS_BENCH_LOG");
        if (!env.isEmpty())
            return env;
        const QString out = QDir::temp().filePath(QStringLiteral("mlops_bench_logview.log"));
        if (QFile::exists(out))
            return out;
        QProcess gen;
        gen.start(QStringLiteral("python3"), {QStringLiteral(MLOPS_SHARED_DIR "/bench/make_log.py"), out,
                                              QString::number(64 << 20)});
        if (gen.waitForFinished(300000) && gen.exitCode() == 0)
            return out;
        // Fallback: a plain generator with the same rare string three times.
        QFile f(out);
        if (f.open(QIODevice::WriteOnly)) {
            for (int i = 0; i < 700000; ++i) {
                QByteArray line = "2026-11-25T10:00:00.0000000Z [ 42%] Building CXX object file_" + QByteArray::number(i) + ".cpp.o\n";
                if (i == 70000 || i == 350000 || i == 630000)
                    line = "2026-11-25T10:00:00.0000000Z FATAL sentinel-7f3a: worker 7 lost heartbeat\n";
                f.write(line);
            }
        }
        return out;
    }();
    return path;
}

// The file mapped as LogDocument and LogSearch map it (pages populated up front on Linux).
struct Mapped {
    logs::MappedFile map;
    const char *data = nullptr;
    qint64 size = 0;
    explicit Mapped(const QString &path) : map(path, QFileInfo(path).size())
    {
        data = map.data();
        size = map.size();
    }
};

// Full index build from the file (map + count + stitch), 2 threads.
void BM_IndexBuild(benchmark::State &state)
{
    qint64 lines = 0, memory = 0, size = 0;
    for (auto _ : state) {
        Mapped m(benchLog());
        if (!m.data) {
            state.SkipWithError("cannot map the log");
            return;
        }
        const logs::LogIndex index = logs::LogIndex::build(m.data, m.size, int(state.range(0)));
        lines = index.lineCount();
        memory = index.memoryBytes();
        size = m.size;
    }
    state.counters["lines"] = double(lines);
    state.counters["index_MiB"] = double(memory) / (1 << 20);
    state.counters["file_MiB"] = double(size) / (1 << 20);
}
BENCHMARK(BM_IndexBuild)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// `wc -l` on the same file, for comparison (whole process).
void BM_WcL(benchmark::State &state)
{
    for (auto _ : state) {
        QProcess wc;
        wc.start(QStringLiteral("wc"), {QStringLiteral("-l"), benchLog()});
        if (!wc.waitForFinished(120000) || wc.exitCode() != 0) {
            state.SkipWithError("wc -l failed");
            return;
        }
        state.counters["lines"] = wc.readAllStandardOutput().trimmed().split(' ').front().toDouble();
    }
}
BENCHMARK(BM_WcL)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// Open (document + view) until the first screen is painted.
void BM_FirstScreen(benchmark::State &state)
{
    for (auto _ : state) {
        logs::LogDocument doc;
        ui::LogView view;
        view.resize(1000, 700);
        QElapsedTimer t;
        t.start();
        if (!doc.open(benchLog()).ok()) {
            state.SkipWithError("cannot open the log");
            return;
        }
        view.setDocument(&doc);
        while (view.rowCount() < view.visibleRowCapacity() + 1 && t.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        const QPixmap shot = view.grab();
        benchmark::DoNotOptimize(shot);
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        if (view.lastPaintedFirstLine() != 0)
            state.SkipWithError("first screen not painted");
        doc.close();  // cancels the rest of the indexing (not timed)
    }
}
BENCHMARK(BM_FirstScreen)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(10);

void BM_RareSearch(benchmark::State &state)
{
    for (auto _ : state) {
        Mapped m(benchLog());
        const qint64 total = logs::LogSearch::search(m.data, m.size, {QStringLiteral("sentinel-7f3a"), false, true},
                                                     nullptr, {});
        state.counters["matches"] = double(total);
    }
}
BENCHMARK(BM_RareSearch)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// As the viewer runs it: with the document's line index to place the hits.
void BM_RareSearchWithIndex(benchmark::State &state)
{
    Mapped m(benchLog());
    const logs::LogIndex index = logs::LogIndex::build(m.data, m.size, 2);
    for (auto _ : state) {
        const qint64 total = logs::LogSearch::search(m.data, m.size, {QStringLiteral("sentinel-7f3a"), false, true},
                                                     nullptr, {}, {}, &index);
        state.counters["matches"] = double(total);
    }
}
BENCHMARK(BM_RareSearchWithIndex)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

void BM_RareSearchCaseInsensitive(benchmark::State &state)
{
    for (auto _ : state) {
        Mapped m(benchLog());
        const qint64 total = logs::LogSearch::search(m.data, m.size, {QStringLiteral("SENTINEL-7F3A"), false, false},
                                                     nullptr, {});
        state.counters["matches"] = double(total);
    }
}
BENCHMARK(BM_RareSearchCaseInsensitive)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// A writer appends 100k lines/s for 2 s; the view follows. Reports the longest gap between
// 5 ms timer ticks of the GUI event loop (a stall) and how far the view lagged at the end.
void BM_LiveAppendStall(benchmark::State &state)
{
    for (auto _ : state) {
        const QString path = QDir::temp().filePath(QStringLiteral("mlops_bench_live.log"));
        QFile::remove(path);
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly)) {
            state.SkipWithError("cannot write the live log");
            return;
        }
        create.close();
        logs::LogDocument doc;
        ui::LogView view;
        view.resize(1000, 700);
        view.show();
        (void)doc.open(path);
        view.setDocument(&doc);
        view.setFollow(true);

        std::atomic_bool stop{false};
        std::atomic<qint64> written{0};
        std::thread writer([&] {
            QFile out(path);
            if (!out.open(QIODevice::Append))
                return;
            QElapsedTimer clock;
            clock.start();
            qint64 n = 0;
            while (!stop) {
                const qint64 due = clock.elapsed() * 100;  // 100k lines per second
                QByteArray buf;
                for (; n < due; ++n)
                    buf += "2026-11-25T10:00:00.0000000Z [ 42%] Building CXX object src/mod/file_" + QByteArray::number(n) + ".cpp.o\n";
                out.write(buf);
                out.flush();
                written = n;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        QElapsedTimer run, tick;
        run.start();
        tick.start();
        qint64 worst = 0;
        QTimer timer;
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            worst = std::max(worst, tick.restart());
            view.viewport()->repaint();  // a real paint each tick
        });
        timer.start();
        while (run.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        stop = true;
        writer.join();
        timer.stop();
        state.counters["max_stall_ms"] = double(worst);
        state.counters["lines_written"] = double(written.load());
        state.counters["lines_shown"] = double(doc.lineCount());
        doc.close();
        QFile::remove(path);
    }
}
BENCHMARK(BM_LiveAppendStall)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchLog();  // generate the default input before anything is timed
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
