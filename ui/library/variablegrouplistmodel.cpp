#include "variablegrouplistmodel.h"

#include <QLocale>

namespace mlops::ui {

VariableGroupListModel::VariableGroupListModel(QObject *parent) : QAbstractTableModel(parent) {}

void VariableGroupListModel::setSummaries(QList<library::VariableGroupSummary> summaries)
{
    beginResetModel();
    m_rows = std::move(summaries);
    endResetModel();
}

int VariableGroupListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int VariableGroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariableGroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariableGroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const library::VariableGroupSummary &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == RawRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case DescriptionColumn:
            return row.description;
        case VariablesColumn:
            return row.variableCount;
        case ModifiedColumn:
            return row.modifiedAt;
        case ModifiedByColumn:
            return row.modifiedBy;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case DescriptionColumn:
            return row.description;
        case VariablesColumn:
            if (row.secretCount > 0)
                return tr("%1 (%2 secret)").arg(row.variableCount).arg(row.secretCount);
            return QString::number(row.variableCount);
        case ModifiedColumn:
            return QLocale().toString(row.modifiedAt.toLocalTime(), QLocale::ShortFormat);
        case ModifiedByColumn:
            return row.modifiedBy;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn && !row.description.isEmpty())
        return row.description;
    if (role == Qt::TextAlignmentRole && index.column() == VariablesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VariableGroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case VariablesColumn:
        return tr("Variables");
    case ModifiedColumn:
        return tr("Date modified");
    case ModifiedByColumn:
        return tr("Modified by");
    default:
        return {};
    }
}

}  // namespace mlops::ui
