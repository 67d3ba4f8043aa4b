#pragma once
// RunDialog: "Run pipeline": the runtime parameters of a registered pipeline (compiled
// with PipelineService::compile to read Plan::parameters) as typed editors — a check box
// for boolean, a combo box when the parameter has `values:`, a line edit (numbers
// validated) otherwise — plus variable overrides (name = value rows). OK compiles the
// pipeline with the given values (diagnostics are shown and nothing is queued when it
// does not compile) and queues the run with RunSession::queue, as `mlops pipeline run`.
//
// A pipeline of more than one stage also lists its stages ("runStages", check boxes, all
// checked): the unchecked ones are queued as RunRequest::stagesToSkip; OK is disabled
// while no stage is checked.
//
// Editors have objectNames "runParameter_<name>"; the variables table is
// "runVariables". A pipeline that does not compile at all shows its diagnostics and
// disables OK. The workspace is shared and must outlive the dialog. GUI thread only.

#include "core/pipeline/catalog/pipelinedefinition.h"
#include "core/pipeline/plan/plan.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QTableWidget;

namespace mlops::store {
class Workspace;
}

namespace mlops::ui {

class RunDialog : public QDialog {
    Q_OBJECT
public:
    RunDialog(std::shared_ptr<store::Workspace> workspace, pipeline::PipelineDefinition definition,
              QString agentProgram, QWidget *parent = nullptr);

    // The parameters found by compiling the pipeline (empty when it did not compile).
    const QList<pipeline::RuntimeParameter> &parameters() const { return m_parameters; }
    QWidget *parameterEditor(const QString &name) const { return m_editors.value(name); }
    // Current values: parameters as text (as --param), variables from the non-empty rows.
    QMap<QString, QString> parameterValues() const;
    QMap<QString, QString> variableValues() const;
    void addVariableRow(const QString &name = {}, const QString &value = {});
    // The stages unchecked in "Stages to run" (empty for a single-stage pipeline).
    QStringList stagesToSkip() const;

    // The run queued by OK; 0 before.
    qint64 queuedRunId() const { return m_queuedRunId; }

public Q_SLOTS:
    void accept() override;

private:
    void buildEditors();
    QWidget *makeEditor(const pipeline::RuntimeParameter &parameter);
    void showProblem(const QString &text);
    void updateStageSelection();

    std::shared_ptr<store::Workspace> m_workspace;
    pipeline::PipelineDefinition m_definition;
    QString m_agentProgram;
    QList<pipeline::RuntimeParameter> m_parameters;
    QMap<QString, QWidget *> m_editors;
    QFormLayout *m_form = nullptr;
    QTableWidget *m_variables = nullptr;
    QWidget *m_stagesBox = nullptr;
    QListWidget *m_stages = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_queuedRunId = 0;
};

}  // namespace mlops::ui
