#include "timelinemodel.h"

#include "runstatus.h"

#include <QHash>

#include <algorithm>

namespace mlops::ui {

TimelineModel::TimelineModel(QObject *parent) : QAbstractItemModel(parent) {}

void TimelineModel::build(const QList<runs::TimelineRecord> &records)
{
    m_nodes.clear();
    m_roots.clear();
    QHash<QString, int> byId;
    for (const runs::TimelineRecord &record : records) {
        byId.insert(record.id, int(m_nodes.size()));
        m_nodes.append(Node{record, -1, 0, {}});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const int parent = byId.value(m_nodes.at(i).record.parentId, -1);
        m_nodes[i].parent = parent == i ? -1 : parent;
        if (m_nodes.at(i).parent < 0)
            m_roots.append(i);
        else
            m_nodes[m_nodes.at(i).parent].children.append(i);
    }
    const auto byOrder = [this](int a, int b) {
        const runs::TimelineRecord &ra = m_nodes.at(a).record;
        const runs::TimelineRecord &rb = m_nodes.at(b).record;
        return ra.order != rb.order ? ra.order < rb.order : ra.id < rb.id;
    };
    const auto sortAndNumber = [&](QList<int> &list) {
        std::stable_sort(list.begin(), list.end(), byOrder);
        for (int row = 0; row < list.size(); ++row)
            m_nodes[list.at(row)].row = row;
    };
    sortAndNumber(m_roots);
    for (Node &node : m_nodes)
        sortAndNumber(node.children);
}

void TimelineModel::setTimeline(const QList<runs::TimelineRecord> &records)
{
    // Same records (ids and parents) as now: update the values in place.
    bool same = records.size() == m_nodes.size();
    if (same) {
        QHash<QString, QString> parents;
        for (const Node &node : std::as_const(m_nodes))
            parents.insert(node.record.id, node.record.parentId);
        for (const runs::TimelineRecord &record : records) {
            const auto it = parents.constFind(record.id);
            if (it == parents.cend() || *it != record.parentId) {
                same = false;
                break;
            }
        }
    }
    if (!same) {
        beginResetModel();
        build(records);
        endResetModel();
        return;
    }
    QHash<QString, runs::TimelineRecord> byId;
    for (const runs::TimelineRecord &record : records)
        byId.insert(record.id, record);
    bool orderChanged = false;
    for (Node &node : m_nodes) {
        const runs::TimelineRecord &updated = byId.value(node.record.id);
        orderChanged = orderChanged || updated.order != node.record.order;
        node.record = updated;
    }
    if (orderChanged) {
        beginResetModel();
        build(records);
        endResetModel();
        return;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const int row = m_nodes.at(i).row;
        Q_EMIT dataChanged(createIndex(row, 0, quintptr(i)), createIndex(row, ColumnCount - 1, quintptr(i)));
    }
}

runs::TimelineRecord TimelineModel::record(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_nodes.at(int(index.internalId())).record;
}

QModelIndex TimelineModel::indexOf(const QString &recordId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).record.id == recordId)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    }
    return {};
}

void TimelineModel::collect(int node, QList<runs::TimelineRecord> &out) const
{
    if (node >= 0)
        out.append(m_nodes.at(node).record);
    for (int child : childrenOf(node))
        collect(child, out);
}

QList<runs::TimelineRecord> TimelineModel::records() const
{
    QList<runs::TimelineRecord> out;
    collect(-1, out);
    return out;
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &children = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const runs::TimelineRecord &record = m_nodes.at(int(index.internalId())).record;
    switch (role) {
    case RecordIdRole: return record.id;
    case LogPathRole: return record.logPath;
    case StateRole: return runs::wireName(record.state);
    case ResultRole: return record.result ? runs::wireName(*record.result) : QString();
    case RecordTypeRole: return runs::wireName(record.type);
    default: break;
    }
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return RunStatus::icon(record.state, record.result);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return RunStatus::text(record.state, record.result);
    if (role == Qt::ToolTipRole && index.column() == IssuesColumn && !record.issues.isEmpty()) {
        QStringList lines;
        for (const runs::Issue &issue : record.issues)
            lines.append(issue.message);
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return record.displayName.isEmpty() ? record.name : record.displayName;
    case DurationColumn: return RunStatus::formatDuration(RunStatus::durationMs(record.startedAt, record.finishedAt));
    case IssuesColumn: {
        QStringList parts;
        if (record.errorCount > 0)
            parts.append(tr("%n error(s)", nullptr, record.errorCount));
        if (record.warningCount > 0)
            parts.append(tr("%n warning(s)", nullptr, record.warningCount));
        return parts.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case DurationColumn: return tr("Duration");
    case IssuesColumn: return tr("Issues");
    default: return {};
    }
}

}  // namespace mlops::ui
