#include "screenshotter.h"

#include "mainwindow.h"
#include "settingsdialog.h"
#include "ui/library/connectionwizard.h"
#include "ui/library/variablegroupcomparedialog.h"
#include "ui/library/variablegroupeditor.h"
#include "ui/library/variablegrouphistorymodel.h"
#include "ui/library/variablegrouphistoryview.h"
#include "ui/library/variablegrouplistmodel.h"
#include "ui/library/variablegroupspage.h"
#include "ui/pipelines/newpipelinedialog.h"
#include "ui/pipelines/pipelineeditorwidget.h"
#include "ui/pipelines/pipelinelistmodel.h"
#include "ui/pipelines/pipelinespage.h"
#include "ui/pipelines/pipelinevalidator.h"
#include "ui/pipelines/plangraphview.h"
#include "ui/pipelines/yamleditor.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runspage.h"
#include "ui/runs/runview.h"
#include "ui/runs/timelinemodel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QUndoStack>
#include <QTableView>
#include <QTreeView>
#include <QWidget>

namespace mlops::ui {

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Waits (at most 30 s) until the editor shows the result of its newest text.
bool waitForValidation(PipelineEditorWidget *editor)
{
    const QDeadlineTimer deadline(30000);
    while (editor->validator()->isRunning() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    settle();
    return !editor->validator()->isRunning();
}
}  // namespace

Screenshotter::Screenshotter(MainWindow *window, std::shared_ptr<library::ServiceConnectionService> connections,
                             QString directory)
    : m_window(window), m_connections(std::move(connections)), m_directory(std::move(directory))
{
}

Result<void> Screenshotter::grab(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path, "PNG"))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    m_written.append(path);
    return {};
}

Result<QStringList> Screenshotter::run(const QString &groupName, const QString &pipelineName)
{
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(m_directory));
    m_written.clear();
    m_window->resize(1360, 820);
    m_window->show();

    VariableGroupsPage *groups = m_window->variableGroupsPage();
    m_window->showPage(QLatin1String(MainWindow::kVariableGroupsKey));
    groups->reload();
    if (Result<void> r = grab(m_window, QStringLiteral("01-variable-groups")); !r)
        return r.error();

    bool opened = !groupName.isEmpty() && groups->openGroupByName(groupName);
    if (!opened && groups->listModel()->rowCount() > 0)
        opened = groups->openGroupByName(groups->listModel()->summary(0).name);
    if (opened) {
        groups->editor()->showVariablesTab();
        if (Result<void> r = grab(m_window, QStringLiteral("02-variable-group-editor")); !r)
            return r.error();
        groups->editor()->showHistoryTab();
        VariableGroupHistoryView *history = groups->editor()->historyView();
        const int versions = history->historyModel()->rowCount();
        if (versions >= 2) {
            history->selectRevisions({history->historyModel()->version(versions - 1).revision,
                                      history->historyModel()->version(0).revision});
        }
        if (Result<void> r = grab(m_window, QStringLiteral("03-variable-group-history")); !r)
            return r.error();
        groups->editor()->showVariablesTab();
    }

    groups->editor()->newGroup();
    groups->trigger(Page::Action::New);
    if (Result<void> r = grab(m_window, QStringLiteral("04-new-variable-group")); !r)
        return r.error();
    groups->editor()->revert();

    if (groups->listModel()->rowCount() >= 2) {
        const qint64 left = groups->listModel()->summary(0).id;
        const qint64 right = groups->listModel()->summary(1).id;
        VariableGroupCompareDialog *compare = groups->openCompare(left, right);
        if (Result<void> r = grab(compare, QStringLiteral("05-compare-variable-groups")); !r)
            return r.error();
        compare->close();
    }

    m_window->showPage(QLatin1String(MainWindow::kServiceConnectionsKey));
    if (Result<void> r = grab(m_window, QStringLiteral("06-service-connections")); !r)
        return r.error();

    {
        ConnectionWizard wizard(m_connections, m_window);
        wizard.resize(760, 560);
        const QList<std::pair<int, QString>> pages = {
            {ConnectionWizard::TypePageId, QStringLiteral("07-connection-wizard-type")},
            {ConnectionWizard::AuthenticationPageId, QStringLiteral("08-connection-wizard-authentication")},
            {ConnectionWizard::ScopePageId, QStringLiteral("09-connection-wizard-scope")},
            {ConnectionWizard::NamePageId, QStringLiteral("10-connection-wizard-name")},
        };
        for (const auto &[id, name] : pages) {
            wizard.setStartId(id);
            wizard.restart();
            wizard.show();
            if (Result<void> r = grab(&wizard, name); !r)
                return r.error();
        }
        wizard.hide();
    }

    {
        SettingsDialog settings(m_window);
        settings.show();
        if (Result<void> r = grab(&settings, QStringLiteral("11-settings")); !r)
            return r.error();
        settings.hide();
    }

    if (Result<void> r = grabPipelines(pipelineName); !r)
        return r.error();

    if (Result<void> r = grabRuns(); !r)
        return r.error();

    m_window->showPage(QLatin1String(MainWindow::kVariableGroupsKey));
    return m_written;
}

Result<void> Screenshotter::grabPipelines(const QString &pipelineName)
{
    PipelinesPage *page = m_window->pipelinesPage();
    m_window->showPage(QLatin1String(MainWindow::kPipelinesKey));
    page->reload();
    if (page->listModel()->rowCount() == 0)
        return {};
    bool opened = !pipelineName.isEmpty() && page->openPipelineByName(pipelineName);
    if (!opened)
        opened = page->openPipelineByName(page->listModel()->pipelineAt(0)->name);
    if (!opened)
        return {};
    PipelineEditorWidget *editor = page->editor();
    if (!waitForValidation(editor))
        return makeError(ErrorCode::Internal, QStringLiteral("the pipeline was not validated within 30 s"));

    // Graph: give the tabs the room the graph needs.
    if (auto *split = editor->findChild<QSplitter *>(QStringLiteral("pipelineEditorSplitter")))
        split->setSizes({260, 420});
    editor->tabs()->setCurrentIndex(2);
    settle();
    editor->graphView()->fitToView();
    if (Result<void> r = grab(m_window, QStringLiteral("12-pipeline-graph")); !r)
        return r;

    // Diagnostics: an unknown variable group typed into the buffer, shown, then undone.
    const QTextBlock block = editor->editor()->document()->find(QStringLiteral("- group: ")).block();
    if (block.isValid()) {
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor->editor()->setTextCursor(cursor);
        editor->editor()->insertPlainText(QStringLiteral("-prod"));
        editor->validateNow();
        waitForValidation(editor);
        editor->tabs()->setCurrentIndex(0);
        editor->editor()->centerCursor();
        if (Result<void> r = grab(m_window, QStringLiteral("13-pipeline-diagnostics")); !r)
            return r;
        while (editor->undoStack()->canUndo())
            editor->undoStack()->undo();
        waitForValidation(editor);
    }
    editor->tabs()->setCurrentIndex(2);

    NewPipelineDialog *dialog = page->openNewDialog();
    settle();
    if (Result<void> r = grab(dialog, QStringLiteral("14-new-pipeline")); !r)
        return r;
    dialog->reject();
    return {};
}

Result<void> Screenshotter::grabRuns()
{
    // The newest completed run of Infrastructure (else the newest run) with its last
    // step's log; the page shows its empty state when the workspace has no runs.
    RunsPage *page = m_window->runsPage();
    m_window->showPage(QLatin1String(MainWindow::kRunsKey));
    page->reload();
    RunListModel *model = page->listModel();
    int row = -1;
    for (int i = 0; i < model->rowCount() && row < 0; ++i) {
        const runs::Run run = model->runAt(i);
        if (run.state == runs::RunState::Completed && run.pipelineName == QLatin1String("Infrastructure"))
            row = i;
    }
    if (row < 0 && model->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        page->selectRun(model->runAt(row).id);
        RunView *view = page->runView();
        QString lastStep;
        for (const runs::TimelineRecord &record : view->timelineModel()->records()) {
            if (record.type == runs::RecordType::Step && !record.logPath.isEmpty())
                lastStep = record.id;
        }
        if (!lastStep.isEmpty())
            view->timelineView()->setCurrentIndex(view->timelineModel()->indexOf(lastStep));
        const QDeadlineTimer deadline(2000);
        while (!deadline.hasExpired())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return grab(m_window, QStringLiteral("15-runs"));
}

}  // namespace mlops::ui
