#include "runview.h"

#include "core/agent/rerunner.h"
#include "core/agent/runcanceller.h"
#include "core/logs/logdocument.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"
#include "ui/runs/logview.h"
#include "ui/runs/logviewer.h"
#include "core/runs/artifactstore.h"
#include "core/runs/coveragestore.h"
#include "core/runs/testresultstore.h"
#include "runartifactswidget.h"
#include "runsearchwidget.h"
#include "runtestswidget.h"
#include "runstatus.h"
#include "runsummarywidget.h"
#include "timelinemodel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mlops::ui {

RunView::RunView(std::shared_ptr<store::Workspace> workspace, std::shared_ptr<runs::RunStore> store, QWidget *parent)
    : QWidget(parent), m_workspace(std::move(workspace)), m_store(std::move(store))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    const auto makeLabel = [this, header](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        header->addWidget(label);
        return label;
    };
    m_pipeline = makeLabel("runHeaderPipeline");
    QFont bold = m_pipeline->font();
    bold.setBold(true);
    m_pipeline->setFont(bold);
    m_number = makeLabel("runHeaderNumber");
    m_result = makeLabel("runHeaderResult");
    m_duration = makeLabel("runHeaderDuration");
    m_tags = makeLabel("runHeaderTags");
    m_rerunOf = makeLabel("runHeaderRerunOf");
    header->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel run"), this);
    m_cancel->setObjectName(QStringLiteral("runCancelButton"));
    m_rerun = new QToolButton(this);
    m_rerun->setObjectName(QStringLiteral("runRerunButton"));
    m_rerun->setPopupMode(QToolButton::MenuButtonPopup);
    m_rerun->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *rerunMenu = new QMenu(m_rerun);
    m_rerunAll = rerunMenu->addAction(tr("Re-run all jobs"));
    m_rerunAll->setObjectName(QStringLiteral("runRerunAllAction"));
    m_rerunFailed = rerunMenu->addAction(tr("Re-run failed jobs"));
    m_rerunFailed->setObjectName(QStringLiteral("runRerunFailedAction"));
    m_rerunFailed->setToolTip(tr("Runs only the jobs that did not succeed; the others keep their results, outputs and artifacts"));
    m_rerun->setMenu(rerunMenu);
    m_rerun->setDefaultAction(m_rerunAll);
    m_rerun->setText(tr("Re-run"));
    header->addWidget(m_cancel);
    header->addWidget(m_rerun);
    layout->addLayout(header);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("runMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->setObjectName(QStringLiteral("runTabs"));
    auto *splitter = new QSplitter(Qt::Horizontal, tabs);
    m_timeline = new TimelineModel(this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("runTimeline"));
    m_tree->setModel(m_timeline);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TimelineModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TimelineModel::DurationColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TimelineModel::IssuesColumn, QHeaderView::ResizeToContents);
    m_log = new LogViewer(splitter);
    m_log->setObjectName(QStringLiteral("runLogViewer"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 720});  // room for step names next to the log
    tabs->addTab(splitter, tr("Timeline and logs"));
    m_artifacts = new RunArtifactsWidget(std::make_shared<runs::ArtifactStore>(m_workspace), tabs);
    m_artifacts->setObjectName(QStringLiteral("runArtifacts"));
    tabs->addTab(m_artifacts, tr("Artifacts"));
    m_summary = new RunSummaryWidget(tabs);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    tabs->addTab(m_summary, tr("Summary"));
    m_tests = new RunTestsWidget(std::make_shared<runs::TestResultStore>(m_workspace), tabs);
    m_tests->setObjectName(QStringLiteral("runTests"));
    tabs->addTab(m_tests, tr("Tests"));
    m_search = new RunSearchWidget(tabs);
    m_search->setObjectName(QStringLiteral("runSearch"));
    tabs->addTab(m_search, tr("Search logs"));
    connect(m_search, &RunSearchWidget::resultActivated, this,
            [this](const QString &recordId, qint64 lineNumber) { showLogLine(recordId, lineNumber); });
    connect(m_log->document(), &logs::LogDocument::lineCountChanged, this, &RunView::goToPendingLine);
    connect(m_log->document(), &logs::LogDocument::indexingFinished, this, [this] {
        // The whole log is indexed: a line past its end goes to the last line.
        if (m_pendingLine > 0 && m_log->document()->isOpen()) {
            const qint64 line = m_pendingLine;
            m_pendingLine = 0;
            m_log->goToLine(line);
        }
    });
    layout->addWidget(tabs, 1);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &RunView::refresh);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRecord(current); });
    connect(m_timeline, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_cancel, &QPushButton::clicked, this, &RunView::cancelRun);
    connect(m_rerunAll, &QAction::triggered, this, &RunView::rerun);
    connect(m_rerunFailed, &QAction::triggered, this, &RunView::rerunFailedJobs);
    updateHeader();
}

void RunView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RunView::setRun(qint64 runId)
{
    m_timer.stop();
    m_run = runs::Run{};
    m_run.id = runId;
    m_shownRecord.clear();
    m_log->closeLog();
    m_timeline->clear();
    m_summary->clear();
    m_search->clear();
    m_pendingLine = 0;
    showMessage({});
    m_artifacts->setRun(runId);
    m_tests->setRun(runId);
    if (runId > 0)
        refresh();
    else
        updateHeader();
}

void RunView::refresh()
{
    if (m_run.id <= 0)
        return;
    Result<runs::RunDetails> details = m_store->runDetails(m_run.id);
    if (!details.ok()) {
        m_timer.stop();
        showMessage(tr("Run %1 cannot be read: %2").arg(m_run.id).arg(details.error().message));
        return;
    }
    const bool justCompleted = m_run.state != runs::RunState::Completed && details->run.state == runs::RunState::Completed;
    m_run = details->run;
    m_summary->setRun(*details);
    if (Result<std::optional<runs::CoverageSummary>> coverage = runs::CoverageStore(m_workspace).summary(m_run.id); coverage.ok())
        m_summary->setCoverage(*coverage);
    if (justCompleted) {
        m_artifacts->setRun(m_run.id);  // artifacts and test results are published while the run goes on
        m_tests->reload();
    }
    const QString shown = m_shownRecord;
    m_timeline->setTimeline(details->timeline);
    m_search->setRecords(m_workspace->directory(), details->timeline);
    if (!shown.isEmpty() && m_tree->currentIndex().data(TimelineModel::RecordIdRole).toString() != shown) {
        // New records rebuilt the tree: select the shown step again.
        const QModelIndex again = m_timeline->indexOf(shown);
        if (again.isValid())
            m_tree->setCurrentIndex(again);
    }
    if (m_run.state == runs::RunState::Completed)
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
    updateHeader();

    // The shown step completed since the last refresh: read its last lines, stop following.
    if (!m_shownRecord.isEmpty() && !m_shownRecordCompleted) {
        const QModelIndex index = m_timeline->indexOf(m_shownRecord);
        const runs::TimelineRecord record = m_timeline->record(index);
        if (record.state == runs::RunState::Completed) {
            m_shownRecordCompleted = true;
            if (m_log->document()) {
                m_log->document()->checkForGrowth();
                m_log->document()->setWatching(false);
            }
        } else if (!m_log->document() || !m_log->document()->isOpen()) {
            showRecord(index);  // the log file did not exist yet when selected
        }
    }
    Q_EMIT runChanged(m_run);
}

void RunView::updateHeader()
{
    const bool hasRun = m_run.id > 0 && !m_run.pipelineName.isEmpty();
    m_pipeline->setText(hasRun ? m_run.pipelineName : tr("No run selected"));
    m_number->setText(hasRun ? tr("Run %1").arg(m_run.number.isEmpty() ? QString::number(m_run.id) : m_run.number)
                             : QString());
    m_result->setText(hasRun ? RunStatus::text(m_run.state, m_run.result) : QString());
    if (hasRun && !m_run.resultMessage.isEmpty())
        m_result->setToolTip(m_run.resultMessage);
    else
        m_result->setToolTip({});
    const qint64 ms = hasRun ? RunStatus::durationMs(m_run.startedAt, m_run.finishedAt) : -1;
    m_duration->setText(ms >= 0 ? tr("Duration %1").arg(RunStatus::formatDuration(ms)) : QString());
    m_tags->setText(hasRun && !m_run.tags.isEmpty() ? tr("Tags: %1").arg(m_run.tags.join(QStringLiteral(", "))) : QString());
    if (hasRun && m_run.launch.rerunOf > 0)
        m_rerunOf->setText(m_run.launch.failedJobsOnly ? tr("Re-run of #%1 (failed jobs)").arg(m_run.launch.rerunOf)
                                                       : tr("Re-run of #%1 (all jobs)").arg(m_run.launch.rerunOf));
    else
        m_rerunOf->clear();
    m_cancel->setEnabled(hasRun && m_run.state != runs::RunState::Completed);
    const bool completed = hasRun && m_run.state == runs::RunState::Completed;
    m_rerunAll->setEnabled(completed);
    m_rerunFailed->setEnabled(completed && agent::Rerunner::canRerunFailedJobs(m_run));
    m_rerun->setEnabled(completed);
    m_rerun->setText(tr("Re-run"));  // the default action's text would replace it
}

void RunView::showRecord(const QModelIndex &index)
{
    const runs::TimelineRecord record = m_timeline->record(index);
    m_shownRecord = record.id;
    m_pendingLine = 0;
    m_shownRecordCompleted = record.state == runs::RunState::Completed;
    if (record.logPath.isEmpty()) {
        m_log->closeLog();
        return;
    }
    const QString path = QDir(m_workspace->directory()).filePath(record.logPath);
    // A failure (no log file yet) is shown by the viewer itself; refresh() retries.
    (void)m_log->openFile(path);
    if (m_log->document() && m_log->document()->isOpen()) {
        m_log->document()->setWatching(!m_shownRecordCompleted);
        m_log->view()->setFollow(!m_shownRecordCompleted);
    }
}

bool RunView::showLogLine(const QString &recordId, qint64 lineNumber)
{
    const QModelIndex index = m_timeline->indexOf(recordId);
    if (!index.isValid())
        return false;
    m_tabs->setCurrentIndex(0);
    if (m_tree->currentIndex() != index)
        m_tree->setCurrentIndex(index);  // opens the step's log (showRecord)
    else if (m_shownRecord != recordId)
        showRecord(index);
    m_log->view()->setFollow(false);
    m_pendingLine = lineNumber;
    goToPendingLine();
    return true;
}

void RunView::goToPendingLine()
{
    logs::LogDocument *doc = m_log->document();
    if (m_pendingLine <= 0 || !doc || !doc->isOpen() || doc->lineCount() < m_pendingLine)
        return;
    const qint64 line = m_pendingLine;
    m_pendingLine = 0;
    m_log->goToLine(line);
}

void RunView::cancelRun()
{
    Result<agent::CancelOutcome> canceled = agent::RunCanceller::cancel(m_workspace, m_run.id);
    if (!canceled.ok()) {
        refresh();
        showMessage(tr("Run %1 could not be canceled: %2").arg(m_run.id).arg(canceled.error().message));
        return;
    }
    if (canceled->kind == agent::CancelOutcome::Kind::CanceledWhileQueued) {
        showMessage(tr("Run %1 was canceled before an agent took it.").arg(m_run.id));
        refresh();
        return;
    }
    showMessage(tr("Canceling run %1…").arg(m_run.id));
    m_cancel->setEnabled(false);
}

void RunView::rerun() { queueRerun(false); }

void RunView::rerunFailedJobs() { queueRerun(true); }

void RunView::queueRerun(bool failedJobsOnly)
{
    if (m_agentProgram.isEmpty()) {
        showMessage(tr("The agent program 'mlops' was not found; runs cannot be started."));
        return;
    }
    Result<runs::Run> queued =
        agent::Rerunner::queue(m_workspace, m_run.id, failedJobsOnly ? agent::RerunScope::FailedJobs : agent::RerunScope::AllJobs,
                               m_agentProgram, qEnvironmentVariable("USER"));
    if (!queued.ok()) {
        showMessage(tr("Run %1 could not be re-run: %2").arg(m_run.id).arg(queued.error().message));
        return;
    }
    showMessage({});
    Q_EMIT runQueued(queued->id);
}

}  // namespace mlops::ui
