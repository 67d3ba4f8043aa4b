#pragma once
// NewPipelineDialog: Pipelines › New pipeline › "Existing Azure Pipelines YAML file", as
// the portal asks it: the repository folder (typed or picked), the YAML file inside it
// (the .yml/.yaml files found there are offered, or pick one), and the pipeline's name
// (proposed from the file until the user types one). OK calls PipelineService::create();
// what it refuses is shown inline under the form, the dialog stays open with everything
// typed. created() is the stored pipeline after an accepted dialog.
//
// The YAML list comes from a bounded scan of the folder (at most kMaxYamlFiles files,
// .git skipped) on the GUI thread when the folder changes.
//
// Ownership: shares the service. Thread: GUI thread.

#include "core/pipeline/catalog/pipelinedefinition.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mlops::pipeline {
class PipelineService;
}

namespace mlops::ui {

class NewPipelineDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaxYamlFiles = 500;

    NewPipelineDialog(std::shared_ptr<pipeline::PipelineService> pipelines, QWidget *parent = nullptr);

    // Pre-fills the repository folder (e.g. the last one used).
    void setRepositoryDir(const QString &directory);
    // The pipeline created when the dialog was accepted.
    const pipeline::PipelineDefinition &created() const { return m_created; }
    // The message shown under the form (empty when none).
    QString errorText() const;

    void accept() override;

private:
    void browseRepository();
    void browseYaml();
    void repositoryChanged();
    void yamlChanged();
    void updateState();
    void showError(const QString &message);

    std::shared_ptr<pipeline::PipelineService> m_pipelines;
    pipeline::PipelineDefinition m_created;
    QLineEdit *m_repository;
    QPushButton *m_browseRepository;
    QComboBox *m_yaml;
    QPushButton *m_browseYaml;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_nameTyped = false;
};

}  // namespace mlops::ui
