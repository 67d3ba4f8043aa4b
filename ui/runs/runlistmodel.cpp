#include "runlistmodel.h"

#include "core/runs/runstore.h"
#include "runstatus.h"

#include <QLocale>

#include <algorithm>

namespace mlops::ui {

RunListModel::RunListModel(std::shared_ptr<runs::RunStore> store, QObject *parent)
    : QAbstractTableModel(parent), m_store(std::move(store))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &RunListModel::refresh);
    reload();
}

void RunListModel::setPipelineFilter(const QString &pipelineName)
{
    if (pipelineName == m_pipeline)
        return;
    m_pipeline = pipelineName;
    reload();
}

void RunListModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 1000);
}

void RunListModel::reload()
{
    beginResetModel();
    m_runs.clear();
    m_nextBeforeId = 0;
    m_hasMore = false;  // views and testers may call fetchMore() while modelReset is emitted
    endResetModel();
    m_hasMore = true;
    fetchMore({});
}

void RunListModel::fail(const QString &message)
{
    m_error = message;
    Q_EMIT errorOccurred(message);
}

bool RunListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void RunListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore)
        return;
    runs::RunQuery query;
    query.pipelineName = m_pipeline;
    query.beforeId = m_nextBeforeId;
    query.limit = m_pageSize;
    Result<runs::RunPage> page = m_store->listRuns(query);
    if (!page.ok()) {
        m_hasMore = false;
        fail(page.error().message);
        return;
    }
    m_nextBeforeId = page->nextBeforeId;
    m_hasMore = page->nextBeforeId != 0;
    if (!page->runs.isEmpty()) {
        beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + page->runs.size() - 1));
        m_runs.append(page->runs);
        endInsertRows();
    }
    updateTimer();
}

void RunListModel::refresh()
{
    // Newer runs first: they go above the current first row.
    runs::RunQuery query;
    query.pipelineName = m_pipeline;
    query.limit = m_pageSize;
    Result<runs::RunPage> page = m_store->listRuns(query);
    if (!page.ok()) {
        fail(page.error().message);
        return;
    }
    const qint64 newestId = m_runs.isEmpty() ? 0 : m_runs.first().id;
    QList<runs::Run> newer;
    for (const runs::Run &run : page->runs) {
        if (run.id > newestId)
            newer.append(run);
    }
    if (m_runs.isEmpty() && !page->runs.isEmpty()) {
        // Nothing listed yet: behave like a fresh load (paging continues from here).
        m_nextBeforeId = page->nextBeforeId;
        m_hasMore = page->nextBeforeId != 0;
    }
    if (!newer.isEmpty()) {
        beginInsertRows({}, 0, int(newer.size() - 1));
        m_runs = newer + m_runs;
        endInsertRows();
    }
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).state == runs::RunState::Completed)
            continue;
        Result<runs::Run> current = m_store->run(m_runs.at(row).id);
        if (!current.ok()) {
            fail(current.error().message);
            continue;
        }
        m_runs[row] = *current;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    updateTimer();
}

void RunListModel::updateTimer()
{
    const bool unfinished = std::any_of(m_runs.cbegin(), m_runs.cend(), [](const runs::Run &run) {
        return run.state != runs::RunState::Completed;
    });
    if (unfinished && !m_timer.isActive())
        m_timer.start();
    else if (!unfinished)
        m_timer.stop();
}

int RunListModel::rowOfRun(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const runs::Run &run = m_runs.at(index.row());
    if (role == RunIdRole)
        return run.id;
    const qint64 duration = RunStatus::durationMs(run.startedAt, run.finishedAt);
    if (role == RawValueRole) {
        switch (index.column()) {
        case StatusColumn: return run.result ? runs::wireName(*run.result) : runs::wireName(run.state);
        case NumberColumn: return run.number;
        case PipelineColumn: return run.pipelineName;
        case ReasonColumn: return run.reason;
        case RequestedByColumn: return run.requestedBy;
        case StartedColumn: return run.startedAt;
        case DurationColumn: return duration;
        case TagsColumn: return run.tags;
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return RunStatus::icon(run.state, run.result);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !run.resultMessage.isEmpty())
        return run.resultMessage;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn: return RunStatus::text(run.state, run.result);
    case NumberColumn: return run.number.isEmpty() ? QString::number(run.id) : run.number;
    case PipelineColumn: return run.pipelineName;
    case ReasonColumn: return run.reason;
    case RequestedByColumn: return run.requestedBy;
    case StartedColumn:
        return run.startedAt.isValid() ? QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case DurationColumn: return RunStatus::formatDuration(duration);
    case TagsColumn: return run.tags.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn: return tr("Status");
    case NumberColumn: return tr("Run");
    case PipelineColumn: return tr("Pipeline");
    case ReasonColumn: return tr("Reason");
    case RequestedByColumn: return tr("Requested by");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case TagsColumn: return tr("Tags");
    default: return {};
    }
}

}  // namespace mlops::ui
