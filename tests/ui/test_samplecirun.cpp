// The GUI acceptance for the agent, offscreen with the real agent process: the
// sample CI (Model-Train-Register-CI) is run from the Run dialog, its timeline completes,
// a step's log is opened and searched with the find bar, and the `model` artifact is
// opened (previewed, copied out for the desktop) and saved.

#include "uitestfixture.h"

#include "core/logs/logdocument.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/sample/sampleproject.h"
#include "ui/runs/logsearchbar.h"
#include "ui/runs/logview.h"
#include "ui/runs/logviewer.h"
#include "ui/runs/runagentlocator.h"
#include "ui/runs/runartifactswidget.h"
#include "ui/runs/rundialog.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runspage.h"
#include "ui/runs/runview.h"
#include "ui/runs/timelinemodel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QAction>

using namespace mlops;
using namespace mlops::ui;
using mlops::ui::test::UiTestFixture;

class TestSampleCiRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTestFixture::isolateSettings(); }

    void sampleCiFromTheGui()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        pipeline::PipelineService pipelines(fixture.workspace());
        Result<sample::SampleProject::Installation> installed =
            sample::SampleProject::install(*fixture.workspace(), *fixture.groups(), *fixture.connections(), pipelines);
        QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().message));
        Result<pipeline::PipelineDefinition> ci = pipelines.findByName(QStringLiteral("Model-Train-Register-CI"));
        QVERIFY(ci.ok());

        const QString agent = QStringLiteral(MLOPS_AGENT_PROGRAM);
        RunsPage page(fixture.workspace(), agent);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Run: the dialog queues the run, the page shows it.
        RunDialog dialog(fixture.workspace(), *ci, RunAgentLocator::locate(agent).value(), &page);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        const qint64 runId = dialog.queuedRunId();
        QVERIFY2(runId > 0, qPrintable(dialog.findChild<QLabel *>(QStringLiteral("runProblem"))->text()));
        QVERIFY(page.selectRun(runId));
        RunView *view = page.findChild<RunView *>(QStringLiteral("runView"));
        QVERIFY(view);

        // The timeline completes, every record of it.
        QTRY_VERIFY_WITH_TIMEOUT(view->run().state == runs::RunState::Completed, 120000);
        QVERIFY2(view->run().result == runs::RunResult::Succeeded, qPrintable(view->run().resultMessage));
        QTRY_COMPARE(view->findChild<QLabel *>(QStringLiteral("runHeaderResult"))->text(), QStringLiteral("Succeeded"));
        QModelIndex trainStep;
        for (const runs::TimelineRecord &record : view->timelineModel()->records()) {
            QCOMPARE(record.state, runs::RunState::Completed);
            if (record.type == runs::RecordType::Step && record.displayName == QLatin1String("Train the model"))
                trainStep = view->timelineModel()->indexOf(record.id);
        }
        QVERIFY2(trainStep.isValid(), "the CI has the step 'Train the model'");

        // A step's log: select it in the timeline, then find a line with the find bar.
        view->findChild<QTreeView *>(QStringLiteral("runTimeline"))->setCurrentIndex(trainStep);
        auto *viewer = view->findChild<LogViewer *>(QStringLiteral("runLogViewer"));
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->document() && viewer->document()->isOpen() && viewer->document()->lineCount() > 2, 10000);
        auto *bar = viewer->findChild<LogSearchBar *>(QStringLiteral("logSearchBar"));
        QVERIFY(bar);
        auto *find = viewer->findChild<QAction *>(QStringLiteral("logActionFind"));
        auto *toolBar = viewer->findChild<QToolBar *>(QStringLiteral("logToolBar"));
        QVERIFY(find && toolBar && toolBar->widgetForAction(find));
        QTest::mouseClick(toolBar->widgetForAction(find), Qt::LeftButton);  // Find…
        QTRY_VERIFY(bar->isVisible());
        QTest::keyClicks(bar->findChild<QWidget *>(QStringLiteral("logSearchText")), QStringLiteral("Trained Ridge"));
        QTRY_VERIFY_WITH_TIMEOUT(viewer->matchCount() >= 1 && !viewer->isSearching(), 20000);
        QVERIFY(viewer->currentMatchIndex() >= 0);

        // The artifact: the tab lists `model` with model.json, the preview shows it, Open
        // copies it out of the store, Save… writes it where asked.
        auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("runTabs"));
        auto *artifacts = view->findChild<RunArtifactsWidget *>(QStringLiteral("runArtifacts"));
        QVERIFY(tabs && artifacts);
        tabs->setCurrentWidget(artifacts);
        QVERIFY(artifacts->select(QStringLiteral("model"), QStringLiteral("model.json")));
        auto *preview = artifacts->findChild<QPlainTextEdit *>(QStringLiteral("runArtifactPreview"));
        const QJsonObject shown = QJsonDocument::fromJson(preview->toPlainText().toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(artifacts->findChild<QPushButton *>(QStringLiteral("runOpenArtifactButton"))->isEnabled());
        Result<QString> opened = artifacts->extractSelectedFile();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QFile copy(*opened);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(copy.readAll()).object(), shown);

        QTemporaryDir out;
        QVERIFY(artifacts->saveSelectedTo(out.filePath(QStringLiteral("saved.json"))).ok());
        QFile saved(out.filePath(QStringLiteral("saved.json")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(saved.readAll()).object(), shown);
        QVERIFY(artifacts->select(QStringLiteral("model")));
        QVERIFY(artifacts->saveSelectedTo(out.path()).ok());
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("model/model.json"))));
        // A folder that does not exist: a clear error, shown, and nothing written.
        QVERIFY(artifacts->select(QStringLiteral("model"), QStringLiteral("model.json")));
        QVERIFY(!artifacts->saveSelectedTo(out.filePath(QStringLiteral("no/such/dir/x.json"))).ok());
        QVERIFY(!artifacts->findChild<QLabel *>(QStringLiteral("runArtifactMessage"))->text().isEmpty());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("no/such/dir/x.json"))));

        // The CI registered a model, so it triggered the CD: wait for that run to end, so no
        // agent outlives the fixture's folder.
        QTRY_VERIFY_WITH_TIMEOUT(page.listModel()->rowCount() == 2, 30000);
        const qint64 cdRun = page.listModel()->index(0, 0).data(RunListModel::RunIdRole).toLongLong();
        QVERIFY(cdRun > runId);
        QVERIFY(page.selectRun(cdRun));
        QTRY_VERIFY_WITH_TIMEOUT(view->run().state == runs::RunState::Completed, 120000);
    }
};

QTEST_MAIN(TestSampleCiRun)
#include "test_samplecirun.moc"
