#pragma once
// VariableTableModel: the variables of the group being edited (name, value, secret).
// Every change a view makes through setData() becomes an undo command pushed on the
// editor's QUndoStack (setUndoStack); the commands change the rows back through
// replaceVariable / insertVariable / takeVariable, which push nothing.
//
// Secrets are write-only: a secret variable whose value is not being replaced shows
// "********" (or nothing when no value is stored); editing its value starts empty and
// the typed text replaces the stored secret on save (replaceSecret). Marking a plain
// variable secret keeps its value as the new secret; unmarking a secret clears the value.
// RawRole gives the stored field of a cell; variable(row) the whole row. Thread: GUI thread.

#include "core/library/variablegroup.h"

#include <QAbstractTableModel>
#include <QIcon>

class QUndoStack;

namespace mlops::ui {

class VariableTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, SecretColumn, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1,  // the stored text (name; value, empty for a secret; isSecret)
    };
    static constexpr const char *kMask = "********";

    explicit VariableTableModel(QObject *parent = nullptr);

    // Not owned; edits through setData() go there (applied directly when null).
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    // Replaces every row without an undo command (loading a group).
    void setVariables(QList<library::Variable> variables);
    const QList<library::Variable> &variables() const { return m_rows; }
    const library::Variable &variable(int row) const { return m_rows.at(row); }

    // Row operations for undo commands (no command pushed).
    void replaceVariable(int row, const library::Variable &variable);
    void insertVariable(int row, const library::Variable &variable);
    library::Variable takeVariable(int row);

    // The variable `before` would become when its secret flag is set to `secret`.
    static library::Variable withSecret(const library::Variable &before, bool secret);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyEdit(int row, const library::Variable &after, const QString &commandText);

    QList<library::Variable> m_rows;
    QUndoStack *m_undoStack = nullptr;
    QIcon m_lock;
    QIcon m_unlock;
};

}  // namespace mlops::ui
