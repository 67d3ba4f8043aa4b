#include "versiondownloadjob.h"

#include "core/registry/modelregistry.h"

#include <QLocale>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace mlops::ui {

namespace {

constexpr int kScale = 1000;  // the dialog's range: permille of the bytes

}  // namespace

VersionDownloadJob::VersionDownloadJob(std::shared_ptr<registry::ModelRegistry> registry, registry::ModelVersion version,
                                       QString folder, QWidget *dialogParent)
    : QObject(dialogParent),
      m_registry(std::move(registry)),
      m_version(std::move(version)),
      m_folder(std::move(folder)),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qint64 total = 0;
    for (const registry::ModelVersionFile &file : m_version.files)
        total += file.size;
    m_dialog = new QProgressDialog(tr("Downloading %1 v%2 (%3) to %4…")
                                       .arg(m_version.modelName)
                                       .arg(m_version.version)
                                       .arg(QLocale().formattedDataSize(total), m_folder),
                                   tr("Cancel"), 0, kScale, dialogParent);
    m_dialog->setObjectName(QStringLiteral("downloadProgressDialog"));
    m_dialog->setWindowTitle(tr("Download"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(kDialogDelayMs);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &VersionDownloadJob::cancel);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VersionDownloadJob::done);
}

VersionDownloadJob::~VersionDownloadJob()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
    delete m_dialog;
}

QProgressDialog *VersionDownloadJob::progressDialog() const
{
    return m_dialog;
}

void VersionDownloadJob::start()
{
    if (m_watcher.isRunning())
        return;
    const std::shared_ptr<registry::ModelRegistry> registry = m_registry;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const registry::ModelVersion version = m_version;
    const QString folder = m_folder;
    // The worker reports through `job`, a guarded pointer: a job already deleted gets nothing.
    const QPointer<VersionDownloadJob> job(this);
    m_watcher.setFuture(QtConcurrent::run([registry, cancel, version, folder, job]() {
        registry::ModelRegistry::DownloadOptions options;
        options.cancel = cancel.get();
        options.progress = [job](const registry::DownloadProgress &progress) {
            QMetaObject::invokeMethod(
                job.data(), [job, progress] {
                    if (job)
                        job->showProgress(progress);
                },
                Qt::QueuedConnection);
        };
        return registry->download(version, folder, options);
    }));
}

void VersionDownloadJob::cancel()
{
    m_cancel->store(true);
    if (m_dialog)
        m_dialog->setLabelText(tr("Canceling…"));
}

void VersionDownloadJob::showProgress(const registry::DownloadProgress &progress)
{
    if (m_dialog && progress.bytesTotal > 0)
        m_dialog->setValue(int(progress.bytesDone * kScale / progress.bytesTotal));
    Q_EMIT progressChanged(progress.bytesDone, progress.bytesTotal);
}

void VersionDownloadJob::done()
{
    if (m_dialog)
        m_dialog->close();
    const Result<registry::DownloadOutcome> result = m_watcher.result();
    if (result.ok())
        Q_EMIT finished(*result, QString());
    else
        Q_EMIT finished(registry::DownloadOutcome{}, result.error().message);
}

}  // namespace mlops::ui
