#include "modellistmodel.h"

#include "core/registry/modelregistry.h"

#include <QScopeGuard>

namespace mlops::ui {

ModelListModel::ModelListModel(std::shared_ptr<registry::ModelRegistry> registry, QObject *parent)
    : QAbstractTableModel(parent), m_registry(std::move(registry))
{
}

Result<void> ModelListModel::reload()
{
    registry::ModelQuery query;
    query.maxResults = m_pageSize;
    Result<registry::ModelPage> page = m_registry->listModels(query);
    if (!page)
        return page.error();
    beginResetModel();
    m_models = page->models;
    m_nextPageToken.clear();  // nothing to fetch while modelReset is emitted
    m_lastError.clear();
    endResetModel();
    m_nextPageToken = page->nextPageToken;
    return {};
}

bool ModelListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && !m_nextPageToken.isEmpty();
}

void ModelListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views and testers may ask for more while the rows below are being inserted.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    registry::ModelQuery query;
    query.maxResults = m_pageSize;
    query.pageToken = m_nextPageToken;
    Result<registry::ModelPage> page = m_registry->listModels(query);
    if (!page) {
        m_lastError = page.error().message;
        m_nextPageToken.clear();
        return;
    }
    m_nextPageToken = page->nextPageToken;
    if (page->models.isEmpty())
        return;
    const int first = int(m_models.size());
    beginInsertRows({}, first, first + int(page->models.size()) - 1);
    m_models << page->models;
    endInsertRows();
}

int ModelListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_models.size(); ++row) {
        if (m_models.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int ModelListModel::ensureListed(const QString &name)
{
    int row = rowOf(name);
    while (row < 0 && canFetchMore({}) && m_models.constLast().name.compare(name, Qt::CaseInsensitive) < 0) {
        fetchMore({});
        row = rowOf(name);
    }
    return row;
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
        case ProductionColumn:
            if (role == RawRole)
                return model.productionVersion;
            return model.productionVersion > 0 ? tr("v%1").arg(model.productionVersion) : QString();
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
    case ProductionColumn:
        return tr("Production");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

}  // namespace mlops::ui
