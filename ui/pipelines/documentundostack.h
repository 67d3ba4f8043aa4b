#pragma once
// DocumentUndoStack: a QUndoStack that mirrors the undo history of a QTextDocument, so a
// plain-text editor can hand the main window a QUndoStack (Page::undoStack()) while
// QPlainTextEdit keeps its own, efficient, text undo.
//
// Every undo step the document records (QTextDocument::undoCommandAdded) becomes one
// TextDocumentUndoCommand; undo()/redo() on this stack step the document. When the
// document is stepped directly (the editor's own Ctrl+Z or context menu) the stack's
// index follows (it is re-synchronised on every document change). Call reset() after the
// document's history was cleared (setPlainText, load). GUI thread only.

#include <QUndoStack>

class QTextDocument;

namespace mlops::ui {

class DocumentUndoStack : public QUndoStack {
    Q_OBJECT
public:
    enum class Direction { Undo, Redo };

    // `document` must outlive this stack (make both children of the same editor).
    explicit DocumentUndoStack(QTextDocument *document, QObject *parent = nullptr);

    // Forgets every command; call after the document's own history was cleared.
    void reset();

    // Called by TextDocumentUndoCommand.
    void stepDocument(Direction direction);

private:
    void onCommandAdded();
    void synchronise();

    QTextDocument *m_document;
    bool m_pushing = false;    // push() calls redo() once: the document already did it
    bool m_stepping = false;   // inside a command's undo()/redo()
};

}  // namespace mlops::ui
