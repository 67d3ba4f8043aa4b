#pragma once
// Page: one area of the main window (Variable groups, Service connections, …).
// The main window owns the global actions (Ctrl+N, Ctrl+F, Delete, Ctrl+S, undo/redo)
// and forwards them to the current page; a page that has nothing to do for an action
// returns false from supports().

#include <QWidget>

class QUndoStack;

namespace mlops::ui {

class Page : public QWidget {
    Q_OBJECT
public:
    enum class Action { New, Find, Delete, Save };

    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual bool supports(Action action) const = 0;
    virtual void trigger(Action action) = 0;
    // The undo stack of the editor that has focus on this page, or nullptr.
    virtual QUndoStack *undoStack() const { return nullptr; }

Q_SIGNALS:
    // A one-line message for the status bar (e.g. "Saved devopsforai-aml-vg").
    void statusMessage(const QString &message);
    // Emitted when supports() answers or undoStack() may have changed.
    void actionsChanged();
};

}  // namespace mlops::ui
