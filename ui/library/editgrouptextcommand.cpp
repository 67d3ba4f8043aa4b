#include "editgrouptextcommand.h"

#include <QCoreApplication>

namespace mlops::ui {

EditGroupTextCommand::EditGroupTextCommand(Field field, QString before, QString after,
                                           std::function<void(const QString &)> apply)
    : m_field(field), m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply))
{
    setText(field == Field::Name
                ? QCoreApplication::translate("mlops::ui::EditGroupTextCommand", "Change group name")
                : QCoreApplication::translate("mlops::ui::EditGroupTextCommand", "Change description"));
}

void EditGroupTextCommand::undo()
{
    m_apply(m_before);
}

void EditGroupTextCommand::redo()
{
    m_apply(m_after);
}

int EditGroupTextCommand::id() const
{
    return m_field == Field::Name ? 0x4e414d45 : 0x44455343;
}

bool EditGroupTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditGroupTextCommand *>(other);
    if (next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

}  // namespace mlops::ui
