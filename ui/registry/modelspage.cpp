#include "modelspage.h"

#include "core/registry/modelregistry.h"
#include "modellistmodel.h"
#include "promotedialog.h"
#include "rollbackdialog.h"
#include "ui/common/emptystate.h"
#include "versioncomparedialog.h"
#include "versiondownloadjob.h"
#include "versiontablemodel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mlops::ui {

namespace {

QTreeWidget *makeTree(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

void addRow(QTreeWidget *tree, const QStringList &texts)
{
    tree->addTopLevelItem(new QTreeWidgetItem(texts));
}

}  // namespace

ModelsPage::ModelsPage(std::shared_ptr<registry::ModelRegistry> registry, QWidget *parent)
    : Page(parent), m_registry(std::move(registry))
{
    setObjectName(QStringLiteral("modelsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_compare = new QPushButton(tr("Compare…"), this);
    m_compare->setObjectName(QStringLiteral("compareVersionsButton"));
    m_compare->setToolTip(tr("Compare two or more selected versions side by side"));
    m_promote = new QPushButton(tr("Promote…"), this);
    m_promote->setObjectName(QStringLiteral("promoteVersionButton"));
    m_rollback = new QPushButton(tr("Rollback…"), this);
    m_rollback->setObjectName(QStringLiteral("rollbackVersionButton"));
    m_rollback->setToolTip(tr("Put an earlier version back in Production"));
    m_download = new QPushButton(tr("Download…"), this);
    m_download->setObjectName(QStringLiteral("downloadVersionButton"));
    m_download->setToolTip(tr("Copy the files of the selected version to a folder"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshModelsButton"));
    bar->addWidget(m_compare);
    bar->addWidget(m_promote);
    bar->addWidget(m_rollback);
    bar->addWidget(m_download);
    bar->addStretch(1);
    bar->addWidget(refresh);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("modelsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    m_models = new ModelListModel(m_registry, this);
    m_versions = new VersionTableModel(m_registry, this);
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(m_stack);
    m_empty->setObjectName(QStringLiteral("modelsEmptyState"));
    m_empty->setTitle(tr("No models yet."));
    m_empty->setHint(tr("Run the sample CI pipeline (Pipelines › Model-Train-Register-CI) to register one."));

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_modelView = new QTableView(splitter);
    m_modelView->setObjectName(QStringLiteral("modelList"));
    m_modelView->setModel(m_models);
    m_modelView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_modelView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_modelView->verticalHeader()->hide();
    m_modelView->horizontalHeader()->setStretchLastSection(true);

    auto *right = new QSplitter(Qt::Vertical, splitter);
    m_versionView = new QTableView(right);
    m_versionView->setObjectName(QStringLiteral("versionTable"));
    m_versionView->setModel(m_versions);
    m_versionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versionView->verticalHeader()->hide();
    m_versionView->horizontalHeader()->setStretchLastSection(true);

    auto *tabs = new QTabWidget(right);
    tabs->setObjectName(QStringLiteral("versionDetails"));
    m_properties = makeTree(QStringLiteral("versionProperties"), {tr("Property"), tr("Value")}, tabs);
    m_lineage = makeTree(QStringLiteral("versionLineage"), {tr("Source"), tr("Value")}, tabs);
    m_files = makeTree(QStringLiteral("versionFiles"), {tr("Path"), tr("Size"), tr("SHA-256")}, tabs);
    m_history = new QListWidget(tabs);
    m_history->setObjectName(QStringLiteral("promotionHistory"));
    tabs->addTab(m_properties, tr("Properties"));
    tabs->addTab(m_lineage, tr("Lineage"));
    tabs->addTab(m_files, tr("Files"));
    tabs->addTab(m_history, tr("Promotion history"));
    right->addWidget(m_versionView);
    right->addWidget(tabs);
    splitter->addWidget(m_modelView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_modelView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelsPage::showModel);
    connect(m_versionView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelsPage::showVersion);
    connect(m_versionView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != m_versions->runColumn())
            return;
        const qint64 runId = index.data(VersionTableModel::RawRole).toLongLong();
        if (runId > 0)
            Q_EMIT runActivated(runId);
    });
    connect(m_compare, &QPushButton::clicked, this, &ModelsPage::compareSelected);
    connect(m_promote, &QPushButton::clicked, this, &ModelsPage::promoteSelected);
    connect(m_rollback, &QPushButton::clicked, this, &ModelsPage::rollbackProduction);
    connect(m_download, &QPushButton::clicked, this, &ModelsPage::downloadSelected);
    connect(refresh, &QPushButton::clicked, this, &ModelsPage::reload);
    updateButtons();
}

ModelsPage::~ModelsPage() = default;

QString ModelsPage::title() const
{
    return tr("Models");
}

bool ModelsPage::supports(Action) const
{
    return false;
}

void ModelsPage::trigger(Action) {}

void ModelsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    reload();
}

void ModelsPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString ModelsPage::errorText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ModelsPage::reload()
{
    const QString current = m_versions->modelName();
    const QList<int> selected = [this] {
        QList<int> versions;
        for (int row : selectedRows())
            versions << m_versions->versionAt(row).version;
        return versions;
    }();
    showError({});
    if (Result<void> loaded = m_models->reload(); !loaded)
        showError(tr("Could not read the models: %1").arg(loaded.error().message));
    m_stack->setCurrentIndex(m_models->rowCount() == 0 ? 0 : 1);
    if (m_models->rowCount() == 0)
        return;
    const QString name = !current.isEmpty() && m_models->ensureListed(current) >= 0 ? current : m_models->modelAt(0).name;
    selectModel(name);
    if (!selected.isEmpty())
        selectVersions(selected);
}

bool ModelsPage::selectModel(const QString &name)
{
    const int row = m_models->ensureListed(name);
    if (row < 0)
        return false;
    m_modelView->selectionModel()->select(m_models->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
    m_modelView->setCurrentIndex(m_models->index(row, 0));
    // Selecting the row already selected emits nothing: show it anyway (reload).
    showModel();
    return true;
}

bool ModelsPage::selectVersions(const QList<int> &versions)
{
    QItemSelection selection;
    for (int version : versions) {
        const int row = m_versions->ensureListed(version);
        if (row < 0)
            return false;
        selection.select(m_versions->index(row, 0), m_versions->index(row, m_versions->columnCount() - 1));
    }
    m_versionView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return true;
}

QList<int> ModelsPage::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList indexes = m_versionView->selectionModel()->selectedRows();
    for (const QModelIndex &index : indexes)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ModelsPage::showModel()
{
    const QModelIndexList rows = m_modelView->selectionModel()->selectedRows();
    const QString name = rows.isEmpty() ? QString() : m_models->modelAt(rows.first().row()).name;
    if (Result<void> loaded = m_versions->setModelName(name); !loaded)
        showError(tr("Could not read the versions of %1: %2").arg(name, loaded.error().message));
    m_history->clear();
    m_production.reset();
    if (!name.isEmpty()) {
        // The Production version may lie beyond the versions read so far.
        Result<registry::ModelVersion> production = m_registry->productionVersion(name);
        if (production)
            m_production = *production;
        else if (production.error().code != ErrorCode::NotFound)
            showError(tr("Could not read the Production version of %1: %2").arg(name, production.error().message));
        Result<QList<registry::Promotion>> promotions = m_registry->promotions(name);
        if (!promotions) {
            showError(tr("Could not read the promotion history of %1: %2").arg(name, promotions.error().message));
        } else {
            for (const registry::Promotion &promotion : *promotions) {
                QString text = tr("%1 v%2: %3 → %4 (%5) by %6, %7")
                                   .arg(QLocale().toString(promotion.at.toLocalTime(), QLocale::ShortFormat))
                                   .arg(promotion.version)
                                   .arg(VersionTableModel::stageText(promotion.fromStage),
                                        VersionTableModel::stageText(promotion.toStage), promotion.action,
                                        promotion.by, promotion.comment);
                m_history->addItem(text);
            }
        }
    }
    showVersion();
}

void ModelsPage::showVersion()
{
    m_properties->clear();
    m_lineage->clear();
    m_files->clear();
    const QList<int> rows = selectedRows();
    if (rows.size() == 1) {
        const registry::ModelVersion version = m_versions->versionAt(rows.first());
        addRow(m_properties, {tr("Version"), tr("v%1").arg(version.version)});
        addRow(m_properties, {tr("Stage"), VersionTableModel::stageText(version.stage)});
        addRow(m_properties, {tr("Description"), version.description});
        addRow(m_properties, {tr("Created"), QLocale().toString(version.createdAt.toLocalTime(), QLocale::LongFormat)});
        addRow(m_properties, {tr("Created by"), version.createdBy});
        for (auto it = version.properties.cbegin(); it != version.properties.cend(); ++it)
            addRow(m_properties, {it.key(), it.value()});
        for (auto it = version.metrics.cbegin(); it != version.metrics.cend(); ++it)
            addRow(m_properties, {tr("Metric %1").arg(it.key()), QLocale().toString(it.value(), 'g', 10)});
        for (auto it = version.tags.cbegin(); it != version.tags.cend(); ++it)
            addRow(m_properties, {tr("Tag %1").arg(it.key()), it.value()});
        const registry::Lineage &lineage = version.lineage;
        addRow(m_lineage, {tr("Run"), lineage.runId});
        addRow(m_lineage, {tr("Build"), lineage.buildId});
        addRow(m_lineage, {tr("Pipeline"), lineage.pipelineName});
        addRow(m_lineage, {tr("Commit"), lineage.commit});
        addRow(m_lineage, {tr("Dataset"), lineage.datasetName});
        addRow(m_lineage, {tr("Dataset version"), lineage.datasetVersion});
        addRow(m_lineage, {tr("Dataset SHA-256"), lineage.datasetSha256});
        addRow(m_lineage, {tr("Parameters"), lineage.parametersJson});
        for (const registry::ModelVersionFile &file : version.files)
            addRow(m_files, {file.path, QLocale().formattedDataSize(file.size), file.sha256});
    }
    updateButtons();
}

void ModelsPage::updateButtons()
{
    const int selected = int(selectedRows().size());
    m_compare->setEnabled(selected >= 2);
    m_promote->setEnabled(selected == 1);
    m_rollback->setEnabled(m_production.has_value());
    m_download->setEnabled(selected == 1 && !m_downloadJob);
    Q_EMIT actionsChanged();
}

VersionCompareDialog *ModelsPage::compareSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() < 2)
        return nullptr;
    QList<registry::ModelVersion> versions;
    for (int row : rows)
        versions << m_versions->versionAt(row);
    auto *dialog = new VersionCompareDialog(versions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PromoteDialog *ModelsPage::promoteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return nullptr;
    auto *dialog = new PromoteDialog(m_registry, m_versions->versionAt(rows.first()), knownVersions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const registry::ModelVersion promoted = dialog->promoted();
        reload();
        Q_EMIT statusMessage(tr("%1 v%2 is now in %3")
                                 .arg(promoted.modelName)
                                 .arg(promoted.version)
                                 .arg(VersionTableModel::stageText(promoted.stage)));
    });
    dialog->open();
    return dialog;
}

QList<registry::ModelVersion> ModelsPage::knownVersions() const
{
    QList<registry::ModelVersion> versions = m_versions->versions();
    if (m_production && m_versions->rowOfVersion(m_production->version) < 0)
        versions.append(*m_production);
    return versions;
}

RollbackDialog *ModelsPage::rollbackProduction()
{
    if (!m_production)
        return nullptr;
    auto *dialog = new RollbackDialog(m_registry, *m_production, knownVersions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const registry::ModelVersion restored = dialog->restored();
        reload();
        Q_EMIT statusMessage(tr("%1 rolled back to v%2").arg(restored.modelName).arg(restored.version));
    });
    dialog->open();
    return dialog;
}

VersionDownloadJob *ModelsPage::downloadSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || m_downloadJob)
        return nullptr;
    const registry::ModelVersion version = m_versions->versionAt(rows.first());
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Download %1 v%2 to folder").arg(version.modelName).arg(version.version), QDir::homePath());
    if (folder.isEmpty())
        return nullptr;
    return downloadSelectedTo(folder);
}

VersionDownloadJob *ModelsPage::currentDownload() const
{
    return m_downloadJob;
}

VersionDownloadJob *ModelsPage::downloadSelectedTo(const QString &folder)
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || m_downloadJob)
        return nullptr;
    showError({});
    m_downloadJob = new VersionDownloadJob(m_registry, m_versions->versionAt(rows.first()), folder, this);
    connect(m_downloadJob, &VersionDownloadJob::finished, this, &ModelsPage::downloadFinished);
    m_downloadJob->start();
    updateButtons();
    return m_downloadJob;
}

void ModelsPage::downloadFinished(const registry::DownloadOutcome &outcome, const QString &error)
{
    VersionDownloadJob *job = m_downloadJob;
    if (!job)
        return;
    const registry::ModelVersion &version = job->version();
    if (!error.isEmpty())
        showError(tr("Could not download %1 v%2 to %3: %4").arg(version.modelName).arg(version.version).arg(job->folder(), error));
    else if (outcome.canceled)
        Q_EMIT statusMessage(tr("Download of %1 v%2 canceled: nothing was written to %3")
                                 .arg(version.modelName)
                                 .arg(version.version)
                                 .arg(job->folder()));
    else
        Q_EMIT statusMessage(tr("Downloaded %n file(s) of %1 v%2 to %3", nullptr, outcome.files)
                                 .arg(version.modelName)
                                 .arg(version.version)
                                 .arg(outcome.directory));
    m_downloadJob = nullptr;
    job->deleteLater();
    updateButtons();
}

}  // namespace mlops::ui
