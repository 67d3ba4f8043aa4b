#pragma once
// VariableGroupListModel: the rows of Pipelines › Library (one per variable group), over
// the summaries VariableGroupService::list() returns. Lean on purpose (10,000 groups):
// it stores the summaries as they are and formats cells on demand; the raw summary
// fields are in RawRole, the id in IdRole. It does not query the service itself —
// the owner calls setSummaries() — so it can be built and filled without any window.
// Thread: GUI thread.

#include "core/library/variablegroup.h"

#include <QAbstractTableModel>
#include <QList>

namespace mlops::ui {

class VariableGroupListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, VariablesColumn, ModifiedColumn, ModifiedByColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64
        RawRole,                    // the unformatted value of the cell (QString, int, QDateTime)
    };

    explicit VariableGroupListModel(QObject *parent = nullptr);

    // Replaces every row (one model reset).
    void setSummaries(QList<library::VariableGroupSummary> summaries);
    const QList<library::VariableGroupSummary> &summaries() const { return m_rows; }
    // Precondition: 0 <= row < rowCount().
    const library::VariableGroupSummary &summary(int row) const { return m_rows.at(row); }
    // The row of the group with `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<library::VariableGroupSummary> m_rows;
};

}  // namespace mlops::ui
