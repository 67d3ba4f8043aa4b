#pragma once
// EditVariableCommand: one change to one variable row (rename, new value, secret flag,
// replaced secret) as an undoable step; undo puts the row back exactly as it was.

#include "core/library/variablegroup.h"

#include <QUndoCommand>

namespace mlops::ui {

class VariableTableModel;

class EditVariableCommand : public QUndoCommand {
public:
    // `model` must outlive the command (the editor owns both).
    EditVariableCommand(VariableTableModel *model, int row, library::Variable before, library::Variable after,
                        const QString &text);

    void undo() override;
    void redo() override;

private:
    VariableTableModel *m_model;
    int m_row;
    library::Variable m_before;
    library::Variable m_after;
};

}  // namespace mlops::ui
