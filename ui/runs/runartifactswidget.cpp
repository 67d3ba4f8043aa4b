#include "runartifactswidget.h"

#include "core/runs/artifactstore.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mlops::ui {

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
    layout->addWidget(m_tree, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("runArtifactMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_saveAll = new QPushButton(tr("Save all…"), this);
    m_saveAll->setObjectName(QStringLiteral("runSaveArtifactsButton"));
    m_saveAll->setEnabled(false);
    buttons->addWidget(m_saveAll);
    layout->addLayout(buttons);
    connect(m_saveAll, &QPushButton::clicked, this, &RunArtifactsWidget::askSaveAll);
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
        for (const runs::ArtifactFile &file : artifact.files)
            new QTreeWidgetItem(item, {file.path, locale.formattedDataSize(file.size)});
    }
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

}  // namespace mlops::ui
