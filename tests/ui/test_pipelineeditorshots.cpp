// Renders the pipeline editor with a real MLOps pipeline from the corpus and a fake plan
// into PNG files (in $MLOPS_EDITOR_SHOTS, default /tmp/editor-shots) for people to look
// at, in a light and a dark palette. Checks only that each rendering has content.
#include "fakepipelinecompiler.h"

#include "ui/pipelines/pipelineeditorwidget.h"
#include "ui/pipelines/plangraphview.h"
#include "ui/pipelines/yamleditor.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace mlops;
using namespace mlops::ui;

namespace {

pipeline::PlanJob job(const QString &name, const QString &display, const QStringList &dependsOn = {})
{
    pipeline::PlanJob j;
    j.name = name;
    j.displayName = display;
    j.dependsOn = dependsOn;
    return j;
}

pipeline::Plan mlopsPlan()
{
    pipeline::Plan plan;
    pipeline::PlanStage train;
    train.name = QStringLiteral("DeployTrainingPipeline");
    train.displayName = QStringLiteral("Deploy Training Pipeline");
    train.jobs = {job(QStringLiteral("DeployTrainingPipeline"), QStringLiteral("Deploy training pipeline")),
                  job(QStringLiteral("RegisterModel"), QStringLiteral("Register model"), {QStringLiteral("DeployTrainingPipeline")})};
    pipeline::PlanStage aci;
    aci.name = QStringLiteral("DeployACI");
    aci.displayName = QStringLiteral("Deploy to ACI");
    aci.dependsOn = {train.name};
    pipeline::PlanJob deploy = job(QStringLiteral("Deploy"), QStringLiteral("Deploy model to ACI"));
    deploy.isDeployment = true;
    deploy.environment = QStringLiteral("staging");
    aci.jobs = {deploy, job(QStringLiteral("Smoke"), QStringLiteral("Smoke test"), {QStringLiteral("Deploy")})};
    pipeline::PlanStage aks;
    aks.name = QStringLiteral("DeployAKS");
    aks.displayName = QStringLiteral("Deploy to AKS");
    aks.dependsOn = {aci.name};
    aks.condition = QStringLiteral("and(succeeded(), ne(variables['AKS_DEPLOYMENT_NAME'], ''))");
    pipeline::PlanJob deployAks = job(QStringLiteral("Deploy"), QStringLiteral("Deploy model to AKS"));
    deployAks.isDeployment = true;
    deployAks.environment = QStringLiteral("production");
    deployAks.condition = QStringLiteral("eq(variables['Build.SourceBranchName'], 'main')");
    aks.jobs = {deployAks};
    plan.stages = {train, aci, aks};
    return plan;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(220, 220, 220));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::AlternateBase, QColor(42, 42, 46));
    p.setColor(QPalette::Text, QColor(220, 220, 220));
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    p.setColor(QPalette::Button, QColor(50, 50, 54));
    p.setColor(QPalette::ButtonText, QColor(220, 220, 220));
    p.setColor(QPalette::Highlight, QColor(38, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(90, 90, 96));
    return p;
}

}  // namespace

class TestPipelineEditorShots : public QObject {
    Q_OBJECT

private:
    QString m_outDir;

    void save(QWidget *widget, const QString &name)
    {
        const QPixmap pixmap = widget->grab();
        QVERIFY(!pixmap.isNull());
        const QImage image = pixmap.toImage();
        // Something was drawn: the picture is not a single colour.
        bool varied = false;
        const QRgb first = image.pixel(0, 0);
        for (int y = 0; y < image.height() && !varied; y += 7) {
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != first;
        }
        QVERIFY(varied);
        QVERIFY(pixmap.save(QDir(m_outDir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_outDir = qEnvironmentVariable("MLOPS_EDITOR_SHOTS", QStringLiteral("/tmp/editor-shots"));
        QVERIFY(QDir().mkpath(m_outDir));
    }

    void shots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void shots()
    {
        QFETCH(bool, dark);
        const QString path = QStringLiteral(MLOPS_SHARED_DIR
                                            "/corpus/pipelines/Azure__mlops-project-template/classical/aml-cli-v2/mlops/"
                                            "devops-pipelines/deploy-model-training-pipeline.yml");
        if (!QFileInfo::exists(path))
            QSKIP("the corpus pipeline is not available");
        FakePipelineCompiler compiler;
        compiler.state().plan = mlopsPlan();
        Diagnostic warning;
        warning.severity = Diagnostic::Severity::Warning;
        warning.message = QStringLiteral("Unknown task input 'scriptType' for Bash@3");
        warning.file = QFileInfo(path).absoluteFilePath();
        warning.line = 39;
        warning.column = 15;
        Diagnostic templ;
        templ.severity = Diagnostic::Severity::Warning;
        templ.message = QStringLiteral("Repository 'mlops-templates' is not mapped to a local folder");
        templ.file = QStringLiteral("templates/aml-cli-v2/install-az-cli.yml");
        templ.line = 1;
        compiler.state().extraDiagnostics = {warning, templ};
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        compiler.state().expandedYaml = QString::fromUtf8(file.readAll());

        PipelineEditorWidget widget(compiler.function());
        if (dark) {
            widget.setPalette(darkPalette());
            QApplication::setPalette(darkPalette());
        }
        widget.resize(1100, 820);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy validated(&widget, &PipelineEditorWidget::validated);
        QVERIFY(widget.openFile(path).ok());
        QVERIFY(validated.wait(5000));
        widget.editor()->goToLine(39, 15);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        widget.tabs()->setCurrentIndex(0);
        QTest::qWait(50);
        save(&widget, QStringLiteral("editor-diagnostics") + suffix);
        widget.tabs()->setCurrentIndex(2);
        widget.graphView()->fitToView();
        QTest::qWait(50);
        save(&widget, QStringLiteral("editor-graph") + suffix);
        widget.tabs()->setCurrentIndex(1);
        QTest::qWait(50);
        save(&widget, QStringLiteral("editor-expanded") + suffix);
        if (dark)
            QApplication::setPalette(QPalette());
    }

    void largeGraph()
    {
        pipeline::Plan plan;
        for (int s = 0; s < 20; ++s) {
            pipeline::PlanStage stage;
            stage.name = QStringLiteral("Stage%1").arg(s);
            stage.displayName = QStringLiteral("Stage number %1").arg(s);
            if (s > 0)
                stage.dependsOn = {QStringLiteral("Stage%1").arg(s / 2)};
            for (int j = 0; j < 10; ++j) {
                pipeline::PlanJob j1 = job(QStringLiteral("Job%1").arg(j), QStringLiteral("Job %1 of stage %2").arg(j).arg(s));
                if (j % 3 != 0)
                    j1.dependsOn = {QStringLiteral("Job%1").arg(j - 1)};
                stage.jobs.append(j1);
            }
            plan.stages.append(stage);
        }
        PlanGraphView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showPlan(plan);
        save(&view, QStringLiteral("graph-20x10-fit.png"));
        view.resetTransform();
        view.centerOn(0, 0);
        save(&view, QStringLiteral("graph-20x10-100.png"));
    }
};

QTEST_MAIN(TestPipelineEditorShots)
#include "test_pipelineeditorshots.moc"
