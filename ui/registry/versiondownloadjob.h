#pragma once
// VersionDownloadJob: one "Download…" of a model version from the Models page. start()
// runs ModelRegistry::download() (the function behind `mlops model download`) on a worker
// thread; a window-modal progress dialog appears when the copy takes longer than
// kDialogDelayMs, and its Cancel stops the copy (nothing is written then: the registry
// stages the files and moves them into place only when all are complete).
// finished() is emitted exactly once, on the GUI thread, with the outcome or the
// registry's error message. The job owns its dialog; destroying a running job cancels
// the copy and waits for the worker. The registry must outlive the job.
// GUI thread only; progress comes from the worker through queued calls.

#include "core/common/result.h"
#include "core/registry/registrytypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace mlops::registry {
class ModelRegistry;
}

namespace mlops::ui {

class VersionDownloadJob : public QObject {
    Q_OBJECT
public:
    static constexpr int kDialogDelayMs = 400;

    VersionDownloadJob(std::shared_ptr<registry::ModelRegistry> registry, registry::ModelVersion version, QString folder,
                       QWidget *dialogParent);
    ~VersionDownloadJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    const registry::ModelVersion &version() const { return m_version; }
    QString folder() const { return m_folder; }
    QProgressDialog *progressDialog() const;

Q_SIGNALS:
    // Bytes copied so far of all (at most ~20 times a second, and at the start and end).
    void progressChanged(qint64 bytesDone, qint64 bytesTotal);
    // `error` is empty on success; outcome.canceled when the user canceled.
    void finished(const mlops::registry::DownloadOutcome &outcome, const QString &error);

private:
    void showProgress(const registry::DownloadProgress &progress);
    void done();

    std::shared_ptr<registry::ModelRegistry> m_registry;
    registry::ModelVersion m_version;
    QString m_folder;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<registry::DownloadOutcome>> m_watcher;
};

}  // namespace mlops::ui
