// PipelineEditorWidget end to end, offscreen, with a fake compiler: open a file, type an
// error, see it in the list and underlined, jump to it, fix it, the graph, undo/redo,
// obsolete validation results, the dirty marker and saving only on request.
#include "fakepipelinecompiler.h"

#include "ui/pipelines/diagnosticlistmodel.h"
#include "ui/pipelines/expandedyamlview.h"
#include "ui/pipelines/pipelineeditorwidget.h"
#include "ui/pipelines/pipelinevalidator.h"
#include "ui/pipelines/plangraphview.h"
#include "ui/pipelines/yamleditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace mlops;
using namespace mlops::ui;
using Kind = PlanGraphView::ItemKind;

namespace {

const char kPipeline[] = "trigger: none\n"        // 1
                         "stages:\n"              // 2
                         "- stage: Build\n"       // 3
                         "  jobs:\n"              // 4
                         "  - job: Train\n"       // 5
                         "    steps:\n"           // 6
                         "    - script: echo train\n"  // 7
                         "  - job: Evaluate\n"    // 8
                         "    dependsOn: Train\n" // 9
                         "    steps:\n"           // 10
                         "    - script: echo evaluate\n"  // 11
                         "- stage: Deploy\n"      // 12
                         "  jobs:\n"              // 13
                         "  - deployment: Aci\n"  // 14
                         "    environment: staging\n";  // 15

pipeline::Plan twoStagePlan()
{
    pipeline::Plan plan;
    pipeline::PlanStage build;
    build.name = QStringLiteral("Build");
    pipeline::PlanJob train;
    train.name = QStringLiteral("Train");
    pipeline::PlanJob evaluate;
    evaluate.name = QStringLiteral("Evaluate");
    evaluate.dependsOn = {QStringLiteral("Train")};
    build.jobs = {train, evaluate};
    pipeline::PlanStage deploy;
    deploy.name = QStringLiteral("Deploy");
    deploy.dependsOn = {QStringLiteral("Build")};
    deploy.condition = QStringLiteral("eq(variables['Build.SourceBranch'], 'refs/heads/main')");
    pipeline::PlanJob aci;
    aci.name = QStringLiteral("Aci");
    aci.isDeployment = true;
    aci.environment = QStringLiteral("staging");
    deploy.jobs = {aci};
    plan.stages = {build, deploy};
    return plan;
}

}  // namespace

class TestPipelineEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakePipelineCompiler m_compiler;
    std::unique_ptr<PipelineEditorWidget> m_widget;
    QString m_path;

    bool waitValidated()
    {
        QSignalSpy spy(m_widget.get(), &PipelineEditorWidget::validated);
        return spy.wait(5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_compiler.state().badWords = {QStringLiteral("bogusKey")};
        m_compiler.state().plan = twoStagePlan();
        m_compiler.state().expandedYaml = QString::fromLatin1(kPipeline);
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("azure-pipelines.yml"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kPipeline);
        file.close();
        m_widget = std::make_unique<PipelineEditorWidget>(m_compiler.function());
        m_widget->setValidationDelay(20);
        m_widget->resize(900, 700);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        QSignalSpy validated(m_widget.get(), &PipelineEditorWidget::validated);
        QVERIFY(m_widget->openFile(m_path).ok());
        QVERIFY(validated.wait(5000));
    }

    void cleanup()
    {
        if (m_widget)
            m_widget->editor()->document()->setModified(false);  // no question on close
        m_widget.reset();
    }

    void opensAndShowsGraph()
    {
        QCOMPARE(m_widget->text(), QString::fromLatin1(kPipeline));
        QVERIFY(!m_widget->isModified());
        QCOMPARE(m_widget->displayTitle(), QStringLiteral("azure-pipelines.yml"));
        QCOMPARE(m_widget->diagnosticsModel()->rowCount(), 0);
        PlanGraphView *graph = m_widget->graphView();
        QCOMPARE(graph->itemCount(Kind::Stage), 2);
        QCOMPARE(graph->itemCount(Kind::Job), 3);
        QCOMPARE(graph->itemCount(Kind::StageEdge), 1);
        QCOMPARE(graph->itemCount(Kind::JobEdge), 1);
        QCOMPARE(graph->itemCount(Kind::Message), 0);
        QVERIFY(m_widget->expandedView()->hasExpandedYaml());
        QCOMPARE(m_widget->expandedView()->toPlainText(), QString::fromLatin1(kPipeline));
    }

    void typedErrorIsListedUnderlinedAndJumpable()
    {
        YamlEditor *editor = m_widget->editor();
        editor->setFocus();
        editor->goToLine(9);  // "    dependsOn: Train"
        QTextCursor cursor = editor->textCursor();
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(cursor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("bogusKey: 1"));
        QVERIFY(m_widget->isModified());
        QVERIFY(m_widget->displayTitle().endsWith(QLatin1Char('*')));
        QCOMPARE(editor->document()->findBlockByNumber(9).text(), QStringLiteral("    bogusKey: 1"));
        QVERIFY(waitValidated());

        DiagnosticListModel *model = m_widget->diagnosticsModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, DiagnosticListModel::LineColumn).data().toInt(), 10);
        QCOMPARE(model->index(0, DiagnosticListModel::ColumnColumn).data().toInt(), 5);
        QVERIFY(model->index(0, DiagnosticListModel::MessageColumn).data().toString().contains(QLatin1String("bogusKey")));
        QVERIFY(m_widget->tabs()->tabText(0).contains(QLatin1String("1")));

        // Underlined: the key token on line 10, with the message as tooltip.
        const QList<QPair<int, int>> ranges = editor->underlinedRanges();
        QCOMPARE(ranges.size(), 1);
        const QTextBlock line10 = editor->document()->findBlockByNumber(9);
        QCOMPARE(ranges.first().first, line10.position() + 4);
        QCOMPARE(ranges.first().second, int(QStringLiteral("bogusKey").size()));
        QVERIFY(editor->diagnosticAt(line10.position() + 6).contains(QLatin1String("bogusKey")));
        bool wavy = false;
        const QList<QTextEdit::ExtraSelection> selections = editor->extraSelections();
        for (const QTextEdit::ExtraSelection &s : selections)
            wavy = wavy || s.format.underlineStyle() == QTextCharFormat::WaveUnderline;
        QVERIFY(wavy);

        // The graph says why it is empty.
        QCOMPARE(m_widget->graphView()->itemCount(Kind::Stage), 0);
        QVERIFY(!m_widget->graphView()->message().isEmpty());
        QVERIFY(!m_widget->expandedView()->hasExpandedYaml());

        // Double-click in the list jumps to the line.
        editor->goToLine(1);
        QTreeView *view = m_widget->diagnosticsView();
        m_widget->tabs()->setCurrentIndex(0);
        const QModelIndex index = model->index(0, DiagnosticListModel::MessageColumn);
        view->scrollTo(index);
        const QPoint center = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
        QCOMPARE(editor->currentLine(), 10);
        QCOMPARE(editor->currentColumn(), 5);

        // Enter on the row jumps as well.
        editor->goToLine(2);
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(editor->currentLine(), 10);

        // Fix it: remove the line again; the diagnostics clear and the graph returns.
        editor->setFocus();
        QTextCursor fix(editor->document()->findBlockByNumber(9));
        fix.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        fix.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
        editor->setTextCursor(fix);
        QTest::keyClick(editor, Qt::Key_Delete);
        QVERIFY(waitValidated());
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(editor->underlinedRanges().isEmpty());
        QCOMPARE(m_widget->graphView()->itemCount(Kind::Stage), 2);
        QCOMPARE(m_widget->graphView()->itemCount(Kind::Job), 3);
    }

    void diagnosticsInTemplatesListTheirFile()
    {
        Diagnostic other;
        other.message = QStringLiteral("Unknown parameter 'size'");
        other.file = m_dir.filePath(QStringLiteral("templates/steps.yml"));
        other.line = 3;
        other.column = 7;
        m_compiler.state().extraDiagnostics = {other};
        m_widget->validateNow();
        QVERIFY(waitValidated());
        m_compiler.state().extraDiagnostics.clear();
        DiagnosticListModel *model = m_widget->diagnosticsModel();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, DiagnosticListModel::FileColumn).data().toString().endsWith(QLatin1String("steps.yml")));
        QVERIFY(!model->index(0, 0).data(DiagnosticListModel::IsEntryFileRole).toBool());
        QVERIFY(m_widget->editor()->underlinedRanges().isEmpty());  // not in this file
        const int before = m_widget->editor()->currentLine();
        QSignalSpy status(m_widget.get(), &PipelineEditorWidget::statusMessage);
        Q_EMIT m_widget->diagnosticsView()->activated(model->index(0, 0));
        QCOMPARE(m_widget->editor()->currentLine(), before);
        QCOMPARE(status.count(), 1);
    }

    void undoRedoThroughUndoStack()
    {
        YamlEditor *editor = m_widget->editor();
        QUndoStack *stack = m_widget->undoStack();
        QVERIFY(stack);
        QCOMPARE(stack->count(), 0);
        QVERIFY(!stack->canUndo());
        editor->setFocus();
        editor->goToLine(1);
        QTest::keyClicks(editor, QStringLiteral("name: x"));
        QTest::keyClick(editor, Qt::Key_Return);
        const QString edited = editor->toPlainText();
        QVERIFY(edited.startsWith(QLatin1String("name: x\n")));
        QVERIFY(stack->canUndo());

        while (stack->canUndo())
            stack->undo();
        QCOMPARE(editor->toPlainText(), QString::fromLatin1(kPipeline));
        QVERIFY(!m_widget->isModified());
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(editor->toPlainText(), edited);

        // The editor's own Ctrl+Z goes through the same stack.
        const int index = stack->index();
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stack->index(), index - 1);
        QVERIFY(editor->toPlainText() != edited);
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->toPlainText(), edited);
        QCOMPARE(stack->index(), index);

        // Stepping the document directly keeps the stack in step.
        editor->undo();
        QCOMPARE(stack->index(), index - 1);
    }

    void staleResultsAreDiscarded()
    {
        PipelineValidator *validator = m_widget->validator();
        QSignalSpy finished(validator, &PipelineValidator::finished);
        const int discardedBefore = validator->discardedCount();

        // An old request that blocks, then a newer one that finishes first.
        m_widget->editor()->setPlainText(QStringLiteral("#slow\nbogusKey: 1\n"));
        validator->validateNow(m_widget->editor()->toPlainText());
        const quint64 oldGeneration = validator->generation();
        m_widget->editor()->setPlainText(QString::fromLatin1(kPipeline));
        validator->validateNow(m_widget->editor()->toPlainText());
        const quint64 newGeneration = validator->generation();
        QVERIFY(newGeneration > oldGeneration);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.first().first().toULongLong(), newGeneration);
        QCOMPARE(m_widget->diagnosticsModel()->rowCount(), 0);

        m_compiler.release();  // the old compile finishes now, with an error
        QTRY_COMPARE_WITH_TIMEOUT(validator->discardedCount(), discardedBefore + 1, 5000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_widget->diagnosticsModel()->rowCount(), 0);
        QCOMPARE(m_widget->graphView()->itemCount(Kind::Stage), 2);
    }

    void typingIsDebounced()
    {
        const int callsBefore = m_compiler.state().calls;
        m_widget->setValidationDelay(200);
        QSignalSpy validated(m_widget.get(), &PipelineEditorWidget::validated);
        m_widget->editor()->setFocus();
        QTest::keyClicks(m_widget->editor(), QStringLiteral("# a comment typed quickly"));
        QVERIFY(validated.wait(5000));
        QCoreApplication::processEvents();
        // One compile for the whole burst of keys (they arrive well within 200 ms).
        QCOMPARE(m_compiler.state().calls - callsBefore, 1);
    }

    void savesOnlyOnRequest()
    {
        YamlEditor *editor = m_widget->editor();
        editor->setFocus();
        editor->goToLine(1);
        QTest::keyClicks(editor, QStringLiteral("# saved"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(m_widget->isModified());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(kPipeline));  // not yet on disk
        file.close();

        QSignalSpy modified(m_widget.get(), &PipelineEditorWidget::modifiedChanged);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!m_widget->isModified());
        QCOMPARE(modified.count(), 1);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), editor->toPlainText());
    }

    void asksBeforeLosingChanges()
    {
        QTest::keyClicks(m_widget->editor(), QStringLiteral("# unsaved"));
        QVERIFY(m_widget->isModified());
        // Answer Cancel: the file is not opened, the text stays.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Cancel)->click();
        });
        const Result<void> opened = m_widget->openFile(m_path);
        QVERIFY(!opened.ok());
        QVERIFY(m_widget->text().contains(QLatin1String("# unsaved")));
        QVERIFY(m_widget->isModified());
        // Answer Discard: the file is opened again.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Discard)->click();
        });
        QVERIFY(m_widget->openFile(m_path).ok());
        QCOMPARE(m_widget->text(), QString::fromLatin1(kPipeline));
        QVERIFY(!m_widget->isModified());
    }

    void unreadableFileIsAnError()
    {
        const Result<void> opened = m_widget->openFile(m_dir.filePath(QStringLiteral("missing.yml")));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Io);
        QVERIFY(opened.error().message.contains(QLatin1String("missing.yml")));
        QCOMPARE(m_widget->filePath(), QFileInfo(m_path).absoluteFilePath());
    }

    // The default wiring: the real PipelineCompiler behind the editor.
    void realCompiler()
    {
        m_widget.reset();
        PipelineEditorWidget widget;
        QSignalSpy validated(&widget, &PipelineEditorWidget::validated);
        QVERIFY(widget.openFile(m_path).ok());
        QVERIFY(validated.wait(10000));
        QVERIFY2(!hasErrors(widget.lastResult().diagnostics),
                 qPrintable(widget.lastResult().diagnostics.isEmpty() ? QString()
                                                                      : widget.lastResult().diagnostics.first().toString()));
        QCOMPARE(widget.graphView()->itemCount(Kind::Stage), 2);
        QCOMPARE(widget.graphView()->itemCount(Kind::Job), 3);
        QCOMPARE(widget.graphView()->itemCount(Kind::JobEdge), 1);
        QVERIFY(widget.expandedView()->hasExpandedYaml());

        widget.editor()->goToLine(9);
        QTextCursor cursor = widget.editor()->textCursor();
        cursor.movePosition(QTextCursor::EndOfBlock);
        widget.editor()->setTextCursor(cursor);
        QTest::keyClick(widget.editor(), Qt::Key_Return);
        QTest::keyClicks(widget.editor(), QStringLiteral("bogusKey: 1"));
        QVERIFY(validated.wait(10000));
        QVERIFY(hasErrors(widget.lastResult().diagnostics));
        bool atLine10 = false;
        for (const Diagnostic &d : widget.lastResult().diagnostics)
            atLine10 = atLine10 || d.line == 10;
        QVERIFY(atLine10);
        QVERIFY(!widget.editor()->underlinedRanges().isEmpty());
        QCOMPARE(widget.graphView()->itemCount(Kind::Stage), 0);
        widget.editor()->document()->setModified(false);
    }
};

QTEST_MAIN(TestPipelineEditor)
#include "test_pipelineeditor.moc"
