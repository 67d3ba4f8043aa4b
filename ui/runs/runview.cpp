#include "runview.h"

#include "core/agent/runsession.h"
#include "core/logs/logdocument.h"
#include "core/runs/processprobe.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"
#include "ui/runs/logview.h"
#include "ui/runs/logviewer.h"
#include "core/runs/artifactstore.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <csignal>

namespace mlops::ui {

namespace {

QMap<QString, QString> toStringMap(const QJsonObject &object)
{
    QMap<QString, QString> out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            out.insert(it.key(), value.toString());
        else if (value.isBool())
            out.insert(it.key(), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (value.isDouble())
            out.insert(it.key(), QString::number(value.toDouble()));
        else if (value.isArray())
            out.insert(it.key(), QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        else if (value.isObject())
            out.insert(it.key(), QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    return out;
}

}  // namespace

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
    header->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel run"), this);
    m_cancel->setObjectName(QStringLiteral("runCancelButton"));
    m_rerun = new QPushButton(tr("Re-run"), this);
    m_rerun->setObjectName(QStringLiteral("runRerunButton"));
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
    connect(m_rerun, &QPushButton::clicked, this, &RunView::rerun);
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
    m_cancel->setEnabled(hasRun && m_run.state == runs::RunState::InProgress && m_run.agentPid.has_value());
    m_rerun->setEnabled(hasRun && m_run.state == runs::RunState::Completed && m_run.pipelineId.has_value());
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
    refresh();
    if (m_run.state != runs::RunState::InProgress || !m_run.agentPid) {
        showMessage(tr("Run %1 is not in progress; there is nothing to cancel.").arg(m_run.id));
        return;
    }
    if (!runs::ProcessProbe::isAlive(*m_run.agentPid, m_run.agentStartTicks)) {
        showMessage(tr("The agent of run %1 (process %2) is no longer running.").arg(m_run.id).arg(*m_run.agentPid));
        return;
    }
    if (::kill(pid_t(*m_run.agentPid), SIGTERM) != 0) {
        showMessage(tr("Run %1 could not be canceled: process %2 did not accept the signal.")
                        .arg(m_run.id)
                        .arg(*m_run.agentPid));
        return;
    }
    showMessage(tr("Canceling run %1…").arg(m_run.id));
    m_cancel->setEnabled(false);
}

void RunView::rerun()
{
    if (!m_run.pipelineId) {
        showMessage(tr("Run %1 is not of a registered pipeline; it cannot be re-run here.").arg(m_run.id));
        return;
    }
    if (m_agentProgram.isEmpty()) {
        showMessage(tr("The agent program 'mlops' was not found; runs cannot be started."));
        return;
    }
    agent::RunRequest request;
    request.pipelineId = m_run.pipelineId;
    request.pipelineName = m_run.pipelineName;
    request.parameters = toStringMap(m_run.parameters);
    request.variables = toStringMap(m_run.variables);
    request.requestedBy = qEnvironmentVariable("USER");
    Result<runs::Run> queued = agent::RunSession::queue(m_workspace, request, m_agentProgram);
    if (!queued.ok()) {
        showMessage(tr("The run of %1 could not be queued: %2").arg(m_run.pipelineName, queued.error().message));
        return;
    }
    showMessage({});
    Q_EMIT runQueued(queued->id);
}

}  // namespace mlops::ui
