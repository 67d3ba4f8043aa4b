#pragma once
// TextDocumentUndoCommand: one entry of a DocumentUndoStack. It stands for one undo step
// of a QTextDocument's own undo history; undo()/redo() step that document (through the
// owning stack, which ignores the calls it makes while mirroring the document).

#include <QUndoCommand>

namespace mlops::ui {

class DocumentUndoStack;

class TextDocumentUndoCommand : public QUndoCommand {
public:
    // `stack` outlives the command (it owns it).
    explicit TextDocumentUndoCommand(DocumentUndoStack *stack, const QString &text);

    void undo() override;
    void redo() override;

private:
    DocumentUndoStack *m_stack;
};

}  // namespace mlops::ui
