#include "modellistmodel.h"

#include "core/registry/modelregistry.h"

namespace mlops::ui {

ModelListModel::ModelListModel(std::shared_ptr<registry::ModelRegistry> registry, QObject *parent)
    : QAbstractTableModel(parent), m_registry(std::move(registry))
{
}

Result<void> ModelListModel::reload()
{
    Result<QList<registry::RegisteredModel>> models = m_registry->models();
    if (!models)
        return models.error();
    beginResetModel();
    m_models = *models;
    endResetModel();
    return {};
}

int ModelListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_models.size(); ++row) {
        if (m_models.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const registry::RegisteredModel &model = m_models.at(index.row());
    if (role == Qt::DisplayRole || role == RawRole) {
        switch (index.column()) {
        case NameColumn:
            return model.name;
        case LatestColumn:
            if (role == RawRole)
                return model.latestVersion;
            return model.latestVersion > 0 ? tr("v%1").arg(model.latestVersion) : QString();
        case DescriptionColumn:
            return model.description;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return model.description.isEmpty() ? model.name : model.description;
    return {};
}

QVariant ModelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Model");
    case LatestColumn:
        return tr("Latest");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

}  // namespace mlops::ui
