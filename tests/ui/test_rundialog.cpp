// The Run dialog, offscreen: typed editors for string / boolean / number / values
// parameters, "stages to run" (unchecked stages are queued as stagesToSkip), and the
// Pipelines page's Run button queuing a run that the Runs page shows.

#include "uitestfixture.h"

#include "core/pipeline/catalog/pipelineservice.h"
#include "core/runs/runstore.h"
#include "core/sample/sampleproject.h"
#include "ui/runs/rundialog.h"
#include "ui/runs/runspage.h"
#include "ui/runs/runview.h"
#include "ui/pipelines/pipelinespage.h"
#include "ui/shell/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
using namespace mlops;
using namespace mlops::ui;
using mlops::ui::test::UiTestFixture;

namespace {

const QString kAgent = QStringLiteral(MLOPS_AGENT_PROGRAM);

}  // namespace

class TestRunDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTestFixture::isolateSettings(); }

    void runDialogBuildsTypedEditors()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString repo = QDir(fixture.workspace()->directory()).filePath(QStringLiteral("repos/params"));
        QVERIFY(QDir().mkpath(repo));
        QFile yaml(repo + QStringLiteral("/params.yml"));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(R"Y(parameters:
- name: environment
  displayName: Environment
  type: string
  default: dev
  values: [dev, test, prod]
- name: verbose
  type: boolean
  default: true
- name: retries
  type: number
  default: 3
- name: message
  type: string
  default: hello
steps:
- bash: echo "${{ parameters.environment }} ${{ parameters.message }}"
)Y");
        yaml.close();
        pipeline::PipelineService pipelines(fixture.workspace());
        Result<pipeline::PipelineDefinition> definition =
            pipelines.create(QStringLiteral("Params"), repo, QStringLiteral("params.yml"));
        QVERIFY2(definition.ok(), qPrintable(definition.ok() ? QString() : definition.error().message));

        RunDialog dialog(fixture.workspace(), *definition, kAgent);
        QCOMPARE(dialog.parameters().size(), 4);
        auto *environment = dialog.findChild<QComboBox *>(QStringLiteral("runParameter_environment"));
        QVERIFY(environment);
        QCOMPARE(environment->count(), 3);
        QCOMPARE(environment->currentText(), QStringLiteral("dev"));
        auto *verbose = dialog.findChild<QCheckBox *>(QStringLiteral("runParameter_verbose"));
        QVERIFY(verbose);
        QVERIFY(verbose->isChecked());
        auto *retries = dialog.findChild<QLineEdit *>(QStringLiteral("runParameter_retries"));
        QVERIFY(retries && retries->validator());
        QCOMPARE(retries->text(), QStringLiteral("3"));
        auto *message = dialog.findChild<QLineEdit *>(QStringLiteral("runParameter_message"));
        QVERIFY(message && !message->validator());

        environment->setCurrentIndex(2);
        verbose->setChecked(false);
        dialog.addVariableRow(QStringLiteral("color"), QStringLiteral("blue"));
        dialog.addVariableRow();
        const QMap<QString, QString> values = dialog.parameterValues();
        QCOMPARE(values.value(QStringLiteral("environment")), QStringLiteral("prod"));
        QCOMPARE(values.value(QStringLiteral("verbose")), QStringLiteral("false"));
        QCOMPARE(values.value(QStringLiteral("retries")), QStringLiteral("3"));
        QCOMPARE(dialog.variableValues(), (QMap<QString, QString>{{QStringLiteral("color"), QStringLiteral("blue")}}));

        // A number that is not one: nothing is queued, the problem is named.
        retries->setText(QStringLiteral("x"));
        dialog.accept();
        QCOMPARE(dialog.queuedRunId(), 0);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("runProblem"));
        QVERIFY(problem && problem->text().contains(QStringLiteral("retries")));
    }

    void runDialogStagesToRun()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString repo = QDir(fixture.workspace()->directory()).filePath(QStringLiteral("repos/stages"));
        QVERIFY(QDir().mkpath(repo));
        QFile yaml(repo + QStringLiteral("/stages.yml"));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(R"Y(stages:
- stage: Build
  jobs:
  - job: Compile
    steps:
    - bash: echo build
- stage: Deploy
  jobs:
  - job: Ship
    steps:
    - bash: echo deploy
)Y");
        yaml.close();
        Result<pipeline::PipelineDefinition> definition =
            pipeline::PipelineService(fixture.workspace()).create(QStringLiteral("Stages"), repo, QStringLiteral("stages.yml"));
        QVERIFY2(definition.ok(), qPrintable(definition.ok() ? QString() : definition.error().message));

        // An agent that cannot start: the run is still created (then failed) with its launch.
        RunDialog dialog(fixture.workspace(), *definition, QStringLiteral("/nonexistent/mlops"));
        auto *stages = dialog.findChild<QListWidget *>(QStringLiteral("runStages"));
        QVERIFY(stages);
        QCOMPARE(stages->count(), 2);
        QCOMPARE(stages->item(0)->checkState(), Qt::Checked);
        QCOMPARE(stages->item(1)->checkState(), Qt::Checked);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        stages->item(0)->setCheckState(Qt::Unchecked);
        stages->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!ok->isEnabled());
        stages->item(1)->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.stagesToSkip(), QStringList{QStringLiteral("Build")});
        dialog.accept();
        Result<runs::Run> run = runs::RunStore(fixture.workspace()).latestRun(QStringLiteral("Stages"), {runs::RunResult::Failed});
        QVERIFY(run.ok());
        QCOMPARE(run->launch.stagesToSkip, QStringList{QStringLiteral("Build")});
    }

    void runButtonOfPipelinesPageQueuesAndShowsTheRun()
    {
        UiTestFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        pipeline::PipelineService pipelines(fixture.workspace());
        QVERIFY(sample::SampleProject::install(*fixture.workspace(), *fixture.groups(), *fixture.connections(), pipelines).ok());
        MainWindow *window = fixture.window();
        window->setAgentProgram(kAgent);
        QVERIFY(window->showPage(QLatin1String(MainWindow::kPipelinesKey)));
        window->pipelinesPage()->reload();
        QVERIFY(window->pipelinesPage()->openPipelineByName(QStringLiteral("Infrastructure")));
        auto *runButton = window->pipelinesPage()->findChild<QPushButton *>(QStringLiteral("runPipelineButton"));
        QVERIFY(runButton && runButton->isEnabled());
        QTest::mouseClick(runButton, Qt::LeftButton);
        RunDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<RunDialog *>()) != nullptr && dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(static_cast<QWidget *>(window->currentPage()), static_cast<QWidget *>(window->runsPage()));
        RunView *view = window->runsPage()->runView();
        QVERIFY(view->runId() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->run().state == runs::RunState::Completed, 60000);
        QCOMPARE(view->run().result, std::optional<runs::RunResult>(runs::RunResult::Succeeded));
        QCOMPARE(view->run().pipelineName, QStringLiteral("Infrastructure"));
    }
};

QTEST_MAIN(TestRunDialog)
#include "test_rundialog.moc"
