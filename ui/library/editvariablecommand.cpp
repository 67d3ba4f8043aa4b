#include "editvariablecommand.h"

#include "variabletablemodel.h"

namespace mlops::ui {

EditVariableCommand::EditVariableCommand(VariableTableModel *model, int row, library::Variable before,
                                         library::Variable after, const QString &text)
    : QUndoCommand(text), m_model(model), m_row(row), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditVariableCommand::undo()
{
    m_model->replaceVariable(m_row, m_before);
}

void EditVariableCommand::redo()
{
    m_model->replaceVariable(m_row, m_after);
}

}  // namespace mlops::ui
