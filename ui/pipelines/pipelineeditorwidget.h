#pragma once
// PipelineEditorWidget: the pipeline YAML editor of a Pipelines page. The text editor
// (highlighting, completion, diagnostics underlined) above three tabs: "Diagnostics"
// (a table; double-click or Enter jumps to the line), "Expanded YAML" and "Graph" (the
// compiled Plan). Validation runs while typing (debounced, on a worker thread) through
// the CompileFunction given at construction; the application passes
// defaultCompileFunction(), tests a fake.
//
// Files: openFile() reads a file (asking first when there are unsaved changes), save()
// writes it – only on request (Ctrl+S, saveRequested()). isModified() is the dirty
// marker; confirmDiscard() asks Save / Discard / Cancel and is what a page calls before
// closing. Failures are returned as Result errors naming the file; nothing is written
// then. Undo: undoStack() is a QUndoStack mirroring the editor's text undo history, for
// Page::undoStack() and the main window's Undo/Redo actions. GUI thread only.

#include "compilefunction.h"
#include "core/common/result.h"

#include <QWidget>

class QTabWidget;
class QTreeView;
class QUndoStack;
class QLabel;

namespace mlops::pipeline {
class TaskCatalog;
}

namespace mlops::ui {

class CompletionController;
class DiagnosticListModel;
class ExpandedYamlView;
class PipelineHighlighter;
class PipelineValidator;
class PlanGraphView;
class YamlEditor;

class PipelineEditorWidget : public QWidget {
    Q_OBJECT
public:
    // `compile` runs on a worker thread (default: PipelineCompiler::compileText).
    // `catalog` (task facts for completion) may be nullptr: then TaskCatalog::builtIn().
    explicit PipelineEditorWidget(CompileFunction compile = defaultCompileFunction(), QWidget *parent = nullptr,
                                  const pipeline::TaskCatalog *catalog = nullptr);
    ~PipelineEditorWidget() override;

    // Opens `path`. With unsaved changes it first asks (confirmDiscard()); returns an
    // InvalidInput error "cancelled" when the user keeps them, Io when unreadable.
    Result<void> openFile(const QString &path);
    // Writes the text to filePath() (saveAs() for a new path). Io error on failure.
    Result<void> save();
    Result<void> saveAs(const QString &path);
    // Replaces the buffer with `text` for `entryFile` (not read from disk; not modified).
    void setText(const QString &text, const QString &entryFile);

    QString filePath() const { return m_filePath; }
    QString text() const;
    bool isModified() const;
    // "name.yml" with a trailing "*" when modified; "Untitled" without a file.
    QString displayTitle() const;
    // True when there are no unsaved changes or the user chose Save (succeeded) or
    // Discard; false on Cancel or when saving failed.
    bool confirmDiscard();

    QUndoStack *undoStack() const;
    // Options of every later compile; revalidates now. Its variableGroupExists callback is
    // called on the worker thread, so it must be thread-safe.
    void setCompileOptions(const pipeline::CompileOptions &options);
    // Debounce delay of validation while typing (ms).
    void setValidationDelay(int milliseconds);
    // Validates the current text now (on a worker thread).
    void validateNow();
    const pipeline::CompileResult &lastResult() const;

    YamlEditor *editor() const { return m_editor; }
    PipelineHighlighter *highlighter() const { return m_highlighter; }
    DiagnosticListModel *diagnosticsModel() const { return m_diagnostics; }
    QTreeView *diagnosticsView() const { return m_diagnosticsView; }
    ExpandedYamlView *expandedView() const { return m_expanded; }
    PlanGraphView *graphView() const { return m_graph; }
    CompletionController *completion() const { return m_completion; }
    QTabWidget *tabs() const { return m_tabs; }
    PipelineValidator *validator() const { return m_validator; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    // A result for the current text was shown.
    void validated();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onValidated();
    void jumpTo(const QModelIndex &index);
    void updateDiagnosticsTab();

    QString m_filePath;
    YamlEditor *m_editor;
    PipelineHighlighter *m_highlighter;
    PipelineValidator *m_validator;
    DiagnosticListModel *m_diagnostics;
    QTreeView *m_diagnosticsView;
    ExpandedYamlView *m_expanded;
    PlanGraphView *m_graph;
    QTabWidget *m_tabs;
    CompletionController *m_completion;
    QLabel *m_status;
    bool m_loading = false;
};

}  // namespace mlops::ui
