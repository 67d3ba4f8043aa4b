#pragma once
// PipelineListModel: the pipelines registered in a workspace as a table (Name, YAML
// file, Repository folder, Modified), for the Pipelines page.
//
// The model holds a copy of what PipelineService::list() returned; the page calls
// setPipelines() after every change. Pipelines are few per workspace (tens), so the whole
// list is held; the service has no paging API to fetch from.
//
// Roles: Qt::DisplayRole (text; Modified in the short local format), RawValueRole (the
// plain value: name, YAML path, repository folder, modifiedAt as QDateTime — proxies sort
// on it), IdRole (the pipeline id, every column), EntryFileRole (repository + YAML path,
// every column). Qt::ToolTipRole: the entry file on Name and YAML, the folder on
// Repository, time and author of the last change on Modified.
//
// Thread safety: GUI thread.

#include "core/pipeline/catalog/pipelinedefinition.h"

#include <QAbstractTableModel>
#include <QList>

namespace mlops::ui {

class PipelineListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, YamlColumn, RepositoryColumn, ModifiedColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, IdRole, EntryFileRole };

    explicit PipelineListModel(QObject *parent = nullptr);

    // Replaces the rows (a model reset).
    void setPipelines(QList<pipeline::PipelineDefinition> pipelines);
    // The pipeline on `row`, or nullptr when out of range. Valid until the next setPipelines().
    const pipeline::PipelineDefinition *pipelineAt(int row) const;
    // The row of the pipeline with `id`, or -1.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<pipeline::PipelineDefinition> m_pipelines;
};

}  // namespace mlops::ui
