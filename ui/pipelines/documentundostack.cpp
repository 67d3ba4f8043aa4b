#include "documentundostack.h"

#include "textdocumentundocommand.h"

#include <QTextDocument>

namespace mlops::ui {

DocumentUndoStack::DocumentUndoStack(QTextDocument *document, QObject *parent)
    : QUndoStack(parent)
    , m_document(document)
{
    connect(document, &QTextDocument::undoCommandAdded, this, &DocumentUndoStack::onCommandAdded);
    connect(document, &QTextDocument::contentsChanged, this, &DocumentUndoStack::synchronise);
}

void DocumentUndoStack::reset()
{
    clear();
}

void DocumentUndoStack::stepDocument(Direction direction)
{
    if (m_pushing)
        return;
    m_stepping = true;
    if (direction == Direction::Undo)
        m_document->undo();
    else
        m_document->redo();
    m_stepping = false;
}

void DocumentUndoStack::onCommandAdded()
{
    m_pushing = true;
    push(new TextDocumentUndoCommand(this, tr("Edit text")));
    m_pushing = false;
}

void DocumentUndoStack::synchronise()
{
    if (m_stepping || m_pushing)
        return;
    // The document was stepped behind our back (the editor's own shortcut): follow it
    // without stepping the document again.
    const int steps = m_document->availableUndoSteps();
    if (steps == index() || steps > count())
        return;
    m_pushing = true;  // makes the commands' undo()/redo() no-ops while moving the index
    setIndex(steps);
    m_pushing = false;
}

}  // namespace mlops::ui
