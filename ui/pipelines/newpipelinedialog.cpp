#include "newpipelinedialog.h"

#include "core/pipeline/catalog/pipelineservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mlops::ui {

namespace {

// The .yml/.yaml files under `root`, relative to it, '/' separated, sorted; .git skipped.
QStringList yamlFilesUnder(const QString &root, int limit)
{
    QStringList files;
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return files;
    const QDir dir(root);
    QDirIterator it(root, {QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                    QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && files.size() < limit) {
        const QString relative = dir.relativeFilePath(it.next());
        if (relative.startsWith(QLatin1String(".git/")))
            continue;
        files.append(relative);
    }
    std::sort(files.begin(), files.end());
    return files;
}

void setErrorColour(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa4, 0x26, 0x2c));
    label->setPalette(palette);
}

}  // namespace

NewPipelineDialog::NewPipelineDialog(std::shared_ptr<pipeline::PipelineService> pipelines, QWidget *parent)
    : QDialog(parent), m_pipelines(std::move(pipelines)), m_repository(new QLineEdit(this)),
      m_browseRepository(new QPushButton(tr("&Browse…"), this)), m_yaml(new QComboBox(this)),
      m_browseYaml(new QPushButton(tr("B&rowse…"), this)), m_name(new QLineEdit(this)),
      m_nameProblem(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newPipelineDialog"));
    setWindowTitle(tr("New pipeline"));
    m_repository->setObjectName(QStringLiteral("newPipelineRepositoryEdit"));
    m_browseRepository->setObjectName(QStringLiteral("newPipelineBrowseRepositoryButton"));
    m_yaml->setObjectName(QStringLiteral("newPipelineYamlCombo"));
    m_browseYaml->setObjectName(QStringLiteral("newPipelineBrowseYamlButton"));
    m_name->setObjectName(QStringLiteral("newPipelineNameEdit"));
    m_nameProblem->setObjectName(QStringLiteral("newPipelineNameProblemLabel"));
    m_error->setObjectName(QStringLiteral("newPipelineErrorLabel"));

    auto *heading = new QLabel(tr("Existing Azure Pipelines YAML file"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Select the repository folder and the YAML file in it that defines the pipeline. "
                                "The file stays where it is; the pipeline refers to it."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_repository->setPlaceholderText(tr("The folder of the repository, e.g. …/repos/mlops-sample"));
    m_repository->setClearButtonEnabled(true);
    m_browseRepository->setToolTip(tr("Choose the repository folder"));
    m_yaml->setEditable(true);
    m_yaml->setInsertPolicy(QComboBox::NoInsert);
    m_yaml->lineEdit()->setPlaceholderText(tr("Path inside the repository, e.g. .pipelines/ci.yml"));
    m_yaml->setMinimumContentsLength(36);
    m_browseYaml->setToolTip(tr("Choose the YAML file inside the repository"));
    m_name->setPlaceholderText(tr("e.g. Model-Train-Register-CI"));
    m_name->setMaxLength(pipeline::PipelineService::kMaxNameLength);

    m_nameProblem->setWordWrap(true);
    setErrorColour(m_nameProblem);
    m_nameProblem->hide();
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorColour(m_error);
    m_error->hide();

    auto *repositoryRow = new QHBoxLayout;
    repositoryRow->addWidget(m_repository, 1);
    repositoryRow->addWidget(m_browseRepository);
    auto *yamlRow = new QHBoxLayout;
    yamlRow->addWidget(m_yaml, 1);
    yamlRow->addWidget(m_browseYaml);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameProblem);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Repository folder:"), repositoryRow);
    form->addRow(tr("&YAML file:"), yamlRow);
    form->addRow(tr("&Name:"), nameColumn);
    qobject_cast<QLabel *>(form->labelForField(repositoryRow))->setBuddy(m_repository);
    qobject_cast<QLabel *>(form->labelForField(yamlRow))->setBuddy(m_yaml);
    qobject_cast<QLabel *>(form->labelForField(nameColumn))->setBuddy(m_name);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newPipelineCreateButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("newPipelineCancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewPipelineDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewPipelineDialog::reject);
    connect(m_browseRepository, &QPushButton::clicked, this, &NewPipelineDialog::browseRepository);
    connect(m_browseYaml, &QPushButton::clicked, this, &NewPipelineDialog::browseYaml);
    connect(m_repository, &QLineEdit::textChanged, this, &NewPipelineDialog::repositoryChanged);
    connect(m_yaml, &QComboBox::currentTextChanged, this, &NewPipelineDialog::yamlChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTyped = !m_name->text().isEmpty();
        updateState();
    });
    updateState();
}

void NewPipelineDialog::setRepositoryDir(const QString &directory)
{
    m_repository->setText(QDir::toNativeSeparators(directory));
}

QString NewPipelineDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewPipelineDialog::browseRepository()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Repository folder"), m_repository->text());
    if (!chosen.isEmpty())
        m_repository->setText(QDir::toNativeSeparators(chosen));
}

void NewPipelineDialog::browseYaml()
{
    const QString root = QDir::fromNativeSeparators(m_repository->text().trimmed());
    const QString chosen = QFileDialog::getOpenFileName(this, tr("YAML file"), root,
                                                        tr("Azure Pipelines YAML (*.yml *.yaml);;All files (*)"));
    if (chosen.isEmpty())
        return;
    if (root.isEmpty()) {
        // No folder yet: the file's folder is the repository.
        m_repository->setText(QDir::toNativeSeparators(QFileInfo(chosen).absolutePath()));
        m_yaml->setCurrentText(QFileInfo(chosen).fileName());
        return;
    }
    // The service says when it is outside the repository (shown on Create).
    m_yaml->setCurrentText(QDir(root).relativeFilePath(chosen));
}

void NewPipelineDialog::repositoryChanged()
{
    const QString keep = m_yaml->currentText();
    const QStringList files = yamlFilesUnder(QDir::fromNativeSeparators(m_repository->text().trimmed()), kMaxYamlFiles);
    {
        const QSignalBlocker block(m_yaml);
        m_yaml->clear();
        m_yaml->addItems(files);
        m_yaml->setCurrentText(keep);
    }
    if (keep.isEmpty() && !files.isEmpty())
        m_yaml->setCurrentIndex(0);
    yamlChanged();
}

void NewPipelineDialog::yamlChanged()
{
    if (!m_nameTyped) {
        // As the portal does: a name from the file until the user types one.
        m_name->setText(QFileInfo(m_yaml->currentText().trimmed()).completeBaseName());
    }
    updateState();
}

void NewPipelineDialog::updateState()
{
    const QString problem = m_name->text().isEmpty() ? QString() : pipeline::PipelineService::nameProblem(m_name->text());
    m_nameProblem->setText(problem.isEmpty() ? QString() : tr("Name: %1").arg(problem));
    m_nameProblem->setVisible(!problem.isEmpty());
    const bool complete = !m_repository->text().trimmed().isEmpty() && !m_yaml->currentText().trimmed().isEmpty() &&
                          !m_name->text().isEmpty() && problem.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void NewPipelineDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewPipelineDialog::accept()
{
    const Result<pipeline::PipelineDefinition> created =
        m_pipelines->create(m_name->text(), QDir::fromNativeSeparators(m_repository->text().trimmed()),
                            QDir::fromNativeSeparators(m_yaml->currentText().trimmed()));
    if (!created.ok()) {
        showError(tr("The pipeline was not created: %1").arg(created.error().message));
        return;
    }
    m_created = *created;
    showError(QString());
    QDialog::accept();
}

}  // namespace mlops::ui
