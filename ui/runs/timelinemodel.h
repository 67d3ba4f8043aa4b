#pragma once
// TimelineModel: a run's timeline (RunStore::runDetails().timeline) as a tree —
// stage → job → step, siblings by their order — with columns name (state/result icon),
// duration and issues ("2 errors, 1 warning").
//
// setTimeline() keeps the rows (and so the view's selection) when the records are the
// same ones as before and only their values changed (dataChanged); any other change
// resets the model. Records whose parent is not in the list become top-level rows.
// Roles on every column: RecordIdRole, LogPathRole (relative to the workspace; empty =
// no log), StateRole (wire name of state), ResultRole (wire name of result or empty),
// RecordTypeRole (wire name of the type). GUI thread only.

#include "core/runs/runtypes.h"

#include <QAbstractItemModel>
#include <QList>

namespace mlops::ui {

class TimelineModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DurationColumn, IssuesColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, LogPathRole, StateRole, ResultRole, RecordTypeRole };

    explicit TimelineModel(QObject *parent = nullptr);

    void setTimeline(const QList<runs::TimelineRecord> &records);
    void clear() { setTimeline({}); }

    // The record of a valid index; the index (column 0) of a record id, or invalid.
    runs::TimelineRecord record(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &recordId) const;
    // Every record, depth first in display order.
    QList<runs::TimelineRecord> records() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        runs::TimelineRecord record;
        int parent = -1;     // node index; -1 = top level
        int row = 0;         // among its siblings
        QList<int> children;  // node indexes
    };
    void build(const QList<runs::TimelineRecord> &records);
    const QList<int> &childrenOf(int node) const { return node < 0 ? m_roots : m_nodes.at(node).children; }
    void collect(int node, QList<runs::TimelineRecord> &out) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
};

}  // namespace mlops::ui
