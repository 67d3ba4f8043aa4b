// Pipelines › Pipelines end to end, offscreen, with the real compiler on a workspace made
// by SampleProject::install: open the CI pipeline, type an error, see it at its line, undo
// it, the graph's stages; unsaved changes when switching; New pipeline (inline errors),
// rename, delete; filter and empty state; the list model; "Used by" in the Library.

#include "uitestfixture.h"

#include "core/pipeline/catalog/pipelineservice.h"
#include "core/sample/sampleproject.h"
#include "ui/common/emptystate.h"
#include "ui/library/serviceconnectionspage.h"
#include "ui/library/variablegroupeditor.h"
#include "ui/library/variablegroupspage.h"
#include "ui/pipelines/diagnosticlistmodel.h"
#include "ui/pipelines/newpipelinedialog.h"
#include "ui/pipelines/pipelineeditorwidget.h"
#include "ui/pipelines/pipelinelistmodel.h"
#include "ui/pipelines/pipelinespage.h"
#include "ui/pipelines/pipelinevalidator.h"
#include "ui/pipelines/plangraphview.h"
#include "ui/pipelines/yamleditor.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsItem>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace mlops;
using namespace mlops::ui;
using mlops::ui::test::UiTestFixture;

namespace {

const QString kCi = QStringLiteral("Model-Train-Register-CI");

template <typename T>
T *child(QObject *root, const char *name)
{
    return root->findChild<T *>(QString::fromLatin1(name));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The row of `name` in the (sorted, filtered) table, or -1.
int rowOf(QTableView *view, const QString &name)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, PipelineListModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

bool clickRow(QTableView *view, const QString &name)
{
    const int row = rowOf(view, name);
    if (row < 0)
        return false;
    const QRect rect = view->visualRect(view->model()->index(row, PipelineListModel::NameColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return true;
}

// Waits until the editor shows the result of its newest text.
bool waitForValidation(PipelineEditorWidget *editor)
{
    return QTest::qWaitFor([editor] { return !editor->validator()->isRunning(); }, 30000);
}

void placeCursor(YamlEditor *editor, int line, bool atEnd)
{
    QTextCursor cursor(editor->document()->findBlockByNumber(line - 1));  // at the start of the line
    if (atEnd)
        cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus(Qt::OtherFocusReason);
}

QStringList stageNames(PlanGraphView *graph)
{
    QStringList names;
    const QList<QGraphicsItem *> items = graph->scene()->items(Qt::AscendingOrder);
    for (const QGraphicsItem *item : items) {
        if (item->data(PlanGraphView::kKindKey).toInt() == int(PlanGraphView::ItemKind::Stage))
            names.append(item->data(PlanGraphView::kNameKey).toString());
    }
    names.sort();
    return names;
}

}  // namespace

class TestPipelinesPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<UiTestFixture> m_fx;
    std::unique_ptr<pipeline::PipelineService> m_pipelines;
    QString m_repository;
    MainWindow *m_window = nullptr;
    PipelinesPage *m_page = nullptr;

    // A fresh workspace with the sample project, the main window on the Pipelines page.
    void setUpSample()
    {
        m_fx = std::make_unique<UiTestFixture>();
        QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
        m_pipelines = std::make_unique<pipeline::PipelineService>(m_fx->workspace());
        const Result<sample::SampleProject::Installation> installed =
            sample::SampleProject::install(*m_fx->workspace(), *m_fx->groups(), *m_fx->connections(), *m_pipelines);
        QVERIFY2(installed.ok(), installed.ok() ? "" : qPrintable(installed.error().message));
        m_repository = installed->repositoryDir;
        m_window = m_fx->window();
        QVERIFY(m_window->showPage(QLatin1String(MainWindow::kPipelinesKey)));
        m_page = m_window->pipelinesPage();
        m_page->editor()->setValidationDelay(20);
    }

    QAction *action(const char *name) { return child<QAction>(m_window, name); }

    void openCi()
    {
        QVERIFY(clickRow(m_page->listView(), kCi));
        QCOMPARE(m_page->openPipelineId(), m_pipelines->findByName(kCi)->id);
        QVERIFY(waitForValidation(m_page->editor()));
    }

private Q_SLOTS:
    void initTestCase() { UiTestFixture::isolateSettings(); }

    void cleanup()
    {
        m_page = nullptr;
        m_window = nullptr;
        m_fx.reset();
        m_pipelines.reset();
    }

    void navigationHasPipelinesAboveLibrary()
    {
        setUpSample();
        QCOMPARE(m_window->currentPage(), static_cast<Page *>(m_page));
        QCOMPARE(m_page->listModel()->rowCount(), 3);
        QCOMPARE(rowOf(m_page->listView(), QStringLiteral("Infrastructure")), 0);
        QCOMPARE(rowOf(m_page->listView(), QStringLiteral("Model-Deploy-CD")), 1);
        QCOMPARE(rowOf(m_page->listView(), kCi), 2);
        // Nothing open yet: the hint says what to do.
        QVERIFY(child<EmptyState>(m_page, "pipelineDetailsEmptyState")->isVisible());
        QVERIFY(m_page->undoStack() == nullptr);
        QVERIFY(!m_page->supports(Page::Action::Save));
        QVERIFY(!m_page->supports(Page::Action::Delete));
    }

    void typedErrorIsListedAtItsLineAndUndoClearsIt_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("atEnd");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << 15 << false << QStringLiteral("x") << 1 << QStringLiteral("xpr");
        QTest::newRow("unknown group") << 19 << true << QStringLiteral("-prod") << 12
                                       << QStringLiteral("devopsforai-aml-vg-prod");
        QTest::newRow("broken expression") << 63 << true << QStringLiteral(")") << 97
                                           << QStringLiteral("Unexpected symbol");
    }

    void typedErrorIsListedAtItsLineAndUndoClearsIt()
    {
        QFETCH(int, line);
        QFETCH(bool, atEnd);
        QFETCH(QString, typed);
        QFETCH(int, column);
        QFETCH(QString, message);
        setUpSample();
        openCi();
        PipelineEditorWidget *editor = m_page->editor();
        const QString file = QDir(m_repository).filePath(QStringLiteral(".pipelines/diabetes_regression-ci.yml"));
        const QByteArray onDisk = readAll(file);
        QCOMPARE(editor->filePath(), file);
        QCOMPARE(editor->diagnosticsModel()->errorCount(), 0);
        QCOMPARE(stageNames(editor->graphView()), (QStringList{QStringLiteral("Model_CI"), QStringLiteral("Train_Evaluate_Register")}));
        QCOMPARE(editor->graphView()->itemCount(PlanGraphView::ItemKind::Job), 3);
        QCOMPARE(m_page->undoStack(), editor->undoStack());

        placeCursor(editor->editor(), line, atEnd);
        QTest::keyClicks(editor->editor(), typed);
        QTest::keyClick(editor->editor(), Qt::Key_Escape);  // closes a completion popup, if any
        QVERIFY(waitForValidation(editor));
        QVERIFY(editor->isModified());
        QVERIFY(child<QLabel>(m_page, "pipelineEditorTitle")->text().endsWith(QStringLiteral("\u2022")));
        QVERIFY(m_page->supports(Page::Action::Save));

        DiagnosticListModel *diagnostics = editor->diagnosticsModel();
        QCOMPARE(diagnostics->errorCount(), 1);
        int found = -1;
        for (int row = 0; row < diagnostics->rowCount(); ++row) {
            if (diagnostics->index(row, 0).data(DiagnosticListModel::SeverityRole).toInt() == int(Diagnostic::Severity::Error))
                found = row;
        }
        QVERIFY(found >= 0);
        QCOMPARE(diagnostics->index(found, 0).data(DiagnosticListModel::LineRole).toInt(), line);
        QCOMPARE(diagnostics->index(found, 0).data(DiagnosticListModel::ColumnRole).toInt(), column);
        const QString text = diagnostics->index(found, DiagnosticListModel::MessageColumn).data().toString();
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY(!editor->graphView()->message().isEmpty());  // no graph while it does not compile

        // Undo through the main window (Ctrl+Z forwards to the page's undo stack).
        QAction *undo = action("actionUndo");
        QVERIFY(undo->isEnabled());
        while (editor->isModified() && undo->isEnabled())
            undo->trigger();
        QVERIFY(!editor->isModified());
        QVERIFY(waitForValidation(editor));
        QCOMPARE(diagnostics->errorCount(), 0);
        QCOMPARE(stageNames(editor->graphView()), (QStringList{QStringLiteral("Model_CI"), QStringLiteral("Train_Evaluate_Register")}));
        QCOMPARE(child<QLabel>(m_page, "pipelineEditorTitle")->text(), kCi);
        QCOMPARE(readAll(file), onDisk);  // nothing was saved
    }

    void saveWritesTheFileOnRequest()
    {
        setUpSample();
        openCi();
        PipelineEditorWidget *editor = m_page->editor();
        placeCursor(editor->editor(), 5, false);  // the empty line under the header comment
        QTest::keyClicks(editor->editor(), QStringLiteral("# reviewed"));
        QVERIFY(editor->isModified());
        QVERIFY(action("actionSave")->isEnabled());
        action("actionSave")->trigger();
        QVERIFY(!editor->isModified());
        QVERIFY(readAll(editor->filePath()).contains("\n# reviewed\n"));
        QVERIFY(!action("actionSave")->isEnabled());
    }

    void switchingPipelineAsksAboutUnsavedChanges()
    {
        setUpSample();
        openCi();
        PipelineEditorWidget *editor = m_page->editor();
        placeCursor(editor->editor(), 19, true);
        QTest::keyClicks(editor->editor(), QStringLiteral("-prod"));
        const QString typed = editor->text();

        // Cancel: the CI pipeline stays open and selected, with what was typed.
        UiTestFixture::answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(clickRow(m_page->listView(), QStringLiteral("Model-Deploy-CD")));
        QCOMPARE(m_page->openPipelineId(), m_pipelines->findByName(kCi)->id);
        QCOMPARE(m_page->selectedId(), m_pipelines->findByName(kCi)->id);
        QCOMPARE(editor->text(), typed);
        QVERIFY(editor->isModified());

        // Discard: the other one opens; the CI file was not written.
        UiTestFixture::answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(clickRow(m_page->listView(), QStringLiteral("Model-Deploy-CD")));
        QCOMPARE(m_page->openPipelineId(), m_pipelines->findByName(QStringLiteral("Model-Deploy-CD"))->id);
        QVERIFY(!editor->isModified());
        QVERIFY(editor->filePath().endsWith(QStringLiteral("diabetes_regression-cd.yml")));
        QVERIFY(!readAll(QDir(m_repository).filePath(QStringLiteral(".pipelines/diabetes_regression-ci.yml"))).contains("-prod"));
        QVERIFY(waitForValidation(editor));
        QCOMPARE(editor->diagnosticsModel()->errorCount(), 0);
    }

    void newPipelineDialogCreatesOne()
    {
        setUpSample();
        action("actionNew")->trigger();  // Ctrl+N
        auto *dialog = child<NewPipelineDialog>(m_page, "newPipelineDialog");
        QVERIFY(dialog != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *repository = child<QLineEdit>(dialog, "newPipelineRepositoryEdit");
        auto *yaml = child<QComboBox>(dialog, "newPipelineYamlCombo");
        auto *name = child<QLineEdit>(dialog, "newPipelineNameEdit");
        auto *create = child<QPushButton>(dialog, "newPipelineCreateButton");

        repository->clear();
        QTest::keyClicks(repository, m_repository);
        // The YAML files of the folder are offered; the name follows the file until typed.
        QVERIFY(yaml->findText(QStringLiteral(".pipelines/diabetes_regression-cd.yml")) >= 0);
        QVERIFY(yaml->findText(QStringLiteral(".pipelines/iac-create-environment-pipeline.yml")) >= 0);
        yaml->setCurrentIndex(yaml->findText(QStringLiteral(".pipelines/diabetes_regression-cd.yml")));
        QCOMPARE(name->text(), QStringLiteral("diabetes_regression-cd"));

        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("bad/name"));
        QVERIFY(!create->isEnabled());
        QVERIFY(child<QLabel>(dialog, "newPipelineNameProblemLabel")->isVisible());

        // What the service refuses is shown in the dialog, which stays open.
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("model-deploy-cd"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("already exists")), qPrintable(dialog->errorText()));

        yaml->setCurrentText(QStringLiteral("../outside.yml"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Model-Deploy-CD-Staging"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("outside the repository")), qPrintable(dialog->errorText()));

        yaml->setCurrentIndex(yaml->findText(QStringLiteral(".pipelines/diabetes_regression-cd.yml")));
        QCOMPARE(name->text(), QStringLiteral("Model-Deploy-CD-Staging"));  // typed: kept
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(child<NewPipelineDialog>(m_page, "newPipelineDialog") == nullptr);

        const Result<pipeline::PipelineDefinition> created = m_pipelines->findByName(QStringLiteral("Model-Deploy-CD-Staging"));
        QVERIFY(created.ok());
        QCOMPARE(created->yamlPath, QStringLiteral(".pipelines/diabetes_regression-cd.yml"));
        QCOMPARE(m_page->listModel()->rowCount(), 4);
        QCOMPARE(m_page->selectedId(), created->id);
        QCOMPARE(m_page->openPipelineId(), created->id);
    }

    void renameAndItsErrors()
    {
        setUpSample();
        QVERIFY(clickRow(m_page->listView(), QStringLiteral("Infrastructure")));
        auto rename = [this](const QString &newName) {
            QTest::mouseClick(child<QPushButton>(m_page, "renamePipelineButton"), Qt::LeftButton);
            auto *dialog = child<QInputDialog>(m_page, "renamePipelineDialog");
            QVERIFY(dialog != nullptr);
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit != nullptr);
            QCOMPARE(edit->text(), QStringLiteral("Infrastructure"));
            edit->selectAll();
            QTest::keyClicks(edit, newName);
            QTest::keyClick(edit, Qt::Key_Return);
            QTRY_VERIFY(child<QInputDialog>(m_page, "renamePipelineDialog") == nullptr);
        };

        rename(QStringLiteral("Model-Deploy-CD"));
        auto *error = child<QLabel>(m_page, "pipelinesErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));
        QVERIFY(m_pipelines->findByName(QStringLiteral("Infrastructure")).ok());

        rename(QStringLiteral("Infrastructure-Environment"));
        QVERIFY(!error->isVisible());
        QVERIFY(m_pipelines->findByName(QStringLiteral("Infrastructure-Environment")).ok());
        QVERIFY(rowOf(m_page->listView(), QStringLiteral("Infrastructure-Environment")) >= 0);
        QCOMPARE(rowOf(m_page->listView(), QStringLiteral("Infrastructure")), -1);
    }

    void deleteAsksAndKeepsTheFile()
    {
        setUpSample();
        openCi();
        m_page->listView()->setFocus();
        QVERIFY(action("actionDelete")->isEnabled());
        action("actionDelete")->trigger();
        auto *box = child<QMessageBox>(m_page, "deletePipelineConfirmation");
        QVERIFY(box != nullptr);
        QVERIFY(box->informativeText().contains(QStringLiteral("diabetes_regression-ci.yml")));
        QTest::mouseClick(child<QPushButton>(box, "cancelDeletePipelineButton"), Qt::LeftButton);
        QCOMPARE(m_page->listModel()->rowCount(), 3);

        action("actionDelete")->trigger();
        box = child<QMessageBox>(m_page, "deletePipelineConfirmation");
        QVERIFY(box != nullptr);
        QTest::mouseClick(child<QPushButton>(box, "confirmDeletePipelineButton"), Qt::LeftButton);
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        QCOMPARE(m_pipelines->findByName(kCi).error().code, ErrorCode::NotFound);
        QCOMPARE(m_page->openPipelineId(), qint64(0));  // the open one was closed
        QVERIFY(child<EmptyState>(m_page, "pipelineDetailsEmptyState")->isVisible());
        QVERIFY(QFileInfo::exists(QDir(m_repository).filePath(QStringLiteral(".pipelines/diabetes_regression-ci.yml"))));
    }

    void filterAndEmptyStates()
    {
        setUpSample();
        action("actionFind")->trigger();  // Ctrl+F
        auto *filter = child<QLineEdit>(m_page, "pipelineFilterEdit");
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("deploy"));
        QCOMPARE(m_page->listView()->model()->rowCount(), 1);
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        QVERIFY(child<EmptyState>(m_page, "pipelinesNoMatchState")->isVisible());
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(m_page->listView()->model()->rowCount(), 3);

        // A workspace without pipelines says what to do.
        UiTestFixture empty;
        QVERIFY(empty.ok());
        MainWindow *window = empty.window();
        QVERIFY(window->showPage(QLatin1String(MainWindow::kPipelinesKey)));
        auto *state = child<EmptyState>(window->pipelinesPage(), "pipelinesEmptyState");
        QVERIFY(state->isVisible());
        QCOMPARE(state->title(), QStringLiteral("No pipelines yet."));
        QVERIFY(state->hint().contains(QStringLiteral("Ctrl+N")));
        QVERIFY(!child<EmptyState>(window->pipelinesPage(), "pipelineDetailsEmptyState")->isVisible());
    }

    void listModel()
    {
        PipelineListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        pipeline::PipelineDefinition a;
        a.id = 7;
        a.name = QStringLiteral("Model-Train-Register-CI");
        a.repositoryDir = QStringLiteral("/repos/mlops-sample");
        a.yamlPath = QStringLiteral(".pipelines/diabetes_regression-ci.yml");
        a.modifiedAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
        a.modifiedBy = QStringLiteral("ayumi");
        pipeline::PipelineDefinition b = a;
        b.id = 8;
        b.name = QStringLiteral("Infrastructure");
        model.setPipelines({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PipelineListModel::ColumnCount));
        QCOMPARE(model.rowOfId(8), 1);
        QCOMPARE(model.rowOfId(9), -1);
        QVERIFY(model.pipelineAt(2) == nullptr);
        QCOMPARE(model.index(0, PipelineListModel::NameColumn).data().toString(), a.name);
        QCOMPARE(model.index(0, PipelineListModel::YamlColumn).data().toString(), a.yamlPath);
        QCOMPARE(model.index(0, PipelineListModel::RepositoryColumn).data(PipelineListModel::RawValueRole).toString(),
                 a.repositoryDir);
        QCOMPARE(model.index(0, PipelineListModel::ModifiedColumn).data(PipelineListModel::RawValueRole).toDateTime(),
                 a.modifiedAt);
        QCOMPARE(model.index(1, PipelineListModel::ModifiedColumn).data(PipelineListModel::IdRole).toLongLong(), qint64(8));
        QCOMPARE(model.index(0, 0).data(PipelineListModel::EntryFileRole).toString(),
                 QStringLiteral("/repos/mlops-sample/.pipelines/diabetes_regression-ci.yml"));
        QVERIFY(model.index(0, PipelineListModel::ModifiedColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("ayumi")));
        model.setPipelines({b});
        QCOMPARE(model.rowCount(), 1);
    }

    void usedByListsPipelines()
    {
        setUpSample();
        // Variable group editor: the three sample pipelines use devopsforai-aml-vg.
        QVERIFY(m_window->showPage(QLatin1String(MainWindow::kVariableGroupsKey)));
        VariableGroupEditor *groupEditor = m_window->variableGroupsPage()->editor();
        QSignalSpy usedBy(groupEditor, &VariableGroupEditor::usedByUpdated);
        QVERIFY(m_window->variableGroupsPage()->openGroupByName(QStringLiteral("devopsforai-aml-vg")));
        QVERIFY(usedBy.wait(10000));
        auto *label = child<QLabel>(groupEditor, "groupUsedByLabel");
        QVERIFY(label->isVisible());
        for (const char *name : {"Model-Train-Register-CI", "Model-Deploy-CD", "Infrastructure"})
            QVERIFY2(label->text().contains(QLatin1String(name)), qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(QStringLiteral("Model-Train-Register-CI — .pipelines/diabetes_regression-ci.yml:19")));

        // Service connection details: a pipeline whose task input names the connection.
        const QString yaml = QDir(m_repository).filePath(QStringLiteral(".pipelines/deploy-infra.yml"));
        {
            QFile file(yaml);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("steps:\n"
                       "  - task: AzureCLI@2\n"
                       "    inputs:\n"
                       "      azureSubscription: azure-rm-svc-connection\n"
                       "      scriptType: bash\n"
                       "      scriptLocation: inlineScript\n"
                       "      inlineScript: az group list\n");
        }
        QVERIFY(m_pipelines->create(QStringLiteral("Deploy-Infra"), m_repository, QStringLiteral(".pipelines/deploy-infra.yml")).ok());
        QVERIFY(m_window->showPage(QLatin1String(MainWindow::kServiceConnectionsKey)));
        ServiceConnectionsPage *connections = m_window->serviceConnectionsPage();
        const Result<library::ServiceConnection> rm = m_fx->connections()->findByName(QStringLiteral("azure-rm-svc-connection"));
        QVERIFY(rm.ok());
        QVERIFY(connections->selectConnection(rm->id));
        auto *list = child<QListWidget>(connections, "usedByList");
        QStringList lines;
        for (int i = 0; i < list->count(); ++i)
            lines.append(list->item(i)->text());
        QVERIFY2(lines.contains(QStringLiteral("Pipeline Deploy-Infra — task input azureSubscription at .pipelines/deploy-infra.yml:4")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        // The variable group that names it is still listed too.
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                            [](const QString &line) { return line.contains(QStringLiteral("devopsforai-aml-vg")); }));
    }
};

QTEST_MAIN(TestPipelinesPage)
#include "test_pipelinespage.moc"
