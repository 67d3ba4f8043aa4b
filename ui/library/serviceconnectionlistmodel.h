#pragma once
// ServiceConnectionListModel: the service connections of a workspace as a table
// (Name, Type, Scope, Target, Modified), for the Service connections page.
//
// The model holds a copy of what ServiceConnectionService::list() returned (secrets are
// never part of it: list() returns them empty); the page calls setConnections() after
// every change. Service connections are few per workspace (tens), so the whole list is
// held; there is no paging API to fetch from.
//
// Roles: Qt::DisplayRole (translated text), RawValueRole (the plain value of the cell:
// name, connectionTypeName(), scopeLevelName() or "" for DevOps, target text, modifiedAt
// as QDateTime — proxies sort on it), IdRole (the connection id, every column),
// SearchTextRole (name, description, type, scope and target in one string, column 0,
// for the filter proxy). Qt::ToolTipRole: the description on the name, the whole target,
// the full time and author of the last change on Modified (which shows the date only).
//
// Thread safety: GUI thread.

#include "core/library/serviceconnection.h"

#include <QAbstractTableModel>
#include <QList>

namespace mlops::ui {

class ServiceConnectionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ScopeColumn, TargetColumn, ModifiedColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, IdRole, SearchTextRole };

    explicit ServiceConnectionListModel(QObject *parent = nullptr);

    // Replaces the rows (a model reset).
    void setConnections(QList<library::ServiceConnection> connections);
    // The connection on `row`, or nullptr when out of range. Valid until the next
    // setConnections().
    const library::ServiceConnection *connectionAt(int row) const;
    // The row of the connection with `id`, or -1.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const library::ServiceConnection &connection, int column) const;
    QVariant rawValue(const library::ServiceConnection &connection, int column) const;

    QList<library::ServiceConnection> m_connections;
};

}  // namespace mlops::ui
