// Model registry search with one model of 100,000 versions (2 tags and an "mse" metric each):
//   - a page of 50 versions < 0.2 ms (first page, and the next page from a page token);
//   - a tag search over the 100,000 versions, limited to 50 results, < 20 ms.
// searchVersions() pages in ascending version order (there is no "newest first" option).
// Also: one version read by number (ModelRegistry::version), and a page of 50 models out
// of 10,000 (listModels, first and next page), each model with one version and a tag.
// The workspaces are seeded once with plain SQL under QDir::tempPath() and reused.
// Run: build/<folder>/tests/bench/bench_registry (Google Benchmark flags apply).
#include "core/registry/modelregistry.h"
#include "core/store/database.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace mlops;

namespace {

constexpr int kVersions = 100000;
const QString kModel = QStringLiteral("bench-model");

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(message));
    std::abort();
}

QString registryWorkspace()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/mlops-bench-registry-%1").arg(kVersions);
    const QString doneMarker = dir + QStringLiteral("/.complete");
    if (QFile::exists(doneMarker))
        return dir;
    QDir(dir).removeRecursively();
    auto ws = store::Workspace::open(dir);
    if (!ws.ok())
        fail(ws.error().message);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Result<void> r = (*ws)->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery model(db), version(db), tag(db), metric(db);
        model.prepare(QStringLiteral("INSERT INTO registered_models (name, created_at, created_by, modified_at, modified_by) VALUES (?, ?, 'bench', ?, 'bench')"));
        model.addBindValue(kModel);
        model.addBindValue(now);
        model.addBindValue(now);
        if (!model.exec())
            return store::Database::queryError(model, QStringLiteral("seeding the model"));
        const qint64 modelId = model.lastInsertId().toLongLong();
        version.prepare(QStringLiteral("INSERT INTO model_versions (model_id, version, created_at, created_by) VALUES (?, ?, ?, 'bench')"));
        tag.prepare(QStringLiteral("INSERT INTO model_version_tags (version_id, key, value) VALUES (?, ?, ?)"));
        metric.prepare(QStringLiteral("INSERT INTO model_version_metrics (version_id, name, value) VALUES (?, 'mse', ?)"));
        for (int v = 1; v <= kVersions; ++v) {
            version.addBindValue(modelId);
            version.addBindValue(v);
            version.addBindValue(now);
            if (!version.exec())
                return store::Database::queryError(version, QStringLiteral("seeding versions"));
            const qint64 id = version.lastInsertId().toLongLong();
            const QString tags[2][2] = {{QStringLiteral("env"), v % 2 ? QStringLiteral("dev") : QStringLiteral("prod")},
                                        {QStringLiteral("build"), QString::number(v)}};
            for (const auto &pair : tags) {
                tag.addBindValue(id);
                tag.addBindValue(pair[0]);
                tag.addBindValue(pair[1]);
                if (!tag.exec())
                    return store::Database::queryError(tag, QStringLiteral("seeding tags"));
            }
            metric.addBindValue(id);
            metric.addBindValue(1.0 / v);
            if (!metric.exec())
                return store::Database::queryError(metric, QStringLiteral("seeding metrics"));
        }
        return {};
    });
    if (!r.ok())
        fail(r.error().message);
    QFile marker(doneMarker);
    if (!marker.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(doneMarker));
    return dir;
}

constexpr int kModels = 10000;

QString modelsWorkspace()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/mlops-bench-registry-models-%1").arg(kModels);
    const QString doneMarker = dir + QStringLiteral("/.complete");
    if (QFile::exists(doneMarker))
        return dir;
    QDir(dir).removeRecursively();
    auto ws = store::Workspace::open(dir);
    if (!ws.ok())
        fail(ws.error().message);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Result<void> r = (*ws)->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery model(db), tag(db), version(db);
        model.prepare(QStringLiteral("INSERT INTO registered_models (name, created_at, created_by, modified_at, modified_by) VALUES (?, ?, 'bench', ?, 'bench')"));
        tag.prepare(QStringLiteral("INSERT INTO model_tags (model_id, key, value) VALUES (?, 'team', ?)"));
        version.prepare(QStringLiteral("INSERT INTO model_versions (model_id, version, created_at, created_by) VALUES (?, 1, ?, 'bench')"));
        for (int m = 0; m < kModels; ++m) {
            // Names in an order unlike their ids, as models created over time are.
            model.addBindValue(QStringLiteral("model-%1").arg((m * 7919) % kModels, 5, 10, QLatin1Char('0')));
            model.addBindValue(now);
            model.addBindValue(now);
            if (!model.exec())
                return store::Database::queryError(model, QStringLiteral("seeding models"));
            const qint64 id = model.lastInsertId().toLongLong();
            tag.addBindValue(id);
            tag.addBindValue(QStringLiteral("team-%1").arg(m % 10));
            version.addBindValue(id);
            version.addBindValue(now);
            if (!tag.exec() || !version.exec())
                return store::Database::queryError(tag, QStringLiteral("seeding model tags and versions"));
        }
        return {};
    });
    if (!r.ok())
        fail(r.error().message);
    QFile marker(doneMarker);
    if (!marker.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(doneMarker));
    return dir;
}

registry::ModelRegistry &modelsRegistry()
{
    static auto ws = store::Workspace::open(modelsWorkspace());
    if (!ws.ok())
        fail(ws.error().message);
    static registry::ModelRegistry reg(*ws);
    return reg;
}

registry::ModelRegistry &registryUnderTest()
{
    static auto ws = store::Workspace::open(registryWorkspace());
    if (!ws.ok())
        fail(ws.error().message);
    static registry::ModelRegistry reg(*ws);
    return reg;
}

registry::VersionQuery pageQuery()
{
    registry::VersionQuery query;
    query.modelName = kModel;
    query.maxResults = 50;
    return query;
}

void BM_FirstPageOf50(benchmark::State &state)
{
    const registry::VersionQuery query = pageQuery();
    for (auto _ : state) {
        auto page = registryUnderTest().searchVersions(query);
        if (!page.ok() || page->versions.size() != 50)
            state.SkipWithError("first page failed");
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_FirstPageOf50)->Unit(benchmark::kMicrosecond);

// Page 2, from the token page 1 returned (the same token every iteration).
void BM_NextPageOf50(benchmark::State &state)
{
    registry::VersionQuery query = pageQuery();
    auto first = registryUnderTest().searchVersions(query);
    if (!first.ok() || first->nextPageToken.isEmpty()) {
        state.SkipWithError("no page token");
        return;
    }
    query.pageToken = first->nextPageToken;
    for (auto _ : state) {
        auto page = registryUnderTest().searchVersions(query);
        if (!page.ok() || page->versions.size() != 50)
            state.SkipWithError("next page failed");
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_NextPageOf50)->Unit(benchmark::kMicrosecond);

// Exact tag match: build=99999 (one hit among 100,000) and env=prod (50,000 hits, first 50).
void BM_TagSearch(benchmark::State &state)
{
    registry::VersionQuery query = pageQuery();
    const bool single = state.range(0) == 0;
    query.tags.insert(single ? QStringLiteral("build") : QStringLiteral("env"),
                      single ? QStringLiteral("99999") : QStringLiteral("prod"));
    const qsizetype expected = single ? 1 : 50;
    state.SetLabel(single ? "build=99999" : "env=prod");
    for (auto _ : state) {
        auto page = registryUnderTest().searchVersions(query);
        if (!page.ok() || page->versions.size() != expected)
            state.SkipWithError("tag search failed");
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_TagSearch)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// One version by its number (the model looked up by name, then the version and its details).
void BM_VersionByNumber(benchmark::State &state)
{
    int number = 1;
    for (auto _ : state) {
        auto v = registryUnderTest().version(kModel, number);
        if (!v.ok() || v->version != number)
            state.SkipWithError("version read failed");
        number = number % kVersions + 1;
        benchmark::DoNotOptimize(v);
    }
}
BENCHMARK(BM_VersionByNumber)->Unit(benchmark::kMicrosecond);

// A page of 50 models out of 10,000: the first (range 0) or the next from a token (1).
void BM_ModelPageOf50(benchmark::State &state)
{
    registry::ModelQuery query;
    query.maxResults = 50;
    if (state.range(0) == 1) {
        auto first = modelsRegistry().listModels(query);
        if (!first.ok() || first->nextPageToken.isEmpty()) {
            state.SkipWithError("no model page token");
            return;
        }
        query.pageToken = first->nextPageToken;
    }
    state.SetLabel(state.range(0) == 0 ? "first" : "next");
    for (auto _ : state) {
        auto page = modelsRegistry().listModels(query);
        if (!page.ok() || page->models.size() != 50)
            state.SkipWithError("model page failed");
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_ModelPageOf50)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    registryUnderTest();
    modelsRegistry();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
