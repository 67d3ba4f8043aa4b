#include "runspage.h"

#include "core/pipeline/catalog/pipelineservice.h"
#include "core/runs/runstore.h"
#include "ui/common/emptystate.h"
#include "runagentlocator.h"
#include "runlistmodel.h"
#include "runview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mlops::ui {

RunsPage::RunsPage(std::shared_ptr<store::Workspace> workspace, const QString &agentProgram, QWidget *parent)
    : Page(parent), m_workspace(std::move(workspace)), m_store(std::make_shared<runs::RunStore>(m_workspace))
{
    setObjectName(QStringLiteral("runsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Pipeline:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("runPipelineFilter"));
    m_filter->setMinimumContentsLength(24);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_model = new RunListModel(m_store, this);
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(m_stack);
    m_empty->setObjectName(QStringLiteral("runsEmptyState"));
    m_empty->setTitle(tr("No runs yet. Open a pipeline and press Run."));

    auto *splitter = new QSplitter(Qt::Vertical, m_stack);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("runList"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_view = new RunView(m_workspace, m_store, splitter);
    m_view->setObjectName(QStringLiteral("runView"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    setAgentProgram(agentProgram);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_model->setPipelineFilter(m_filter->itemData(index).toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunsPage::updateEmptyState);
    connect(m_model, &RunListModel::errorOccurred, this, &Page::statusMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPage::showSelected);
    connect(m_view, &RunView::runQueued, this, [this](qint64 runId) { selectRun(runId); });

    reloadPipelineNames();
    updateEmptyState();
}

RunsPage::~RunsPage() = default;

QString RunsPage::title() const
{
    return tr("Runs");
}

bool RunsPage::supports(Action) const
{
    return false;
}

void RunsPage::trigger(Action) {}

void RunsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    reloadPipelineNames();
    m_model->refresh();
}

void RunsPage::setAgentProgram(const QString &program)
{
    Result<QString> located = RunAgentLocator::locate(program);
    m_agentProgram = located.ok() ? *located : QString();
    m_view->setAgentProgram(m_agentProgram);
}

void RunsPage::reloadPipelineNames()
{
    const QString current = m_filter->currentData().toString();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All pipelines"), QString());
    pipeline::PipelineService pipelines(m_workspace);
    Result<QList<pipeline::PipelineDefinition>> list = pipelines.list();
    if (list.ok()) {
        for (const pipeline::PipelineDefinition &definition : *list)
            m_filter->addItem(definition.name, definition.name);
    } else {
        Q_EMIT statusMessage(tr("The pipelines cannot be listed: %1").arg(list.error().message));
    }
    const int index = m_filter->findData(current);
    m_filter->setCurrentIndex(index >= 0 ? index : 0);
}

void RunsPage::setPipelineFilter(const QString &pipelineName)
{
    int index = m_filter->findData(pipelineName);
    if (index < 0 && !pipelineName.isEmpty()) {
        m_filter->addItem(pipelineName, pipelineName);
        index = m_filter->count() - 1;
    }
    m_filter->setCurrentIndex(std::max(index, 0));
}

void RunsPage::reload()
{
    const qint64 selected = m_view->runId();
    reloadPipelineNames();
    m_model->reload();
    if (selected > 0)
        selectRun(selected);
}

bool RunsPage::selectRun(qint64 runId)
{
    int row = m_model->rowOfRun(runId);
    if (row < 0) {
        m_model->refresh();
        row = m_model->rowOfRun(runId);
    }
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfRun(runId);
    }
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, RunListModel::StatusColumn));
    m_table->scrollTo(m_model->index(row, RunListModel::StatusColumn));
    return true;
}

void RunsPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 runId = current.isValid() ? current.data(RunListModel::RunIdRole).toLongLong() : 0;
    if (runId != m_view->runId())
        m_view->setRun(runId);
}

void RunsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && m_model->pipelineFilter().isEmpty();
    m_stack->setCurrentIndex(empty ? 0 : 1);
}

}  // namespace mlops::ui
