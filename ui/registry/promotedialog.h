#pragma once
// PromoteDialog: "Promote…" a version to another stage. The user picks the target stage
// and writes a comment (required for Production: OK stays disabled until one is given);
// a line says what will change ("v3 Production → Archived, v5 Staging → Production").
// OK calls ModelRegistry::promote(); an error from it is shown in the dialog, which stays
// open. On success the dialog is accepted and promoted() holds the new state.
// `versions` are all versions of the model (for the "what will change" line).
// The registry is shared and must outlive the dialog. GUI thread only.

#include "core/registry/registrytypes.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace mlops::registry {
class ModelRegistry;
}

namespace mlops::ui {

class PromoteDialog : public QDialog {
    Q_OBJECT
public:
    PromoteDialog(std::shared_ptr<registry::ModelRegistry> registry, const registry::ModelVersion &version,
                  const QList<registry::ModelVersion> &versions, QWidget *parent = nullptr);

    registry::ModelVersion promoted() const { return m_promoted; }
    void setTargetStage(registry::Stage stage);
    QString changeText() const;
    QString errorText() const;

    void accept() override;

private:
    registry::Stage targetStage() const;
    void updateState();

    std::shared_ptr<registry::ModelRegistry> m_registry;
    registry::ModelVersion m_version;
    QList<registry::ModelVersion> m_versions;
    registry::ModelVersion m_promoted;
    QComboBox *m_stage = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace mlops::ui
