#pragma once
// RemoveVariableCommand: removes the variable row `row`; undo puts it back unchanged
// (a stored secret keeps its keychain value because the row keeps its id).

#include "core/library/variablegroup.h"

#include <QUndoCommand>

namespace mlops::ui {

class VariableTableModel;

class RemoveVariableCommand : public QUndoCommand {
public:
    // `model` must outlive the command. Precondition: 0 <= row < model->rowCount().
    RemoveVariableCommand(VariableTableModel *model, int row);

    void undo() override;
    void redo() override;

private:
    VariableTableModel *m_model;
    int m_row;
    library::Variable m_variable;
};

}  // namespace mlops::ui
