#include "mainwindow.h"

#include "core/pipeline/catalog/pipelineservice.h"
#include "core/registry/modelregistry.h"
#include "core/store/workspace.h"
#include "navigationpane.h"
#include "settingsdialog.h"
#include "ui/common/page.h"
#include "ui/common/settings.h"
#include "ui/common/uiresources.h"
#include "ui/library/serviceconnectionspage.h"
#include "ui/library/variablegroupeditor.h"
#include "ui/library/variablegroupspage.h"
#include "ui/pipelines/pipelineeditorwidget.h"
#include "ui/pipelines/pipelinespage.h"
#include "ui/registry/modelspage.h"
#include "ui/runs/runagentlocator.h"
#include "ui/runs/rundialog.h"
#include "ui/runs/runspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace mlops::ui {

MainWindow::MainWindow(std::shared_ptr<store::Workspace> workspace, std::shared_ptr<library::VariableGroupService> groups,
                       std::shared_ptr<library::ServiceConnectionService> connections,
                       std::shared_ptr<pipeline::PipelineService> pipelines, QWidget *parent)
    : QMainWindow(parent), m_workspace(std::move(workspace)), m_navigation(new NavigationPane(this)),
      m_pages(new QStackedWidget(this)), m_workspaceLabel(new QLabel(this)), m_undoGroup(new QUndoGroup(this))
{
    ensureUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MLOps Workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mlops-workbench.png")));
    m_pages->setObjectName(QStringLiteral("pageStack"));

    if (!pipelines)
        pipelines = std::make_shared<pipeline::PipelineService>(m_workspace);
    m_pipelines = new PipelinesPage(pipelines, groups, m_pages);
    m_variableGroups = new VariableGroupsPage(groups, m_pages, pipelines);
    m_serviceConnections = new ServiceConnectionsPage(connections, groups, m_pages, pipelines);
    // The navigation names the pages as the portal does: Pipelines › Pipelines, Pipelines ›
    // Library, Project settings › Service connections.
    addPage(tr("Pipelines"), QLatin1String(kPipelinesKey), m_pipelines);
    m_runs = new RunsPage(m_workspace, {}, m_pages);
    addPage(tr("Pipelines"), QLatin1String(kRunsKey), m_runs);
    connect(m_pipelines, &PipelinesPage::runRequested, this, &MainWindow::openRunDialog);
    addPage(tr("Pipelines"), QLatin1String(kVariableGroupsKey), m_variableGroups, tr("Library"));
    addPage(tr("Project settings"), QLatin1String(kServiceConnectionsKey), m_serviceConnections);
    m_models = new ModelsPage(std::make_shared<registry::ModelRegistry>(m_workspace), m_pages);
    addPage(tr("Models"), QLatin1String(kModelsKey), m_models);
    connect(m_models, &ModelsPage::runActivated, this, [this](qint64 runId) {
        showPage(QLatin1String(kRunsKey));
        m_runs->selectRun(runId);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("shellSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({210, 1000});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace->directory())));
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(m_workspace->databasePath()));
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();
    connect(m_navigation, &NavigationPane::pageSelected, this, [this](const QString &key) { showPage(key); });

    resize(1280, 800);
    restoreGeometry(Settings::mainWindowGeometry().get());
    restoreState(Settings::mainWindowState().get());
    if (!showPage(Settings::currentPage().get()))
        showPage(QLatin1String(kVariableGroupsKey));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &area, const QString &key, Page *page, const QString &navigationTitle)
{
    m_pages->addWidget(page);
    m_pageByKey.insert(key, page);
    m_navigation->addPage(area, key, navigationTitle.isEmpty() ? page->title() : navigationTitle);
    if (QUndoStack *stack = page->undoStack())
        m_undoGroup->addStack(stack);
    connect(page, &Page::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(page, &Page::actionsChanged, this, &MainWindow::updateActions);
}

void MainWindow::setAgentProgram(const QString &program)
{
    m_runs->setAgentProgram(program);
}

QDialog *MainWindow::openRunDialog(qint64 pipelineId)
{
    Result<pipeline::PipelineDefinition> definition = m_pipelines->pipelineService()->get(pipelineId);
    if (!definition.ok()) {
        QMessageBox::warning(this, tr("Run pipeline"), definition.error().message);
        return nullptr;
    }
    Result<QString> agent = RunAgentLocator::locate(m_runs->agentProgram());
    if (!agent.ok()) {
        QMessageBox::warning(this, tr("Run pipeline"), agent.error().message);
        return nullptr;
    }
    auto *dialog = new RunDialog(m_workspace, *definition, *agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 runId = dialog->queuedRunId();
        showPage(QLatin1String(kRunsKey));
        m_runs->selectRun(runId);
    });
    dialog->open();
    return dialog;
}

bool MainWindow::showPage(const QString &key)
{
    Page *page = m_pageByKey.value(key);
    if (page == nullptr)
        return false;
    m_pages->setCurrentWidget(page);
    {
        const QSignalBlocker block(m_navigation);
        m_navigation->selectPage(key);
    }
    Settings::currentPage().set(key);
    setWindowTitle(tr("%1 – MLOps Workbench").arg(page->title()));
    updateActions();
    return true;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pages->currentWidget());
}

void MainWindow::createActions()
{
    auto makeAction = [this](const QString &text, const QKeySequence &shortcut, const QString &objectName) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setObjectName(objectName);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    m_newAction = makeAction(tr("&New"), QKeySequence::New, QStringLiteral("actionNew"));
    m_findAction = makeAction(tr("&Find"), QKeySequence::Find, QStringLiteral("actionFind"));
    m_deleteAction = makeAction(tr("&Delete"), QKeySequence::Delete, QStringLiteral("actionDelete"));
    m_saveAction = makeAction(tr("&Save"), QKeySequence::Save, QStringLiteral("actionSave"));
    connect(m_newAction, &QAction::triggered, this, [this] { trigger(int(Page::Action::New)); });
    connect(m_findAction, &QAction::triggered, this, [this] { trigger(int(Page::Action::Find)); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { trigger(int(Page::Action::Delete)); });
    connect(m_saveAction, &QAction::triggered, this, [this] { trigger(int(Page::Action::Save)); });

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("actionRedo"));
    addAction(undo);
    addAction(redo);

    auto *settings = new QAction(tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *about = new QAction(tr("&About MLOps Workbench"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About MLOps Workbench"),
                           tr("<b>MLOps Workbench</b> %1<br>The Azure DevOps and Azure Machine Learning loop, offline "
                              "on a local workspace.").arg(QApplication::applicationVersion()));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_deleteAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);
}

void MainWindow::trigger(int action)
{
    Page *page = currentPage();
    if (page == nullptr || !page->supports(Page::Action(action)))
        return;
    page->trigger(Page::Action(action));
    updateActions();
}

void MainWindow::updateActions()
{
    Page *page = currentPage();
    const auto supports = [page](Page::Action action) { return page != nullptr && page->supports(action); };
    // New and Find stay enabled when the page supports them; Delete and Save follow the
    // page's state. Disabled QActions ignore their shortcut, so the keys do nothing then.
    m_newAction->setEnabled(supports(Page::Action::New));
    m_findAction->setEnabled(supports(Page::Action::Find));
    m_deleteAction->setEnabled(supports(Page::Action::Delete));
    m_saveAction->setEnabled(supports(Page::Action::Save));
    QUndoStack *stack = page != nullptr ? page->undoStack() : nullptr;
    if (stack != nullptr && !m_undoGroup->stacks().contains(stack))
        m_undoGroup->addStack(stack);
    m_undoGroup->setActiveStack(stack);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Settings saved. A new language is used after a restart."), 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_variableGroups->editor()->isModified()) {
        showPage(QLatin1String(kVariableGroupsKey));
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                                  tr("The variable group %1 has unsaved changes. Save them before closing?")
                                                      .arg(m_variableGroups->editor()->groupName()),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_variableGroups->editor()->save())) {
            event->ignore();
            return;
        }
    }
    if (!m_pipelines->editor()->filePath().isEmpty() && m_pipelines->editor()->isModified()) {
        showPage(QLatin1String(kPipelinesKey));
        if (!m_pipelines->confirmLeave()) {
            event->ignore();
            return;
        }
    }
    Settings::mainWindowGeometry().set(saveGeometry());
    Settings::mainWindowState().set(saveState());
    QMainWindow::closeEvent(event);
}

}  // namespace mlops::ui
