#include "rundialog.h"

#include "core/agent/runsession.h"
#include "core/pipeline/catalog/pipelineservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mlops::ui {

namespace {

// The text of a JSON scalar as the CLI's --param would give it.
QString valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString diagnosticsText(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Diagnostic::Severity::Error)
            lines.append(diagnostic.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

RunDialog::RunDialog(std::shared_ptr<store::Workspace> workspace, pipeline::PipelineDefinition definition,
                     QString agentProgram, QWidget *parent)
    : QDialog(parent), m_workspace(std::move(workspace)), m_definition(std::move(definition)),
      m_agentProgram(std::move(agentProgram))
{
    setObjectName(QStringLiteral("runDialog"));
    setWindowTitle(tr("Run pipeline %1").arg(m_definition.name));
    auto *layout = new QVBoxLayout(this);

    auto *parameters = new QGroupBox(tr("Parameters"), this);
    m_form = new QFormLayout(parameters);
    layout->addWidget(parameters);

    auto *variables = new QGroupBox(tr("Variables"), this);
    auto *variablesLayout = new QVBoxLayout(variables);
    m_variables = new QTableWidget(0, 2, variables);
    m_variables->setObjectName(QStringLiteral("runVariables"));
    m_variables->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->hide();
    variablesLayout->addWidget(m_variables);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add variable"), variables);
    add->setObjectName(QStringLiteral("runAddVariable"));
    auto *remove = new QPushButton(tr("Remove variable"), variables);
    remove->setObjectName(QStringLiteral("runRemoveVariable"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    variablesLayout->addLayout(rowButtons);
    layout->addWidget(variables);
    connect(add, &QPushButton::clicked, this, [this] { addVariableRow(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_variables->currentRow();
        if (row >= 0)
            m_variables->removeRow(row);
    });

    m_stagesBox = new QGroupBox(tr("Stages to run"), this);
    auto *stagesLayout = new QVBoxLayout(m_stagesBox);
    m_stages = new QListWidget(m_stagesBox);
    m_stages->setObjectName(QStringLiteral("runStages"));
    stagesLayout->addWidget(m_stages);
    m_stagesBox->setVisible(false);
    layout->addWidget(m_stagesBox);
    connect(m_stages, &QListWidget::itemChanged, this, [this] { updateStageSelection(); });

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("runProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RunDialog::reject);

    buildEditors();
}

void RunDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void RunDialog::buildEditors()
{
    const pipeline::CompileResult compiled = pipeline::PipelineService::compile(m_definition);
    if (!compiled.plan) {
        showProblem(tr("The pipeline %1 does not compile:\n%2").arg(m_definition.name, diagnosticsText(compiled.diagnostics)));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_parameters = compiled.plan->parameters;
    if (m_parameters.isEmpty())
        m_form->addRow(new QLabel(tr("This pipeline has no runtime parameters."), this));
    for (const pipeline::RuntimeParameter &parameter : std::as_const(m_parameters)) {
        QWidget *editor = makeEditor(parameter);
        editor->setObjectName(QStringLiteral("runParameter_") + parameter.name);
        m_editors.insert(parameter.name, editor);
        m_form->addRow(parameter.displayName.isEmpty() ? parameter.name : parameter.displayName, editor);
    }
    // The implicit single stage of a pipeline without `stages:` offers nothing to choose.
    if (compiled.plan->stages.size() > 1) {
        const QSignalBlocker blocker(m_stages);
        for (const pipeline::PlanStage &stage : compiled.plan->stages) {
            auto *item = new QListWidgetItem(stage.displayName.isEmpty() ? stage.name : stage.displayName, m_stages);
            item->setData(Qt::UserRole, stage.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        m_stagesBox->setVisible(true);
    }
}

QStringList RunDialog::stagesToSkip() const
{
    QStringList names;
    for (int row = 0; row < m_stages->count(); ++row) {
        const QListWidgetItem *item = m_stages->item(row);
        if (item->checkState() != Qt::Checked)
            names.append(item->data(Qt::UserRole).toString());
    }
    return names;
}

void RunDialog::updateStageSelection()
{
    const bool noneChecked = m_stages->count() > 0 && stagesToSkip().size() == m_stages->count();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!noneChecked);
    if (noneChecked)
        showProblem(tr("Check at least one stage to run."));
    else if (m_problem->text() == tr("Check at least one stage to run."))
        showProblem(QString());
}

QWidget *RunDialog::makeEditor(const pipeline::RuntimeParameter &parameter)
{
    const QString type = parameter.type.toLower();
    if (!parameter.allowedValues.isEmpty()) {
        auto *combo = new QComboBox(this);
        for (const QJsonValue &value : parameter.allowedValues)
            combo->addItem(valueText(value));
        const int index = combo->findText(valueText(parameter.defaultValue));
        combo->setCurrentIndex(std::max(index, 0));
        return combo;
    }
    if (type == QLatin1String("boolean")) {
        auto *check = new QCheckBox(this);
        check->setChecked(parameter.defaultValue.toBool());
        return check;
    }
    auto *line = new QLineEdit(valueText(parameter.defaultValue), this);
    if (type == QLatin1String("number")) {
        auto *validator = new QDoubleValidator(line);
        validator->setNotation(QDoubleValidator::StandardNotation);
        validator->setLocale(QLocale::c());
        line->setValidator(validator);
    }
    if (parameter.defaultValue.isUndefined())
        line->setPlaceholderText(tr("required"));
    return line;
}

void RunDialog::addVariableRow(const QString &name, const QString &value)
{
    const int row = m_variables->rowCount();
    m_variables->insertRow(row);
    m_variables->setItem(row, 0, new QTableWidgetItem(name));
    m_variables->setItem(row, 1, new QTableWidgetItem(value));
}

QMap<QString, QString> RunDialog::parameterValues() const
{
    QMap<QString, QString> values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (const auto *combo = qobject_cast<QComboBox *>(it.value()))
            values.insert(it.key(), combo->currentText());
        else if (const auto *check = qobject_cast<QCheckBox *>(it.value()))
            values.insert(it.key(), check->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (const auto *line = qobject_cast<QLineEdit *>(it.value()))
            values.insert(it.key(), line->text());
    }
    return values;
}

QMap<QString, QString> RunDialog::variableValues() const
{
    QMap<QString, QString> values;
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QTableWidgetItem *name = m_variables->item(row, 0);
        const QTableWidgetItem *value = m_variables->item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (!key.isEmpty())
            values.insert(key, value ? value->text() : QString());
    }
    return values;
}

void RunDialog::accept()
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (const auto *line = qobject_cast<QLineEdit *>(it.value()); line && !line->hasAcceptableInput()) {
            showProblem(tr("The parameter %1 needs a number.").arg(it.key()));
            return;
        }
    }
    if (m_agentProgram.isEmpty()) {
        showProblem(tr("The agent program 'mlops' was not found; runs cannot be started."));
        return;
    }
    agent::RunRequest request;
    request.pipelineId = m_definition.id;
    request.pipelineName = m_definition.name;
    request.parameters = parameterValues();
    request.variables = variableValues();
    request.stagesToSkip = stagesToSkip();

    pipeline::CompileOptions options;
    options.parameters = request.parameters;
    options.variables = request.variables;
    const pipeline::CompileResult compiled = pipeline::PipelineService::compile(m_definition, options);
    if (!compiled.plan) {
        showProblem(tr("No run was queued: the pipeline %1 does not compile with these values:\n%2")
                        .arg(m_definition.name, diagnosticsText(compiled.diagnostics)));
        return;
    }
    Result<runs::Run> queued = agent::RunSession::queue(m_workspace, request, m_agentProgram);
    if (!queued.ok()) {
        showProblem(tr("The run of %1 could not be queued: %2").arg(m_definition.name, queued.error().message));
        return;
    }
    m_queuedRunId = queued->id;
    QDialog::accept();
}

}  // namespace mlops::ui
