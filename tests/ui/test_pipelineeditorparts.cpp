// The parts of the pipeline editor: highlighter formats, completion (provider and the
// popup on Ctrl+Space), DiagnosticListModel under QAbstractItemModelTester, the plan
// graph for a large plan and for an empty one, Tab/Enter indentation.
#include "fakepipelinecompiler.h"

#include "core/pipeline/tasks/taskcatalog.h"
#include "ui/pipelines/completioncontroller.h"
#include "ui/pipelines/completionprovider.h"
#include "ui/pipelines/diagnosticlistmodel.h"
#include "ui/pipelines/pipelinehighlighter.h"
#include "ui/pipelines/plangraphview.h"
#include "ui/pipelines/yamleditor.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QTextBlock>
#include <QTextLayout>
#include <QWheelEvent>
#include <QtTest>

using namespace mlops;
using namespace mlops::ui;
using Kind = PlanGraphView::ItemKind;
Q_DECLARE_METATYPE(mlops::ui::Completion::Kind)

namespace {

const pipeline::TaskCatalog *catalog()
{
    return pipeline::TaskCatalog::builtIn().value();
}

// The format the highlighter gave to the character at `column` of `block`.
QTextCharFormat formatAt(const QTextBlock &block, int column)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges) {
        if (column >= r.start && column < r.start + r.length)
            return r.format;
    }
    return {};
}

}  // namespace

class TestPipelineEditorParts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void highlighter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");    // 0-based block
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("kind");
        using K = PipelineHighlighter::Kind;
        const QString doc = QStringLiteral(
            "# a comment\n"                                          // 0
            "trigger: none\n"                                        // 1
            "variables:\n"                                           // 2
            "  count: 42\n"                                          // 3
            "  enabled: true\n"                                      // 4
            "  quoted: \"text # not a comment\"\n"                   // 5
            "steps:\n"                                               // 6
            "- script: |\n"                                          // 7
            "    echo $(Build.BuildId)\n"                            // 8
            "    echo done: yes\n"                                   // 9
            "  condition: $[ eq(variables.x, 'y') ]\n"               // 10
            "- ${{ if eq(parameters.deploy, true) }}:\n"             // 11
            "  - bash: echo ${{ parameters.name }} # trailing\n");   // 12
        QTest::newRow("comment") << doc << 0 << QStringLiteral("a comment") << int(K::Comment);
        QTest::newRow("key") << doc << 1 << QStringLiteral("trigger") << int(K::Key);
        QTest::newRow("number") << doc << 3 << QStringLiteral("42") << int(K::Literal);
        QTest::newRow("boolean") << doc << 4 << QStringLiteral("true") << int(K::Literal);
        QTest::newRow("string") << doc << 5 << QStringLiteral("# not") << int(K::String);
        QTest::newRow("key after dash") << doc << 7 << QStringLiteral("script") << int(K::Key);
        QTest::newRow("block scalar text") << doc << 9 << QStringLiteral("done") << int(K::String);
        QTest::newRow("macro in block scalar") << doc << 8 << QStringLiteral("Build.BuildId") << int(K::Macro);
        QTest::newRow("key after block scalar") << doc << 10 << QStringLiteral("condition") << int(K::Key);
        QTest::newRow("runtime expression") << doc << 10 << QStringLiteral("eq(variables") << int(K::RuntimeExpression);
        QTest::newRow("template expression key") << doc << 11 << QStringLiteral("parameters.deploy") << int(K::TemplateExpression);
        QTest::newRow("template expression value") << doc << 12 << QStringLiteral("parameters.name") << int(K::TemplateExpression);
        QTest::newRow("trailing comment") << doc << 12 << QStringLiteral("trailing") << int(K::Comment);
    }

    void highlighter()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, token);
        QFETCH(int, kind);
        QTextDocument document;
        PipelineHighlighter highlighter(&document);
        document.setPlainText(text);
        highlighter.rehighlight();  // a new highlighter defers its first pass to the event loop
        const QTextBlock block = document.findBlockByNumber(line);
        const int column = int(block.text().indexOf(token));
        QVERIFY2(column >= 0, qPrintable(token));
        const QTextCharFormat expected = highlighter.format(PipelineHighlighter::Kind(kind));
        const QTextCharFormat actual = formatAt(block, column);
        QCOMPARE(actual.foreground().color(), expected.foreground().color());
    }

    void expressionColoursDiffer()
    {
        PipelineHighlighter highlighter(nullptr);
        using K = PipelineHighlighter::Kind;
        const QColor t = highlighter.format(K::TemplateExpression).foreground().color();
        const QColor r = highlighter.format(K::RuntimeExpression).foreground().color();
        const QColor m = highlighter.format(K::Macro).foreground().color();
        QVERIFY(t != r && r != m && t != m);
        // Dark palette: colours get lighter than on a light one.
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(220, 220, 220));
        highlighter.setPalette(dark);
        QVERIFY(highlighter.format(K::Key).foreground().color().lightness() > 128);
    }

    void provider_data()
    {
        QTest::addColumn<QString>("text");  // `|` marks the cursor
        QTest::addColumn<Completion::Kind>("kind");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("unexpected");
        using K = Completion::Kind;
        QTest::newRow("root") << QStringLiteral("tr|") << K::Key << QStringLiteral("tr") << QStringLiteral("trigger") << QString();
        QTest::newRow("stage") << QStringLiteral("stages:\n- stage: A\n  dis|") << K::Key << QStringLiteral("dis")
                               << QStringLiteral("displayName") << QString();
        QTest::newRow("stage level has no steps") << QStringLiteral("stages:\n- stage: A\n  |") << K::Key << QString()
                                                  << QStringLiteral("jobs") << QStringLiteral("steps");
        QTest::newRow("job") << QStringLiteral("jobs:\n- job: A\n  |") << K::Key << QString() << QStringLiteral("timeoutInMinutes")
                             << QStringLiteral("jobs");
        QTest::newRow("step") << QStringLiteral("steps:\n- script: x\n  work|") << K::Key << QStringLiteral("work")
                              << QStringLiteral("workingDirectory") << QString();
        QTest::newRow("new step") << QStringLiteral("jobs:\n- job: A\n  steps:\n  - ta|") << K::Key << QStringLiteral("ta")
                                  << QStringLiteral("task") << QString();
        QTest::newRow("task reference") << QStringLiteral("steps:\n- task: Ba|") << K::TaskReference << QStringLiteral("Ba")
                                        << QStringLiteral("Bash@3") << QStringLiteral("CmdLine@2");
        QTest::newRow("task inputs") << QStringLiteral("steps:\n- task: Bash@3\n  inputs:\n    |") << K::TaskInput << QString()
                                     << QStringLiteral("targetType") << QStringLiteral("displayName");
        QTest::newRow("task inputs, task below")
            << QStringLiteral("steps:\n- displayName: x\n  inputs:\n    scr|\n  task: Bash@3\n") << K::TaskInput
            << QStringLiteral("scr") << QStringLiteral("script") << QString();
        QTest::newRow("parameters") << QStringLiteral("parameters:\n- name: modelVersion\n  type: string\nsteps:\n- script: ${{ parameters.mo|")
                                    << K::Parameter << QStringLiteral("mo") << QStringLiteral("modelVersion") << QString();
        QTest::newRow("variables") << QStringLiteral("variables:\n  BASE_NAME: x\n- script: $[ variables.|")
                                   << K::Variable << QString() << QStringLiteral("BASE_NAME") << QString();
        QTest::newRow("plan variables") << QStringLiteral("- script: ${{ variables.|") << K::Variable << QString()
                                        << QStringLiteral("fromPlan") << QString();
        QTest::newRow("closed expression") << QStringLiteral("- script: ${{ parameters.x }} and |") << K::None << QString()
                                           << QString() << QString();
    }

    void provider()
    {
        QFETCH(QString, text);
        QFETCH(Completion::Kind, kind);
        QFETCH(QString, prefix);
        QFETCH(QString, expected);
        QFETCH(QString, unexpected);
        CompletionProvider provider(catalog());
        pipeline::Plan plan;
        pipeline::PlanVariable v;
        v.name = QStringLiteral("fromPlan");
        plan.variables.variables.append(v);
        provider.setPlan(plan);
        const int cursor = int(text.indexOf(QLatin1Char('|')));
        QString plain = text;
        plain.remove(cursor, 1);
        const Completion c = provider.complete(plain, cursor);
        QCOMPARE(c.kind, kind);
        QCOMPARE(c.prefix, prefix);
        if (!expected.isEmpty())
            QVERIFY2(c.items.contains(expected), qPrintable(c.items.join(QLatin1Char(','))));
        if (!unexpected.isEmpty())
            QVERIFY(!c.items.contains(unexpected));
    }

    void completionPopupOnCtrlSpace()
    {
        YamlEditor editor;
        CompletionController controller(&editor, catalog());
        editor.resize(500, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setFocus();
        editor.setPlainText(QStringLiteral("steps:\n"));
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, QStringLiteral("- task: Ba"));
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QCompleter *completer = controller.completer();
        QVERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
            offered.append(completer->completionModel()->index(i, 0).data().toString());
        QVERIFY2(offered.contains(QStringLiteral("Bash@3")), qPrintable(offered.join(QLatin1Char(','))));
        // Choose it with Enter.
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor.document()->findBlockByNumber(1).text(), QStringLiteral("- task: Bash@3"));

        // The task's inputs after `inputs:`, offered while typing.
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("inputs:"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.textCursor().block().text(), QStringLiteral("    "));
        QTest::keyClicks(&editor, QStringLiteral("tar"));
        QVERIFY(completer->popup()->isVisible());
        QCOMPARE(controller.current().kind, Completion::Kind::TaskInput);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("targetType"));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor.textCursor().block().text(), QStringLiteral("    targetType: "));
    }

    void tabInsertsSpaces()
    {
        YamlEditor editor;
        editor.show();
        editor.setFocus();
        QTest::keyClick(&editor, Qt::Key_Tab);
        QTest::keyClicks(&editor, QStringLiteral("a"));
        QCOMPARE(editor.toPlainText(), QStringLiteral("  a"));
        QVERIFY(!editor.toPlainText().contains(QLatin1Char('\t')));
        QTest::keyClick(&editor, Qt::Key_Backtab);
        QCOMPARE(editor.toPlainText(), QStringLiteral("a"));
        editor.goToLine(1, 100);
        QCOMPARE(editor.currentColumn(), 2);
    }

    void diagnosticModel()
    {
        DiagnosticListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Diagnostics list;
        list.append({Diagnostic::Severity::Error, QStringLiteral("bad key"), QStringLiteral("/p/a.yml"), 3, 5});
        list.append({Diagnostic::Severity::Warning, QStringLiteral("deprecated"), QStringLiteral("/p/t.yml"), 1, 0});
        list.append({Diagnostic::Severity::Info, QStringLiteral("note"), QString(), 0, 0});
        model.setDiagnostics(list, QStringLiteral("/p/a.yml"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DiagnosticListModel::ColumnCount));
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.warningCount(), 1);
        QCOMPARE(model.index(0, DiagnosticListModel::LineColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, DiagnosticListModel::FileColumn).data().toString(), QString());  // the edited file
        QCOMPARE(model.index(1, DiagnosticListModel::FileColumn).data().toString(), QStringLiteral("/p/t.yml"));
        QCOMPARE(model.index(1, DiagnosticListModel::ColumnColumn).data().toString(), QString());  // unknown
        QCOMPARE(model.index(2, 0).data(DiagnosticListModel::SeverityRole).toInt(), int(Diagnostic::Severity::Info));
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.headerData(DiagnosticListModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
        model.setDiagnostics({}, QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void largePlanIsLaidOutByDepth()
    {
        pipeline::Plan plan;
        for (int s = 0; s < 20; ++s) {
            pipeline::PlanStage stage;
            stage.name = QStringLiteral("Stage%1").arg(s);
            if (s > 0)
                stage.dependsOn = {QStringLiteral("Stage%1").arg(s - 1)};
            for (int j = 0; j < 10; ++j) {
                pipeline::PlanJob job;
                job.name = QStringLiteral("Job%1").arg(j);
                if (j % 3 != 0)
                    job.dependsOn = {QStringLiteral("Job%1").arg(j - 1)};
                stage.jobs.append(job);
            }
            plan.stages.append(stage);
        }
        PlanGraphView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showPlan(plan);
        QCOMPARE(view.itemCount(Kind::Stage), 20);
        QCOMPARE(view.itemCount(Kind::Job), 200);
        QCOMPARE(view.itemCount(Kind::StageEdge), 19);
        QCOMPARE(view.itemCount(Kind::JobEdge), 20 * 6);
        // Longest-path layering: each stage is right of the stage it depends on; jobs
        // chained within a stage are right of their dependency.
        QList<QGraphicsItem *> stages;
        QHash<QString, QGraphicsItem *> firstStageJobs;
        const QList<QGraphicsItem *> items = view.scene()->items();
        for (QGraphicsItem *item : items) {
            if (item->data(PlanGraphView::kKindKey).toInt() == int(Kind::Stage))
                stages.append(item);
            if (item->data(PlanGraphView::kKindKey).toInt() == int(Kind::Job)
                && item->parentItem()->data(PlanGraphView::kNameKey).toString() == QLatin1String("Stage0"))
                firstStageJobs.insert(item->data(PlanGraphView::kNameKey).toString(), item);
        }
        std::sort(stages.begin(), stages.end(), [](QGraphicsItem *a, QGraphicsItem *b) {
            return a->data(PlanGraphView::kNameKey).toString().mid(5).toInt()
                < b->data(PlanGraphView::kNameKey).toString().mid(5).toInt();
        });
        for (int s = 1; s < stages.size(); ++s)
            QVERIFY(stages.at(s)->sceneBoundingRect().left() > stages.at(s - 1)->sceneBoundingRect().right());
        QVERIFY(firstStageJobs.value(QStringLiteral("Job1"))->x() > firstStageJobs.value(QStringLiteral("Job0"))->x());
        QCOMPARE(firstStageJobs.value(QStringLiteral("Job3"))->x(), firstStageJobs.value(QStringLiteral("Job0"))->x());
        view.fitToView();
        const double fitted = view.zoom();
        QVERIFY(fitted < 1.0);  // 20 stages do not fit at 100 %
        // Ctrl+wheel zooms in; a plain wheel scrolls and keeps the zoom.
        const QPoint at = view.viewport()->rect().center();
        QWheelEvent zoomIn(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                           Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &zoomIn);
        QVERIFY(view.zoom() > fitted);
        const double zoomed = view.zoom();
        QWheelEvent scroll(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                           Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &scroll);
        QCOMPARE(view.zoom(), zoomed);
    }

    void emptyPlanSaysWhy()
    {
        PlanGraphView view;
        view.showPlan(pipeline::Plan());
        QCOMPARE(view.itemCount(Kind::Stage), 0);
        QCOMPARE(view.itemCount(Kind::Message), 1);
        QVERIFY(view.message().contains(QLatin1String("no jobs")));
        view.showMessage(QStringLiteral("The pipeline has 2 errors."));
        QCOMPARE(view.message(), QStringLiteral("The pipeline has 2 errors."));
        QCOMPARE(view.itemCount(Kind::Message), 1);
    }

    void dependencyCycleIsCut()
    {
        pipeline::Plan plan;
        pipeline::PlanStage a;
        a.name = QStringLiteral("A");
        a.dependsOn = {QStringLiteral("B")};
        pipeline::PlanStage b;
        b.name = QStringLiteral("B");
        b.dependsOn = {QStringLiteral("A")};
        pipeline::PlanJob job;
        job.name = QStringLiteral("J");
        a.jobs = {job};
        b.jobs = {job};
        plan.stages = {a, b};
        PlanGraphView view;
        view.showPlan(plan);
        QCOMPARE(view.itemCount(Kind::Stage), 2);
        QCOMPARE(view.itemCount(Kind::StageEdge), 2);
    }
};

QTEST_MAIN(TestPipelineEditorParts)
#include "test_pipelineeditorparts.moc"
