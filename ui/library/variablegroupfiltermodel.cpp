#include "variablegroupfiltermodel.h"

#include "variablegrouplistmodel.h"

namespace mlops::ui {

VariableGroupFilterModel::VariableGroupFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(VariableGroupListModel::RawRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

void VariableGroupFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_groups = qobject_cast<VariableGroupListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void VariableGroupFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool VariableGroupFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty() || m_groups == nullptr || sourceParent.isValid())
        return true;
    const library::VariableGroupSummary &row = m_groups->summary(sourceRow);
    return row.name.contains(m_search, Qt::CaseInsensitive) || row.description.contains(m_search, Qt::CaseInsensitive);
}

bool VariableGroupFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_groups == nullptr)
        return QSortFilterProxyModel::lessThan(left, right);
    const library::VariableGroupSummary &a = m_groups->summary(left.row());
    const library::VariableGroupSummary &b = m_groups->summary(right.row());
    switch (left.column()) {
    case VariableGroupListModel::NameColumn:
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    case VariableGroupListModel::DescriptionColumn:
        return a.description.compare(b.description, Qt::CaseInsensitive) < 0;
    case VariableGroupListModel::VariablesColumn:
        return a.variableCount < b.variableCount;
    case VariableGroupListModel::ModifiedColumn:
        return a.modifiedAt < b.modifiedAt;
    case VariableGroupListModel::ModifiedByColumn:
        return a.modifiedBy.compare(b.modifiedBy, Qt::CaseInsensitive) < 0;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

}  // namespace mlops::ui
