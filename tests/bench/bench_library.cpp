// Figures of the foundation issue, with 10,000 variable groups of 20 variables each:
//   - the GUI's group list shows in < 100 ms (service list + model + proxy + first paint);
//   - search filters in < 20 ms;
//   - `mlops vargroup list` completes in < 100 ms (whole process);
//   - GUI cold start to a usable window < 500 ms (whole process, --startup-probe).
// Run: build/release/tests/bench/bench_library (Google Benchmark flags apply).
#include "librarybenchfixture.h"

#include "core/library/secretstore.h"
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"
#include "ui/library/variablegroupfiltermodel.h"
#include "ui/library/variablegrouplistmodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace mlops;

namespace {

constexpr int kGroups = 10000;
constexpr int kVariables = 20;

// The list path never touches secrets; a store that refuses everything proves it.
class NoSecrets final : public library::SecretStore {
public:
    Result<void> write(const QString &, const QString &) override { return makeError(ErrorCode::Unavailable, QStringLiteral("bench")); }
    Result<QString> read(const QString &) override { return makeError(ErrorCode::Unavailable, QStringLiteral("bench")); }
    Result<void> remove(const QString &) override { return makeError(ErrorCode::Unavailable, QStringLiteral("bench")); }
};

library::VariableGroupService &service()
{
    static auto ws = store::Workspace::open(bench::libraryWorkspace(kGroups, kVariables));
    static library::VariableGroupService groups(*ws, std::make_shared<NoSecrets>());
    return groups;
}

void BM_ServiceList(benchmark::State &state)
{
    for (auto _ : state) {
        auto list = service().list();
        if (!list.ok() || list->size() != kGroups)
            state.SkipWithError("list failed");
        benchmark::DoNotOptimize(list);
    }
}
BENCHMARK(BM_ServiceList)->Unit(benchmark::kMillisecond);

// What the Variable groups page does when it is shown: list, fill the model, sort and
// filter through the proxy, lay out and paint the first screen of the table.
void BM_GroupListShows(benchmark::State &state)
{
    for (auto _ : state) {
        ui::VariableGroupListModel model;
        ui::VariableGroupFilterModel proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.resize(1000, 700);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(ui::VariableGroupListModel::NameColumn, Qt::AscendingOrder);
        auto list = service().list();
        if (!list.ok())
            state.SkipWithError("list failed");
        model.setSummaries(std::move(*list));
        const QPixmap painted = view.grab();
        benchmark::DoNotOptimize(painted);
    }
}
BENCHMARK(BM_GroupListShows)->Unit(benchmark::kMillisecond);

void BM_SearchFilters(benchmark::State &state)
{
    ui::VariableGroupListModel model;
    ui::VariableGroupFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ui::VariableGroupListModel::NameColumn);
    model.setSummaries(*service().list());
    const QStringList terms = {QStringLiteral("grp-0999"), QStringLiteral("prod"), QStringLiteral("grp-1"), QString()};
    int i = 0;
    for (auto _ : state) {
        proxy.setSearchText(terms.at(i++ % terms.size()));
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}
BENCHMARK(BM_SearchFilters)->Unit(benchmark::kMillisecond);

void runProcess(benchmark::State &state, const QString &program, const QStringList &arguments)
{
    const QString dir = bench::libraryWorkspace(kGroups, kVariables);
    for (auto _ : state) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(program, QStringList{QStringLiteral("--workspace"), dir} + arguments);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            state.SkipWithError("process failed");
        benchmark::DoNotOptimize(p.readAllStandardOutput());
    }
}

void BM_CliVargroupList(benchmark::State &state)
{
    runProcess(state, QStringLiteral(MLOPS_CLI_PATH), {QStringLiteral("vargroup"), QStringLiteral("list")});
}
BENCHMARK(BM_CliVargroupList)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_GuiColdStart(benchmark::State &state)
{
    runProcess(state, QStringLiteral(MLOPS_GUI_PATH), {QStringLiteral("--startup-probe")});
}
BENCHMARK(BM_GuiColdStart)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    service();  // makes (or reuses) the 10,000-group workspace before anything is timed
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
