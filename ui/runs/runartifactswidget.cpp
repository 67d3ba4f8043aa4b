#include "runartifactswidget.h"

#include "core/runs/artifactstore.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mlops::ui {

namespace {

constexpr qint64 kPreviewBytes = 1024 * 1024;
constexpr int kArtifactRole = Qt::UserRole;      // artifact name, on every item
constexpr int kPathRole = Qt::UserRole + 1;      // file path; empty on artifact items

}  // namespace

RunArtifactsWidget::RunArtifactsWidget(std::shared_ptr<runs::ArtifactStore> store, QWidget *parent)
    : QWidget(parent), m_store(std::move(store))
{
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("runArtifactTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("Size")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("runArtifactPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(tr("Select a file to see its contents."));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("runArtifactMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("runOpenArtifactButton"));
    m_open->setToolTip(tr("Open the selected file with the desktop's application for it"));
    m_open->setEnabled(false);
    buttons->addWidget(m_open);
    m_save = new QPushButton(tr("Save…"), this);
    m_save->setObjectName(QStringLiteral("runSaveArtifactButton"));
    m_save->setToolTip(tr("Save the selected file or artifact"));
    m_save->setEnabled(false);
    buttons->addWidget(m_save);
    m_saveAll = new QPushButton(tr("Save all…"), this);
    m_saveAll->setObjectName(QStringLiteral("runSaveArtifactsButton"));
    m_saveAll->setEnabled(false);
    buttons->addWidget(m_saveAll);
    layout->addLayout(buttons);
    connect(m_saveAll, &QPushButton::clicked, this, &RunArtifactsWidget::askSaveAll);
    connect(m_save, &QPushButton::clicked, this, &RunArtifactsWidget::askSaveSelected);
    connect(m_open, &QPushButton::clicked, this, &RunArtifactsWidget::openSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RunArtifactsWidget::showSelection);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kPathRole).toString().isEmpty())
            openSelected();
    });
}

void RunArtifactsWidget::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RunArtifactsWidget::setRun(qint64 runId)
{
    m_tree->clear();
    m_artifacts.clear();
    m_runId = runId;
    showMessage({});
    if (runId > 0) {
        Result<QList<runs::Artifact>> list = m_store->artifacts(runId);
        if (list.ok())
            m_artifacts = *list;
        else
            showMessage(tr("The artifacts of run %1 cannot be read: %2").arg(runId).arg(list.error().message));
    }
    const QLocale locale;
    for (const runs::Artifact &artifact : std::as_const(m_artifacts)) {
        auto *item = new QTreeWidgetItem(m_tree, {artifact.name, locale.formattedDataSize(artifact.totalSize)});
        item->setData(0, kArtifactRole, artifact.name);
        for (const runs::ArtifactFile &file : artifact.files) {
            auto *child = new QTreeWidgetItem(item, {file.path, locale.formattedDataSize(file.size)});
            child->setData(0, kArtifactRole, artifact.name);
            child->setData(0, kPathRole, file.path);
        }
    }
    showSelection();
    m_tree->expandAll();
    if (runId > 0 && m_artifacts.isEmpty() && m_message->isHidden())
        showMessage(tr("This run published no artifacts."));
    m_saveAll->setEnabled(!m_artifacts.isEmpty());
}

Result<void> RunArtifactsWidget::saveAllTo(const QString &directory)
{
    for (const runs::Artifact &artifact : std::as_const(m_artifacts)) {
        const QString target = QDir(directory).filePath(artifact.name);
        if (Result<void> done = m_store->download(artifact, target); !done.ok()) {
            showMessage(tr("The artifact %1 could not be saved to %2: %3")
                            .arg(artifact.name, QDir::toNativeSeparators(target), done.error().message));
            return done;
        }
    }
    showMessage(tr("Saved %n artifact(s) to %1.", nullptr, int(m_artifacts.size())).arg(QDir::toNativeSeparators(directory)));
    return {};
}

void RunArtifactsWidget::askSaveAll()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Save artifacts to"));
    if (!directory.isEmpty())
        (void)saveAllTo(directory);
}

bool RunArtifactsWidget::select(const QString &artifact, const QString &path)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, kArtifactRole).toString() != artifact)
            continue;
        if (path.isEmpty()) {
            m_tree->setCurrentItem(top);
            return true;
        }
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, kPathRole).toString() == path) {
                m_tree->setCurrentItem(top->child(j));
                return true;
            }
        }
    }
    return false;
}

const runs::ArtifactFile *RunArtifactsWidget::selectedFile(const runs::Artifact **artifact) const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const QString name = item->data(0, kArtifactRole).toString();
    const QString path = item->data(0, kPathRole).toString();
    for (const runs::Artifact &candidate : m_artifacts) {
        if (candidate.name != name)
            continue;
        if (artifact)
            *artifact = &candidate;
        for (const runs::ArtifactFile &file : candidate.files) {
            if (!path.isEmpty() && file.path == path)
                return &file;
        }
    }
    return nullptr;
}

void RunArtifactsWidget::showSelection()
{
    const runs::Artifact *artifact = nullptr;
    const runs::ArtifactFile *file = selectedFile(&artifact);
    m_open->setEnabled(file != nullptr);
    m_save->setEnabled(artifact != nullptr);
    m_preview->clear();
    if (!file)
        return;
    QFile blob(m_store->blobPath(file->sha256));
    if (!blob.open(QIODevice::ReadOnly)) {
        m_preview->setPlaceholderText(tr("%1 cannot be read: %2").arg(file->path, blob.errorString()));
        return;
    }
    const QByteArray head = blob.read(kPreviewBytes);
    if (head.left(8192).contains('\0')) {
        m_preview->setPlaceholderText(tr("%1 is a binary file (%2). Use Open or Save….")
                                          .arg(file->path, QLocale().formattedDataSize(file->size)));
        return;
    }
    QString text = QString::fromUtf8(head);
    if (file->size > head.size())
        text += QLatin1Char('\n') + tr("… (the first %1 of %2 are shown)")
                                       .arg(QLocale().formattedDataSize(head.size()), QLocale().formattedDataSize(file->size));
    m_preview->setPlainText(text);
}

Result<void> RunArtifactsWidget::copyBlob(const runs::ArtifactFile &file, const QString &target) const
{
    QFile blob(m_store->blobPath(file.sha256));
    if (!blob.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be read from the artifact store: %2").arg(file.path, blob.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be written: %2").arg(target, out.errorString()));
    while (!blob.atEnd()) {
        const QByteArray chunk = blob.read(1024 * 1024);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be written: %2").arg(target, out.errorString()));
    }
    if (!out.commit())
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be written: %2").arg(target, out.errorString()));
    return {};
}

Result<void> RunArtifactsWidget::saveSelectedTo(const QString &target)
{
    const runs::Artifact *artifact = nullptr;
    const runs::ArtifactFile *file = selectedFile(&artifact);
    if (!artifact)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no artifact or file is selected"));
    Result<void> done = file ? copyBlob(*file, target) : m_store->download(*artifact, QDir(target).filePath(artifact->name));
    if (!done.ok()) {
        showMessage(tr("%1 could not be saved: %2").arg(file ? file->path : artifact->name, done.error().message));
        return done;
    }
    showMessage(tr("Saved %1 to %2.").arg(file ? file->path : artifact->name, QDir::toNativeSeparators(target)));
    return {};
}

Result<QString> RunArtifactsWidget::extractSelectedFile()
{
    const runs::Artifact *artifact = nullptr;
    const runs::ArtifactFile *file = selectedFile(&artifact);
    if (!file)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no file is selected"));
    const QString target = QDir::temp().filePath(QStringLiteral("mlops-artifacts/run-%1/%2/%3").arg(m_runId).arg(artifact->name, file->path));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be created").arg(QFileInfo(target).absolutePath()));
    if (Result<void> copied = copyBlob(*file, target); !copied.ok()) {
        showMessage(tr("%1 could not be opened: %2").arg(file->path, copied.error().message));
        return copied.error();
    }
    return target;
}

void RunArtifactsWidget::askSaveSelected()
{
    const runs::Artifact *artifact = nullptr;
    const runs::ArtifactFile *file = selectedFile(&artifact);
    if (!artifact)
        return;
    const QString target = file ? QFileDialog::getSaveFileName(this, tr("Save %1").arg(file->path), QFileInfo(file->path).fileName())
                                : QFileDialog::getExistingDirectory(this, tr("Save the artifact %1 to").arg(artifact->name));
    if (!target.isEmpty())
        (void)saveSelectedTo(target);
}

void RunArtifactsWidget::openSelected()
{
    Result<QString> extracted = extractSelectedFile();
    if (extracted.ok() && !QDesktopServices::openUrl(QUrl::fromLocalFile(*extracted)))
        showMessage(tr("No application opens %1; it was copied to %2.").arg(QFileInfo(*extracted).fileName(), QDir::toNativeSeparators(*extracted)));
}

}  // namespace mlops::ui
