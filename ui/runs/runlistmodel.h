#pragma once
// RunListModel: the runs of the workspace as a table, newest first, read page by page
// from RunStore::listRuns (canFetchMore/fetchMore: views fetch the next page as the user
// scrolls). While any listed run is pending or in progress a 1 s timer re-reads those
// rows (and picks up newer runs at the top); it stops when none is.
//
// Columns: status (icon + text), number, pipeline, reason, requested by, started,
// duration, tags (##vso[build.addbuildtag], comma-separated). RawValueRole gives the raw
// value of a cell (state/result wire name, start time as QDateTime, duration in ms, tags
// as a QStringList, …); RunIdRole the run id on every column.
//
// Failure: a store error leaves the rows as they were and sets lastError() (emitted as
// errorOccurred). The store is shared and must outlive the model. GUI thread only.

#include "core/runs/runtypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <memory>

namespace mlops::runs {
class RunStore;
}

namespace mlops::ui {

class RunListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusColumn, NumberColumn, PipelineColumn, ReasonColumn, RequestedByColumn, StartedColumn,
                  DurationColumn, TagsColumn, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, RawValueRole };

    explicit RunListModel(std::shared_ptr<runs::RunStore> store, QObject *parent = nullptr);

    // Only runs of this pipeline (case-insensitive); empty = all. Reloads.
    void setPipelineFilter(const QString &pipelineName);
    QString pipelineFilter() const { return m_pipeline; }
    void setPageSize(int size);
    // Drops the rows and reads the first page again.
    void reload();
    // Re-reads unfinished rows and inserts runs newer than the first row.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The run of `row` (0 <= row < rowCount()); the row of a run id, or -1.
    runs::Run runAt(int row) const { return m_runs.at(row); }
    int rowOfRun(qint64 runId) const;
    QString lastError() const { return m_error; }
    bool isRefreshing() const { return m_timer.isActive(); }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void updateTimer();
    void fail(const QString &message);

    std::shared_ptr<runs::RunStore> m_store;
    QList<runs::Run> m_runs;
    QString m_pipeline;
    QString m_error;
    qint64 m_nextBeforeId = 0;
    bool m_hasMore = true;
    int m_pageSize = 50;
    QTimer m_timer;
};

}  // namespace mlops::ui
