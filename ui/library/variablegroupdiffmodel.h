#pragma once
// VariableGroupDiffModel: the side-by-side rows of VariableGroupDiff::compare() (two
// groups, or two versions of one group). Columns: a marker ("≠", "−", "+"), the name, the
// left value and the right value. Differences have a background colour AND the marker
// (DiffStyle), so they never depend on colour alone. Secret values show as "********".
// KindRole holds the row's VariableDiffRow::Kind as an int. Thread: GUI thread.

#include "core/library/variablegroupdiff.h"

#include <QAbstractTableModel>

namespace mlops::ui {

class VariableGroupDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MarkerColumn, NameColumn, LeftColumn, RightColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit VariableGroupDiffModel(QObject *parent = nullptr);

    // Headers of the two value columns (e.g. the two group names, "Version 3").
    void setSideTitles(const QString &left, const QString &right);
    void setRows(QList<library::VariableDiffRow> rows);
    const QList<library::VariableDiffRow> &rows() const { return m_rows; }
    int differenceCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<library::VariableDiffRow> m_rows;
    QString m_leftTitle;
    QString m_rightTitle;
};

}  // namespace mlops::ui
