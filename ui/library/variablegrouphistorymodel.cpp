#include "variablegrouphistorymodel.h"

#include <QLocale>

#include <algorithm>

namespace mlops::ui {

VariableGroupHistoryModel::VariableGroupHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void VariableGroupHistoryModel::setVersions(const QList<library::VariableGroupVersion> &versions)
{
    beginResetModel();
    m_rows = versions;
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
}

QString VariableGroupHistoryModel::actionText(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Updated");
    if (action == QLatin1String("restore"))
        return tr("Restored");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("set"))
        return tr("Variable set");
    if (action == QLatin1String("unset"))
        return tr("Variable removed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    return action;
}

int VariableGroupHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariableGroupHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariableGroupHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const library::VariableGroupVersion &row = m_rows.at(index.row());
    if (role == AuditIdRole)
        return row.auditId;
    if (role == RawRole) {
        switch (index.column()) {
        case RevisionColumn:
            return row.revision;
        case ActionColumn:
            return row.action;
        case WhenColumn:
            return row.at;
        case WhoColumn:
            return row.osUser;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RevisionColumn:
            return tr("Version %1").arg(row.revision);
        case ActionColumn:
            return actionText(row.action);
        case WhenColumn:
            return QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return row.osUser;
        default:
            return {};
        }
    }
    return {};
}

QVariant VariableGroupHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RevisionColumn:
        return tr("Version");
    case ActionColumn:
        return tr("Change");
    case WhenColumn:
        return tr("Date");
    case WhoColumn:
        return tr("By");
    default:
        return {};
    }
}

}  // namespace mlops::ui
