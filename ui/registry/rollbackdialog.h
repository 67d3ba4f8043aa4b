#pragma once
// RollbackDialog: "Rollback…" puts an earlier version (lower number than the current
// Production one) back in Production. The user picks the version and writes a comment
// (required: OK stays disabled until one is given); a line says what will change. OK
// calls ModelRegistry::rollback(); an error from it is shown in the dialog, which stays
// open. `versions` are all versions of the model; `production` is the version now in
// Production. The registry must outlive the dialog. GUI thread only.

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

class RollbackDialog : public QDialog {
    Q_OBJECT
public:
    RollbackDialog(std::shared_ptr<registry::ModelRegistry> registry, const registry::ModelVersion &production,
                   const QList<registry::ModelVersion> &versions, QWidget *parent = nullptr);

    registry::ModelVersion restored() const { return m_restored; }
    // Selects version `version` in the chooser; false when it is not offered.
    bool setTargetVersion(int version);
    QString changeText() const;
    QString errorText() const;

    void accept() override;

private:
    void updateState();

    std::shared_ptr<registry::ModelRegistry> m_registry;
    registry::ModelVersion m_production;
    QList<registry::ModelVersion> m_versions;
    registry::ModelVersion m_restored;
    QComboBox *m_version = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace mlops::ui
