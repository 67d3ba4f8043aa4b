#pragma once
// EditGroupTextCommand: a change of the group's name or description. Consecutive
// keystrokes in the same field merge into one step. The command sets the text through
// `apply` (the editor's setter, which must not push another command).

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace mlops::ui {

class EditGroupTextCommand : public QUndoCommand {
public:
    enum class Field { Name, Description };

    EditGroupTextCommand(Field field, QString before, QString after, std::function<void(const QString &)> apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Field m_field;
    QString m_before;
    QString m_after;
    std::function<void(const QString &)> m_apply;
};

}  // namespace mlops::ui
