#include "pipelinelistmodel.h"

#include <QDir>
#include <QLocale>

namespace mlops::ui {

PipelineListModel::PipelineListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PipelineListModel::setPipelines(QList<pipeline::PipelineDefinition> pipelines)
{
    beginResetModel();
    m_pipelines = std::move(pipelines);
    endResetModel();
}

const pipeline::PipelineDefinition *PipelineListModel::pipelineAt(int row) const
{
    if (row < 0 || row >= m_pipelines.size())
        return nullptr;
    return &m_pipelines.at(row);
}

int PipelineListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_pipelines.size(); ++row) {
        if (m_pipelines.at(row).id == id)
            return row;
    }
    return -1;
}

int PipelineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipelines.size());
}

int PipelineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pipeline::PipelineDefinition &p = m_pipelines.at(index.row());
    switch (role) {
    case IdRole:
        return p.id;
    case EntryFileRole:
        return p.entryFile();
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case YamlColumn:
            return p.yamlPath;
        case RepositoryColumn:
            return p.repositoryDir;
        case ModifiedColumn:
            return p.modifiedAt;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case YamlColumn:
            return p.yamlPath;
        case RepositoryColumn:
            return QDir::toNativeSeparators(p.repositoryDir);
        case ModifiedColumn:
            return QLocale().toString(p.modifiedAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
        case YamlColumn:
            return QDir::toNativeSeparators(p.entryFile());
        case RepositoryColumn:
            return QDir::toNativeSeparators(p.repositoryDir);
        case ModifiedColumn:
            return p.modifiedBy.isEmpty()
                       ? QLocale().toString(p.modifiedAt.toLocalTime(), QLocale::LongFormat)
                       : tr("%1 by %2").arg(QLocale().toString(p.modifiedAt.toLocalTime(), QLocale::LongFormat),
                                            p.modifiedBy);
        }
        return {};
    default:
        return {};
    }
}

QVariant PipelineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case YamlColumn:
        return tr("YAML file");
    case RepositoryColumn:
        return tr("Repository folder");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

}  // namespace mlops::ui
