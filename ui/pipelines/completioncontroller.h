#pragma once
// CompletionController: drives a YamlEditor's completion popup from a CompletionProvider.
// On Ctrl+Space it always offers what fits the cursor; while typing it offers keys after
// two letters and task references, inputs and parameter/variable names as soon as their
// context is typed. Choosing an entry replaces the typed prefix (keys get ": " appended).
// Owns its QCompleter (a child). GUI thread only.

#include "completionprovider.h"

#include <QObject>

class QCompleter;
class QStringListModel;

namespace mlops::ui {

class YamlEditor;

class CompletionController : public QObject {
    Q_OBJECT
public:
    // `editor` must outlive the controller (make it the parent).
    CompletionController(YamlEditor *editor, const pipeline::TaskCatalog *catalog, QObject *parent = nullptr);

    void setPlan(const std::optional<pipeline::Plan> &plan) { m_provider.setPlan(plan); }
    QCompleter *completer() const { return m_completer; }
    // The completion computed by the last request (what the popup shows).
    const Completion &current() const { return m_current; }

    // What the popup would show at the editor's cursor; shows it when not empty.
    void request(bool explicitRequest);

private:
    void insert(const QString &item);

    YamlEditor *m_editor;
    CompletionProvider m_provider;
    QCompleter *m_completer;
    QStringListModel *m_model;
    Completion m_current;
};

}  // namespace mlops::ui
