// Per-step overhead of the local agent: one job of 100 `script: 'true'` steps run in process
// through agent::Orchestrator (run record, timeline, logs, environment, masking, the bash
// process per step), against a baseline of 100 `bash --noprofile --norc -c true` started
// with QProcess. Figure: (pipeline − baseline) / 100 < 2 ms per step, reported as the
// counter "overhead_ms_per_step" of BM_OverheadPerStep.
// The sample CI end to end (figure < 2 s): BM_SampleCiEndToEnd runs the `mlops` CLI as a
// user does — `mlops init --sample` into a new folder (not timed), then `mlops pipeline
// run Model-Train-Register-CI --follow` (timed: the whole process, which compiles, queues,
// starts the detached agent and follows it to the end), then waits (not timed) for the CD
// run the CI triggers. Its counters split the time with the run's own timestamps:
// queue_to_start_ms (the agent process starting and compiling), run_ms (started →
// finished, the agent running the stages), and tail_ms (the rest: the CLI's own compile
// and queue before, and noticing the end after). Median of the repetitions.
// Run: build/<folder>/tests/bench/bench_agent (Google Benchmark flags apply).
#include "core/agent/orchestrator.h"
#include "core/pipeline/compiler/pipelinecompiler.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace mlops;

namespace {

constexpr int kSteps = 100;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    std::abort();
}

struct Fixture {
    QTemporaryDir root;
    QString repository;
    std::shared_ptr<store::Workspace> workspace;
    std::optional<pipeline::Plan> plan;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture made;
        if (!made.root.isValid())
            fail(QStringLiteral("no temporary folder"));
        made.repository = made.root.filePath(QStringLiteral("repo"));
        QDir().mkpath(made.repository);
        QString yaml = QStringLiteral("jobs:\n- job: J\n  steps:\n");
        for (int i = 0; i < kSteps; ++i)
            yaml += QStringLiteral("  - script: 'true'\n");
        QFile file(made.repository + QStringLiteral("/azure-pipelines.yml"));
        if (!file.open(QIODevice::WriteOnly) || file.write(yaml.toUtf8()) < 0)
            fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        file.close();
        pipeline::CompileResult compiled = pipeline::PipelineCompiler::compileFile(file.fileName(), {});
        if (!compiled.plan) {
            for (const Diagnostic &diagnostic : compiled.diagnostics)
                std::fprintf(stderr, "bench: %s\n", qPrintable(diagnostic.message));
            fail(QStringLiteral("the generated pipeline does not compile"));
        }
        made.plan = *compiled.plan;
        auto ws = store::Workspace::open(made.root.filePath(QStringLiteral("ws")));
        if (!ws.ok())
            fail(ws.error().message);
        made.workspace = *ws;
        return made;
    }();
    return f;
}

// One run of the generated pipeline; false when it did not succeed.
bool runPipeline()
{
    Fixture &f = fixture();
    runs::RunStore store(f.workspace);
    runs::NewRun newRun;
    newRun.pipelineName = QStringLiteral("bench");
    newRun.requestedBy = QStringLiteral("bench");
    auto created = store.createRun(newRun);
    if (!created.ok())
        return false;
    agent::OrchestratorOptions options;
    options.repositoryDirectory = f.repository;
    options.pipelineName = QStringLiteral("bench");
    agent::Orchestrator orchestrator(f.workspace, options);
    auto result = orchestrator.run(created->id, *f.plan);
    return result.ok() && *result == runs::RunResult::Succeeded;
}

bool runBaseline()
{
    for (int i = 0; i < kSteps; ++i) {
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("--noprofile"), QStringLiteral("--norc"), QStringLiteral("-c"), QStringLiteral("true")});
        if (!bash.waitForFinished(10000) || bash.exitStatus() != QProcess::NormalExit || bash.exitCode() != 0)
            return false;
    }
    return true;
}

void BM_Pipeline100Steps(benchmark::State &state)
{
    for (auto _ : state) {
        if (!runPipeline())
            state.SkipWithError("the pipeline run did not succeed");
    }
}
BENCHMARK(BM_Pipeline100Steps)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Bash100Baseline(benchmark::State &state)
{
    for (auto _ : state) {
        if (!runBaseline())
            state.SkipWithError("bash failed");
    }
}
BENCHMARK(BM_Bash100Baseline)->Unit(benchmark::kMillisecond)->UseRealTime();

// Each iteration runs the pipeline and the baseline (wall clock of both is the time);
// the counters give the mean of each and the overhead per step.
void BM_OverheadPerStep(benchmark::State &state)
{
    double pipelineMs = 0, baselineMs = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        if (!runPipeline())
            state.SkipWithError("the pipeline run did not succeed");
        pipelineMs += double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!runBaseline())
            state.SkipWithError("bash failed");
        baselineMs += double(timer.nsecsElapsed()) / 1e6;
    }
    const double n = double(state.iterations());
    if (n > 0) {
        state.counters[std::string("pipeline_ms")] = pipelineMs / n;
        state.counters[std::string("baseline_ms")] = baselineMs / n;
        state.counters[std::string("overhead_ms_per_step")] = (pipelineMs - baselineMs) / n / kSteps;
    }
}
BENCHMARK(BM_OverheadPerStep)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// `mlops --workspace W ARGS`; its standard output, or nullopt when it did not exit with 0.
std::optional<QByteArray> cli(const QString &workspace, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MLOPS_CLI_PATH), QStringList{QStringLiteral("--workspace"), workspace} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "bench: mlops %s failed: %s\n", qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

bool waitForAllRuns(const QString &workspace)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        const std::optional<QByteArray> listed = cli(workspace, {QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
        if (!listed)
            return false;
        bool busy = false;
        const QJsonArray runs = QJsonDocument::fromJson(*listed).array();
        for (const QJsonValue &run : runs)
            busy = busy || run.toObject().value(QStringLiteral("state")).toString() != QLatin1String("completed");
        if (!busy)
            return true;
        QThread::msleep(50);
    }
    return false;
}

void BM_SampleCiEndToEnd(benchmark::State &state)
{
    double queueToStartMs = 0, runMs = 0, tailMs = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("ws"));
        if (!cli(workspace, {QStringLiteral("init"), QStringLiteral("--sample")})) {
            state.SkipWithError("mlops init --sample failed");
            break;
        }
        QElapsedTimer timer;
        timer.start();
        const std::optional<QByteArray> followed =
            cli(workspace, {QStringLiteral("pipeline"), QStringLiteral("run"), QStringLiteral("Model-Train-Register-CI"), QStringLiteral("--follow")});
        const double totalMs = double(timer.nsecsElapsed()) / 1e6;
        state.SetIterationTime(totalMs / 1000.0);
        if (!followed) {
            state.SkipWithError("the sample CI did not succeed");
            break;
        }
        const std::optional<QByteArray> shown = cli(workspace, {QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("json")});
        const QJsonObject run = shown ? QJsonDocument::fromJson(*shown).object() : QJsonObject();
        auto at = [&run](const char *key) { return QDateTime::fromString(run.value(QLatin1String(key)).toString(), Qt::ISODateWithMs); };
        queueToStartMs = double(at("queuedAt").msecsTo(at("startedAt")));
        runMs = double(at("startedAt").msecsTo(at("finishedAt")));
        tailMs = totalMs - queueToStartMs - runMs;
        if (!waitForAllRuns(workspace)) {  // the CD run the CI triggered
            state.SkipWithError("the triggered runs did not finish");
            break;
        }
    }
    state.counters[std::string("queue_to_start_ms")] = queueToStartMs;
    state.counters[std::string("run_ms")] = runMs;
    state.counters[std::string("tail_ms")] = tailMs;
}
BENCHMARK(BM_SampleCiEndToEnd)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1)->Repetitions(7);

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    fixture();  // compiles the pipeline and opens the workspace before anything is timed
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
