#include "addvariablecommand.h"

#include "variabletablemodel.h"

#include <QCoreApplication>

namespace mlops::ui {

AddVariableCommand::AddVariableCommand(VariableTableModel *model, int row, library::Variable variable)
    : QUndoCommand(QCoreApplication::translate("mlops::ui::AddVariableCommand", "Add variable %1").arg(variable.name)),
      m_model(model), m_row(row), m_variable(std::move(variable))
{
}

void AddVariableCommand::undo()
{
    m_variable = m_model->takeVariable(m_row);
}

void AddVariableCommand::redo()
{
    m_model->insertVariable(m_row, m_variable);
}

}  // namespace mlops::ui
