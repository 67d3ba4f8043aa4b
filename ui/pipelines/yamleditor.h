#pragma once
// YamlEditor: a plain-text editor for YAML pipelines. A painted line-number gutter, the
// current line highlighted, Ctrl+G to go to a line, Tab inserting two spaces (YAML forbids tabs) and Shift+Tab
// removing them, Enter keeping the indentation (one level more after `key:`), Ctrl+S as
// the saveRequested() signal, diagnostics as wavy underlines with the message as tooltip,
// and an undo stack for the main window (undoStack(), a DocumentUndoStack mirroring the
// document's own history).
//
// Completion: setCompleter() attaches a QCompleter whose popup this editor drives (the
// keys Enter, Tab, Escape go to the popup while it is shown); completionRequested() tells
// the owner when to offer completions (Ctrl+Space: explicit = true, or after typing).
// GUI thread only.

#include "core/common/diagnostic.h"

#include <QList>
#include <QPlainTextEdit>
#include <QTextCursor>

class QCompleter;
class QUndoStack;

namespace mlops::ui {

class DocumentUndoStack;
class LineNumberGutter;

class YamlEditor : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit YamlEditor(QWidget *parent = nullptr);

    // Replaces the text and forgets the undo history (not an undoable edit).
    void setDocumentText(const QString &text);

    // Moves the cursor to `line`:`column` (1-based, clamped) and shows it in the middle.
    void goToLine(int line, int column = 1);
    // Asks for a line number (Ctrl+G) and goes there.
    void askGoToLine();
    int currentLine() const;    // 1-based
    int currentColumn() const;  // 1-based

    // Underlines each diagnostic's token (the word at its column, or the line when the
    // column is unknown). Diagnostics with line 0 are ignored.
    void setDiagnostics(const Diagnostics &diagnostics);
    // The tooltip text at a document position; empty when no diagnostic covers it.
    QString diagnosticAt(int position) const;
    // Start and length of the underline of each shown diagnostic, in document positions.
    QList<QPair<int, int>> underlinedRanges() const;

    QUndoStack *undoStack() const;

    void setCompleter(QCompleter *completer);
    QCompleter *completer() const { return m_completer; }
    // Replaces the `prefixLength` characters before the cursor by `text`.
    void insertCompletion(const QString &text, int prefixLength);

    // Used by LineNumberGutter.
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event, QWidget *gutter);
    void goToLineAtY(int y);

Q_SIGNALS:
    void saveRequested();
    void completionRequested(bool explicitRequest);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Underline {
        QTextCursor cursor;  // the underlined text; moves with later edits
        QString message;
        Diagnostic::Severity severity = Diagnostic::Severity::Error;
    };

    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    bool handleIndentKeys(QKeyEvent *event);
    QColor severityColor(Diagnostic::Severity severity) const;

    LineNumberGutter *m_gutter;
    DocumentUndoStack *m_undoStack;
    QCompleter *m_completer = nullptr;
    QList<Underline> m_underlines;
};

}  // namespace mlops::ui
