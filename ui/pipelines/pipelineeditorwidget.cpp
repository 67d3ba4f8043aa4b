#include "pipelineeditorwidget.h"

#include "completioncontroller.h"
#include "diagnosticlistmodel.h"
#include "expandedyamlview.h"
#include "pipelinehighlighter.h"
#include "pipelinevalidator.h"
#include "plangraphview.h"
#include "yamleditor.h"

#include "core/pipeline/tasks/taskcatalog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTextStream>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mlops::ui {

namespace {

const pipeline::TaskCatalog *catalogOrBuiltIn(const pipeline::TaskCatalog *catalog)
{
    if (catalog)
        return catalog;
    const Result<const pipeline::TaskCatalog *> builtIn = pipeline::TaskCatalog::builtIn();
    return builtIn ? builtIn.value() : nullptr;
}

}  // namespace

PipelineEditorWidget::PipelineEditorWidget(CompileFunction compile, QWidget *parent, const pipeline::TaskCatalog *catalog)
    : QWidget(parent)
    , m_editor(new YamlEditor(this))
    , m_highlighter(new PipelineHighlighter(m_editor->document(), m_editor->palette()))
    , m_validator(new PipelineValidator(std::move(compile), this))
    , m_diagnostics(new DiagnosticListModel(this))
    , m_diagnosticsView(new QTreeView(this))
    , m_expanded(new ExpandedYamlView(this))
    , m_graph(new PlanGraphView(this))
    , m_tabs(new QTabWidget(this))
    , m_completion(new CompletionController(m_editor, catalogOrBuiltIn(catalog), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("pipelineEditor"));
    m_tabs->setObjectName(QStringLiteral("pipelineEditorTabs"));
    m_diagnosticsView->setObjectName(QStringLiteral("pipelineDiagnosticsView"));
    m_status->setObjectName(QStringLiteral("pipelineValidationStatus"));

    m_diagnosticsView->setModel(m_diagnostics);
    m_diagnosticsView->setRootIsDecorated(false);
    m_diagnosticsView->setUniformRowHeights(true);
    m_diagnosticsView->setAlternatingRowColors(true);
    m_diagnosticsView->header()->setStretchLastSection(false);
    m_diagnosticsView->header()->setSectionResizeMode(DiagnosticListModel::MessageColumn, QHeaderView::Stretch);
    m_diagnosticsView->header()->setSectionResizeMode(DiagnosticListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_diagnosticsView->header()->setSectionResizeMode(DiagnosticListModel::LineColumn, QHeaderView::ResizeToContents);
    m_diagnosticsView->header()->setSectionResizeMode(DiagnosticListModel::ColumnColumn, QHeaderView::ResizeToContents);
    m_diagnosticsView->header()->setSectionResizeMode(DiagnosticListModel::FileColumn, QHeaderView::ResizeToContents);
    // activated = double-click or Enter (platform dependent single click is not used).
    connect(m_diagnosticsView, &QTreeView::activated, this, &PipelineEditorWidget::jumpTo);
    connect(m_diagnosticsView, &QTreeView::doubleClicked, this, &PipelineEditorWidget::jumpTo);

    auto *graphPage = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graphPage);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(2);
    auto *fit = new QToolButton(graphPage);
    fit->setObjectName(QStringLiteral("planGraphFitButton"));
    fit->setText(tr("Fit to view"));
    fit->setToolTip(tr("Show the whole graph (Ctrl+wheel zooms)"));
    connect(fit, &QToolButton::clicked, m_graph, &PlanGraphView::fitToView);
    auto *graphBar = new QHBoxLayout;
    graphBar->addStretch();
    graphBar->addWidget(fit);
    graphLayout->addLayout(graphBar);
    graphLayout->addWidget(m_graph);

    m_tabs->addTab(m_diagnosticsView, tr("Diagnostics"));
    m_tabs->addTab(m_expanded, tr("Expanded YAML"));
    m_tabs->addTab(graphPage, tr("Graph"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("pipelineEditorSplitter"));
    splitter->addWidget(m_editor);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(splitter);
    layout->addWidget(m_status);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_validator->schedule(m_editor->toPlainText());
        m_status->setText(tr("Validating…"));
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &PipelineEditorWidget::modifiedChanged);
    connect(m_editor, &YamlEditor::saveRequested, this, [this] {
        const Result<void> saved = save();
        Q_EMIT statusMessage(saved ? tr("Saved %1").arg(QFileInfo(m_filePath).fileName()) : saved.error().message);
    });
    connect(m_validator, &PipelineValidator::finished, this, &PipelineEditorWidget::onValidated);
    updateDiagnosticsTab();
}

PipelineEditorWidget::~PipelineEditorWidget() = default;

Result<void> PipelineEditorWidget::openFile(const QString &path)
{
    if (!confirmDiscard())
        return makeError(ErrorCode::InvalidInput, tr("Opening %1 was cancelled: there are unsaved changes.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    setText(text, QFileInfo(path).absoluteFilePath());
    return {};
}

void PipelineEditorWidget::setText(const QString &text, const QString &entryFile)
{
    const bool pathChanged = entryFile != m_filePath;
    m_filePath = entryFile;
    m_validator->setEntryFile(entryFile);
    m_loading = true;  // not an edit: validated once below
    m_editor->setDocumentText(text);
    m_loading = false;
    m_editor->setDiagnostics({});
    m_editor->viewport()->update();
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(false);
    validateNow();
}

Result<void> PipelineEditorWidget::save()
{
    if (m_filePath.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The pipeline has no file yet; choose where to save it."));
    return saveAs(m_filePath);
}

Result<void> PipelineEditorWidget::saveAs(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(m_editor->toPlainText().toUtf8());
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        m_validator->setEntryFile(absolute);
        Q_EMIT filePathChanged(m_filePath);
        validateNow();  // templates are found relative to the new place
    }
    m_editor->document()->setModified(false);
    m_editor->undoStack()->setClean();
    return {};
}

QString PipelineEditorWidget::text() const
{
    return m_editor->toPlainText();
}

bool PipelineEditorWidget::isModified() const
{
    return m_editor->document()->isModified();
}

QString PipelineEditorWidget::displayTitle() const
{
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    return isModified() ? name + QLatin1Char('*') : name;
}

bool PipelineEditorWidget::confirmDiscard()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has unsaved changes.").arg(displayTitle()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("pipelineUnsavedChangesBox"));
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: {
        const Result<void> saved = save();
        if (!saved) {
            QMessageBox::warning(this, tr("Cannot save"), saved.error().message);
            return false;
        }
        return true;
    }
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QUndoStack *PipelineEditorWidget::undoStack() const
{
    return m_editor->undoStack();
}

void PipelineEditorWidget::setCompileOptions(const pipeline::CompileOptions &options)
{
    m_validator->setOptions(options);
    validateNow();
}

void PipelineEditorWidget::setValidationDelay(int milliseconds)
{
    m_validator->setDelay(milliseconds);
}

void PipelineEditorWidget::validateNow()
{
    m_status->setText(tr("Validating…"));
    m_validator->validateNow(m_editor->toPlainText());
}

const pipeline::CompileResult &PipelineEditorWidget::lastResult() const
{
    return m_validator->lastResult();
}

void PipelineEditorWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_highlighter->setPalette(palette());  // colours follow a theme switch (children follow this palette)
}

void PipelineEditorWidget::onValidated()
{
    const pipeline::CompileResult &result = m_validator->lastResult();
    m_diagnostics->setDiagnostics(result.diagnostics, m_filePath);
    Diagnostics here;
    for (const Diagnostic &d : result.diagnostics) {
        if (m_diagnostics->isInEntryFile(d))
            here.append(d);
    }
    m_editor->setDiagnostics(here);
    m_completion->setPlan(result.plan);

    const int errors = m_diagnostics->errorCount();
    QString reason;
    if (errors > 0)
        reason = tr("The pipeline has %n error(s); fix them to see the result.", nullptr, errors);
    else if (!result.plan)
        reason = tr("The compiler did not produce a plan.");
    m_expanded->showExpanded(result.expandedYaml, reason);
    if (result.plan)
        m_graph->showPlan(*result.plan);
    else
        m_graph->showMessage(reason);
    updateDiagnosticsTab();
    Q_EMIT validated();
}

void PipelineEditorWidget::jumpTo(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Diagnostic &d = m_diagnostics->diagnostic(index.row());
    if (!m_diagnostics->isInEntryFile(d)) {
        Q_EMIT statusMessage(tr("%1:%2 is in another file; open it to edit.").arg(d.file).arg(d.line));
        return;
    }
    if (d.line > 0)
        m_editor->goToLine(d.line, qMax(1, d.column));
}

void PipelineEditorWidget::updateDiagnosticsTab()
{
    const int errors = m_diagnostics->errorCount();
    const int warnings = m_diagnostics->warningCount();
    const int count = m_diagnostics->rowCount();
    m_tabs->setTabText(0, count > 0 ? tr("Diagnostics (%1)").arg(count) : tr("Diagnostics"));
    if (errors > 0 || warnings > 0)
        m_status->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings));
    else
        m_status->setText(m_validator->generation() == 0 ? QString() : tr("No problems found."));
}

}  // namespace mlops::ui
