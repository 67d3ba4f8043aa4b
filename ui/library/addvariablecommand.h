#pragma once
// AddVariableCommand: inserts one variable row at `row`; undo removes it again.

#include "core/library/variablegroup.h"

#include <QUndoCommand>

namespace mlops::ui {

class VariableTableModel;

class AddVariableCommand : public QUndoCommand {
public:
    // `model` must outlive the command. Precondition: 0 <= row <= model->rowCount().
    AddVariableCommand(VariableTableModel *model, int row, library::Variable variable);

    void undo() override;
    void redo() override;

private:
    VariableTableModel *m_model;
    int m_row;
    library::Variable m_variable;
};

}  // namespace mlops::ui
