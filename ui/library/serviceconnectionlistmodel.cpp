#include "serviceconnectionlistmodel.h"

#include "serviceconnectiontext.h"

#include <QLocale>

namespace mlops::ui {

using library::ConnectionType;
using library::ServiceConnection;

ServiceConnectionListModel::ServiceConnectionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServiceConnectionListModel::setConnections(QList<ServiceConnection> connections)
{
    beginResetModel();
    m_connections = std::move(connections);
    endResetModel();
}

const ServiceConnection *ServiceConnectionListModel::connectionAt(int row) const
{
    if (row < 0 || row >= m_connections.size())
        return nullptr;
    return &m_connections.at(row);
}

int ServiceConnectionListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_connections.size(); ++row) {
        if (m_connections.at(row).id == id)
            return row;
    }
    return -1;
}

int ServiceConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ServiceConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ServiceConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceConnection &connection = m_connections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(connection, index.column());
    case RawValueRole:
        return rawValue(connection, index.column());
    case IdRole:
        return connection.id;
    case SearchTextRole:
        if (index.column() != NameColumn)
            return {};
        return QStringList{connection.name, connection.description, ServiceConnectionText::typeLabel(connection.type),
                           connection.type == ConnectionType::AzureResourceManager
                               ? ServiceConnectionText::scopeLabel(connection.scopeLevel)
                               : QString(),
                           ServiceConnectionText::target(connection)}
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !connection.description.isEmpty())
            return connection.description;
        if (index.column() == TargetColumn)
            return ServiceConnectionText::target(connection);
        if (index.column() == ModifiedColumn && connection.modifiedAt.isValid()) {
            const QString when = QLocale().toString(connection.modifiedAt.toLocalTime(), QLocale::LongFormat);
            return connection.modifiedBy.isEmpty() ? when : tr("%1 by %2").arg(when, connection.modifiedBy);
        }
        return {};
    default:
        return {};
    }
}

QVariant ServiceConnectionListModel::displayValue(const ServiceConnection &connection, int column) const
{
    switch (column) {
    case NameColumn:
        return connection.name;
    case TypeColumn:
        return ServiceConnectionText::typeLabel(connection.type);
    case ScopeColumn:
        if (connection.type != ConnectionType::AzureResourceManager)
            return QString();
        return ServiceConnectionText::scopeLabel(connection.scopeLevel);
    case TargetColumn:
        return ServiceConnectionText::target(connection);
    case ModifiedColumn:
        return QLocale().toString(connection.modifiedAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ServiceConnectionListModel::rawValue(const ServiceConnection &connection, int column) const
{
    switch (column) {
    case NameColumn:
        return connection.name;
    case TypeColumn:
        return library::connectionTypeName(connection.type);
    case ScopeColumn:
        if (connection.type != ConnectionType::AzureResourceManager)
            return QString();
        return library::scopeLevelName(connection.scopeLevel);
    case TargetColumn:
        return ServiceConnectionText::target(connection);
    case ModifiedColumn:
        return connection.modifiedAt;
    default:
        return {};
    }
}

QVariant ServiceConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ScopeColumn:
        return tr("Scope");
    case TargetColumn:
        return tr("Target");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

}  // namespace mlops::ui
