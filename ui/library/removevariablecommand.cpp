#include "removevariablecommand.h"

#include "variabletablemodel.h"

#include <QCoreApplication>

namespace mlops::ui {

RemoveVariableCommand::RemoveVariableCommand(VariableTableModel *model, int row)
    : m_model(model), m_row(row), m_variable(model->variable(row))
{
    setText(QCoreApplication::translate("mlops::ui::RemoveVariableCommand", "Delete variable %1").arg(m_variable.name));
}

void RemoveVariableCommand::undo()
{
    m_model->insertVariable(m_row, m_variable);
}

void RemoveVariableCommand::redo()
{
    m_variable = m_model->takeVariable(m_row);
}

}  // namespace mlops::ui
