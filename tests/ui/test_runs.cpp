// Pipelines › Runs, offscreen, with real widgets and a real agent process: the sample's
// Infrastructure pipeline is run from the Run dialog on a workspace made by
// SampleProject::install; the run view's timeline completes as succeeded and a step's
// log lines show in the log viewer; Re-run queues a second run. RunListModel (paging,
// filter) and TimelineModel under QAbstractItemModelTester (the Run dialog itself:
// test_rundialog); the empty state; the Tests tab
// (counts, outcome filter, failure message) and search over all step logs of a run; run
// tags in the list and header, code coverage in the Summary tab; Re-run's menu re-runs
// only the failed jobs of a failed run.

#include "uitestfixture.h"

#include "core/logs/logdocument.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/runs/runstore.h"
#include "core/sample/sampleproject.h"
#include "ui/common/emptystate.h"
#include "ui/runs/logview.h"
#include "ui/runs/logviewer.h"
#include "core/agent/runsession.h"
#include "core/runs/artifactstore.h"
#include "core/runs/coveragestore.h"
#include "ui/runs/runagentlocator.h"
#include "ui/runs/runartifactswidget.h"
#include "ui/runs/rundialog.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runsearchwidget.h"
#include "ui/runs/runspage.h"
#include "ui/runs/runsummarywidget.h"
#include "ui/runs/runtestswidget.h"
#include "ui/runs/runview.h"
#include "ui/runs/timelinemodel.h"
#include "ui/pipelines/pipelinespage.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>

using namespace mlops;
using namespace mlops::ui;
using mlops::ui::test::UiTestFixture;

namespace {

const QString kAgent = QStringLiteral(MLOPS_AGENT_PROGRAM);

runs::TimelineRecord makeRecord(const QString &id, const QString &parent, runs::RecordType type, int order,
                                runs::RunState state = runs::RunState::Completed)
{
    runs::TimelineRecord record;
    record.id = id;
    record.runId = 1;
    record.parentId = parent;
    record.type = type;
    record.name = id;
    record.displayName = QStringLiteral("Record ") + id;
    record.order = order;
    record.state = state;
    if (state == runs::RunState::Completed)
        record.result = runs::RunResult::Succeeded;
    return record;
}

// All log lines of the viewer's document, as text.
QStringList viewerLines(LogViewer *viewer)
{
    QStringList lines;
    logs::LogDocument *doc = viewer->document();
    if (!doc || !doc->isOpen())
        return lines;
    for (const QByteArray &line : doc->readLines(0, doc->lineCount()))
        lines.append(QString::fromUtf8(line));
    return lines;
}

}  // namespace

class TestRuns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTestFixture::isolateSettings(); }

    void locatorNamesWhatItTried()
    {
        QCOMPARE(RunAgentLocator::locate(kAgent).value(), QFileInfo(kAgent).absoluteFilePath());
        Result<QString> missing = RunAgentLocator::locate(QStringLiteral("/nonexistent/mlops"));
        if (!missing.ok())
            QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/mlops")));
    }

    void timelineModelTree()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<runs::TimelineRecord> records{
            makeRecord(QStringLiteral("s2"), QStringLiteral("j1"), runs::RecordType::Step, 2),
            makeRecord(QStringLiteral("st"), {}, runs::RecordType::Stage, 1),
            makeRecord(QStringLiteral("j1"), QStringLiteral("st"), runs::RecordType::Job, 1),
            makeRecord(QStringLiteral("s1"), QStringLiteral("j1"), runs::RecordType::Step, 1, runs::RunState::InProgress),
        };
        records[0].errorCount = 2;
        records[0].warningCount = 1;
        model.setTimeline(records);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex stage = model.index(0, 0);
        QCOMPARE(stage.data(TimelineModel::RecordTypeRole).toString(), QStringLiteral("stage"));
        const QModelIndex job = model.index(0, 0, stage);
        QCOMPARE(model.rowCount(job), 2);
        QCOMPARE(model.index(0, 0, job).data(TimelineModel::RecordIdRole).toString(), QStringLiteral("s1"));
        QCOMPARE(model.index(1, 0, job).data().toString(), QStringLiteral("Record s2"));
        QCOMPARE(model.index(1, TimelineModel::IssuesColumn, job).data().toString(), QStringLiteral("2 error(s), 1 warning(s)"));
        QCOMPARE(model.index(0, 0, job).data(TimelineModel::StateRole).toString(), QStringLiteral("inProgress"));
        QCOMPARE(model.parent(model.index(1, 0, job)), job);
        QCOMPARE(model.indexOf(QStringLiteral("s2")), model.index(1, 0, job));

        // Same records, new values: rows stay (no reset), data changes.
        QPersistentModelIndex kept = model.index(0, 0, job);
        records[3].state = runs::RunState::Completed;
        records[3].result = runs::RunResult::Failed;
        model.setTimeline(records);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(TimelineModel::ResultRole).toString(), QStringLiteral("failed"));

        // A new record: the tree is rebuilt.
        records.append(makeRecord(QStringLiteral("s3"), QStringLiteral("j1"), runs::RecordType::Step, 3));
        model.setTimeline(records);
        QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 3);
        QCOMPARE(model.records().size(), 5);
        QCOMPARE(model.records().first().id, QStringLiteral("st"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void runListModelPagesAndFilters()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        auto store = std::make_shared<runs::RunStore>(fixture.workspace());
        for (int i = 0; i < 5; ++i) {
            runs::NewRun run;
            run.pipelineName = i % 2 == 0 ? QStringLiteral("Alpha") : QStringLiteral("Beta");
            run.number = QStringLiteral("2026.%1").arg(i);
            run.requestedBy = QStringLiteral("tester");
            QVERIFY(store->createRun(run).ok());
        }
        RunListModel model(store);
        model.setPageSize(2);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0, RunListModel::NumberColumn).data().toString(), QStringLiteral("2026.4"));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.canFetchMore({}));
        // From here on the tester checks every change (it fetches every page itself).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(4, RunListModel::PipelineColumn).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(0, RunListModel::StatusColumn).data(RunListModel::RawValueRole).toString(), QStringLiteral("pending"));
        QCOMPARE(model.index(0, RunListModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(model.index(0, RunListModel::RequestedByColumn).data().toString(), QStringLiteral("tester"));
        // Pending runs are refreshed by the timer.
        QVERIFY(model.isRefreshing());

        // A newer run appears at the top on refresh; completing runs stops the timer.
        runs::NewRun newer;
        newer.pipelineName = QStringLiteral("Beta");
        const qint64 newestId = store->createRun(newer).value().id;
        model.refresh();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, 0).data(RunListModel::RunIdRole).toLongLong(), newestId);
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row, 0).data(RunListModel::RunIdRole).toLongLong();
            QVERIFY(store->startRun(id, 1, std::nullopt).ok());
            QVERIFY(store->completeRun(id, runs::RunResult::Canceled).ok());
        }
        model.refresh();
        QVERIFY(!model.isRefreshing());
        QCOMPARE(model.index(2, RunListModel::StatusColumn).data().toString(), QStringLiteral("Canceled"));

        model.setPipelineFilter(QStringLiteral("beta"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, RunListModel::PipelineColumn).data().toString(), QStringLiteral("Beta"));
    }

    // Run tags (##vso[build.addbuildtag]) in the list's Tags column and the run view's
    // header; the published code coverage as a bar and figures in the Summary tab.
    void tagsAndCoverageAreShown()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        auto store = std::make_shared<runs::RunStore>(fixture.workspace());
        runs::NewRun plain;
        plain.pipelineName = QStringLiteral("CI");
        const qint64 plainId = store->createRun(plain).value().id;
        runs::NewRun tagged = plain;
        tagged.tags = {QStringLiteral("nightly")};
        const qint64 taggedId = store->createRun(tagged).value().id;
        QVERIFY(store->addTags(taggedId, {QStringLiteral("gpu")}).ok());
        runs::CoverageReport report;
        report.tool = QStringLiteral("Cobertura");
        report.summaryFile = QStringLiteral("coverage.xml");
        report.lineRate = 0.75;
        report.branchRate = 0.5;
        report.counts = {3, 4, 1, 2};
        QVERIFY(runs::CoverageStore(fixture.workspace()).addReport(taggedId, report).ok());
        for (const qint64 id : {plainId, taggedId}) {
            QVERIFY(store->startRun(id, 1, std::nullopt).ok());
            QVERIFY(store->completeRun(id, runs::RunResult::Succeeded).ok());
        }

        RunListModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(RunListModel::TagsColumn, Qt::Horizontal).toString(), QStringLiteral("Tags"));
        QCOMPARE(model.index(model.rowOfRun(taggedId), RunListModel::TagsColumn).data().toString(), QStringLiteral("gpu, nightly"));
        QCOMPARE(model.index(model.rowOfRun(taggedId), RunListModel::TagsColumn).data(RunListModel::RawValueRole).toStringList(),
                 (QStringList{QStringLiteral("gpu"), QStringLiteral("nightly")}));
        QCOMPARE(model.index(model.rowOfRun(plainId), RunListModel::TagsColumn).data().toString(), QString());

        RunView view(fixture.workspace(), store);
        view.show();
        view.setRun(taggedId);
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("runHeaderTags"))->text(), QStringLiteral("Tags: gpu, nightly"));
        auto *coverage = view.findChild<QLabel *>(QStringLiteral("runSummaryCoverage"));
        auto *bar = view.findChild<QProgressBar *>(QStringLiteral("runSummaryCoverageBar"));
        QVERIFY(coverage && bar);
        QCOMPARE(coverage->text(), QStringLiteral("Lines 75.0% (3 of 4), branches 50.0% (1 of 2)"));
        QVERIFY(bar->isVisibleTo(view.summaryWidget()));
        QCOMPARE(bar->value(), 750);
        view.setRun(plainId);
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("runHeaderTags"))->text(), QString());
        QCOMPARE(coverage->text(), QStringLiteral("No code coverage was published."));
        QVERIFY(!bar->isVisibleTo(view.summaryWidget()));
    }

    void emptyState()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        RunsPage page(fixture.workspace(), kAgent);
        page.show();
        auto *stack = page.findChild<QStackedWidget *>();
        auto *empty = page.findChild<EmptyState *>(QStringLiteral("runsEmptyState"));
        QVERIFY(stack && empty);
        QCOMPARE(stack->currentWidget(), empty);
        QCOMPARE(empty->title(), QStringLiteral("No runs yet. Open a pipeline and press Run."));
    }

    void artifactsListAndSaveAll()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        runs::RunStore store(fixture.workspace());
        runs::NewRun newRun;
        newRun.pipelineName = QStringLiteral("Alpha");
        const qint64 runId = store.createRun(newRun).value().id;
        QTemporaryDir source;
        QVERIFY(QDir().mkpath(source.filePath(QStringLiteral("model/sub"))));
        QFile a(source.filePath(QStringLiteral("model/weights.bin")));
        QVERIFY(a.open(QIODevice::WriteOnly) && a.write("12345") == 5);
        a.close();
        QFile b(source.filePath(QStringLiteral("model/sub/meta.json")));
        QVERIFY(b.open(QIODevice::WriteOnly) && b.write("{}") == 2);
        b.close();
        auto artifacts = std::make_shared<runs::ArtifactStore>(fixture.workspace());
        QVERIFY(artifacts->publish(runId, QStringLiteral("model"), source.filePath(QStringLiteral("model"))).ok());

        RunArtifactsWidget widget(artifacts);
        widget.setRun(runId);
        auto *tree = widget.findChild<QTreeWidget *>(QStringLiteral("runArtifactTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("model"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("sub/meta.json"));
        QVERIFY(widget.findChild<QPushButton *>(QStringLiteral("runSaveArtifactsButton"))->isEnabled());

        QTemporaryDir target;
        QVERIFY(widget.saveAllTo(target.path()).ok());
        QFile saved(target.filePath(QStringLiteral("model/weights.bin")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("12345"));
        QVERIFY(QFile::exists(target.filePath(QStringLiteral("model/sub/meta.json"))));

        widget.setRun(0);
        QCOMPARE(tree->topLevelItemCount(), 0);
        QVERIFY(!widget.findChild<QPushButton *>(QStringLiteral("runSaveArtifactsButton"))->isEnabled());
    }

    // Re-run's menu: "Re-run failed jobs" only for a failed run; it queues a run linked to
    // the original that runs only the failed job, and the header says whose re-run it is.
    void rerunFailedJobsFromTheMenu()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString repo = QDir(fixture.workspace()->directory()).filePath(QStringLiteral("repos/flaky"));
        QVERIFY(QDir().mkpath(repo));
        const QString fixed = QDir(repo).filePath(QStringLiteral("fixed"));
        QFile yaml(repo + QStringLiteral("/flaky.yml"));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(QStringLiteral("jobs:\n- job: Good\n  steps:\n  - bash: echo good >> %1/good.count\n"
                                  "- job: Flaky\n  steps:\n  - bash: test -f %2\n")
                       .arg(repo, fixed)
                       .toUtf8());
        yaml.close();
        pipeline::PipelineService pipelines(fixture.workspace());
        Result<pipeline::PipelineDefinition> definition = pipelines.create(QStringLiteral("Flaky"), repo, QStringLiteral("flaky.yml"));
        QVERIFY(definition.ok());
        agent::RunRequest request;
        request.pipelineId = definition->id;
        request.pipelineName = definition->name;
        Result<runs::Run> queued = agent::RunSession::queue(fixture.workspace(), request, kAgent);
        QVERIFY(queued.ok());

        RunsPage page(fixture.workspace(), kAgent);
        page.show();
        QVERIFY(page.selectRun(queued->id));
        RunView *view = page.runView();
        auto *failedJobs = view->findChild<QAction *>(QStringLiteral("runRerunFailedAction"));
        auto *allJobs = view->findChild<QAction *>(QStringLiteral("runRerunAllAction"));
        QVERIFY(failedJobs && allJobs);
        QVERIFY(!failedJobs->isEnabled());  // still running
        QTRY_VERIFY_WITH_TIMEOUT(view->run().state == runs::RunState::Completed, 60000);
        QCOMPARE(view->run().result, std::optional<runs::RunResult>(runs::RunResult::Failed));
        QVERIFY(failedJobs->isEnabled());
        QVERIFY(allJobs->isEnabled());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("runHeaderRerunOf"))->text().isEmpty());

        QFile marker(fixed);
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        failedJobs->trigger();
        QTRY_VERIFY(view->runId() != queued->id);
        QTRY_VERIFY_WITH_TIMEOUT(view->run().state == runs::RunState::Completed, 60000);
        QVERIFY2(view->run().result == runs::RunResult::Succeeded, qPrintable(view->run().resultMessage));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("runHeaderRerunOf"))->text(),
                 QStringLiteral("Re-run of #%1 (failed jobs)").arg(queued->id));
        QVERIFY(!failedJobs->isEnabled());  // this one succeeded
        QFile count(QDir(repo).filePath(QStringLiteral("good.count")));
        QVERIFY(count.open(QIODevice::ReadOnly));
        QCOMPARE(count.readAll(), QByteArray("good\n"));  // the job that succeeded did not run again
    }

    void cancelStopsARunningRun()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString repo = QDir(fixture.workspace()->directory()).filePath(QStringLiteral("repos/slow"));
        QVERIFY(QDir().mkpath(repo));
        QFile yaml(repo + QStringLiteral("/slow.yml"));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("steps:\n- bash: |\n    echo started\n    sleep 60\n  displayName: Wait\n");
        yaml.close();
        pipeline::PipelineService pipelines(fixture.workspace());
        Result<pipeline::PipelineDefinition> definition = pipelines.create(QStringLiteral("Slow"), repo, QStringLiteral("slow.yml"));
        QVERIFY(definition.ok());
        agent::RunRequest request;
        request.pipelineId = definition->id;
        request.pipelineName = definition->name;
        Result<runs::Run> queued = agent::RunSession::queue(fixture.workspace(), request, kAgent);
        QVERIFY2(queued.ok(), qPrintable(queued.ok() ? QString() : queued.error().message));

        RunsPage page(fixture.workspace(), kAgent);
        page.show();
        QVERIFY(page.selectRun(queued->id));
        RunView *view = page.runView();
        auto *cancel = view->findChild<QPushButton *>(QStringLiteral("runCancelButton"));
        QVERIFY(cancel);
        // Follow the step while it runs: its first line appears in the viewer.
        const auto waitStep = [view] {
            for (const runs::TimelineRecord &record : view->timelineModel()->records()) {
                if (record.displayName == QLatin1String("Wait"))
                    return record;
            }
            return runs::TimelineRecord{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(waitStep().state == runs::RunState::InProgress, 30000);
        view->timelineView()->setCurrentIndex(view->timelineModel()->indexOf(waitStep().id));
        QTRY_VERIFY_WITH_TIMEOUT(viewerLines(view->logViewer()).join(QLatin1Char('\n')).contains(QStringLiteral("started")), 30000);
        QVERIFY(view->logViewer()->view()->follow());
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->run().state == runs::RunState::Completed, 30000);
        QCOMPARE(view->run().result, std::optional<runs::RunResult>(runs::RunResult::Canceled));
        QVERIFY(!cancel->isEnabled());
    }

    // A bash step writes a JUnit file, a second step prints a marker, PublishTestResults@2
    // publishes the file: the Tests tab shows the counts and the failing case's message;
    // searching all steps finds the marker in the second step and activating the result
    // selects that step and goes to the line.
    void testsTabAndSearchAllSteps()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString repo = QDir(fixture.workspace()->directory()).filePath(QStringLiteral("repos/tested"));
        QVERIFY(QDir().mkpath(repo));
        QFile yaml(repo + QStringLiteral("/tested.yml"));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("steps:\n"
                   "- bash: |\n"
                   "    printf '%s' '<testsuites><testsuite name=\"calc\">"
                   "<testcase name=\"adds\" classname=\"calc.Tests\" time=\"0.5\"/>"
                   "<testcase name=\"divides\" classname=\"calc.Tests\" time=\"0.25\">"
                   "<failure message=\"expected 4 but was 5\">at calc.divide line 7</failure></testcase>"
                   "<testcase name=\"later\" classname=\"calc.Tests\"><skipped/></testcase>"
                   "</testsuite></testsuites>' > TEST-calc.xml\n"
                   "  displayName: Write results\n"
                   "- bash: |\n"
                   "    echo first line\n"
                   "    echo \"nee\"\"dle-$((40 + 2))\"\n"
                   "  displayName: Second\n"
                   "- task: PublishTestResults@2\n"
                   "  inputs:\n"
                   "    testResultsFormat: JUnit\n"
                   "    testResultsFiles: '**/TEST-*.xml'\n");
        yaml.close();
        pipeline::PipelineService pipelines(fixture.workspace());
        Result<pipeline::PipelineDefinition> definition =
            pipelines.create(QStringLiteral("Tested"), repo, QStringLiteral("tested.yml"));
        QVERIFY(definition.ok());
        agent::RunRequest request;
        request.pipelineId = definition->id;
        request.pipelineName = definition->name;
        Result<runs::Run> queued = agent::RunSession::queue(fixture.workspace(), request, kAgent);
        QVERIFY2(queued.ok(), qPrintable(queued.ok() ? QString() : queued.error().message));

        RunsPage page(fixture.workspace(), kAgent);
        page.show();
        QVERIFY(page.selectRun(queued->id));
        RunView *view = page.runView();
        QTRY_VERIFY_WITH_TIMEOUT(view->run().state == runs::RunState::Completed, 60000);
        QVERIFY2(view->run().result == runs::RunResult::Succeeded, qPrintable(view->run().resultMessage));

        // Tests tab.
        auto *tests = view->findChild<RunTestsWidget *>(QStringLiteral("runTests"));
        QVERIFY(tests);
        auto *totals = tests->findChild<QLabel *>(QStringLiteral("runTestsTotals"));
        QVERIFY(totals);
        QTRY_COMPARE(totals->text(), QStringLiteral("3 test(s): 1 passed, 1 failed, 1 skipped"));
        auto *cases = tests->findChild<QTableWidget *>(QStringLiteral("runTestsCases"));
        QVERIFY(cases);
        QCOMPARE(cases->rowCount(), 3);
        auto *filter = tests->findChild<QComboBox *>(QStringLiteral("runTestsOutcomeFilter"));
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(int(runs::TestOutcome::Failed)));
        QCOMPARE(cases->rowCount(), 1);
        QCOMPARE(cases->item(0, 0)->text(), QStringLiteral("divides"));
        QCOMPARE(cases->item(0, 1)->text(), QStringLiteral("calc.Tests"));
        QCOMPARE(cases->item(0, 2)->text(), QStringLiteral("Failed"));
        cases->setCurrentCell(0, 0);
        auto *detail = tests->findChild<QPlainTextEdit *>(QStringLiteral("runTestsDetail"));
        QVERIFY(detail);
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("expected 4 but was 5")), qPrintable(detail->toPlainText()));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("at calc.divide line 7")));

        // Search all steps.
        auto *search = view->findChild<RunSearchWidget *>(QStringLiteral("runSearch"));
        QVERIFY(search);
        QCOMPARE(search->search(QStringLiteral("needle-42")), 1);
        QListWidget *results = search->resultList();
        QCOMPARE(results->count(), 1);
        QVERIFY2(results->item(0)->text().startsWith(QStringLiteral("Second — line ")), qPrintable(results->item(0)->text()));
        QVERIFY(results->item(0)->text().endsWith(QStringLiteral("needle-42")));
        QString secondId;
        for (const runs::TimelineRecord &record : view->timelineModel()->records()) {
            if (record.displayName == QLatin1String("Second"))
                secondId = record.id;
        }
        QVERIFY(!secondId.isEmpty());
        const qint64 line = results->item(0)->data(RunSearchWidget::LineNumberRole).toLongLong();
        results->setCurrentRow(0);
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(view->shownRecordId(), secondId);
        QTRY_VERIFY_WITH_TIMEOUT(viewerLines(view->logViewer()).size() >= line, 10000);
        QVERIFY(viewerLines(view->logViewer()).at(int(line - 1)).contains(QStringLiteral("needle-42")));
    }

    void infrastructureRunFromDialog()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        pipeline::PipelineService pipelines(fixture.workspace());
        Result<sample::SampleProject::Installation> installed =
            sample::SampleProject::install(*fixture.workspace(), *fixture.groups(), *fixture.connections(), pipelines);
        QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().message));
        Result<pipeline::PipelineDefinition> infrastructure = pipelines.findByName(QStringLiteral("Infrastructure"));
        QVERIFY(infrastructure.ok());

        RunsPage page(fixture.workspace(), kAgent);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        RunDialog dialog(fixture.workspace(), *infrastructure, RunAgentLocator::locate(kAgent).value(), &page);
        dialog.show();
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(dialog.queuedRunId() > 0, qPrintable(dialog.findChild<QLabel *>(QStringLiteral("runProblem"))->text()));
        const qint64 runId = dialog.queuedRunId();

        QVERIFY(page.selectRun(runId));
        RunView *view = page.findChild<RunView *>(QStringLiteral("runView"));
        QVERIFY(view);
        QCOMPARE(view->runId(), runId);
        auto *result = view->findChild<QLabel *>(QStringLiteral("runHeaderResult"));
        QTRY_VERIFY_WITH_TIMEOUT(view->run().state == runs::RunState::Completed, 60000);
        QVERIFY2(view->run().result == runs::RunResult::Succeeded, qPrintable(view->run().resultMessage));
        QCOMPARE(result->text(), QStringLiteral("Succeeded"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("runHeaderPipeline"))->text(), QStringLiteral("Infrastructure"));
        QTRY_COMPARE(page.listModel()->index(page.listModel()->rowOfRun(runId), RunListModel::StatusColumn).data().toString(),
                     QStringLiteral("Succeeded"));

        // The timeline: every record completed; pick the step that shows the environment.
        auto *tree = view->findChild<QTreeView *>(QStringLiteral("runTimeline"));
        QVERIFY(tree);
        QModelIndex step;
        for (const runs::TimelineRecord &record : view->timelineModel()->records()) {
            QCOMPARE(record.state, runs::RunState::Completed);
            if (record.type == runs::RecordType::Step && record.displayName.startsWith(QStringLiteral("Show the environment")))
                step = view->timelineModel()->indexOf(record.id);
        }
        QVERIFY(step.isValid());
        QCOMPARE(step.data(TimelineModel::ResultRole).toString(), QStringLiteral("succeeded"));
        tree->setCurrentIndex(step);
        QCOMPARE(view->shownRecordId(), step.data(TimelineModel::RecordIdRole).toString());
        auto *viewer = view->findChild<LogViewer *>(QStringLiteral("runLogViewer"));
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(viewerLines(viewer).join(QLatin1Char('\n')).contains(QStringLiteral("Resource group: mlops-RG")),
                                 10000);
        QVERIFY(!viewer->view()->follow());  // a completed step is not followed

        // Re-run: a second run of the same pipeline is queued and shown.
        auto *rerun = view->findChild<QToolButton *>(QStringLiteral("runRerunButton"));
        QVERIFY(rerun && rerun->isEnabled());
        // A succeeded run has no failed jobs to re-run; the button's own click re-runs all.
        QVERIFY(!view->findChild<QAction *>(QStringLiteral("runRerunFailedAction"))->isEnabled());
        QTest::mouseClick(rerun, Qt::LeftButton, {}, QPoint(8, rerun->height() / 2));
        QTRY_VERIFY(view->runId() != runId);
        QCOMPARE(page.listModel()->index(0, 0).data(RunListModel::RunIdRole).toLongLong(), view->runId());
        QTRY_VERIFY_WITH_TIMEOUT(view->run().state == runs::RunState::Completed, 60000);
        QVERIFY2(view->run().result == runs::RunResult::Succeeded, qPrintable(view->run().resultMessage));
        QCOMPARE(page.listModel()->rowCount(), 2);

        // The summary: who asked, and one bar per stage.
        auto *stages = view->findChild<QTableWidget *>(QStringLiteral("runSummaryStages"));
        QVERIFY(stages);
        QVERIFY(stages->rowCount() >= 1);
        QVERIFY(stages->cellWidget(0, 2));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("runSummaryReason"))->text(), QStringLiteral("manual"));
    }
};

QTEST_MAIN(TestRuns)
#include "test_runs.moc"
