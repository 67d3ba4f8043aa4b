#include "textdocumentundocommand.h"

#include "documentundostack.h"

namespace mlops::ui {

TextDocumentUndoCommand::TextDocumentUndoCommand(DocumentUndoStack *stack, const QString &text)
    : QUndoCommand(text)
    , m_stack(stack)
{
}

void TextDocumentUndoCommand::undo()
{
    m_stack->stepDocument(DocumentUndoStack::Direction::Undo);
}

void TextDocumentUndoCommand::redo()
{
    m_stack->stepDocument(DocumentUndoStack::Direction::Redo);
}

}  // namespace mlops::ui
