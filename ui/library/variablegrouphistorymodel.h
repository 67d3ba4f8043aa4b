#pragma once
// VariableGroupHistoryModel: the saved versions of one group (VariableGroupService::
// history()), newest first. Columns: revision, action, when, who. RawRole gives the raw
// value, AuditIdRole the audit entry id that restore() takes. Thread: GUI thread.

#include "core/library/variablegroup.h"

#include <QAbstractTableModel>

namespace mlops::ui {

class VariableGroupHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RevisionColumn, ActionColumn, WhenColumn, WhoColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, AuditIdRole };

    explicit VariableGroupHistoryModel(QObject *parent = nullptr);

    // `versions` oldest first, as the service returns them; shown newest first.
    void setVersions(const QList<library::VariableGroupVersion> &versions);
    const library::VariableGroupVersion &version(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The action name as shown ("Created", "Updated", …).
    static QString actionText(const QString &action);

private:
    QList<library::VariableGroupVersion> m_rows;
};

}  // namespace mlops::ui
